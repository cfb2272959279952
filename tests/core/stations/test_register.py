"""The register through the facade: station attributes, positions as pasted, edit, retire, re-open and facts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.coords import Coordinate, CoordSystem
from desktop.core.sites import BuildMode, NewSite, SiteKind
from desktop.core.stations.register_position import parse_position, position


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def _station(code: str = "JH21", **extra: object) -> NewSite:
    values: dict[str, object] = {"name": "城南骑手之家", **extra}
    return NewSite(code=code, kind=SiteKind.SERVICE_STATION, **values)  # type: ignore[arg-type]


def test_a_station_keeps_every_attribute(app: Shuyi) -> None:
    site = app.sites.add_site(_station(
        position=Coordinate(lng=119.8031, lat=33.4668, system=CoordSystem.BD09), station_kind="骑手之家",
        build_mode="整合现有资源建", host_unit="建设银行城南支行", hours="Mo-Fr 08:00-18:00; Sa，Su 09:00-17:00",
        area_m2=35.5, seats=12, manager_name="王芳", manager_phone="138 1234 5678", star_rating=4,
        star_awarded_on=dt.date(2025, 6, 1), star_awarded_by="盐城市总工会", standard="6+X"))
    assert site.station_kind is not None and site.station_kind.key == "rider_home"
    assert site.build_mode is BuildMode.INTEGRATE
    assert site.opening_hours == "Mo-Fr 08:00-18:00; Sa-Su 09:00-17:00"  # canonical text
    assert (site.area_m2, site.seats, site.star_rating, site.standard) == (35.5, 12, 4, "6+X")
    assert site.manager_phone_masked == "138****5678"
    assert "13812345678" not in repr(site)  # the full number never leaves the core
    assert site.position is not None and site.position.system is CoordSystem.BD09
    assert app.sites.list_sites()[0] == site


@pytest.mark.parametrize(("text", "swapped"), [
    ("119.7985,33.4712", False), ("119.7985，33.4712", False), (" 119.7985  33.4712 ", False),
    ("(119.7985, 33.4712)", False), ("１１９.７９８５，３３.４７１２", False), ("33.4712,119.7985", True),
])
def test_positions_pasted_as_map_pickers_give_them(text: str, swapped: bool) -> None:
    found, was_swapped = parse_position(text, "高德")
    assert found == Coordinate(lng=119.7985, lat=33.4712, system=CoordSystem.GCJ02)
    assert was_swapped is swapped


@pytest.mark.parametrize(("text", "error"), [
    ("0,0", errors.ZeroCoordinate), ("119.8,0", errors.ZeroCoordinate), ("2.35,48.85", errors.CoordinateOutsideChina),
    ("-74.0,40.7", errors.CoordinateOutsideChina), ("abc", errors.UnreadableCoordinates),
    ("119.8", errors.UnreadableCoordinates), ("119.8,33.4,7", errors.UnreadableCoordinates),
])
def test_bad_positions_are_refused_with_their_own_error(text: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        parse_position(text, "gcj02")


def test_a_datum_must_be_one_of_three() -> None:
    assert position(119.8, 33.4, "BD-09") == Coordinate(lng=119.8, lat=33.4, system=CoordSystem.BD09)
    with pytest.raises(errors.UnknownDatum):
        position(119.8, 33.4, "mars")
    with pytest.raises(errors.CoordinateHalf):
        position(119.8, None, "gcj02")


@pytest.mark.parametrize(("extra", "error"), [
    ({"station_kind": "加油站"}, errors.UnknownTerm),
    ({"build_mode": "随便建"}, errors.UnknownBuildMode),
    ({"hours": "Mo-Fr 08:00-25:00"}, errors.InvalidHours),
    ({"area_m2": 0.0}, errors.InvalidArea),
    ({"area_m2": float("inf")}, errors.InvalidArea),
    ({"seats": -1}, errors.ranges.OutOfRange),
    ({"star_rating": 6}, errors.ranges.OutOfRange),
    ({"star_awarded_on": dt.date(2025, 1, 1)}, errors.StarDateWithoutStars),
    ({"manager_phone": "12345"}, errors.InvalidSitePhone),
    ({"standard": "9个1"}, errors.UnknownSiteStandard),
    ({"position": Coordinate(lng=2.35, lat=48.85, system=CoordSystem.WGS84)}, errors.CoordinateOutsideChina),
    ({"name": " "}, errors.MissingField),
    ({"opened_on": dt.date(2999, 1, 1)}, errors.DateInFuture),
])
def test_bad_attributes_are_refused_and_change_nothing(app: Shuyi, db_path: Path, extra: dict[str, object],
                                                       error: type[Exception]) -> None:
    before = _dump(db_path)
    with pytest.raises(error):
        app.sites.add_site(_station(**extra))
    assert _dump(db_path) == before


def test_a_landline_is_a_phone_too(app: Shuyi) -> None:
    site = app.sites.add_site(_station(manager_phone="0515-86212345"))
    assert site.manager_phone_masked == "051****2345"


def test_station_fields_are_refused_on_a_reading_room(app: Shuyi, db_path: Path) -> None:
    before = _dump(db_path)
    for extra in ({"station_kind": "骑手之家"}, {"build_mode": "park"}, {"star_rating": 3}, {"standard": "六有"}):
        with pytest.raises(errors.StationFieldOnRoom):
            app.sites.add_site(NewSite(code="JH01", kind=SiteKind.READING_ROOM, name="书屋", **extra))  # type: ignore
    assert _dump(db_path) == before
    room = app.sites.add_site(NewSite(code="JH01", kind=SiteKind.READING_ROOM, name="书屋", hours="24/7", seats=30))
    assert (room.opening_hours, room.seats) == ("24/7", 30)


def test_edit_changes_only_what_is_given_and_a_masked_phone_keeps_the_number(app: Shuyi) -> None:
    app.sites.add_site(_station(manager_phone="13812345678", seats=8, hours="24/7"))
    edited = app.sites.edit_site("jh21", {"seats": 10, "manager_phone": "138****5678", "host_unit": "中石化加油站"})
    assert (edited.seats, edited.opening_hours, edited.host_unit) == (10, "24/7", "中石化加油站")
    assert edited.manager_phone_masked == "138****5678"
    changed = app.sites.edit_site("JH21", {"manager_phone": "13987654321"})
    assert changed.manager_phone_masked == "139****4321"


def test_a_refused_edit_changes_nothing(app: Shuyi, db_path: Path) -> None:
    app.sites.add_site(_station(seats=8))
    before = _dump(db_path)
    with pytest.raises(errors.InvalidHours):
        app.sites.edit_site("JH21", {"seats": 9, "hours": "never"})
    with pytest.raises(errors.UnknownSite):
        app.sites.edit_site("JH99", {"seats": 9})
    assert _dump(db_path) == before


def test_retire_and_reopen(app: Shuyi, db_path: Path) -> None:
    app.sites.add_site(_station())
    retired = app.sites.retire_site("JH21")
    assert retired.closed_on is not None and not retired.active
    assert [s.code for s in app.sites.list_sites(active=False)] == ["JH21"]
    assert app.sites.list_sites(active=True) == []
    before = _dump(db_path)
    with pytest.raises(errors.SiteAlreadyRetired):
        app.sites.retire_site("JH21")
    with pytest.raises(errors.SiteRetiredEdit):
        app.sites.edit_site("JH21", {"seats": 3})
    assert _dump(db_path) == before
    reopened = app.sites.reopen_site("JH21")
    assert reopened.active and retired.closed_on.isoformat() in reopened.note
    before = _dump(db_path)
    with pytest.raises(errors.SiteNotRetired):
        app.sites.reopen_site("JH21")
    assert _dump(db_path) == before


def test_a_room_with_books_on_loan_is_not_retired(demo_app: Shuyi, demo_db_path: Path) -> None:
    lending = [s for s in demo_app.sites.list_sites(kind=SiteKind.READING_ROOM)
               if demo_app.sites.site_detail(s.code).counts.open_loans]
    assert lending
    before = _dump(demo_db_path)
    with pytest.raises(errors.SiteStillLending):
        demo_app.sites.retire_site(lending[0].code)
    assert _dump(demo_db_path) == before


def test_kind_changes_only_while_nothing_hangs_on_the_site(demo_app: Shuyi) -> None:
    with pytest.raises(errors.SiteKindLocked):
        demo_app.sites.edit_site("JH01", {"kind": SiteKind.SERVICE_STATION})
    demo_app.sites.add_site(NewSite(code="JH30", kind=SiteKind.READING_ROOM, name="新书屋"))
    changed = demo_app.sites.edit_site("JH30", {"kind": SiteKind.SERVICE_STATION, "station_kind": "环卫驿站"})
    assert changed.kind is SiteKind.SERVICE_STATION and changed.station_kind is not None


def test_facts_are_recorded_with_their_day_and_replaced(app: Shuyi) -> None:
    app.sites.add_site(_station())
    first = app.sites.set_fact("JH21", "地图可查", True, noted_by="李强")
    assert first.present and first.noted_on == app.uow.clock().today
    app.sites.set_fact("JH21", "on_maps", False)
    app.sites.set_fact("JH21", "12351", True)
    facts = {f.fact.value: f.present for f in app.sites.site("JH21").facts}
    assert facts == {"on_maps": False, "hotline_12351": True}
    with pytest.raises(errors.UnknownSiteFact):
        app.sites.set_fact("JH21", "有咖啡", True)


def test_the_detail_counts_what_hangs_on_a_room(demo_app: Shuyi) -> None:
    detail = demo_app.sites.site_detail("JH01")
    assert detail.site.code == "JH01"
    assert detail.counts.copies > 0 and detail.counts.readers > 0
