"""`shuyi standard`, `shuyi compliance` and `shuyi inspection` as the issue's contract states them, run as the real
command; every refusal one line on stderr, exit ≠ 0, the database unchanged."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from desktop.core.app import Shuyi
from desktop.core.sites import NewSite, SiteKind
from tests.cli.test_cli import run
from tests.core.stations.compliance_world import add_facility, dump, set_status

TODAY = dt.date.today()  # the command runs on the system clock


def _json(result: subprocess.CompletedProcess[str]) -> object:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def station(db_path: Path) -> Path:
    with Shuyi.open(db_path, create=False) as app:
        app.sites.add_site(NewSite(code="JH91", kind=SiteKind.SERVICE_STATION, name="测试驿站"))
        app.sites.add_site(NewSite(code="JH92", kind=SiteKind.SERVICE_STATION, name="第二驿站"))
    return db_path


def test_a_broken_facility_moves_its_item_from_met_to_missing(station: Path) -> None:
    with Shuyi.open(station, create=False) as app:
        code = add_facility(app, "JH91", "microwave")
    found = _json(run("compliance", "--db", str(station), "--site", "JH91", "--standard", "6+X", "--json"))
    assert {"site", "standard", "met", "missing", "score"} <= set(found)
    assert (found["site"], found["standard"]) == ("JH91", "6+X")
    assert [i["key"] for i in found["met"]] == ["microwave"] and code in found["met"][0]["reason"]
    assert isinstance(found["score"], float) and found["score"] == 11.1 and "rule" in found
    with Shuyi.open(station, create=False) as app:
        set_status(app, code, "broken")
    found = _json(run("compliance", "--db", str(station), "--site", "JH91", "--standard", "6+X", "--json"))
    assert found["met"] == [] and found["score"] == 0.0
    microwave = next(i for i in found["missing"] if i["key"] == "microwave")
    assert microwave["reason"] == f"微波炉 {code}: 故障"
    english = _json(run("compliance", "--db", str(station), "--site", "JH91", "--standard", "6+X", "--json",
                        "--lang", "en"))
    assert next(i for i in english["missing"] if i["key"] == "microwave")["reason"] == f"Microwave {code}: broken"


def test_without_site_every_active_station_and_without_standard_its_own(station: Path) -> None:
    assert _json(run("standard", "assign", "JH92", "6+X", "--db", str(station), "--json")) == {
        "site": "JH92", "standard": "6+X"}
    rows = _json(run("compliance", "--db", str(station), "--json"))
    assert [(r["site"], r["standard"], r["own_standard"]) for r in rows] == [
        ("JH91", "六有", False), ("JH92", "6+X", True)]
    text = run("compliance", "--db", str(station))
    assert text.returncode == 0 and "JH92" in text.stdout and "6+X" in text.stdout


def test_standard_list_show_import_edit(station: Path, tmp_path: Path) -> None:
    names = [s["name"] for s in _json(run("standard", "list", "--db", str(station), "--json"))]
    assert names == ["6+X", "七个一", "8个1", "六有"]
    assert "微波炉" in run("standard", "show", "6+X", "--db", str(station)).stdout
    own = tmp_path / "own.json"
    own.write_text(json.dumps({"name": "闽驿", "items": [{"key": "t", "label": "温度计", "kinds": ["温度计"]}]},
                              ensure_ascii=False), encoding="utf-8")
    assert _json(run("standard", "import", str(own), "--db", str(station), "--json"))["items"][0]["kinds"] == [
        "thermometer"]
    assert _json(run("standard", "edit", "六有", "--stars", "30,50,70,85,100", "--db", str(station),
                     "--json"))["stars"] == "30,50,70,85,100"
    assert "85%" in _json(run("compliance", "--site", "JH91", "--db", str(station), "--json", "--lang", "en"))["rule"]


def test_the_inspection_cycle_through_the_command(station: Path) -> None:
    deadline = (TODAY + dt.timedelta(days=10)).isoformat()
    added = _json(run("inspection", "add", "--site", "JH91", "--kind", "暗访", "--fail", "fire_safety", "--fail",
                      "microwave", "--pass", "hours_kept", "--deadline", deadline, "--serious", "--responsible",
                      "王站长", "--db", str(station), "--json"))
    assert added["kind"] == "unannounced" and added["failed"] == ["fire_safety", "microwave"]
    fire, microwave = added["rectification_ids"]
    assert [r["status"] for r in added["rectifications"]] == ["open", "open"]
    listed = _json(run("list", "inspections", "--json", "--open", "--db", str(station)))
    assert [r["id"] for i in listed for r in i["rectifications"]] == [fire, microwave]
    fixed = _json(run("inspection", "fix", str(fire), "--note", "换了灭火器", "--db", str(station), "--json"))
    assert fixed["status"] == "open" and fixed["fixes"][0]["note"] == "换了灭火器"
    later = (TODAY + dt.timedelta(days=20)).isoformat()
    kept = _json(run("inspection", "recheck", str(fire), "--fail", "--deadline", later, "--db", str(station),
                     "--json"))
    assert (kept["status"], kept["deadline"]) == ("open", later)
    closed = _json(run("inspection", "recheck", str(fire), "--pass", "--db", str(station), "--json"))
    assert closed["status"] == "closed" and closed["closed_on"] == TODAY.isoformat()
    listed = _json(run("inspection", "list", "--open", "--db", str(station), "--json"))
    assert [r["id"] for i in listed for r in i["rectifications"]] == [microwave]
    warning = _json(run("compliance", "--site", "JH91", "--db", str(station), "--json"))["downgrade_warning"]
    assert warning == {"rectifications": [microwave]}
    assert _json(run("list", "inspections", "--json", "--overdue", "--db", str(station))) == []


REFUSALS = [
    ("inspection", "add", "--site", "ZZ99", "--kind", "暗访", "--pass", "hours_kept"),
    ("inspection", "add", "--site", "JH91", "--kind", "夜访", "--pass", "hours_kept"),
    ("inspection", "add", "--site", "JH91", "--kind", "暗访", "--fail", "tea", "--deadline", "2099-01-01"),
    ("inspection", "add", "--site", "JH91", "--kind", "暗访", "--fail", "fire_safety", "--deadline", "2026-13-01"),
    ("inspection", "add", "--site", "JH91", "--kind", "暗访", "--on", "2099-01-01", "--pass", "hours_kept"),
    ("inspection", "add", "--site", "JH91", "--kind", "暗访", "--on", "2026-01-10", "--fail", "fire_safety",
     "--deadline", "2026-01-09"),
    ("inspection", "add", "--site", "JH91", "--kind", "暗访", "--fail", "fire_safety"),
    ("inspection", "recheck", "1", "--pass"),
    ("inspection", "recheck", "2", "--fail"),
    ("inspection", "recheck", "999", "--pass"),
    ("inspection", "recheck", "2"),
    ("inspection", "fix", "1", "--note", "again"),
    ("compliance", "--site", "ZZ99"),
    ("compliance", "--site", "JH91", "--standard", "9个1"),
    ("standard", "edit", "六有", "--stars", "1,2,3"),
    ("standard", "assign", "JH91", "九有"),
    ("standard", "import", "/nonexistent.json"),
]


@pytest.mark.parametrize("args", REFUSALS, ids=[" ".join(a[:3]) for a in REFUSALS])
def test_refusals_are_one_line_and_change_nothing(station: Path, args: tuple[str, ...]) -> None:
    deadline = (TODAY + dt.timedelta(days=10)).isoformat()
    added = _json(run("inspection", "add", "--site", "JH91", "--kind", "自查", "--fail", "fire_safety", "--fail",
                      "records_book", "--deadline", deadline, "--db", str(station), "--json"))
    assert added["rectification_ids"] == [1, 2]
    _json(run("inspection", "recheck", "1", "--pass", "--db", str(station), "--json"))
    before = dump(station)
    result = run(*args, "--db", str(station))
    assert result.returncode != 0 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "意外错误" not in result.stderr and result.stderr.startswith("shuyi: ")
    assert dump(station) == before
