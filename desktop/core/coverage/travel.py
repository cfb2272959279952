"""Travel without a road network: a speed per mode, a time threshold T and a detour factor from line to road.

A place is within T of a station when the straight-line distance times the detour factor, at the mode's speed,
takes at most T minutes: radius_m = speed × T ÷ detour. A 15-minute walk at 4.5 km/h with the default 1.3 is
1125 m of road, 865 m of straight line (DOMAIN.md: 1.32 is the mean circuity measured over 25 Chinese cities).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.core import errors

SPEEDS_KMH = {"walk": 4.5, "bike": 15.0, "ebike": 20.0, "car": 30.0}
"""The modes' speeds: on foot, bicycle, e-bike (delivery riders; the legal cap is 25 km/h), car (truck drivers)."""
MODES = tuple(SPEEDS_KMH)
DEFAULT_MINUTES = 15.0
DEFAULT_DETOUR = 1.3
MAX_SPEED_KMH = 200.0
MAX_MINUTES = 240.0
MAX_DETOUR = 5.0


@dataclass(frozen=True)
class Travel:
    """How far T minutes reach: `speed_kmh` along roads `detour` times longer than the straight line."""

    speed_kmh: float
    minutes: float = DEFAULT_MINUTES
    detour: float = DEFAULT_DETOUR
    mode: str = ""

    def __post_init__(self) -> None:
        if not (_finite(self.speed_kmh) and 0 < self.speed_kmh <= MAX_SPEED_KMH):
            raise errors.InvalidSpeed(value=self.speed_kmh, most=MAX_SPEED_KMH)
        if not (_finite(self.minutes) and 0 < self.minutes <= MAX_MINUTES):
            raise errors.InvalidMinutes(value=self.minutes, most=MAX_MINUTES)
        if not (_finite(self.detour) and 1 <= self.detour <= MAX_DETOUR):
            raise errors.InvalidDetour(value=self.detour, most=MAX_DETOUR)

    @property
    def metres_per_minute(self) -> float:
        """Straight-line metres covered per minute (road speed divided by the detour factor)."""
        return self.speed_kmh * 1000 / 60 / self.detour

    @property
    def radius_m(self) -> float:
        """The straight-line reach of T minutes."""
        return self.metres_per_minute * self.minutes

    def minutes_for(self, distance_m: float) -> float:
        """Minutes to travel a straight-line distance (as road, through the detour factor)."""
        return distance_m / self.metres_per_minute


def travel(mode: str = "walk", *, minutes: float = DEFAULT_MINUTES, speed_kmh: float | None = None,
           detour: float = DEFAULT_DETOUR) -> Travel:
    """A mode's profile, its speed replaced by `speed_kmh` when given."""
    if mode not in SPEEDS_KMH:
        raise ValueError(f"unknown travel mode {mode!r}; modes: {', '.join(MODES)}")
    return Travel(speed_kmh=SPEEDS_KMH[mode] if speed_kmh is None else speed_kmh, minutes=minutes, detour=detour,
                  mode=mode)


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
