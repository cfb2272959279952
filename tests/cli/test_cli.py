"""The `shuyi` command: the documented sequence, JSON output, and bad input refused in one line."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import desktop
from desktop.cli.main import main

CJK = re.compile(r"[\u4e00-\u9fff]")
SHUYI = shutil.which("shuyi", path=str(Path(sys.executable).parent)) or "shuyi"


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SHUYI, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def test_init_demo_stats_as_documented(tmp_path: Path) -> None:
    for args in (["init", "--db", "a.db"], ["demo", "--db", "a.db"]):
        result = run(*args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    result = run("stats", "--db", "a.db", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    overdue = counts.pop("overdue_loans")  # due days fall around today, so the count moves with the clock
    stations = {key: counts[key] for key in ("service_events", "inspections", "open_rectifications")}
    assert all(n > 0 for n in stations.values()), stations  # a year of the stations' life, dated back from today
    assert counts == {"sites": 10, "reading_rooms": 3, "service_stations": 7, "users": 0, "titles": 40,
                      "copies": 89, "readers": 30, "open_loans": 17, "facilities": 90, **stations}
    assert 0 < overdue < 17


def test_parser_choices_match_the_core() -> None:
    from desktop.cli import commands
    from desktop.cli import main as cli_main
    from desktop.core import demo

    assert cli_main.DEMO_SIZES == demo.SIZES
    assert cli_main.LISTINGS == commands.LISTINGS
    from desktop.cli import bench

    assert cli_main.BENCHMARKS == bench.BENCHMARKS


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"shuyi {desktop.__version__}"


def test_list_sites_json_has_codes_and_tagged_coordinates(demo_db_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "sites", "--db", str(demo_db_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 10
    first = rows[0]
    assert first["code"] == "JH01" and first["kind"] == "reading_room"
    assert first["coord_system"] == "gcj02" and first["lng"] == 119.7985
    assert abs(first["lng_wgs84"] - first["lng"]) > 0.003  # stored WGS-84 differs from the GCJ-02 input
    assert main(["--db", str(demo_db_path), "list", "sites", "--limit", "3", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_text_output_is_chinese_by_default_and_english_on_request(demo_db_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(demo_db_path)]) == 0
    assert "职工书屋" in capsys.readouterr().out
    assert main(["stats", "--db", str(demo_db_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Reading rooms" in out and not CJK.search(out)


def test_shuyi_db_variable_is_used(demo_db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SHUYI_DB", str(demo_db_path))
    assert main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sites"] == 10


def _bad(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "notes.txt").write_text("这不是数据库\n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    return {
        "unknown scheme": "mysql://user@localhost/shuyi",
        "not a database": str(tmp_path / "notes.txt"),
        "a folder": str(tmp_path / "folder"),
        "missing": str(tmp_path / "missing.db"),
    }


@pytest.mark.parametrize("case", ["unknown scheme", "not a database", "a folder", "missing"])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_bad_database_gives_one_line_and_changes_nothing(tmp_path: Path, case: str, lang: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    target = _bad(tmp_path)[case]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert main(["stats", "--db", target, "--lang", lang]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("shuyi: ")
    assert bool(CJK.search(lines[0].replace(target, ""))) == (lang == "zh_CN")
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "这不是数据库\n"


def test_bad_input_through_the_real_command(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    result = run("stats", "--db", "notes.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == "" and len(result.stderr.splitlines()) == 1
    assert "不是数据库文件" in result.stderr


def test_init_under_a_file_and_an_unreachable_server_give_one_line(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    assert main(["init", "--db", str(tmp_path / "notes.txt" / "a.db")]) == 2
    assert "不是文件夹" in capsys.readouterr().err
    # nothing listens on port 1 of the loopback address: the connection is refused at once
    assert main(["stats", "--db", "postgresql://shuyi:secret@127.0.0.1:1/shuyi"]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "无法打开数据库" in err and "secret" not in err


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def test_demo_twice_is_refused_and_changes_nothing(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _dump(demo_db_path)
    assert main(["demo", "--db", str(demo_db_path)]) == 2
    assert "演示数据只能载入空数据库" in capsys.readouterr().err
    assert _dump(demo_db_path) == before


def test_negative_limit_is_refused(demo_db_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["list", "sites", "--db", str(demo_db_path), "--limit", "-1"])
    assert exit_info.value.code == 2


def test_reading_an_older_database_upgrades_it_and_says_so_on_stderr(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from db import migrate
    from db.engine import make_engine

    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}", foreign_keys=False)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    assert main(["stats", "--db", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["sites"] == 0  # stdout stays clean data
    assert "从结构版本 0001 升级" in captured.err and ".bak" in captured.err


def test_output_failures_end_in_one_line(demo_db_path: Path) -> None:
    with open("/dev/full", "w") as full:  # noqa: PTH123
        result = subprocess.run([SHUYI, "list", "sites", "--db", str(demo_db_path)], stdout=full,
                                stderr=subprocess.PIPE, text=True, timeout=60)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and "SHUYI_DEBUG" in result.stderr
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will ever read: every write fails with EPIPE
    try:
        result = subprocess.run([SHUYI, "list", "sites", "--db", str(demo_db_path)], stdout=write_end,
                                stderr=subprocess.PIPE, text=True, timeout=60)
    finally:
        os.close(write_end)
    assert result.returncode == 141 and result.stderr == ""


def test_init_reports_what_it_did(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "n.db")
    assert main(["init", "--db", db, "--lang", "en"]) == 0
    assert "Created a new database" in capsys.readouterr().out
    assert main(["init", "--db", db, "--lang", "en"]) == 0
    assert "up to date" in capsys.readouterr().out
