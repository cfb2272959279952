"""One suite every search backend must pass (today FTS5 and the plain LIKE backend, both on SQLite; the
PostgreSQL pg_trgm backend joins with the shared database), and the backend each dialect is declared to use."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from desktop.core.search import Hit, search
from desktop.core.search.backend import SearchBackend, backend_for
from desktop.core.search.fts5 import Fts5Backend
from desktop.core.search.like import LikeBackend

BACKENDS = [Fts5Backend(), LikeBackend()]


@pytest.fixture
def session(demo_db_path: Path) -> Iterator[Session]:
    engine = create_engine(f"sqlite:///{demo_db_path}")
    with Session(engine) as opened:
        yield opened
    engine.dispose()


def _titles(hits: list[Hit]) -> list[str]:
    return [h.title.title for h in hits]


def test_each_dialect_has_a_declared_backend() -> None:
    assert backend_for("sqlite").name == "fts5" and backend_for("sqlite").pinyin
    assert backend_for("postgresql").name == "like"  # until pg_trgm: declared, not a silent fallback
    assert not backend_for("postgresql").pinyin


@pytest.fixture(params=BACKENDS, ids=lambda b: b.name)
def backend(request: pytest.FixtureRequest) -> SearchBackend:
    return request.param


@pytest.mark.parametrize(("query", "title"), [
    ("梦", "红楼梦"), ("楼梦", "红楼梦"), ("凡的世", "平凡的世界"),  # one, two, three characters, mid-title
    ("曹雪芹", "红楼梦"), ("人民文学出版社 水浒", "水浒传"),  # author, publisher and title words
])
def test_characters_anywhere(session: Session, backend: SearchBackend, query: str, title: str) -> None:
    assert title in _titles(search(session, query, using=backend))


def test_a_word_that_matches_nothing_empties_the_result(session: Session, backend: SearchBackend) -> None:
    assert search(session, "红楼梦 不存在的词", using=backend) == []
    assert search(session, "%", using=backend) == [] and search(session, "_", using=backend) == []


@pytest.mark.parametrize(("query", "title"), [("hlm", "红楼梦"), ("loumeng", "红楼梦"), ("pf dsj", "平凡的世界")])
def test_pinyin_where_the_backend_has_it(session: Session, backend: SearchBackend, query: str, title: str) -> None:
    found = _titles(search(session, query, using=backend))
    assert (title in found) is backend.pinyin
