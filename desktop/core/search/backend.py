"""The seam between the search box and a database's text search: one small protocol, one backend per dialect.

A backend answers "which titles match these words" (bounded candidates, each with why it matched) and keeps its
own index in step with the titles. SQLite uses FTS5 (fts5.py: characters, pinyin initials and full pinyin);
PostgreSQL gets `pg_trgm` with the same pinyin columns when the shared database arrives — until then it is
declared here to use the plain LIKE backend (like.py: characters only, no pinyin), never silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, Protocol

from sqlalchemy.orm import Session

Why = Literal["code", "isbn", "call_number", "title", "pinyin", "other"]
CANDIDATES = 200
"""Matches fetched per kind before ranking: bounded, so a one-character query costs what a rare one does."""


class SearchBackend(Protocol):
    name: str
    pinyin: bool
    """Whether pinyin initials and full pinyin find titles (the search box's placeholder promises it)."""

    def index_titles(self, session: Session, rows: Iterable[tuple[int, str, str, str]], *, fresh: bool) -> None:
        """(Re)write the index rows of titles (id, title, author, publisher); `fresh` titles have none yet."""

    def find_titles(self, session: Session, query: str) -> list[tuple[int, Why]]:
        """Title ids matching the words typed, best first within each kind, at most CANDIDATES per kind."""


def backend_for(dialect: str) -> SearchBackend:
    """The backend of a database dialect ("sqlite", "postgresql")."""
    from desktop.core.search import fts5, like  # the backends import this module for Why and CANDIDATES

    backends: dict[str, SearchBackend] = {"sqlite": fts5.Fts5Backend(), "postgresql": like.LikeBackend()}
    return backends.get(dialect, like.LikeBackend())


def of(session: Session) -> SearchBackend:
    return backend_for(session.get_bind().dialect.name)
