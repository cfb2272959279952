"""Compliance: items met by working facilities or recorded facts, reasons that name what fails, the star pre-score
and its rule, the default standard, the matrix across stations."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.sites import NewSite, SiteKind
from desktop.core.stations.compliance_words import say
from tests.core.stations.compliance_world import add_facility, record_fact, set_status

SIX = ("air_conditioner", "fridge", "microwave", "water_dispenser", "charging", "tables_chairs")


def _station(app: Shuyi, code: str = "JH91") -> str:
    app.sites.add_site(NewSite(code=code, kind=SiteKind.SERVICE_STATION, name=f"测试驿站{code}"))
    return code


def _by_key(app: Shuyi, site: str, standard: str | None = None) -> dict[str, tuple[bool, str]]:
    found = app.standards.compliance(site, standard)
    return {r.item.key: (r.met, say(r.reason, "zh_CN")) for r in found.items}


def test_a_broken_microwave_does_not_count_and_the_reason_names_it(app: Shuyi) -> None:
    site = _station(app)
    code = add_facility(app, site, "microwave")
    met, reason = _by_key(app, site, "6+X")["microwave"]
    assert met and code in reason
    set_status(app, code, "broken")
    met, reason = _by_key(app, site, "6+X")["microwave"]
    assert not met and reason == f"微波炉 {code}: 故障"
    for status, word in (("repairing", "维修中"), ("disabled", "停用"), ("scrapped", "报废")):
        set_status(app, code, status)
        assert _by_key(app, site, "6+X")["microwave"] == (False, f"微波炉 {code}: {word}")
    assert _by_key(app, site, "6+X")["fridge"] == (False, "站内没有冰箱")
    add_facility(app, site, "microwave")  # a second, working one meets it again
    assert _by_key(app, site, "6+X")["microwave"][0]


def test_an_item_of_several_kinds_is_met_by_any_and_needs_all_by_every_one(app: Shuyi) -> None:
    site = _station(app)
    add_facility(app, site, "heater")
    assert _by_key(app, site, "七个一")["climate"][0]  # 冷暖设备: an air conditioner or a heater
    none = "站内没有空调、冰箱、微波炉、饮水机、充电插座/充电柜、桌椅"
    assert _by_key(app, site, "六有")["facilities"] == (False, none)
    codes = {kind: add_facility(app, site, kind) for kind in SIX}
    assert _by_key(app, site, "六有")["facilities"] == (True, "在用：空调、冰箱、微波炉、饮水机、充电插座/充电柜、桌椅")
    set_status(app, codes["fridge"], "broken")
    met, reason = _by_key(app, site, "六有")["facilities"]
    assert not met and reason == f"冰箱 {codes['fridge']}: 故障"


def test_facts_tell_not_recorded_from_recorded_absent(app: Shuyi) -> None:
    site = _station(app)
    assert _by_key(app, site, "六有")["on_maps"] == (False, "未记录")
    record_fact(app, site, "on_maps", False, dt.date(2026, 3, 1))
    assert _by_key(app, site, "六有")["on_maps"] == (False, "2026-03-01 记录为没有")
    record_fact(app, site, "on_maps", True, dt.date(2026, 4, 2))
    assert _by_key(app, site, "六有")["on_maps"] == (True, "2026-04-02 已记录")


def test_the_pre_score_weighs_items_and_a_missing_required_item_caps_it(app: Shuyi) -> None:
    site = _station(app)
    for kind in SIX:
        add_facility(app, site, kind)
    found = app.standards.compliance(site, "6+X")
    assert (found.score, found.stars, found.capped) == (66.7, 3, False)  # 6 of 9 items
    for kind in ("wifi", "first_aid_kit", "bookshelf"):
        add_facility(app, site, kind)
    found = app.standards.compliance(site, "6+X")
    assert (found.score, found.stars) == (100.0, 5)
    microwave = next(f for f in found.items if f.item.key == "microwave").reason[0].params[1][1]
    set_status(app, microwave, "broken")
    found = app.standards.compliance(site, "6+X")
    assert (found.score, found.stars, found.capped) == (88.9, 2, True)  # 4 stars by score, capped at 2
    assert "至多 2 星" in found.rule("zh_CN") and "at most 2 stars" in found.rule("en")
    app.standards.set_thresholds("6+X", "10 30 50 85 100")
    assert app.standards.compliance(site, "6+X").thresholds == (10, 30, 50, 85, 100)
    assert "85%" in app.standards.compliance(site, "6+X").rule("en")


def test_the_default_is_the_site_standard_else_the_national_one(app: Shuyi) -> None:
    site = _station(app)
    assert app.standards.compliance(site).standard == "六有"
    assert not app.standards.compliance(site).own_standard
    app.standards.assign(site, "8个1")
    found = app.standards.compliance(site)
    assert found.standard == "8个1" and found.own_standard
    assert app.standards.get("8个1").sites == 1
    assert app.standards.compliance(site, "6+X").standard == "6+X"
    app.standards.assign(site, None)
    assert app.standards.compliance(site).standard == "六有"


def test_across_stations_every_active_one_against_its_own(app: Shuyi) -> None:
    a, b = _station(app, "JH91"), _station(app, "JH92")
    app.sites.add_site(NewSite(code="JH01", kind=SiteKind.READING_ROOM, name="书屋"))
    app.standards.assign(b, "6+X")
    add_facility(app, b, "microwave")
    rows = app.standards.all_compliance()
    assert [(r.site_code, r.standard) for r in rows] == [(a, "六有"), (b, "6+X")]
    assert [r.item.key for r in rows[1].met] == ["microwave"]
    assert {r.standard for r in app.standards.all_compliance("七个一")} == {"七个一"}


def test_refusals(app: Shuyi) -> None:
    _station(app)
    app.sites.add_site(NewSite(code="JH01", kind=SiteKind.READING_ROOM, name="书屋"))
    with pytest.raises(errors.NotAStation):
        app.standards.compliance("JH01")
    with pytest.raises(errors.UnknownSite):
        app.standards.compliance("ZZ99")
    with pytest.raises(errors.UnknownStandard) as unknown:
        app.standards.compliance("JH91", "9个1")
    assert "6+X" in unknown.value.message("en")
