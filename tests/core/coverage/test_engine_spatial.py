"""The local projection against haversine over a county, and the travel profiles' reach and refusals."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core import errors
from desktop.core.coverage.spatial import LocalProjection, Points, haversine_m
from desktop.core.coverage.travel import Travel, travel
from tests.core.coverage.brute import haversine


@pytest.mark.parametrize("lat0", [21.0, 34.26, 47.0])
def test_projected_distances_are_within_half_a_percent_of_haversine_over_a_county(lat0: float) -> None:
    """3,000 pairs within a 100 km square (long and short ones, near the edges too): projected Euclidean vs
    haversine. The requirement is 0.5 %; the azimuthal equidistant projection does better than 0.002 %."""
    rng = np.random.default_rng(7)
    half_lat = 50_000 / 111_195
    half_lng = half_lat / np.cos(np.radians(lat0))
    lng = 117.2 + rng.uniform(-half_lng, half_lng, 2000)
    lat = lat0 + rng.uniform(-half_lat, half_lat, 2000)
    near_lng = lng[1000:] + rng.normal(0, 0.005, 1000)  # short pairs: hundreds of metres
    near_lat = lat[1000:] + rng.normal(0, 0.005, 1000)
    a = Points.of(np.concatenate([lng[:1000], lng[1000:]]), np.concatenate([lat[:1000], lat[1000:]]))
    b = Points.of(np.concatenate([lng[::-1][:1000], near_lng]), np.concatenate([lat[::-1][:1000], near_lat]))
    projection = LocalProjection.about(a, b)
    planar = np.hypot(*(projection.forward(a) - projection.forward(b)).T)
    truth = np.array([haversine(*p) for p in zip(a.lng, a.lat, b.lng, b.lat, strict=True)])
    relative = np.abs(planar - truth) / truth
    assert truth.max() > 90_000 and truth[1000:].min() < 500
    assert relative.max() < 0.005
    assert relative.max() < 2e-5


def test_the_projection_inverts_to_under_a_millimetre() -> None:
    rng = np.random.default_rng(3)
    points = Points.of(117.2 + rng.uniform(-0.6, 0.6, 500), 34.3 + rng.uniform(-0.5, 0.5, 500))
    projection = LocalProjection.about(points)
    back = projection.inverse(projection.forward(points))
    assert haversine_m(points.lng, points.lat, back.lng, back.lat).max() < 1e-3


def test_points_spread_over_a_continent_are_refused() -> None:
    with pytest.raises(errors.AreaTooLarge):
        LocalProjection.about(Points.of([87.6, 126.6], [43.8, 45.8]))  # Urumqi and Harbin


def test_a_fifteen_minute_walk_reaches_865_metres_of_straight_line() -> None:
    walk = travel("walk")
    assert walk.radius_m == pytest.approx(4.5 * 1000 / 60 * 15 / 1.3)
    assert round(walk.radius_m) == 865
    assert walk.minutes_for(walk.radius_m) == pytest.approx(15)
    assert travel("ebike").radius_m == pytest.approx(20_000 / 60 * 15 / 1.3)
    assert travel("car", minutes=10, speed_kmh=40, detour=1.0).radius_m == pytest.approx(40_000 / 6)


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"speed_kmh": 0}, errors.InvalidSpeed), ({"speed_kmh": -3}, errors.InvalidSpeed),
    ({"speed_kmh": float("nan")}, errors.InvalidSpeed), ({"speed_kmh": 500}, errors.InvalidSpeed),
    ({"speed_kmh": 5, "minutes": 0}, errors.InvalidMinutes), ({"speed_kmh": 5, "minutes": -1}, errors.InvalidMinutes),
    ({"speed_kmh": 5, "detour": 0.9}, errors.InvalidDetour), ({"speed_kmh": 5, "detour": float("inf")},
                                                             errors.InvalidDetour),
])
def test_impossible_travel_is_refused_with_a_typed_error(kwargs: dict, error: type) -> None:
    with pytest.raises(error) as raised:
        Travel(**kwargs)
    assert raised.value.message("zh_CN")
