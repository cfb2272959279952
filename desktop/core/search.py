"""One search box for the catalogue: copy codes, ISBN/EAN-13, call numbers, any part of title/author/publisher
(1 and 2 Chinese characters too) and pinyin initials or full pinyin — exact matches ranked first."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from db.models import Copy, Title
from desktop.core import callnumbers, catalogue, codes, errors, isbn
from desktop.core.catalogue import TitleInfo
from desktop.core.searchtext import fts_query, pinyin_query

Why = Literal["code", "isbn", "call_number", "title", "pinyin", "other"]
CANDIDATES = 200
"""Matches fetched per kind before ranking: bounded, so a one-character query costs what a rare one does."""
_CALL = re.compile(r"^[A-Z][A-Z0-9.\-=]*[0-9](/[0-9A-Z]+)?$")


@dataclass(frozen=True)
class Hit:
    title: TitleInfo
    why: Why
    copy_code: str | None = None


def search(session: Session, query: str, *, limit: int = 50) -> list[Hit]:
    """Titles matching what a librarian typed or scanned, best first; raises on a misread code or ISBN."""
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
    for tid, why in _by_text(session, query.strip()):
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


def _by_text(session: Session, query: str) -> list[tuple[int, Why]]:
    exact = list(session.scalars(select(Title.id).where(Title.title == query).limit(CANDIDATES)))
    prefix = list(session.scalars(
        select(Title.id).where(Title.title > query, Title.title < query + "\uffff").limit(CANDIDATES)
    ))
    found: list[tuple[int, Why]] = [(i, "title") for i in exact + prefix]
    if session.get_bind().dialect.name != "sqlite":
        return found + [(i, "title") for i in _like(session, query)]
    in_title, anywhere, letters = fts_query(query, "title"), fts_query(query), pinyin_query(query)
    if in_title:
        found += _ranked_fts(session, in_title, "title")
    if letters:
        found += _ranked_fts(session, f"pinyin : {letters}*", "pinyin")
    if anywhere:  # words spread over title, author and publisher ("红楼梦 曹雪芹")
        found += [(i, "other") for i in _fts(session, anywhere)]
    return found


def _fts(session: Session, match: str) -> list[int]:
    return list(session.scalars(
        text("SELECT rowid FROM fts_titles WHERE fts_titles MATCH :m LIMIT :n"), {"m": match, "n": CANDIDATES}
    ))


def _ranked_fts(session: Session, match: str, why: Why) -> list[tuple[int, Why]]:
    """Bounded candidates, shorter titles first: the closer a title is to what was typed, the shorter it is."""
    ids = _fts(session, match)
    if not ids:
        return []
    lengths = dict(session.execute(select(Title.id, Title.title).where(Title.id.in_(ids))).all())
    return [(i, why) for i in sorted(ids, key=lambda i: (len(lengths.get(i, "")), i))]


def _like(session: Session, query: str) -> list[int]:
    pattern = f"%{query}%"
    return list(session.scalars(
        select(Title.id).where(or_(Title.title.ilike(pattern), Title.author.ilike(pattern),
                                   Title.publisher.ilike(pattern))).limit(CANDIDATES)
    ))
