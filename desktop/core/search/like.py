"""The plain backend: LIKE on title, author and publisher, with no index of its own and no pinyin.

Declared for PostgreSQL until its pg_trgm backend (with the same pinyin columns as FTS5) arrives with the shared
database; it runs on any dialect, so the shared backend tests run it on SQLite too.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import Title
from desktop.core.search.backend import CANDIDATES, Why


class LikeBackend:
    name = "like"
    pinyin = False

    def index_titles(self, session: Session, rows: Iterable[tuple[int, str, str, str]], *, fresh: bool) -> None:
        """Nothing to keep: LIKE reads the titles table itself."""

    def find_titles(self, session: Session, query: str) -> list[tuple[int, Why]]:
        found: list[tuple[int, Why]] = []
        words = query.split()
        if not words:
            return found
        in_title = [Title.title.ilike(f"%{w}%", escape="\\") for w in map(_escaped, words)]
        found += [(i, "title") for i in session.scalars(select(Title.id).where(*in_title).limit(CANDIDATES))]
        anywhere = [or_(Title.title.ilike(p, escape="\\"), Title.author.ilike(p, escape="\\"),
                        Title.publisher.ilike(p, escape="\\")) for p in (f"%{_escaped(w)}%" for w in words)]
        found += [(i, "other") for i in session.scalars(select(Title.id).where(*anywhere).limit(CANDIDATES))]
        return found


def _escaped(word: str) -> str:
    """A typed word as a LIKE pattern that matches it literally (% and _ are only characters here)."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
