"""Properties: the covered share never falls when T grows or a station is added (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.coverage.measures import measure
from desktop.core.coverage.spatial import Points
from desktop.core.coverage.travel import Travel

_offsets = st.lists(st.tuples(st.floats(-0.05, 0.05), st.floats(-0.05, 0.05)), min_size=1, max_size=40)
_weights = st.floats(0.1, 100)


def _points(offsets: list[tuple[float, float]], weights: list[float] | None = None) -> Points:
    lng = [117.2 + dx for dx, _ in offsets]
    lat = [34.3 + dy for _, dy in offsets]
    return Points.of(lng, lat, None if weights is None else weights[: len(offsets)] + [1.0] * (len(offsets)
                                                                                                - len(weights)))


@settings(max_examples=60, deadline=None)
@given(demand=_offsets, weights=st.lists(_weights, max_size=40), stations=_offsets,
       minutes=st.floats(1, 60), more=st.floats(0.1, 60))
def test_covered_share_grows_with_the_time_allowed(demand, weights, stations, minutes, more) -> None:
    d, s = _points(demand, weights), _points(stations)
    short = measure(d, s, Travel(speed_kmh=4.5, minutes=minutes))
    longer = measure(d, s, Travel(speed_kmh=4.5, minutes=minutes + more))
    assert longer.covered_share >= short.covered_share
    assert longer.cross_covered_share >= short.cross_covered_share
    assert short.mean_minutes == longer.mean_minutes  # the time to the nearest station does not depend on T


@settings(max_examples=60, deadline=None)
@given(demand=_offsets, weights=st.lists(_weights, max_size=40), stations=_offsets, extra=_offsets)
def test_covered_share_grows_with_every_station_added(demand, weights, stations, extra) -> None:
    d = _points(demand, weights)
    walk = Travel(speed_kmh=4.5, minutes=15)
    before = measure(d, _points(stations), walk)
    after = measure(d, _points(stations + extra), walk)
    assert after.covered_share >= before.covered_share
    assert after.cross_covered_share >= before.cross_covered_share
    assert after.max_minutes <= before.max_minutes * (1 + 1e-12)
    assert 0 <= after.cross_covered_share <= after.covered_share <= 1
