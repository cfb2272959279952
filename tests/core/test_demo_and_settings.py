"""The demo database and domain settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import demo, errors
from desktop.core.app import Shuyi
from desktop.core.coords import CoordSystem


def test_demo_is_deterministic_and_tagged_gcj02(tmp_path: Path) -> None:
    runs = []
    for n in range(2):
        with Shuyi.open(tmp_path / f"d{n}.db") as app:
            app.demo.load("county")
            runs.append(app.sites.list_sites())
    assert runs[0] == runs[1]
    sites = runs[0]
    assert len({s.code for s in sites}) == len(sites) > 30
    assert all(s.position and s.position.system is CoordSystem.GCJ02 for s in sites)
    assert all(s.region_code == demo.COUNTY_REGION_CODE for s in sites)


def test_small_demo_has_rooms_and_stations_and_sets_the_organisation(app: Shuyi) -> None:
    summary = app.demo.load("small")
    stats = app.stats()
    assert summary.sites == stats.sites == 10
    assert (summary.titles, summary.copies, summary.readers) == (stats.titles, stats.copies, stats.readers)
    assert stats.titles >= 40 and stats.copies > stats.titles and stats.readers >= 30
    assert stats.reading_rooms >= 3 and stats.service_stations >= 5
    assert app.settings.values()["org.name"] == demo.UNION_NAME
    assert not app.settings.first_run_pending()


def test_demo_refuses_a_database_that_has_sites(demo_app: Shuyi) -> None:
    before = demo_app.sites.list_sites()
    with pytest.raises(errors.DemoNeedsEmptyDatabase):
        demo_app.demo.load("county")
    assert demo_app.sites.list_sites() == before


def test_settings_have_declared_defaults(app: Shuyi) -> None:
    assert app.settings.values() == {"org.name": "", "org.region_code": "", "app.first_run_done": False}
    assert app.settings.first_run_pending()


def test_settings_are_saved_all_or_nothing(app: Shuyi) -> None:
    app.settings.save({"org.name": "  射阳县总工会 ", "org.region_code": "320924"})
    assert app.settings.values()["org.name"] == "射阳县总工会"
    with pytest.raises(errors.InvalidSettingValue):
        app.settings.save({"org.name": "别的名字", "org.region_code": "32092X"})
    assert app.settings.values()["org.name"] == "射阳县总工会"  # the valid half was not written either
    with pytest.raises(errors.UnknownSetting):
        app.settings.save({"no.such": 1})
    with pytest.raises(errors.InvalidSettingValue):
        app.settings.save({"app.first_run_done": "yes"})


def test_start_empty_is_remembered(app: Shuyi) -> None:
    app.settings.mark_first_run_done()
    assert not app.settings.first_run_pending()
    assert app.stats().sites == 0
