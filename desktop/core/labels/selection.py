"""What to print: copies by code, added since a date, not yet labelled, or in a call-number range; readers' cards;
facilities' asset tags by code or by site."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from db.models import Copy, Facility, FacilityStatus, Reader, ReaderType, Site, Term, Title
from desktop.core import callnumbers, codes, errors


@dataclass(frozen=True)
class CopyChoice:
    """Which copies to label. Empty choice means every copy of the room(s)."""

    codes: tuple[str, ...] = ()
    since: dt.date | None = None
    only_unprinted: bool = False
    call_from: str = ""
    call_to: str = ""
    site_code: str = ""


@dataclass(frozen=True)
class LabelCopy:
    id: int
    code: str
    call_number: str
    title: str
    room: str
    """The room's name, printed small on the label."""


@dataclass(frozen=True)
class CardReader:
    id: int
    code: str
    name: str
    unit: str
    reader_type: str
    issued_on: dt.date


def _codes(raw: Sequence[str], kind: codes.CodeType) -> list[str]:
    parsed = [codes.parse(c) for c in raw]  # a mistyped or foreign code is refused before anything is printed
    wrong = [p.text for p in parsed if p.type is not kind]
    if wrong:
        raise errors.ForeignCode(code=wrong[0])
    return [p.text for p in parsed]


def copies(session: Session, choice: CopyChoice) -> list[LabelCopy]:
    """The chosen copies in shelf order (class, then 种次号), ready for labels; unknown codes are refused."""
    query: Select[tuple[Copy, str, str]] = (
        select(Copy, Title.title, Site.name).join(Title, Copy.title_id == Title.id)
        .join(Site, Copy.home_site_id == Site.id).order_by(Site.code, Copy.shelf_key, Copy.code)
    )
    wanted: list[str] = []
    if choice.codes:
        wanted = _codes(choice.codes, codes.CodeType.COPY)
        query = query.where(Copy.code.in_(wanted))
    if choice.since is not None:
        query = query.where(Copy.acquired_on >= choice.since)
    if choice.only_unprinted:
        query = query.where(Copy.label_printed_at.is_(None))
    if choice.site_code.strip():
        query = query.where(Site.code == choice.site_code.strip().upper())
    if choice.call_from.strip():
        query = query.where(Copy.shelf_key >= callnumbers.parse(choice.call_from).shelf_key)
    if choice.call_to.strip():
        last = callnumbers.parse(choice.call_to)
        query = query.where(Copy.shelf_key <= (last.shelf_key if last.order else last.clc + "\uffff"))
    rows = session.execute(query).all()
    found = {c.code for c, _, _ in rows}
    missing = [code for code in wanted if code not in found]
    if missing:
        raise errors.UnknownCode(code=missing[0])
    return [LabelCopy(id=c.id, code=c.code, call_number=c.call_number, title=t, room=room) for c, t, room in rows]


def readers(session: Session, *, codes_: Sequence[str] = (), since: dt.date | None = None) -> list[CardReader]:
    query = (select(Reader, ReaderType.name).join(ReaderType, Reader.type_id == ReaderType.id)
             .where(Reader.anonymised_at.is_(None)).order_by(Reader.card_code))
    wanted: list[str] = []
    if codes_:
        wanted = _codes(codes_, codes.CodeType.READER)
        query = query.where(Reader.card_code.in_(wanted))
    if since is not None:
        query = query.where(Reader.registered_on >= since)
    rows = session.execute(query).all()
    found = {r.card_code for r, _ in rows}
    missing = [code for code in wanted if code not in found]
    if missing:
        raise errors.UnknownCode(code=missing[0])
    return [CardReader(id=r.id, code=r.card_code, name=r.name, unit=r.unit, reader_type=t,
                       issued_on=r.registered_on) for r, t in rows]


@dataclass(frozen=True)
class LabelAsset:
    code: str
    kind: str
    site: str


def assets(session: Session, *, codes_: Sequence[str] = (), site_code: str = "") -> list[LabelAsset]:
    """Asset tags by code (any status), or every facility not scrapped (of one site), by site and tag; a code of
    another kind is refused with errors.NotAnAssetTag, one that names nothing with errors.UnknownCode."""
    from desktop.core.stations.facilities import by_tag

    query = (select(Facility.code, Term.name_zh, Site.name).join(Site, Facility.site_id == Site.id)
             .join(Term, Facility.kind_id == Term.id).order_by(Site.code, Facility.code))
    if codes_:
        wanted = [by_tag(session, code).code for code in codes_]
        query = query.where(Facility.code.in_(wanted))
    else:
        query = query.where(Facility.status != FacilityStatus.SCRAPPED)
    if site_code.strip():
        query = query.where(Site.code == site_code.strip().upper())
    return [LabelAsset(code=code, kind=kind, site=site) for code, kind, site in session.execute(query).all()]


def mark_printed(session: Session, copy_ids: Sequence[int], *, at: dt.datetime) -> None:
    """Remember that these copies have their labels (printed `at`), so "not yet labelled" leaves them out."""
    now = at
    for start in range(0, len(copy_ids), 500):  # one UPDATE per 500, no objects loaded
        session.execute(update(Copy).where(Copy.id.in_(copy_ids[start:start + 500])).values(label_printed_at=now))
