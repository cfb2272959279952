"""`shuyi service`, `shuyi visits` and `shuyi roster` run as a user runs them: a real subprocess on a real file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.core.stations.activity_world import snapshot

TODAY = dt.date.today()
YESTERDAY = (TODAY - dt.timedelta(days=1)).isoformat()


def shuyi(db: Path, *args: str) -> dict | list:  # type: ignore[type-arg]
    result = run(*args, "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_service_add_and_list_with_stable_json(demo_db_path: Path) -> None:
    added = shuyi(demo_db_path, "service", "add", "--site", "JH12", "--category", "技能培训", "--title", "电动车维修",
                  "--on", YESTERDAY, "--hours", "2", "--attendance", "25", "--organiser", "县总工会")
    assert added["category"] == "skills" and added["site"] == "JH12" and added["held_on"] == YESTERDAY
    assert set(added) == {"id", "site", "category", "held_on", "hours", "title", "organiser", "attendance", "note"}
    listed = shuyi(demo_db_path, "service", "list", "--site", "JH12", "--from", YESTERDAY, "--to", YESTERDAY,
                   "--category", "skills")
    assert added in listed
    totals = shuyi(demo_db_path, "service", "list", "--by", "category", "--site", "JH12")
    assert [t["category"] for t in totals] == ["ideology", "skills", "rights", "mental_health", "safety",
                                               "employment"]
    assert sum(t["events"] for t in totals) >= 40  # the demo's year of services, and this one
    text = run("service", "list", "--site", "JH12", "--db", str(demo_db_path), "--limit", "3")
    assert text.returncode == 0 and "电动车维修" in text.stdout and "技能培训" in text.stdout


def test_visits_add_adds_pairs_replace_sets_and_list_groups(demo_db_path: Path) -> None:
    first = shuyi(demo_db_path, "visits", "add", "--site", "JH12", "--on", YESTERDAY, "--count", "外卖骑手=2",
                  "--count", "courier=1", "--replace")
    assert first == {"site": "JH12", "day": YESTERDAY, "total": 3, "counts": {"delivery_rider": 2, "courier": 1}}
    second = shuyi(demo_db_path, "visits", "add", "--site", "JH12", "--on", YESTERDAY, "--occupation", "外卖骑手",
                   "--count", "5")
    assert second["counts"] == {"delivery_rider": 7, "courier": 1}
    by_day = shuyi(demo_db_path, "visits", "list", "--site", "JH12", "--from", YESTERDAY, "--to", YESTERDAY)
    assert by_day == [{"site": "JH12", "day": YESTERDAY, "total": 8, "counts": {"delivery_rider": 7, "courier": 1}}]
    months = shuyi(demo_db_path, "visits", "list", "--by", "month", "--site", "JH15")
    assert len(months) in (12, 13) and all(set(m) == {"site", "month", "total", "counts"} for m in months)
    jobs = shuyi(demo_db_path, "visits", "list", "--by", "occupation", "--site", "JH15")
    assert max(jobs, key=lambda j: j["visits"])["occupation"] == "truck_driver"  # 卡友之家


def test_visits_import_lists_bad_rows_on_stderr_and_a_second_import_changes_nothing(demo_db_path: Path,
                                                                                   tmp_path: Path) -> None:
    sheet = tmp_path / "tally.csv"
    sheet.write_text(f"日期,站点,外卖骑手,快递员\n{YESTERDAY},JH12,30,4\n{YESTERDAY},JH01,3,1\n", encoding="utf-8")
    result = run("visits", "import", str(sheet), "--db", str(demo_db_path))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "shuyi: 第 3 行：JH01 是职工书屋，不是服务站"
    before = snapshot(demo_db_path)
    again = shuyi(demo_db_path, "visits", "import", str(sheet))
    assert again["changed"] == 0 and again["figures"] == 2 and again["rejected"][0]["row"] == 3
    assert snapshot(demo_db_path) == before


def test_roster_add_list_check_and_remove(demo_db_path: Path) -> None:
    check = shuyi(demo_db_path, "roster", "check", "--site", "JH16")
    assert check["hours"] and len(check["uncovered"]) == 1  # the demo's one deliberate gap
    gap = check["uncovered"][0]
    added = shuyi(demo_db_path, "roster", "add", "--site", "JH16", "--days", gap["weekday"], "--time",
                  f"{gap['start']}-{gap['end']}", "--person", "值班员")
    assert [s["weekday"] for s in added] == [gap["weekday"]]
    assert shuyi(demo_db_path, "roster", "check", "--site", "JH16")["covered"] is True
    assert added[0] in shuyi(demo_db_path, "roster", "list", "--site", "JH16")
    shuyi(demo_db_path, "roster", "remove", str(added[0]["id"]), "--site", "JH16")
    text = run("roster", "check", "--site", "JH16", "--db", str(demo_db_path), "--lang", "en")
    assert text.returncode == 0 and "no one on duty: " in text.stdout and "is open" in text.stdout


REFUSALS = [
    ("service", "add", "--site", "JX99", "--category", "技能培训", "--title", "t", "--hours", "2"),
    ("service", "add", "--site", "JH01", "--category", "技能培训", "--title", "t", "--hours", "2"),
    ("service", "add", "--site", "JH12", "--category", "烹饪", "--title", "t", "--hours", "2"),
    ("service", "add", "--site", "JH12", "--category", "技能培训", "--title", "t", "--hours", "0"),
    ("service", "add", "--site", "JH12", "--category", "技能培训", "--title", "t", "--hours", "25"),
    ("service", "add", "--site", "JH12", "--category", "skills", "--title", "t", "--hours", "2", "--on", "2099-01-01"),
    ("service", "add", "--site", "JH12", "--category", "skills", "--title", "t", "--hours", "2", "--on", "2026-13-01"),
    ("service", "add", "--site", "JH12", "--category", "技能培训", "--hours", "2"),
    ("visits", "add", "--site", "JX99", "--count", "外卖骑手=1"),
    ("visits", "add", "--site", "JH01", "--count", "外卖骑手=1"),
    ("visits", "add", "--site", "JH12", "--count", "飞行员=1"),
    ("visits", "add", "--site", "JH12", "--count", "外卖骑手=-3"),
    ("visits", "add", "--site", "JH12", "--count", "外卖骑手=many"),
    ("visits", "add", "--site", "JH12", "--count", "12"),
    ("visits", "add", "--site", "JH12", "--count", "外卖骑手=1", "--on", "2099-01-01"),
    ("visits", "add", "--site", "JH12", "--count", "外卖骑手=1", "--on", "yesterday"),
    ("visits", "import", "/nonexistent/tally.csv"),
    ("roster", "add", "--site", "JH12", "--days", "Mo-Xx", "--time", "08:00-12:00", "--person", "张三"),
    ("roster", "add", "--site", "JX99", "--days", "Mo", "--time", "08:00-12:00", "--person", "张三"),
    ("roster", "check"),
    ("roster", "remove", "999999", "--site", "JH12"),
]


@pytest.mark.parametrize("args", REFUSALS, ids=[" ".join(a[:2]) + f" #{i}" for i, a in enumerate(REFUSALS)])
def test_every_refusal_is_one_line_with_nothing_changed(demo_db_path: Path, args: tuple[str, ...]) -> None:
    before = snapshot(demo_db_path)
    result = run(*args, "--db", str(demo_db_path))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("shuyi: ") and "意外错误" not in lines[0], result.stderr
    assert snapshot(demo_db_path) == before
