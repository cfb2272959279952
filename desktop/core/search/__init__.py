"""One search box for the catalogue: copy codes, ISBN/EAN-13, call numbers, any part of title/author/publisher
(1 and 2 Chinese characters too) and pinyin initials or full pinyin — exact matches ranked first.

Codes, ISBNs, call numbers and exact titles are plain SQL on every database; the words are the text-search
backend's (backend.py: FTS5 on SQLite, declared per dialect)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Copy, Title
from desktop.core import callnumbers, catalogue, codes, errors, isbn
from desktop.core.catalogue import TitleInfo
from desktop.core.search import backend
from desktop.core.search.backend import CANDIDATES, SearchBackend, Why

__all__ = ["CANDIDATES", "Hit", "SearchBackend", "Why", "search"]
_CALL = re.compile(r"^[A-Z][A-Z0-9.\-=]*[0-9](/[0-9A-Z]+)?$")


@dataclass(frozen=True)
class Hit:
    title: TitleInfo
    why: Why
    copy_code: str | None = None


def search(session: Session, query: str, *, limit: int = 50, using: SearchBackend | None = None) -> list[Hit]:
    """Titles matching what a librarian typed or scanned, best first; raises on a misread code or ISBN.
    The words go to `using`, by default the backend of the session's database."""
    cleaned = codes.clean(query)
    if not cleaned:
        return []
    kind = codes.classify(cleaned)
    if kind == "code":
        return _by_code(session, cleaned)
    if kind == "isbn":
        return _by_isbn(session, cleaned)
    old = _by_old_barcode(session, query.strip())
    if old:
        return old
    ranked: dict[int, Why] = {}
    if _CALL.fullmatch(cleaned):
        for tid in _by_call_number(session, cleaned):
            ranked.setdefault(tid, "call_number")
    for tid, why in _by_text(session, query.strip(), using or backend.of(session)):
        ranked.setdefault(tid, why)
        if len(ranked) >= limit:
            break
    ids = list(ranked)[:limit]
    return [Hit(title=t, why=ranked[t.id]) for t in catalogue.titles_by_ids(session, ids)]


def _by_code(session: Session, text_: str) -> list[Hit]:
    parsed = codes.parse(text_)  # raises on a failed check character
    if parsed.type is not codes.CodeType.COPY:
        return []
    found = catalogue.copy_by_code(session, parsed.text)
    if found is None:
        return []
    return [Hit(title=catalogue.get_title(session, found.title_id), why="code", copy_code=found.code)]


def _by_old_barcode(session: Session, text_: str) -> list[Hit]:
    """A label from the system a room used before: its copies still carry that barcode."""
    if not text_ or len(text_) > 64:
        return []
    codes_ = list(session.scalars(select(Copy.code).where(Copy.legacy_barcode == text_).limit(10)))
    hits = []
    for code in codes_:
        found = catalogue.copy_by_code(session, code)
        if found is not None:
            hits.append(Hit(title=catalogue.get_title(session, found.title_id), why="code", copy_code=found.code))
    return hits


def _by_isbn(session: Session, text_: str) -> list[Hit]:
    isbn13 = isbn.normalise(text_)  # raises on a bad check digit: a misread scan should say so
    ids = list(session.scalars(select(Title.id).where(Title.isbn13 == isbn13).order_by(Title.id)))
    return [Hit(title=t, why="isbn") for t in catalogue.titles_by_ids(session, ids)]


def _by_call_number(session: Session, text_: str) -> list[int]:
    try:
        call = callnumbers.parse(text_)
    except errors.InvalidClass:
        return []
    query = select(Copy.title_id).distinct().where(Copy.call_class == call.clc).limit(CANDIDATES)
    if call.order:
        query = query.where(Copy.call_order == call.order)
    ids = list(session.scalars(query))
    if not call.order:  # a class alone also finds titles catalogued under it, and under its subclasses
        ids += list(session.scalars(
            select(Title.id).where(Title.clc >= call.clc, Title.clc < call.clc + "\uffff").limit(CANDIDATES)
        ))
    return list(dict.fromkeys(ids))


def _by_text(session: Session, query: str, using: SearchBackend) -> list[tuple[int, Why]]:
    exact = list(session.scalars(select(Title.id).where(Title.title == query).limit(CANDIDATES)))
    prefix = list(session.scalars(
        select(Title.id).where(Title.title > query, Title.title < query + "\uffff").limit(CANDIDATES)
    ))
    return [(i, "title") for i in exact + prefix] + using.find_titles(session, query)
