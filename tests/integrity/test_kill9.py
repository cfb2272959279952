"""A loan or return `shuyi scan -` has acknowledged survives `kill -9` at any moment, and the file stays whole.

Scans are streamed into the real command, each answer read as it comes; the process is killed at a random point
(after an answer, right after writing a line, or after a burst of unanswered lines, with a random short delay so
that some kills land inside a transaction). Then, with plain sqlite3: `PRAGMA integrity_check` is ok, every line
the command printed (read before or after the kill) is in the database, and no copy has two open loans.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import threading
import time
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from desktop.core import codes
from tests.cli.test_cli import SHUYI

RUNS = 28
SEED = 20261121
ANSWER_TIMEOUT = 30.0


@dataclass
class Model:
    """What the acknowledgements say the database must hold."""

    open_loan: dict[str, int | None] = field(default_factory=dict)
    """Copy code → id of its open loan (None: none), as the acknowledged scans left it."""
    closed: set[int] = field(default_factory=set)
    """Loans an acknowledged return closed: they stay closed."""
    lent: set[int] = field(default_factory=set)
    """Loans an acknowledged lend made."""
    renewed: dict[int, int] = field(default_factory=dict)
    """Loan id → the least renewal count acknowledgements imply."""


def _connect(db: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(db))


def _material(db: Path) -> tuple[list[str], list[str]]:
    with _connect(db) as conn:
        cards = [r[0] for r in conn.execute(
            "SELECT r.card_code FROM readers r JOIN sites s ON s.id = r.home_site_id WHERE s.code = 'JH01' "
            "AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.reader_id = r.id AND l.returned_at IS NULL "
            "AND l.due_on < date('now', 'localtime')) ORDER BY r.id LIMIT 6")]
        copies = [r[0] for r in conn.execute(
            "SELECT c.code FROM copies c JOIN sites s ON s.id = c.home_site_id WHERE s.code = 'JH01' "
            "AND c.status <> 'lost' ORDER BY c.id LIMIT 14")]
        copies += [r[0] for r in conn.execute(  # two from another room: returned here, they go in transit
            "SELECT c.code FROM copies c JOIN sites s ON s.id = c.home_site_id WHERE s.code = 'JH02' "
            "AND c.status <> 'lost' ORDER BY c.id LIMIT 2")]
    assert len(cards) >= 4 and len(copies) >= 10
    return cards, copies


def _sequence(rng: random.Random, cards: list[str], copies: list[str], on_loan: set[str]) -> list[str]:
    """Readers' visits (card, copies, card again) and returns (copies alone), with bounces, misreads and blanks."""
    bad_check = codes.make(codes.CodeType.COPY, "JH01", 1)[:-1] + "*"
    out: list[str] = []
    for _ in range(rng.randint(2, 6)):
        lent = [c for c in copies if c in on_loan]
        if lent and rng.random() < 0.4:
            out += rng.sample(lent, min(len(lent), rng.randint(1, 3)))
        else:
            card = rng.choice(cards)
            shelf = [c for c in copies if c not in on_loan] or copies
            out += [card, *rng.sample(shelf, min(len(shelf), rng.randint(1, 3)))]
            if rng.random() < 0.3:
                out.append(rng.choice(copies))  # a renewal, or a copy out with someone else
            out.append(card)
        roll = rng.random()
        if roll < 0.15:
            out.append(out[-1])  # a scanner bounce
        elif roll < 0.25:
            out.append(rng.choice(["NOT-OURS-42", bad_check, ""]))
    return out


def _snapshot(db: Path, model: Model) -> int:
    """Before a run: the open loans as they are (a killed run may have committed a line it never answered)."""
    with _connect(db) as conn:
        model.open_loan = dict(conn.execute(
            "SELECT c.code, l.id FROM loans l JOIN copies c ON c.id = l.copy_id WHERE l.returned_at IS NULL"))
        return conn.execute("SELECT coalesce(max(id), 0) FROM loans").fetchone()[0]


def _run_once(db: Path, rng: random.Random, seq: list[str], log: Path) -> tuple[list[dict[str, Any]], set[str]]:
    """Stream seq, kill at a random point; returns every answer printed and the codes written but not answered."""
    with open(log, "w", encoding="utf-8") as err:
        proc = subprocess.Popen([SHUYI, "scan", "-", "--json", "--site", "JH01", "--db", str(db)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True,
                                encoding="utf-8", env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert proc.stdin is not None and proc.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    answers: list[dict[str, Any]] = []
    unanswered: list[str] = []
    answered_at = rng.randint(0, len(seq))
    burst = rng.choice([0, 0, 1, 1, 1, 2, 3])
    finish = answered_at == len(seq) and rng.random() < 0.5
    try:
        for code in seq[:answered_at]:
            proc.stdin.write(code + "\n")
            proc.stdin.flush()
            if not code.strip():
                continue
            line = lines.get(timeout=ANSWER_TIMEOUT)
            assert line is not None and line.endswith("\n"), f"the command stopped: {log.read_text()}"
            answers.append(json.loads(line))
        for code in seq[answered_at:answered_at + burst]:
            proc.stdin.write(code + "\n")
            proc.stdin.flush()
            if code.strip():  # an empty line is never answered
                unanswered.append(code)
        if finish:
            proc.stdin.close()
            assert proc.wait(timeout=ANSWER_TIMEOUT) in (0, 1), log.read_text()
        else:
            time.sleep(rng.choice([0, 0, 0.001, 0.003, 0.006, 0.01, 0.02, 0.04]))
            proc.send_signal(signal.SIGKILL)
            assert proc.wait(timeout=ANSWER_TIMEOUT) in (-signal.SIGKILL, 0, 1)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        with suppress(OSError):
            proc.stdin.close()
    while (line := lines.get(timeout=ANSWER_TIMEOUT)) is not None:
        if line.endswith("\n"):  # printed (and flushed) before the kill: acknowledged as much as any other
            answers.append(json.loads(line))
            unanswered.pop(0)
    pending = {codes.clean(c) for c in unanswered}
    return answers, pending


def _apply(conn: sqlite3.Connection, model: Model, answers: list[dict[str, Any]], first_new: int) -> None:
    """Walk the acknowledgements in order and check each against the database."""
    for a in answers:
        if not a["ok"] or a["action"] not in ("lend", "return", "renew"):
            continue
        code = a["copy_code"]
        if a["action"] == "lend":
            ids = [r[0] for r in conn.execute(
                "SELECT l.id FROM loans l JOIN copies c ON c.id = l.copy_id "
                "WHERE c.code = ? AND l.reader_id = ? AND l.id > ? ORDER BY l.id", (code, a["reader_id"], first_new))
                   if r[0] not in model.lent]
            assert ids, f"acknowledged lend of {code} to reader {a['reader_id']} is not in the database"
            model.lent.add(ids[0])
            model.open_loan[code] = ids[0]
        elif a["action"] == "return":
            loan = model.open_loan.get(code)
            assert loan is not None, f"{code} was returned but no loan of it was known to be open"
            returned = conn.execute("SELECT returned_at FROM loans WHERE id = ?", (loan,)).fetchone()[0]
            assert returned is not None, f"acknowledged return of {code} (loan {loan}) is not in the database"
            model.closed.add(loan)
            model.open_loan[code] = None
        elif a["level"] == "success":  # a warning ("lent today already") renews nothing
            loan = model.open_loan.get(code)
            assert loan is not None, f"{code} was renewed but no loan of it was known to be open"
            model.renewed[loan] = model.renewed.get(loan, 0) + 1


def _check(db: Path, model: Model, answers: list[dict[str, Any]], pending: set[str], first_new: int) -> None:
    with _connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT copy_id, count(*) FROM loans WHERE returned_at IS NULL GROUP BY copy_id "
                            "HAVING count(*) > 1").fetchall() == []
        assert conn.execute(  # a copy's status and its loan change in one transaction, never one without the other
            "SELECT c.code, c.status FROM copies c LEFT JOIN loans l ON l.copy_id = c.id AND l.returned_at IS NULL "
            "WHERE (c.status = 'on_loan') != (l.id IS NOT NULL)").fetchall() == []
        _apply(conn, model, answers, first_new)
        for loan in model.closed:
            closed = conn.execute("SELECT returned_at FROM loans WHERE id = ?", (loan,)).fetchone()[0]
            assert closed is not None, f"loan {loan} was acknowledged as returned and is open again"
        renewals = dict(conn.execute("SELECT id, renewals FROM loans"))
        for loan, renewed in model.renewed.items():
            assert renewals[loan] >= renewed, f"loan {loan}: {renewals[loan]} renewals, {renewed} acknowledged"
        open_now = dict(conn.execute(
            "SELECT c.code, l.id FROM loans l JOIN copies c ON c.id = l.copy_id WHERE l.returned_at IS NULL"))
    for code, loan in model.open_loan.items():
        if code in pending:  # written but never answered: done or not, either is right
            continue
        assert open_now.get(code) == loan, f"{code}: open loan {open_now.get(code)}, acknowledged {loan}"


@pytest.mark.slow
def test_acknowledged_scans_survive_kill_9(demo_db_path: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    cards, copies = _material(demo_db_path)
    model = Model()
    acknowledged = 0
    started = time.monotonic()
    for run in range(RUNS):
        first_new = _snapshot(demo_db_path, model)
        seq = _sequence(rng, cards, copies, {code for code, loan in model.open_loan.items() if loan is not None})
        answers, pending = _run_once(demo_db_path, rng, seq, tmp_path / f"run{run}.log")
        _check(demo_db_path, model, answers, pending, first_new)
        acknowledged += sum(1 for a in answers if a["ok"] and a["action"] in ("lend", "return", "renew"))
    assert acknowledged >= 40, "too few loans and returns were made to mean anything"
    assert time.monotonic() - started < 120
