"""A damaged database (pages overwritten, as a failing disk leaves them) is noticed by every command: one clear
line, exit status ≠ 0, and the file exactly as it was — no loan committed into it, no WAL beside it."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop.core import database, db_check, errors
from desktop.core.app import Shuyi
from tests.cli.test_cli import run
from tests.damage import overwrite_pages, pages_of

EN = {"SHUYI_LANG": "en", "PYTHONIOENCODING": "utf-8"}
DAMAGED = "is damaged; nothing was changed. Restore it from a backup copy"


def _env() -> dict[str, str]:
    import os

    return {**os.environ, **EN}


def _unchanged(path: Path, before: bytes) -> None:
    """The file's bytes as they were, and no write-ahead log beside it holding a commit."""
    assert path.read_bytes() == before
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.fixture
def damaged(demo_db_path: Path) -> Path:
    overwrite_pages(demo_db_path, 3, seed=7)
    return demo_db_path


@pytest.fixture
def books_csv(tmp_path: Path) -> Path:
    path = tmp_path / "books.csv"
    path.write_text("title,isbn\n新书,9787020010563\n", encoding="utf-8")
    return path


def _first_card_and_copy(path: Path) -> tuple[str, str]:
    """Read from the sound template: the damaged file may not give them up."""
    with closing(sqlite3.connect(path)) as conn:
        card = conn.execute("SELECT card_code FROM readers ORDER BY id").fetchone()[0]
        copy = conn.execute("SELECT code FROM copies WHERE status = 'on_shelf' ORDER BY id").fetchone()[0]
    return card, copy


@pytest.mark.parametrize("command", [
    ["stats"], ["list", "titles"], ["list", "loans"], ["loans"], ["search", "红楼梦"], ["init"], ["demo"],
    ["import", "books", "{csv}", "--room", "JH01"], ["scan", "{card}", "{copy}", "--room", "JH01"], ["check"],
    ["scan", "{card}", "{copy}", "--room", "JH01", "--json"],
], ids=lambda c: "-".join(c[:2]))
def test_every_command_refuses_a_damaged_database_and_changes_nothing(
        command: list[str], damaged: Path, books_csv: Path, demo_template: Path) -> None:
    card, copy = _first_card_and_copy(demo_template)
    args = [a.format(csv=books_csv, card=card, copy=copy) for a in command]
    before = damaged.read_bytes()
    result = run(*args, "--db", str(damaged), env=_env())
    assert result.returncode != 0, result.stdout
    assert DAMAGED in result.stderr + result.stdout
    assert "unexpected error" not in result.stderr
    _unchanged(damaged, before)


def test_check_lists_what_is_wrong_and_json_says_not_ok(damaged: Path) -> None:
    result = run("check", "--db", str(damaged), "--json", env=_env())
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["problems"] and report["path"] == str(damaged)
    assert DAMAGED in result.stderr


def test_check_of_a_sound_database_says_so(demo_db_path: Path) -> None:
    result = run("check", "--db", str(demo_db_path), "--json", env=_env())
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {**report, "ok": True, "problems": []} and report["pages"] > 0


def test_the_damaged_message_is_in_chinese_by_default(damaged: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k != "SHUYI_LANG"}
    result = run("stats", "--db", str(damaged), env={**env, "PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 2
    assert "已损坏" in result.stderr and "意外错误" not in result.stderr


def _large(path: Path) -> Path:
    """The demo grown past the size whose every page an open checks, with a table of filler rows."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, blob BLOB)")
        conn.executemany("INSERT INTO filler (blob) VALUES (zeroblob(3000))", [()] * 3000)
    assert path.stat().st_size > db_check.OPEN_CHECK_MAX_BYTES
    return path


def test_a_large_file_checks_its_core_tables_at_open(demo_db_path: Path) -> None:
    path = _large(demo_db_path)
    overwrite_pages(path, pages=pages_of(path, "sites")[:1])
    before = path.read_bytes()
    with pytest.raises(errors.DatabaseDamaged):
        Shuyi.open(path)
    assert path.read_bytes() == before


def test_a_large_file_damaged_elsewhere_is_caught_by_init_and_check(demo_db_path: Path) -> None:
    path = _large(demo_db_path)
    overwrite_pages(path, pages=pages_of(path, "filler")[100:103])
    Shuyi.open(path, create=False).close()  # the open check reads the core tables only: this damage is not in them
    before = path.read_bytes()
    for command in (["init"], ["check"]):
        result = run(*command, "--db", str(path), env=_env())
        assert result.returncode == 2 and DAMAGED in result.stderr, result.stderr
    _unchanged(path, before)
    assert not database.check(database.resolve(path)).ok
