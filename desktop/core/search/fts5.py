"""SQLite's search backend: an FTS5 table of titles (Chinese spaced into characters) beside their pinyin tokens.

One row per title (rowid = titles.id): title, author + publisher, and pinyin (searchtext.pinyin_tokens). FTS5 is
SQLite's, so indexing speaks to the SQLite cursor directly: for a 100,000-row import, SQLAlchemy's per-row
parameter handling cost more than the full-text indexing itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import Title
from desktop.core.search.backend import CANDIDATES, Why
from desktop.core.searchtext import fts_query, pinyin_query, pinyin_tokens, spaced


class Fts5Backend:
    name = "fts5"
    pinyin = True

    def index_titles(self, session: Session, rows: Iterable[tuple[int, str, str, str]], *, fresh: bool) -> None:
        params = [(tid, spaced(t), spaced(f"{a} {p}"), pinyin_tokens(t)) for tid, t, a, p in rows]
        if not params:
            return
        connection = session.connection()
        if not fresh:
            connection.exec_driver_sql("DELETE FROM fts_titles WHERE rowid = ?", [(p[0],) for p in params])
        connection.exec_driver_sql("INSERT INTO fts_titles (rowid, title, other, pinyin) VALUES (?, ?, ?, ?)",
                                   params)

    def find_titles(self, session: Session, query: str) -> list[tuple[int, Why]]:
        in_title, anywhere, letters = fts_query(query, "title"), fts_query(query), pinyin_query(query)
        found: list[tuple[int, Why]] = []
        if in_title:
            found += _ranked(session, in_title, "title")
        if letters:
            found += _ranked(session, f"pinyin : {letters}*", "pinyin")
        if anywhere:  # words spread over title, author and publisher ("红楼梦 曹雪芹")
            found += [(i, "other") for i in _matches(session, anywhere)]
        return found


def _matches(session: Session, match: str) -> list[int]:
    return list(session.scalars(
        text("SELECT rowid FROM fts_titles WHERE fts_titles MATCH :m LIMIT :n"), {"m": match, "n": CANDIDATES}
    ))


def _ranked(session: Session, match: str, why: Why) -> list[tuple[int, Why]]:
    """Bounded candidates, shorter titles first: the closer a title is to what was typed, the shorter it is."""
    ids = _matches(session, match)
    if not ids:
        return []
    lengths = dict(session.execute(select(Title.id, Title.title).where(Title.id.in_(ids))).all())
    return [(i, why) for i in sorted(ids, key=lambda i: (len(lengths.get(i, "")), i))]
