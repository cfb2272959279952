"""A scan refused before it got far (the database busy with another program) is labelled by what the code would
have done: a reader card `reader`, an ISBN `info` (or `hold` with a reader), a copy `return` (or `lend`)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.circulation.dispatch import DeskState
from desktop.core.circulation.results import Action


def _codes(path: Path) -> tuple[int, str, str, str]:
    with closing(sqlite3.connect(path)) as conn:
        reader_id, card = conn.execute("SELECT id, card_code FROM readers ORDER BY id").fetchone()
        copy = conn.execute("SELECT code FROM copies ORDER BY id").fetchone()[0]
        isbn = conn.execute("SELECT isbn13 FROM titles WHERE isbn13 IS NOT NULL ORDER BY id").fetchone()[0]
    return reader_id, card, copy, isbn


@pytest.mark.parametrize(("what", "with_reader", "action"), [
    ("card", False, Action.READER), ("card", True, Action.READER), ("isbn", False, Action.INFO),
    ("isbn", True, Action.HOLD), ("copy", False, Action.RETURN), ("copy", True, Action.LEND),
])
def test_a_scan_refused_while_the_database_is_busy_names_what_was_tried(demo_db_path: Path, what: str,
                                                                          with_reader: bool, action: Action) -> None:
    reader_id, card, copy, isbn = _codes(demo_db_path)
    code = {"card": card, "isbn": isbn, "copy": copy}[what]
    other = sqlite3.connect(demo_db_path, isolation_level=None)
    try:
        with Shuyi.open(demo_db_path, create=False, busy_timeout_ms=50) as app:
            other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
            state = DeskState(site_code="JH01", reader_id=reader_id if with_reader else None)
            result, _panel = app.circulation.scan(state, code)
            other.execute("ROLLBACK")
    finally:
        other.close()
    assert not result.ok and isinstance(result.error, errors.DatabaseBusy)
    assert result.action is action
