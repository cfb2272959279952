"""An asset tag scanned at the circulation desk: the desk says what the facility is and changes nothing; a reader
at the desk stays; a misread or unknown tag keeps its refusal."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core import codes, errors
from desktop.core.app import Shuyi
from desktop.core.circulation.dispatch import DeskState
from desktop.core.circulation.results import Action, Level
from desktop.core.stations.facilities import NewFacility
from tests.cli.test_cli import run
from tests.core.stations.facility_world import snapshot

TABLES_READ = ("loans", "holds", "copies", "readers")


def _desk_tables(path: Path) -> dict[str, list[tuple]]:
    import sqlite3

    with sqlite3.connect(path) as db:
        return {t: db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES_READ}


def test_the_desk_answers_an_asset_tag_with_what_it_is(demo_app: Shuyi, demo_db_path: Path) -> None:
    tag = demo_app.facilities.add(NewFacility(site_code="JH12", kind="微波炉")).code
    demo_app.facilities.set_status(tag, "故障")
    reader = demo_app.readers.list_readers(limit=1)[0].id
    before, desk_before = snapshot(demo_db_path), _desk_tables(demo_db_path)
    for reader_id in (None, reader):
        result = demo_app.circulation.scan(DeskState(site_code="JH01", reader_id=reader_id), " " + tag.lower())[0]
        assert result.ok and result.action is Action.INFO and result.level is Level.SUCCESS
        assert result.asset_code == tag and result.reader_id == reader_id and not result.panel_changed
        zh, en = result.message("zh_CN"), result.message("en")
        assert "微波炉" in zh and "钟庄街道骑手之家" in zh and "故障" in zh and tag in zh
        assert "Broken" in en and "Asset tag" in en
        assert result.as_json()["asset_code"] == tag
    assert snapshot(demo_db_path) == before and _desk_tables(demo_db_path) == desk_before


def test_a_misread_or_unknown_asset_tag_keeps_its_refusal(demo_app: Shuyi) -> None:
    tag = demo_app.facilities.add(NewFacility(site_code="JH12", kind="微波炉")).code
    misread = tag[:-1] + ("0" if tag[-1] != "0" else "1")
    for code, error in ((misread, errors.BadCheckCharacter),
                        (codes.make(codes.CodeType.ASSET, "JH12", 9999), errors.UnknownCode)):
        result = demo_app.circulation.scan(DeskState(site_code="JH01"), code)[0]
        assert not result.ok and isinstance(result.error, error) and result.action is Action.REFUSED


def test_shuyi_scan_says_what_an_asset_tag_is(demo_db_path: Path) -> None:
    with Shuyi.open(demo_db_path, create=False) as app:
        tag = app.facilities.add(NewFacility(site_code="JH13", kind="AED")).code
    result = run("scan", tag, "--site", "JH01", "--db", str(demo_db_path), "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.splitlines()[0])
    assert (answer["action"], answer["asset_code"], answer["ok"]) == ("info", tag, True)
