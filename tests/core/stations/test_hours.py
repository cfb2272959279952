"""Opening hours: the OSM subset a station's schedule is written in, its canonical form, and roster gaps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import errors
from desktop.core.stations.hours import DAY_MINUTES, parse_hours, uncovered


@pytest.mark.parametrize(("text", "canonical"), [
    ("24/7", "24/7"),
    ("24小时", "24/7"),
    ("Mo-Su 00:00-24:00", "24/7"),
    ("Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00", "Mo-Fr 08:00-18:00; Sa-Su 09:00-17:00"),
    ("Mo-Fr 08：00－18：00；Su off", "Mo-Fr 08:00-18:00; Sa-Su off"),
    ("07:00-21:00", "Mo-Su 07:00-21:00"),
    ("Mo-Su 06:00-09:00,11:00-14:00", "Mo-Su 06:00-09:00,11:00-14:00"),
    ("Mo-Su 08:00-18:00; We off", "Mo-Tu 08:00-18:00; We off; Th-Su 08:00-18:00"),
    ("Sa-Mo 10:00-12:00", "Mo 10:00-12:00; Tu-Fr off; Sa-Su 10:00-12:00"),
])
def test_a_schedule_reads_and_prints_in_canonical_form(text: str, canonical: str) -> None:
    hours = parse_hours(text)
    assert hours is not None and hours.format() == canonical
    assert parse_hours(canonical) == hours


def test_a_span_past_midnight_runs_into_the_next_morning() -> None:
    hours = parse_hours("Fr 22:00-06:00")
    assert hours is not None
    assert hours.is_open(4, 23 * 60) and hours.is_open(5, 5 * 60) and not hours.is_open(5, 6 * 60)
    assert hours.minutes(4) == 120 and hours.minutes(5) == 360
    assert parse_hours("Su 22:00-02:00").is_open(0, 60)  # Sunday night runs into Monday


def test_empty_means_not_known() -> None:
    assert parse_hours("  ") is None


@pytest.mark.parametrize("text", ["Mo-Fx 08:00-10:00", "Mo 25:00-26:00", "Mo 8-10", "Mo 10:00-10:00", "Mo",
                                  "Mo 08:60-09:00", "周一 08:00-10:00", "Mo 24:30-24:40"])
def test_what_is_not_a_schedule_is_refused_with_its_reason(text: str) -> None:
    with pytest.raises(errors.InvalidHours) as refused:
        parse_hours(text)
    assert text in refused.value.message("en")


def test_the_roster_s_gaps_are_the_open_hours_no_shift_covers() -> None:
    hours = parse_hours("Mo-Fr 08:00-18:00")
    assert hours is not None
    shifts = [(day, (8 * 60, 13 * 60)) for day in range(5)] + [(day, (12 * 60, 18 * 60)) for day in range(4)]
    assert uncovered(hours, shifts) == [(4, (13 * 60, 18 * 60))]
    assert uncovered(hours, []) == [(day, (8 * 60, 18 * 60)) for day in range(5)]


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 23), st.integers(1, 24)), min_size=1, max_size=6))
def test_canonical_form_round_trips_and_spans_stay_inside_a_day(rules: list[tuple[int, int, int]]) -> None:
    days = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
    text = "; ".join(f"{days[d]} {a:02d}:00-{b:02d}:00" for d, a, b in rules if a != b)
    if not text:
        return
    hours = parse_hours(text)
    assert hours is not None and parse_hours(hours.format()) == hours
    for spans in hours.days:
        assert all(0 <= start < end <= DAY_MINUTES for start, end in spans)
        assert all(a[1] < b[0] for a, b in zip(spans, spans[1:], strict=False))
