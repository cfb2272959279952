"""`shuyi facility …`, `shuyi list facilities` and `shuyi labels assets` run as real subprocesses: the contract of
issue 11 (JSON field names, Chinese or English status words) and every refusal in one line, changing nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core import codes
from tests.cli.test_cli import run
from tests.core.stations.facility_world import snapshot


def shuyi(db: Path, *args: str) -> Any:
    result = run(*args, "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def tag(demo_db_path: Path) -> str:
    result = run("facility", "add", "--site", "JH11", "--kind", "微波炉", "--db", str(demo_db_path))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_add_prints_the_tag_and_list_carries_the_contract_fields(demo_db_path: Path, tag: str) -> None:
    assert codes.parse(tag).type is codes.CodeType.ASSET and tag.startswith("AJH11-")
    chairs = shuyi(demo_db_path, "facility", "add", "--site", "JH12", "--kind", "tables_chairs", "--quantity", "8",
                   "--status", "维修中", "--brand", "永艺", "--acquired", "2025-03-01", "--source", "捐赠")
    assert (chairs["kind"], chairs["kind_name"], chairs["quantity"], chairs["status"], chairs["source"],
            chairs["acquired_on"]) == ("tables_chairs", "桌椅", 8, "repairing", "donated", "2025-03-01")
    rows = {r["code"]: r for r in shuyi(demo_db_path, "list", "facilities")}
    assert {"code", "site", "kind", "status", "kind_name", "brand", "model", "quantity", "acquired_on"} <= set(
        rows[tag])
    assert (rows[tag]["site"], rows[tag]["kind"], rows[tag]["status"]) == ("JH11", "microwave", "in_use")
    assert [r["code"] for r in shuyi(demo_db_path, "list", "facilities", "--site", "JH12", "--status",
                                     "repairing", "--kind", "桌椅")] == [chairs["code"]]


def test_status_service_plan_expiry_due_and_show(demo_db_path: Path, tag: str) -> None:
    assert shuyi(demo_db_path, "facility", "status", tag, "故障", "--note", "不加热")["status"] == "broken"
    assert [r["code"] for r in shuyi(demo_db_path, "list", "facilities", "--status", "broken")].count(tag) == 1
    assert shuyi(demo_db_path, "facility", "status", tag.lower(), "in_use")["status"] == "in_use"
    plan = shuyi(demo_db_path, "facility", "plan", tag, "--every", "3", "--task", "清洁内腔", "--starts",
                 "2020-01-01")
    season = shuyi(demo_db_path, "facility", "plan", tag, "--season", "summer", "--task", "夏前检查")
    assert plan["every_months"] == 3 and season["season"] == "summer" and season["next_due"].endswith("-06-01")
    record = shuyi(demo_db_path, "facility", "service", tag, "--work", "清洁内腔", "--by", "王师傅", "--cost", "120.50",
                   "--on", "2020-02-01", "--plan", str(plan["id"]))
    assert (record["cost_fen"], record["cost"], record["plan_id"], record["done_on"]) == (
        12050, "120.50", plan["id"], "2020-02-01")
    expiry = shuyi(demo_db_path, "facility", "expiry", tag, "--item", "碘伏", "--expires", "2020-06-01")
    assert expiry["item"] == "碘伏" and expiry["replaced_on"] is None
    due = [d for d in shuyi(demo_db_path, "facility", "due", "--site", "JH11", "--days", "0") if d["code"] == tag]
    assert [(d["type"], d["what"], d["due_on"], d["overdue"]) for d in due] == [
        ("plan", "清洁内腔", "2020-05-01", True), ("expiry", "碘伏", "2020-06-01", True)]
    assert all(d["days_left"] < 0 and d["site"] == "JH11" and d["kind"] == "microwave" for d in due)
    shown = shuyi(demo_db_path, "facility", "show", tag)
    assert [(h["from"], h["to"], h["note"]) for h in shown["history"]] == [
        (None, "in_use", ""), ("in_use", "broken", "不加热"), ("broken", "in_use", "")]
    assert [m["work"] for m in shown["maintenance"]] == ["清洁内腔"] and len(shown["plans"]) == 2
    text = run("facility", "show", tag, "--db", str(demo_db_path))
    assert text.returncode == 0 and tag in text.stdout and "不加热" in text.stdout


REFUSALS = [
    (["facility", "add", "--site", "XX99", "--kind", "微波炉"], "XX99"),
    (["facility", "add", "--site", "JH11", "--kind", "洗衣机"], "洗衣机"),
    (["facility", "add", "--site", "JH11", "--kind", "微波炉", "--acquired", "2026-02-30"], "2026-02-30"),
    (["facility", "add", "--site", "JH11", "--kind", "微波炉", "--status", "坏了"], "坏了"),
    (["facility", "add", "--site", "JH11", "--kind", "微波炉", "--quantity", "3"], "3"),
    (["facility", "status", "{tag}", "坏了"], "坏了"),
    (["facility", "status", "{tag}", "在用"], "{tag}"),
    (["facility", "status", "{copy}", "故障"], "{copy}"),
    (["facility", "status", "{misread}", "故障"], "{misread}"),
    (["facility", "status", "{unknown}", "故障"], "{unknown}"),
    (["facility", "status", "{tag}", "故障", "--on", "yesterday"], "yesterday"),
    (["facility", "service", "{tag}", "--work", "修", "--cost", "1.234"], "1.234"),
    (["facility", "service", "{tag}", "--work", "修", "--on", "2999-01-01"], "2999-01-01"),
    (["facility", "service", "{tag}", "--work", "修", "--plan", "999"], "999"),
    (["facility", "plan", "{tag}", "--task", "x", "--season", "spring"], ""),
    (["facility", "expiry", "{copy}", "--item", "碘伏", "--expires", "2027-01-01"], "{copy}"),
    (["facility", "expiry", "{tag}", "--item", "碘伏", "--expires", "soon"], "soon"),
    (["facility", "due", "--site", "XX99"], "XX99"),
    (["list", "facilities", "--status", "坏了"], "坏了"),
    (["labels", "assets", "--codes", "{copy}", "--template", "roll-50x30", "--out", "{out}"], "{copy}"),
]


def test_every_refusal_is_one_line_and_changes_nothing(demo_db_path: Path, tmp_path: Path, tag: str) -> None:
    """Each refusal of the contract (and a few more), alternately in Chinese and English."""
    values = {"tag": tag, "copy": codes.make(codes.CodeType.COPY, "JH01", 1),
              "misread": tag[:-1] + ("0" if tag[-1] != "0" else "1"),
              "unknown": codes.make(codes.CodeType.ASSET, "JH11", 9999), "out": str(tmp_path / "x.pdf")}
    for n, (argv, named) in enumerate(REFUSALS):
        args = [a.format(**values) for a in argv]
        before = snapshot(demo_db_path)
        result = run(*args, "--db", str(demo_db_path), "--lang", ("zh_CN", "en")[n % 2])
        assert result.returncode != 0, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("shuyi: "), (args, result.stderr)
        assert named.format(**values) in lines[0], (args, lines)
        assert "意外错误" not in lines[0] and "unexpected" not in lines[0]
        assert result.stdout == ""
        assert snapshot(demo_db_path) == before, args
        assert not (tmp_path / "x.pdf").exists()
