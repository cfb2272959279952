"""Points on WGS-84 and distances in metres: haversine, and a local azimuthal equidistant projection for KD-trees.

Every coverage computation projects all its points (demand, stations, candidates) with ONE `LocalProjection`
about their common centre, then measures straight-line distances in that plane (cKDTree). The projection is the
spherical azimuthal equidistant one: distances from the centre are exact on the sphere, and any other distance
is off by a factor of at most about 1 + c²/6 (c the angle from the centre), under 0.002 % within 50 km and still
under 0.5 % at `MAX_RADIUS_KM` (tests/core/coverage/test_spatial.py proves it against haversine). The sphere is
the mean Earth radius; it differs from the WGS-84 ellipsoid by at most ±0.3 % at Chinese latitudes, far inside
what a detour factor of 1.3 already estimates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.core import errors

EARTH_RADIUS_M = 6_371_008.8
"""The mean Earth radius (IUGG), the sphere haversine and the projection both use."""
MAX_RADIUS_KM = 1000
"""How far from their centre points may lie (projection error < 0.5 % within it); a county is ~50 km across."""


@dataclass(frozen=True)
class Points:
    """Places in WGS-84 degrees, as float64 arrays of one length; `weight` for demand (None: 1 each)."""

    lng: np.ndarray
    lat: np.ndarray
    weight: np.ndarray | None = None

    @classmethod
    def of(cls, lng: object, lat: object, weight: object = None) -> Points:
        lng_a = np.asarray(lng, dtype=np.float64).reshape(-1)
        lat_a = np.asarray(lat, dtype=np.float64).reshape(-1)
        w = None if weight is None else np.asarray(weight, dtype=np.float64).reshape(-1)
        if lng_a.shape != lat_a.shape or (w is not None and w.shape != lng_a.shape):
            raise ValueError("longitudes, latitudes and weights differ in length")
        bad = ~(np.isfinite(lng_a) & np.isfinite(lat_a) & (np.abs(lng_a) <= 180) & (np.abs(lat_a) <= 90))
        if bad.any():
            i = int(np.argmax(bad))
            raise errors.InvalidCoordinate(lng=float(lng_a[i]), lat=float(lat_a[i]))
        if w is not None and not (np.isfinite(w).all() and (w >= 0).all()):
            raise ValueError("weights must be finite and not negative")
        return cls(lng_a, lat_a, w)

    def __len__(self) -> int:
        return int(self.lng.shape[0])

    @property
    def weights(self) -> np.ndarray:
        return np.ones(len(self)) if self.weight is None else self.weight

    def take(self, index: np.ndarray) -> Points:
        return Points(self.lng[index], self.lat[index], None if self.weight is None else self.weight[index])


def haversine_m(lng1: object, lat1: object, lng2: object, lat2: object) -> np.ndarray:
    """Great-circle distance in metres (broadcasting numpy arrays of degrees)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp = p2 - p1
    dl = np.radians(np.asarray(lng2, dtype=np.float64) - np.asarray(lng1, dtype=np.float64))
    h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


@dataclass(frozen=True)
class LocalProjection:
    """The azimuthal equidistant projection about (lng0, lat0): x east, y north, in metres."""

    lng0: float
    lat0: float

    @classmethod
    def about(cls, *sets: Points) -> LocalProjection:
        """About the centre of all the points given (the mean of their longitudes and latitudes)."""
        lng = np.concatenate([s.lng for s in sets if len(s)])
        lat = np.concatenate([s.lat for s in sets if len(s)])
        projection = cls(float(lng.mean()), float(lat.mean()))
        farthest = float(haversine_m(projection.lng0, projection.lat0, lng, lat).max()) / 1000
        if farthest > MAX_RADIUS_KM:
            raise errors.AreaTooLarge(km=round(farthest), most=MAX_RADIUS_KM)
        return projection

    def forward(self, points: Points) -> np.ndarray:
        """An (n, 2) float64 array of x, y in metres."""
        lat0 = np.radians(self.lat0)
        lat = np.radians(points.lat)
        dl = np.radians(points.lng - self.lng0)
        c = haversine_m(self.lng0, self.lat0, points.lng, points.lat) / EARTH_RADIUS_M
        with np.errstate(invalid="ignore", divide="ignore"):
            k = np.where(c > 1e-12, c / np.sin(c), 1.0)
        x = EARTH_RADIUS_M * k * np.cos(lat) * np.sin(dl)
        y = EARTH_RADIUS_M * k * (np.cos(lat0) * np.sin(lat) - np.sin(lat0) * np.cos(lat) * np.cos(dl))
        return np.column_stack([x, y])

    def inverse(self, xy: np.ndarray) -> Points:
        """The WGS-84 places of plane points (the exact inverse of `forward`)."""
        x, y = xy[:, 0], xy[:, 1]
        rho = np.hypot(x, y)
        c = rho / EARTH_RADIUS_M
        lat0 = np.radians(self.lat0)
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = np.where(rho > 0, y * np.sin(c) / rho, 0.0)
        lat = np.arcsin(np.clip(np.cos(c) * np.sin(lat0) + ratio * np.cos(lat0), -1.0, 1.0))
        lng = self.lng0 + np.degrees(np.arctan2(x * np.sin(c), rho * np.cos(lat0) * np.cos(c)
                                                - y * np.sin(lat0) * np.sin(c)))
        return Points(lng, np.degrees(lat))
