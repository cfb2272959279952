"""Readers and reader types. A phone number is stored once, never leaves this module unmasked except through
reveal_phone(), which logs who asked; no 身份证 numbers are kept at all (PIPL, GB/T 35273)."""

from __future__ import annotations

import datetime as dt
import getpass
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal, NewType

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db import bounds
from db.models import PhoneReveal, Reader, ReaderStatus, ReaderType, Site
from desktop.core import codes, counters, errors, lengths
from desktop.core.privacy import mask_phone, masked_for_display
from desktop.core.searchtext import fold, full_pinyin, initials
from desktop.core.sites import room

ReaderId = NewType("ReaderId", int)
READER_SCOPE = "reader"
PHONE_RE = re.compile(r"^1[3-9][0-9]{9}$")
ANONYMOUS_NAME = "（已匿名）"


def normalise_phone(raw: str) -> str | None:
    """A mainland mobile number as 11 digits (spaces, hyphens, +86 dropped), None when empty; else an error."""
    digits = re.sub(r"[\s\-()]", "", unicodedata.normalize("NFKC", raw))  # full-width digits from an IME
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not digits:
        return None
    if not PHONE_RE.fullmatch(digits):
        raise errors.InvalidPhone(phone=mask_phone(digits))
    return digits


@dataclass(frozen=True)
class ReaderTypeInfo:
    id: int
    name: str
    max_loans: int
    loan_days: int
    max_renewals: int
    is_default: bool
    renew_overdue: bool = False
    """Whether the librarian may renew an overdue book from the reader panel (the desk returns it when scanned)."""


@dataclass(frozen=True)
class ReaderInfo:
    id: ReaderId
    card_code: str
    name: str
    unit: str
    phone_masked: str
    union_card: str
    reader_type: str
    status: ReaderStatus
    site_code: str | None
    registered_on: dt.date
    anonymised: bool


@dataclass(frozen=True)
class ReaderInput:
    name: str
    unit: str = ""
    phone: str = ""
    union_card: str = ""
    reader_type: str = ""
    """A reader type's name; empty means the default type."""
    site_code: str = ""
    """Where the card is issued; empty means the only reading room, if there is one."""
    note: str | None = None
    """None keeps the stored note when editing (the edit dialog does not show it); "" clears it."""
    card_code: str = ""
    """An existing card code to keep (from an import); empty means a new one."""


def list_types(session: Session) -> list[ReaderTypeInfo]:
    return [_type_info(t) for t in session.scalars(select(ReaderType).order_by(ReaderType.id))]


def type_by_name(session: Session, name: str) -> ReaderType:
    query = select(ReaderType).where(ReaderType.name == name.strip()) if name.strip() else (
        select(ReaderType).where(ReaderType.is_default.is_(True))
    )
    found = session.scalars(query.limit(1)).one_or_none()
    if found is None:
        raise errors.UnknownReaderType(name=name.strip() or "-")
    return found


def save_type(session: Session, info: ReaderTypeInfo | None, *, name: str, max_loans: int, loan_days: int,
              max_renewals: int, renew_overdue: bool | None = None) -> ReaderTypeInfo:
    """Add a reader type (info None) or change one; the rules are what circulation applies. renew_overdue None
    keeps a type's rule as it is (a new type: no)."""
    name = name.strip()
    if not name:
        raise errors.MissingField(field="name")
    if not (bounds.MAX_LOANS.holds(max_loans) and bounds.LOAN_DAYS.holds(loan_days)
            and bounds.MAX_RENEWALS.holds(max_renewals)):
        raise errors.InvalidLoanRules(max_loans=max_loans, loan_days=loan_days, max_renewals=max_renewals,
                                      loans_high=bounds.MAX_LOANS.high, days_high=bounds.LOAN_DAYS.high,
                                      renewals_high=bounds.MAX_RENEWALS.high)
    clash = session.scalar(select(ReaderType.id).where(ReaderType.name == name))
    if clash is not None and (info is None or clash != info.id):
        raise errors.DuplicateReaderType(name=name)
    row = ReaderType() if info is None else session.get(ReaderType, info.id)
    if row is None:
        raise errors.UnknownReaderType(name=name)
    row.name, row.max_loans, row.loan_days, row.max_renewals = name, max_loans, loan_days, max_renewals
    if renew_overdue is not None or row.renew_overdue is None:
        row.renew_overdue = bool(renew_overdue)
    session.add(row)
    session.flush()
    return _type_info(row)


def add_reader(session: Session, entry: ReaderInput, *, today: dt.date) -> ReaderInfo:
    """Register a reader on `today` (the facade's clock)."""
    name = entry.name.strip()
    if not name:
        raise errors.MissingField(field="name")
    phone = normalise_phone(entry.phone)
    rtype = type_by_name(session, entry.reader_type)
    site = room(session, entry.site_code)
    card = entry.card_code.strip()
    if card:
        card = codes.parse(card).text  # an imported card must be one of ours and pass its check
        if session.scalar(select(Reader.id).where(Reader.card_code == card)) is not None:
            raise errors.DuplicateReaderCard(code=card)
    else:
        serial = counters.take(session, READER_SCOPE, site.code)
        card = codes.make(codes.CodeType.READER, site.code, serial)
    reader = Reader(
        card_code=card, name=name, name_initials=_initials(name), name_pinyin=_pinyin(name),
        unit=entry.unit.strip(), phone=phone, union_card=entry.union_card.strip(), type_id=rtype.id,
        home_site_id=site.id, registered_on=today, note=(entry.note or "").strip(),
    )
    session.add(reader)
    session.flush()
    return _info(reader, rtype.name, site.code)


def update_reader(session: Session, reader_id: int, entry: ReaderInput, *, status: ReaderStatus) -> ReaderInfo:
    reader = _get(session, reader_id)
    name = entry.name.strip()
    if not name:
        raise errors.MissingField(field="name")
    rtype = type_by_name(session, entry.reader_type)
    reader.name, reader.unit = name, _unless_shown(reader.unit, entry.unit)
    reader.name_initials, reader.name_pinyin = _initials(name), _pinyin(name)
    if entry.phone.strip() and "*" not in entry.phone:  # a masked value shown back to us means "unchanged"
        reader.phone = normalise_phone(entry.phone)
    elif not entry.phone.strip():
        reader.phone = None
    reader.union_card = _unless_shown(reader.union_card, entry.union_card)
    reader.type_id, reader.status = rtype.id, status
    if entry.note is not None:
        reader.note = entry.note.strip()
    session.flush()
    return get_reader(session, reader.id)


def get_reader(session: Session, reader_id: int) -> ReaderInfo:
    reader = _get(session, reader_id)
    site = session.get(Site, reader.home_site_id) if reader.home_site_id else None
    rtype = session.get(ReaderType, reader.type_id)
    assert rtype is not None
    return _info(reader, rtype.name, site.code if site else None)


def search_readers(session: Session, query: str, *, limit: int = 50) -> list[ReaderInfo]:
    """By card code, last four digits of the phone, any part of the name, or its pinyin initials / full pinyin."""
    q = query.strip()
    if not q:
        return []
    base = select(Reader, ReaderType.name, Site.code).join(ReaderType, Reader.type_id == ReaderType.id).outerjoin(
        Site, Reader.home_site_id == Site.id)
    if codes.classify(q) == "code":
        card = codes.parse(q).text
        rows = session.execute(base.where(Reader.card_code == card)).all()
    elif re.fullmatch(r"[0-9]{4}", q):
        rows = session.execute(base.where(func.substr(Reader.phone, 8, 4) == q).limit(limit)).all()
    else:
        folded = fold(q)
        conditions = [Reader.name.contains(q, autoescape=True), Reader.unit.contains(q, autoescape=True)]
        if re.fullmatch(r"[a-z]+", folded):
            conditions += [Reader.name_initials.startswith(folded, autoescape=True),
                           Reader.name_initials.contains(" " + folded, autoescape=True),
                           Reader.name_pinyin.startswith(folded, autoescape=True),
                           Reader.name_pinyin.contains(" " + folded, autoescape=True)]
        rows = session.execute(
            base.where(or_(*conditions), Reader.anonymised_at.is_(None))
            .order_by((Reader.name == q).desc(), func.length(Reader.name), Reader.id).limit(limit)
        ).all()
    return [_info(r, t, s) for r, t, s in rows]


def list_readers(session: Session, *, offset: int = 0, limit: int | None = None) -> list[ReaderInfo]:
    rows = session.execute(
        select(Reader, ReaderType.name, Site.code).join(ReaderType, Reader.type_id == ReaderType.id)
        .outerjoin(Site, Reader.home_site_id == Site.id).order_by(Reader.id).offset(offset).limit(limit)
    ).all()
    return [_info(r, t, s) for r, t, s in rows]


def count_readers(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Reader)) or 0


def reveal_phone(session: Session, reader_id: int, *, channel: Literal["gui", "cli"], by: str | None = None) -> str:
    """The full phone number, for a deliberate act that is logged (who, when, where)."""
    reader = _get(session, reader_id)
    session.add(PhoneReveal(reader_id=reader.id, revealed_by=by or getpass.getuser(), channel=channel))
    session.flush()
    return reader.phone or ""


def anonymise(session: Session, reader_id: int, *, at: dt.datetime) -> ReaderInfo:
    """A reader who left (at `at`): name, phone, union card and notes erased; card, type, unit and dates kept."""
    reader = _get(session, reader_id)
    reader.name, reader.name_initials, reader.name_pinyin = ANONYMOUS_NAME, "", ""
    reader.phone, reader.union_card, reader.note = None, "", ""
    reader.status, reader.anonymised_at = ReaderStatus.LEFT, at
    session.flush()
    return get_reader(session, reader.id)


def _unless_shown(stored: str, typed: str) -> str:
    """What to store of a free-text field: the stored text when `typed` is its masked form shown back to us."""
    typed = typed.strip()
    return stored if typed != stored and typed == masked_for_display(stored) else typed


def _initials(name: str) -> str:
    """The name's initials for search, cut to whole readings that fit their column (a long name has many)."""
    return lengths.clip_words(initials(name), lengths.limit(Reader, "name_initials") or 64)


def _pinyin(name: str) -> str:
    return lengths.clip_words(full_pinyin(name), lengths.limit(Reader, "name_pinyin") or 255)


def _get(session: Session, reader_id: int) -> Reader:
    reader = session.get(Reader, reader_id)
    if reader is None:
        raise errors.UnknownReader(id=reader_id)
    return reader


def _type_info(t: ReaderType) -> ReaderTypeInfo:
    return ReaderTypeInfo(id=t.id, name=t.name, max_loans=t.max_loans, loan_days=t.loan_days,
                          max_renewals=t.max_renewals, is_default=t.is_default,
                          renew_overdue=bool(t.renew_overdue))


def reader_info(r: Reader, type_name: str, site_code: str | None) -> ReaderInfo:
    """The public view of a reader row already loaded with its type's name and room's code."""
    return _info(r, type_name, site_code)


def _info(r: Reader, type_name: str, site_code: str | None) -> ReaderInfo:
    return ReaderInfo(
        id=ReaderId(r.id), card_code=r.card_code, name=r.name, unit=masked_for_display(r.unit),
        phone_masked=mask_phone(r.phone), union_card=masked_for_display(r.union_card), reader_type=type_name,
        status=r.status, site_code=site_code,
        registered_on=r.registered_on, anonymised=r.anonymised_at is not None,
    )
