"""The site register through the facade: codes checked, duplicates refused, failures change nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.coords import Coordinate, CoordSystem
from desktop.core.sites import NewSite, SiteKind


def _station(code: str, **extra: object) -> NewSite:
    return NewSite(code=code, kind=SiteKind.SERVICE_STATION, name="城南环卫驿站", **extra)  # type: ignore[arg-type]


def test_a_site_is_stored_with_its_position_in_both_datums(app: Shuyi) -> None:
    gcj = Coordinate(lng=119.8031, lat=33.4668, system=CoordSystem.GCJ02)
    site = app.sites.add_site(_station(" jh21 ", position=gcj, opened_on=dt.date(2024, 5, 1)))
    assert site.code == "JH21"
    [listed] = app.sites.list_sites()
    assert listed == site
    assert listed.position == gcj
    assert listed.position_wgs84 is not None and listed.position_wgs84.system is CoordSystem.WGS84
    assert listed.position_wgs84.lng < gcj.lng  # GCJ-02 is shifted east of WGS-84 here


@pytest.mark.parametrize("code", ["A", "1AB", "AB-1", "ABCDEFG", "", "书屋01"])
def test_malformed_codes_are_refused(app: Shuyi, code: str) -> None:
    with pytest.raises(errors.InvalidSiteCode):
        app.sites.add_site(_station(code))
    assert app.sites.list_sites() == []


def test_a_duplicate_code_is_refused_and_the_first_site_kept(app: Shuyi) -> None:
    app.sites.add_site(_station("JH21"))
    with pytest.raises(errors.DuplicateSiteCode):
        app.sites.add_site(NewSite(code="jh21", kind=SiteKind.READING_ROOM, name="另一个"))
    assert [(s.code, s.name) for s in app.sites.list_sites()] == [("JH21", "城南环卫驿站")]


def test_a_blank_name_is_refused(app: Shuyi) -> None:
    with pytest.raises(errors.MissingField):
        app.sites.add_site(NewSite(code="JH21", kind=SiteKind.READING_ROOM, name="   "))
    assert app.stats().sites == 0


def test_listing_filters_by_kind(demo_app: Shuyi) -> None:
    rooms = demo_app.sites.list_sites(kind=SiteKind.READING_ROOM)
    assert rooms and all(s.kind is SiteKind.READING_ROOM for s in rooms)
    assert len(rooms) + len(demo_app.sites.list_sites(kind=SiteKind.SERVICE_STATION)) == demo_app.stats().sites
    assert len(demo_app.sites.list_sites(limit=2)) == 2
