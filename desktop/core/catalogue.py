"""Titles and copies: adding them with codes and call numbers, and reading them back as plain rows."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NewType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import bounds
from db.models import Copy, CopyStatus, PeriodicalIssue, Site, Title, TitleKind
from desktop.core import bounded, callnumbers, codes, counters, errors, isbn, lengths
from desktop.core.searchtext import fold
from desktop.core.sites import room

TitleId = NewType("TitleId", int)
CopyId = NewType("CopyId", int)
COPY_SCOPE = "copy"


@dataclass(frozen=True)
class TitleInput:
    title: str
    isbn: str = ""
    author: str = ""
    publisher: str = ""
    place: str = ""
    year: str = ""
    pages: str = ""
    price: str = ""
    clc: str = ""
    subjects: tuple[str, ...] = ()
    kind: TitleKind = TitleKind.BOOK


@dataclass(frozen=True)
class TitleInfo:
    id: TitleId
    kind: TitleKind
    isbn13: str | None
    title: str
    author: str
    publisher: str
    place: str
    year: str
    pages: str
    price: str
    clc: str
    subjects: tuple[str, ...]
    copies: int


@dataclass(frozen=True)
class CopyInfo:
    id: CopyId
    code: str
    title_id: TitleId
    title: str
    site_code: str
    status: CopyStatus
    call_number: str
    shelf: str
    acquired_on: dt.date | None
    source: str
    label_printed: bool


def match_key(isbn13: str | None, title: str, author: str, publisher: str, year: str) -> str:
    """Two records are the same title when their ISBN-13 agrees, or (without ISBN) their main text does."""
    if isbn13:
        return f"isbn:{isbn13}"
    digest = hashlib.sha1("\x1f".join(fold(v) for v in (title, author, publisher, year)).encode()).hexdigest()
    return f"text:{digest[:40]}"


def checked(entry: TitleInput, *, today: dt.date) -> tuple[TitleInput, str | None]:
    """Trimmed input with its class normalised and ISBN as ISBN-13; raises on a missing title, a bad ISBN or
    class, or a year, pages or price outside the domain (range_errors.OutOfRange)."""
    title = entry.title.strip()
    if not title:
        raise errors.MissingField(field="title")
    isbn13 = isbn.normalise(entry.isbn) if entry.isbn.strip() else None
    clc = callnumbers.normalise_class(entry.clc) if entry.clc.strip() else ""
    cleaned = TitleInput(
        title=title, isbn=isbn13 or "", author=entry.author.strip(), publisher=entry.publisher.strip(),
        place=entry.place.strip(), year=entry.year.strip(), pages=entry.pages.strip(), price=entry.price.strip(),
        clc=clc, subjects=tuple(s.strip() for s in entry.subjects if s.strip()), kind=entry.kind,
    )
    lengths.check(Title, {"title": cleaned.title, "author": cleaned.author, "publisher": cleaned.publisher,
                          "place": cleaned.place, "year": cleaned.year, "pages": cleaned.pages,
                          "price": cleaned.price, "clc": cleaned.clc, "subjects": "；".join(cleaned.subjects)})
    bounded.title_numbers(cleaned.year, cleaned.pages, cleaned.price, today=today)
    return cleaned, isbn13


def title_row(entry: TitleInput, isbn13: str | None) -> dict[str, object]:
    """The row of a checked title (see checked), with the numbers its year, pages and price stand for."""
    numbers = bounded.title_numbers(entry.year, entry.pages, entry.price)
    return {
        "year_number": numbers.year_number, "page_count": numbers.page_count, "price_fen": numbers.price_fen,
        "kind": entry.kind, "isbn13": isbn13, "title": entry.title, "author": entry.author,
        "publisher": entry.publisher, "place": entry.place, "year": entry.year, "pages": entry.pages,
        "price": entry.price, "clc": entry.clc, "subjects": "；".join(entry.subjects),
        "match_key": match_key(isbn13, entry.title, entry.author, entry.publisher, entry.year),
    }


def index_titles(session: Session, rows: Iterable[tuple[int, str, str, str]], *, fresh: bool = False) -> None:
    """(Re)write the search rows of titles: (id, title, author, publisher); `fresh` titles have none to replace.
    The rows are the search backend's of this database (desktop/core/search/backend.py)."""
    from desktop.core.search import backend  # the search package reads titles through this module

    backend.of(session).index_titles(session, rows, fresh=fresh)


def add_title(session: Session, entry: TitleInput, *, today: dt.date) -> TitleInfo:
    cleaned, isbn13 = checked(entry, today=today)
    row = title_row(cleaned, isbn13)
    if session.scalar(select(Title.id).where(Title.match_key == row["match_key"])) is not None:
        raise errors.DuplicateTitle(title=cleaned.title, isbn=isbn13 or "-")
    title = Title(**row)
    session.add(title)
    session.flush()
    index_titles(session, [(title.id, title.title, title.author, title.publisher)], fresh=True)
    return _title_info(title, 0)


def update_title(session: Session, title_id: int, entry: TitleInput, *, today: dt.date) -> TitleInfo:
    """Change a title's description; its copies, codes and call numbers stay as they are."""
    title = session.get(Title, title_id)
    if title is None:
        raise errors.UnknownTitle(id=title_id)
    cleaned, isbn13 = checked(entry, today=today)
    row = title_row(cleaned, isbn13)
    clash = session.scalar(select(Title.id).where(Title.match_key == row["match_key"], Title.id != title_id))
    if clash is not None:
        raise errors.DuplicateTitle(title=cleaned.title, isbn=isbn13 or "-")
    for key, value in row.items():
        setattr(title, key, value)
    session.flush()
    index_titles(session, [(title.id, title.title, title.author, title.publisher)])
    return get_title(session, title_id)


@dataclass(frozen=True)
class IssueInfo:
    id: int
    title_id: TitleId
    site_code: str
    issue: str
    received_on: dt.date


def receive_issue(session: Session, title_id: int, *, site_code: str, issue: str,
                  received_on: dt.date) -> IssueInfo:
    """Record that a room received an issue of a periodical (报刊), e.g. 2026年第11期."""
    title = session.get(Title, title_id)
    if title is None:
        raise errors.UnknownTitle(id=title_id)
    if title.kind is not TitleKind.PERIODICAL:
        raise errors.NotAPeriodical(title=title.title)
    label = issue.strip()
    if not label:
        raise errors.MissingField(field="issue")
    site = room(session, site_code)
    row = PeriodicalIssue(title_id=title.id, site_id=site.id, issue=label,
                          received_on=received_on)
    session.add(row)
    session.flush()
    return IssueInfo(id=row.id, title_id=TitleId(title.id), site_code=site.code, issue=row.issue,
                     received_on=row.received_on)


def issues_of(session: Session, title_id: int) -> list[IssueInfo]:
    rows = session.execute(
        select(PeriodicalIssue, Site.code).join(Site, PeriodicalIssue.site_id == Site.id)
        .where(PeriodicalIssue.title_id == title_id)
        .order_by(PeriodicalIssue.received_on.desc(), PeriodicalIssue.id.desc())
    ).all()
    return [IssueInfo(id=i.id, title_id=TitleId(i.title_id), site_code=code, issue=i.issue,
                      received_on=i.received_on) for i, code in rows]


def new_copy_codes(session: Session, site: Site, count: int) -> list[str]:
    first = counters.take(session, COPY_SCOPE, site.code, count=count)
    return [codes.make(codes.CodeType.COPY, site.code, n) for n in range(first, first + count)]


def add_copies(
    session: Session, title_id: int, *, site_code: str, count: int = 1, shelf: str = "", source: str = "",
    acquired_on: dt.date, call_number: str = "",
) -> list[CopyInfo]:
    """New copies of a title in a room, with codes and a call number (its 种次号 shared within the room)."""
    title = session.get(Title, title_id)
    if title is None:
        raise errors.UnknownTitle(id=title_id)
    if count < 1:
        raise errors.MissingField(field="count")
    bounded.within(count, bounds.COPIES_AT_ONCE, bounded.COPIES_FIELD)
    site = room(session, site_code)
    call = callnumbers.parse(call_number) if call_number.strip() else None
    allocator = callnumbers.OrderAllocator(session, site.id)
    if call is not None:
        allocator.note(title.id, call)
    elif title.clc:
        call = callnumbers.CallNumber(title.clc, allocator.order_for(title.id, title.clc))
    allocator.write()
    made = [
        Copy(
            code=code, title_id=title.id, home_site_id=site.id, shelf=shelf.strip(), source=source.strip(),
            acquired_on=acquired_on, call_class=call.clc if call else "",
            call_order=call.order if call else "", shelf_key=call.shelf_key if call else "",
        )
        for code in new_copy_codes(session, site, count)
    ]
    session.add_all(made)
    session.flush()
    return [_copy_info(c, title, site.code) for c in made]


def get_title(session: Session, title_id: int) -> TitleInfo:
    title = session.get(Title, title_id)
    if title is None:
        raise errors.UnknownTitle(id=title_id)
    n = session.scalar(select(func.count()).select_from(Copy).where(Copy.title_id == title_id)) or 0
    return _title_info(title, n)


def titles_by_ids(session: Session, ids: Sequence[int]) -> list[TitleInfo]:
    """Titles in the order of `ids`, with their copy counts (one query each, whatever the number)."""
    if not ids:
        return []
    counts = dict(
        session.execute(
            select(Copy.title_id, func.count()).where(Copy.title_id.in_(ids)).group_by(Copy.title_id)
        ).all()
    )
    by_id = {t.id: t for t in session.scalars(select(Title).where(Title.id.in_(ids)))}
    return [_title_info(by_id[i], counts.get(i, 0)) for i in ids if i in by_id]


def copies_of(session: Session, title_id: int) -> list[CopyInfo]:
    rows = session.execute(
        select(Copy, Title, Site.code).join(Title, Copy.title_id == Title.id).join(Site, Copy.home_site_id == Site.id)
        .where(Copy.title_id == title_id).order_by(Site.code, Copy.code)
    ).all()
    return [_copy_info(c, t, s) for c, t, s in rows]


def copy_by_code(session: Session, code: str) -> CopyInfo | None:
    row = session.execute(
        select(Copy, Title, Site.code).join(Title, Copy.title_id == Title.id).join(Site, Copy.home_site_id == Site.id)
        .where(Copy.code == code)
    ).one_or_none()
    return _copy_info(*row) if row else None


def list_titles(session: Session, *, offset: int = 0, limit: int | None = None) -> list[TitleInfo]:
    ids = list(session.scalars(select(Title.id).order_by(Title.id).offset(offset).limit(limit)))
    return titles_by_ids(session, ids)


def list_copies(session: Session, *, site_code: str | None = None, offset: int = 0,
                limit: int | None = None) -> list[CopyInfo]:
    query = (
        select(Copy, Title, Site.code).join(Title, Copy.title_id == Title.id).join(Site, Copy.home_site_id == Site.id)
        .order_by(Site.code, Copy.shelf_key, Copy.code).offset(offset).limit(limit)
    )
    if site_code:
        query = query.where(Site.code == site_code.strip().upper())
    return [_copy_info(c, t, s) for c, t, s in session.execute(query).all()]


def count_titles_and_copies(session: Session) -> tuple[int, int]:
    return (session.scalar(select(func.count()).select_from(Title)) or 0,
            session.scalar(select(func.count()).select_from(Copy)) or 0)


def _title_info(t: Title, copies: int) -> TitleInfo:
    return TitleInfo(
        id=TitleId(t.id), kind=t.kind, isbn13=t.isbn13, title=t.title, author=t.author, publisher=t.publisher,
        place=t.place, year=t.year, pages=t.pages, price=t.price, clc=t.clc,
        subjects=tuple(s for s in t.subjects.split("；") if s), copies=copies,
    )


def _copy_info(c: Copy, t: Title, site_code: str) -> CopyInfo:
    return CopyInfo(
        id=CopyId(c.id), code=c.code, title_id=TitleId(t.id), title=t.title, site_code=site_code, status=c.status,
        call_number=c.call_number, shelf=c.shelf, acquired_on=c.acquired_on, source=c.source,
        label_printed=c.label_printed_at is not None,
    )
