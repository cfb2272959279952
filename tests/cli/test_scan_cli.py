"""`shuyi scan` (codes as arguments or streamed on stdin, one committed answer per line), `shuyi loans`,
`shuyi list loans` and the loan counts of `shuyi stats`, through the real command on a copy of the demo."""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import sqlite3
import subprocess
import threading
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from desktop.core import codes
from desktop.core.app import Shuyi
from desktop.core.circulation.dispatch import DeskState
from desktop.core.clock import FixedTime
from tests.cli.test_cli import SHUYI

LOAN_FIELDS = {"code", "title", "call_number", "reader", "site", "lent_on", "due_on", "returned_on", "renewals",
               "overdue_days"}
UTF8 = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def shuyi(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
          encoding: str = "utf-8") -> subprocess.CompletedProcess[str]:
    return subprocess.run([SHUYI, *args], input=stdin, capture_output=True, text=True, encoding=encoding,
                          env=env or UTF8, timeout=120)


def scan_json(db: Path, *codes_: str, stdin: str | None = None) -> tuple[int, list[dict[str, Any]]]:
    result = shuyi("scan", *codes_, "--db", str(db), "--site", "JH01", "--json", stdin=stdin)
    assert result.stderr == ""
    return result.returncode, [json.loads(line) for line in result.stdout.splitlines()]


def pick(db: Path, copies: int = 2) -> tuple[str, list[str]]:
    """A JH01 worker's card (no open loans, one renewal allowed) and JH01 copies on the shelf nobody waits for."""
    with closing(sqlite3.connect(db)) as conn:
        card = conn.execute(
            "SELECT r.card_code FROM readers r JOIN reader_types t ON t.id = r.type_id "
            "JOIN sites s ON s.id = r.home_site_id WHERE s.code = 'JH01' AND r.status = 'active' "
            "AND r.anonymised_at IS NULL AND t.max_renewals = 1 AND t.max_loans >= 3 "
            "AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.reader_id = r.id AND l.returned_at IS NULL) "
            "ORDER BY r.id").fetchone()[0]
        found = [row[0] for row in conn.execute(
            "SELECT c.code FROM copies c JOIN sites s ON s.id = c.home_site_id WHERE s.code = 'JH01' "
            "AND c.status = 'on_shelf' AND c.shelved_at_id IS NULL AND NOT EXISTS (SELECT 1 FROM holds h "
            "WHERE h.title_id = c.title_id AND h.status IN ('waiting', 'ready')) ORDER BY c.id LIMIT ?", (copies,))]
    assert len(found) == copies
    return card, found


def db_state(db: Path) -> tuple[list[tuple], list[tuple]]:
    with closing(sqlite3.connect(db)) as conn:
        return (conn.execute("SELECT * FROM loans ORDER BY id").fetchall(),
                conn.execute("SELECT code, status, shelved_at_id FROM copies ORDER BY id").fetchall())


def open_loan(db: Path, copy_code: str) -> tuple[str, int] | None:
    """(the borrower's card, renewals) of the copy's open loan."""
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(
            "SELECT r.card_code, l.renewals FROM loans l JOIN copies c ON c.id = l.copy_id "
            "JOIN readers r ON r.id = l.reader_id WHERE c.code = ? AND l.returned_at IS NULL", (copy_code,)).fetchone()


def test_reader_lend_renew_and_return_line_by_line_in_text(demo_db_path: Path) -> None:
    card, (c1, c2) = pick(demo_db_path)
    result = shuyi("scan", card, c1, c2, c1, "--db", str(demo_db_path), "--site", "jh01", "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[:3] for line in lines] == [["✓", "reader", card], ["✓", "lend", c1], ["✓", "lend", c2],
                                                    ["!", "renew", c1]]
    # the rule "scan a copy the reader holds = renew" — but lent today, a renewal would gain nothing: not counted
    assert "more allowed" in lines[0] and "Lent " in lines[1] and "already lent to this reader" in lines[3]
    assert open_loan(demo_db_path, c1) == (card, 0) and open_loan(demo_db_path, c2) == (card, 0)

    result = shuyi("scan", c1, c2, "--db", str(demo_db_path), "--site", "JH01")  # no reader: returns
    assert result.returncode == 0
    assert [(line.split()[0], line.split()[2]) for line in result.stdout.splitlines()] == [("✓", c1), ("✓", c2)]
    assert open_loan(demo_db_path, c1) is None and open_loan(demo_db_path, c2) is None


def test_the_same_desk_in_json(demo_db_path: Path) -> None:
    card, (c1, c2) = pick(demo_db_path)
    status, rows = scan_json(demo_db_path, card, c1, c2, c1, card, c1, c2)
    assert status == 0
    assert [(r["code"], r["ok"], r["action"], r["level"]) for r in rows] == [
        (card, True, "reader", "success"), (c1, True, "lend", "success"), (c2, True, "lend", "success"),
        (c1, True, "renew", "warning"), (card, True, "end_session", "success"), (c1, True, "return", "success"),
        (c2, True, "return", "success")]
    assert all(isinstance(r["message"], str) and r["message"] for r in rows)
    lend = rows[1]
    assert lend["copy_code"] == c1 and dt.date.fromisoformat(lend["due_on"]) > dt.date.today()
    assert lend["reader_id"] == rows[0]["reader_id"] and "reader_id" not in rows[5]
    assert open_loan(demo_db_path, c1) is None


def test_refusals_say_why_and_change_nothing(demo_db_path: Path) -> None:
    card, (c1,) = pick(demo_db_path, copies=1)
    bad_check = c1[:-1] + ("A" if c1[-1] != "A" else "B")
    unknown = codes.make(codes.CodeType.COPY, "JH01", 99_999)
    before = db_state(demo_db_path)
    status, rows = scan_json(demo_db_path, card, "9787-NOT-OURS", bad_check, unknown)
    assert status == 1
    assert rows[0]["ok"] is True
    assert [(r["ok"], r["action"], r["level"], r.get("error")) for r in rows[1:]] == [
        (False, "refused", "refusal", "code.foreign"), (False, "refused", "refusal", "code.bad_check"),
        (False, "refused", "refusal", "code.unknown")]
    assert all(r["message"] for r in rows)
    assert all(r["reader_id"] == rows[0]["reader_id"] for r in rows[1:])  # the reader stays active
    assert db_state(demo_db_path) == before


def test_a_repeat_within_two_seconds_is_a_bounce(demo_db_path: Path) -> None:
    card, (c1,) = pick(demo_db_path, copies=1)
    status, rows = scan_json(demo_db_path, card, c1, c1)
    assert status == 0
    assert [(r["action"], r["ok"], r["level"]) for r in rows] == [("reader", True, "success"),
                                                                  ("lend", True, "success"),
                                                                  ("ignored", True, "warning")]
    assert open_loan(demo_db_path, c1) == (card, 0)  # lent once, not renewed by the bounce


def test_stdin_answers_each_line_as_soon_as_it_is_committed(demo_db_path: Path) -> None:
    card, (c1, c2) = pick(demo_db_path)
    proc = subprocess.Popen([SHUYI, "scan", "-", "--db", str(demo_db_path), "--site", "JH01", "--json"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8", env=UTF8)
    assert proc.stdin is not None and proc.stdout is not None
    answers: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [answers.put(line) for line in proc.stdout], daemon=True).start()

    def send(line: str) -> dict[str, Any]:
        proc.stdin.write(line + "\n")
        proc.stdin.flush()
        try:
            return json.loads(answers.get(timeout=30))  # a hang fails here instead of blocking the run
        except queue.Empty:
            proc.kill()
            pytest.fail(f"no answer to {line!r} while the command was still waiting for more input")

    try:
        assert send("\ufeff" + card)["action"] == "reader"  # a byte-order mark from a file saved by Notepad
        answer = send(c1)
        assert (answer["action"], answer["ok"], answer["copy_code"]) == ("lend", True, c1)
        assert proc.poll() is None and open_loan(demo_db_path, c1) == (card, 0)  # committed before it was said
        proc.stdin.write("\n   \n")  # empty lines: no answer
        answer = send(f"  {c2.lower()}  ")
        assert (answer["action"], answer["code"]) == ("lend", c2)
        assert send("NOT-A-CODE")["ok"] is False
        proc.stdin.close()
        assert proc.wait(timeout=30) == 1  # one scan was refused
    finally:
        if proc.poll() is None:
            proc.kill()
    assert answers.empty()


def test_stdin_in_text_with_a_stdout_that_cannot_show_check_marks(demo_db_path: Path) -> None:
    card, (c1,) = pick(demo_db_path, copies=1)
    result = shuyi("scan", "-", "--db", str(demo_db_path), "--site", "JH01", stdin=f"{card}\n{c1}\nXYZ\n",
                   env={**os.environ, "PYTHONIOENCODING": "gbk"}, encoding="gbk")
    assert result.returncode == 1
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["+", "+", "x"]
    assert open_loan(demo_db_path, c1) == (card, 0)


def test_bad_usage_and_an_ambiguous_room_are_refused_in_one_line(demo_db_path: Path, tmp_path: Path) -> None:
    before = db_state(demo_db_path)
    result = shuyi("scan", "CJH01-0000013", "--db", str(demo_db_path), "--lang", "en")  # three rooms: which?
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "JH01, JH02, JH03" in result.stderr
    for args in (["-", "CJH01-0000013"], ["X", "--receive"], ["X", "--site", "JH11"], ["X", "--site", "QQ9"]):
        result = shuyi("scan", *args, "--db", str(demo_db_path), "--lang", "en")
        assert result.returncode == 2 and result.stdout == "" and result.stderr.count("\n") == 1, args
    result = shuyi("scan", "X", "--db", str(tmp_path / "missing.db"), "--site", "JH01")
    assert result.returncode == 2 and result.stderr.startswith("shuyi: ") and result.stderr.count("\n") == 1
    assert not (tmp_path / "missing.db").exists()
    assert db_state(demo_db_path) == before


def _lend_in_the_past(db: Path, days_ago: int) -> tuple[str, str, str]:
    """Lend a copy through the core as if 60 days ago, so it is overdue now; returns card, copy code, name."""
    card, (copy,) = pick(db, copies=1)
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
    with Shuyi.open(db, create=False, time=FixedTime(past)) as app:
        reader, _ = app.circulation.scan(DeskState(site_code="JH01"), card)
        assert reader.ok
        lent, _ = app.circulation.scan(DeskState(site_code="JH01", reader_id=reader.reader_id), copy)
        assert lent.ok and lent.action.value == "lend"
        name = app.readers.reader(reader.reader_id).name
    return card, copy, name


def _json_out(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_loans_overdue_and_list_loans(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card, copy, name = _lend_in_the_past(demo_db_path, 60)
    db = str(demo_db_path)
    overdue = _json_out(capsys, "loans", "--overdue", "--db", db)
    mine = [row for row in overdue if row["code"] == copy]
    assert len(mine) == 1 and set(mine[0]) == LOAN_FIELDS
    assert mine[0]["reader"] == card and mine[0]["site"] == "JH01" and mine[0]["returned_on"] is None
    assert mine[0]["overdue_days"] >= 29
    assert all(row["overdue_days"] > 0 and row["returned_on"] is None for row in overdue)
    assert [row["due_on"] for row in overdue] == sorted(row["due_on"] for row in overdue)
    assert name not in json.dumps(overdue, ensure_ascii=False)  # no reader's name leaves by JSON

    open_rows = _json_out(capsys, "loans", "--db", db)
    assert {row["code"] for row in overdue} < {row["code"] for row in open_rows}
    assert [row["due_on"] for row in open_rows] == sorted(row["due_on"] for row in open_rows)
    assert all(row["site"] == "JH02" for row in _json_out(capsys, "loans", "--site", "jh02", "--db", db))

    everything = _json_out(capsys, "loans", "--all", "--db", db)
    assert _json_out(capsys, "list", "loans", "--db", db) == everything
    assert any(row["returned_on"] for row in everything)  # the demo's history has returned loans
    assert _json_out(capsys, "list", "loans", "--limit", "2", "--db", db) == everything[:2]

    assert main(["loans", "--overdue", "--db", db, "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "Days overdue" in text and copy in text and name in text  # a staff listing names the reader


def test_stats_count_open_and_overdue_loans(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def counted() -> tuple[int, int]:
        with closing(sqlite3.connect(demo_db_path)) as conn:
            return conn.execute("SELECT count(*), sum(due_on < date('now', 'localtime')) FROM loans "
                                "WHERE returned_at IS NULL").fetchone()

    before = _json_out(capsys, "stats", "--db", str(demo_db_path))
    assert (before["open_loans"], before["overdue_loans"]) == tuple(n or 0 for n in counted())
    _lend_in_the_past(demo_db_path, 60)
    after = _json_out(capsys, "stats", "--db", str(demo_db_path))
    assert (after["open_loans"], after["overdue_loans"]) == (before["open_loans"] + 1, before["overdue_loans"] + 1)
    assert main(["stats", "--db", str(demo_db_path), "--lang", "en"]) == 0
    assert "Overdue loans" in capsys.readouterr().out


def test_a_console_that_cannot_show_a_title_still_gets_every_line(demo_db_path: Path) -> None:
    """On an ASCII (or GBK) console a title's characters are replaced, never the end of the stream."""
    card, (c1, c2) = pick(demo_db_path)
    result = shuyi("scan", "-", "--db", str(demo_db_path), "--site", "JH01", "--lang", "en",
                   stdin=f"{card}\n{c1}\n{c2}\n", env={**os.environ, "PYTHONIOENCODING": "ascii"}, encoding="ascii")
    assert result.returncode == 0, result.stderr
    assert [line.split()[:3] for line in result.stdout.splitlines()] == [
        ["+", "reader", card], ["+", "lend", c1], ["+", "lend", c2]]
    assert open_loan(demo_db_path, c1) == (card, 0) and open_loan(demo_db_path, c2) == (card, 0)
