"""Facilities (设施) of a site: register one with its asset tag, read it by its tag, edit it, list them.

An asset tag is a printed code `A<site>-<serial><check>` (desktop/core/codes.py); its serial counts per site in
the `asset` counter, drawn in the write transaction that registers the facility, as copy codes are.

Quantity: an asset is one thing (a microwave, an AED), except for a kind marked `counted` in the list of facility
kinds (桌椅 tables and chairs, 雨具 rain gear, 灭火器 fire extinguishers, and a union's own counted kinds): there
one asset stands for several like things with one tag, and its quantity may be above 1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from db import bounds
from db.models import Facility, FacilitySource, FacilityStatus, FacilityStatusChange, Site, Term, Vocabulary
from desktop.core import bounded, codes, counters, errors, lengths
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.i18n import Term as Words
from desktop.core.sites import site_by_code
from desktop.core.stations import terms
from desktop.core.stations.facilities_words import parse_source, parse_status

ASSET_SCOPE = "asset"
QUANTITY_FIELD = Words("Fields", QT_TRANSLATE_NOOP("Fields", "Quantity"))
ACQUIRED_FIELD = Words("Fields", QT_TRANSLATE_NOOP("Fields", "Acquired on"))
OTHER_TAGS = {
    codes.CodeType.COPY: QT_TRANSLATE_NOOP("Facilities", "a book's label"),
    codes.CodeType.READER: QT_TRANSLATE_NOOP("Facilities", "a reader card"),
    codes.CodeType.EBOOK: QT_TRANSLATE_NOOP("Facilities", "an e-book slip"),
}
EDITABLE = ("kind", "brand", "model", "serial_no", "acquired_on", "source", "quantity", "note")


@dataclass(frozen=True)
class FacilityInfo:
    id: int
    code: str
    site_code: str
    site_name: str
    kind_key: str
    kind_zh: str
    kind_en: str
    counted: bool
    brand: str
    model: str
    serial_no: str
    acquired_on: dt.date | None
    source: FacilitySource | None
    quantity: int
    status: FacilityStatus
    status_since: dt.date | None
    note: str

    def kind_name(self, lang: str) -> str:
        """The kind's name in a language ("zh_CN" or "en"); a kind with no English name shows its Chinese one."""
        return self.kind_en if lang.startswith("en") and self.kind_en else self.kind_zh


@dataclass(frozen=True)
class NewFacility:
    site_code: str
    kind: str
    """A facility kind by key, Chinese or English name (微波炉, microwave)."""
    brand: str = ""
    model: str = ""
    serial_no: str = ""
    acquired_on: dt.date | None = None
    source: FacilitySource | str | None = None
    quantity: int = 1
    status: FacilityStatus | str = FacilityStatus.IN_USE
    note: str = ""


@dataclass(frozen=True)
class StatusChange:
    from_status: FacilityStatus | None
    to_status: FacilityStatus
    changed_on: dt.date
    note: str


_ROWS: Select[tuple[Facility, Site, Term]] = (
    select(Facility, Site, Term).join(Site, Facility.site_id == Site.id).join(Term, Facility.kind_id == Term.id))


def info(facility: Facility, site: Site, kind: Term) -> FacilityInfo:
    return FacilityInfo(
        id=facility.id, code=facility.code, site_code=site.code, site_name=site.name, kind_key=kind.key,
        kind_zh=kind.name_zh, kind_en=kind.name_en, counted=kind.counted, brand=facility.brand, model=facility.model,
        serial_no=facility.serial_no, acquired_on=facility.acquired_on, source=facility.source,
        quantity=facility.quantity, status=facility.status, status_since=facility.status_since, note=facility.note)


def info_of(session: Session, facility: Facility) -> FacilityInfo:
    return info(facility, session.get_one(Site, facility.site_id), session.get_one(Term, facility.kind_id))


def by_tag(session: Session, scanned: str) -> Facility:
    """The facility a scanned or typed asset tag names. Refused: errors.ForeignCode (not ours),
    BadCheckCharacter (misread), NonAsciiCode, NotAnAssetTag (a copy label, a reader card…), UnknownCode."""
    parsed = codes.parse(scanned)
    if parsed.type is not codes.CodeType.ASSET:
        raise errors.NotAnAssetTag(code=parsed.text, what=Words("Facilities", OTHER_TAGS[parsed.type]))
    facility = session.scalars(select(Facility).where(Facility.code == parsed.text)).one_or_none()
    if facility is None:
        raise errors.UnknownCode(code=parsed.text)
    return facility


def refuse_if_scrapped(facility: Facility) -> None:
    if facility.status is FacilityStatus.SCRAPPED:
        raise errors.FacilityScrapped(code=facility.code, on=facility.status_since)


def not_after_today(on: dt.date, today: dt.date, field: Words | str) -> dt.date:
    if on > today:
        raise errors.DateInFuture(what=field, date=on.isoformat(), today=today.isoformat())
    return on


def _kind(session: Session, text: str) -> Term:
    if not text.strip():
        raise errors.MissingField(field=Words("Fields", QT_TRANSLATE_NOOP("Fields", "Kind")))
    return terms.resolve(session, Vocabulary.FACILITY_KIND, text)


def _quantity(kind: Term, quantity: int) -> int:
    bounded.within(quantity, bounds.FACILITY_QUANTITY, QUANTITY_FIELD)
    if quantity > 1 and not kind.counted:
        raise errors.QuantityNotCounted(kind=kind.name_zh, quantity=quantity)
    return quantity


def _texts(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
    lengths.check(Facility, cleaned)
    return cleaned


def add_facility(session: Session, new: NewFacility, *, today: dt.date) -> FacilityInfo:
    """Register a facility at a site with its asset tag; its history starts with its status, dated `today`."""
    site = site_by_code(session, new.site_code)
    kind = _kind(session, new.kind)
    quantity = _quantity(kind, new.quantity)
    status = parse_status(new.status)
    source = parse_source(new.source)
    acquired = not_after_today(new.acquired_on, today, ACQUIRED_FIELD) if new.acquired_on else None
    texts = _texts({"brand": new.brand, "model": new.model, "serial_no": new.serial_no, "note": new.note})
    code = codes.make(codes.CodeType.ASSET, site.code, counters.take(session, ASSET_SCOPE, site.code))
    facility = Facility(code=code, site_id=site.id, kind_id=kind.id, acquired_on=acquired, source=source,
                        quantity=quantity, status=status, status_since=today, **texts)
    session.add(facility)
    session.flush()
    session.add(FacilityStatusChange(facility_id=facility.id, from_status=None, to_status=status, changed_on=today))
    session.flush()
    return info(facility, site, kind)


def edit_facility(session: Session, tag: str, changes: Mapping[str, Any], *, today: dt.date) -> FacilityInfo:
    """Change a facility's attributes (any of EDITABLE); its status changes through facilities_status."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    facility = by_tag(session, tag)
    refuse_if_scrapped(facility)
    kind = _kind(session, changes["kind"]) if "kind" in changes else session.get_one(Term, facility.kind_id)
    values = _texts({k: v for k, v in changes.items() if k in ("brand", "model", "serial_no", "note")})
    values["kind_id"] = kind.id
    values["quantity"] = _quantity(kind, int(changes.get("quantity", facility.quantity)))
    if "source" in changes:
        values["source"] = parse_source(changes["source"])
    if "acquired_on" in changes:
        acquired = changes["acquired_on"]
        values["acquired_on"] = not_after_today(acquired, today, ACQUIRED_FIELD) if acquired else None
    for key, value in values.items():
        setattr(facility, key, value)
    session.flush()
    return info_of(session, facility)


def list_facilities(session: Session, *, site_code: str = "", kind: str = "", status: str | FacilityStatus = "",
                    text: str = "", limit: int | None = None) -> list[FacilityInfo]:
    """Facilities across sites (or one), by site, then kind in the list's order, then tag; filters refuse an
    unknown site, kind or status."""
    query = _ROWS
    if site_code.strip():
        query = query.where(Facility.site_id == site_by_code(session, site_code).id)
    if kind.strip():
        query = query.where(Facility.kind_id == terms.resolve(session, Vocabulary.FACILITY_KIND, kind,
                                                               allow_retired=True).id)
    if isinstance(status, FacilityStatus) or status.strip():
        query = query.where(Facility.status == parse_status(status))
    words = text.strip()
    if words:
        like = f"%{words.replace('%', '').replace('_', '')}%"
        query = query.where(or_(Facility.code.ilike(like), Facility.brand.ilike(like), Facility.model.ilike(like),
                                Facility.serial_no.ilike(like), Facility.note.ilike(like), Term.name_zh.ilike(like),
                                Term.name_en.ilike(like), Term.key.ilike(like), Site.name.ilike(like)))
    query = query.order_by(Site.code, Term.position, Term.id, Facility.code).limit(limit)
    return [info(f, s, k) for f, s, k in session.execute(query).all()]


def count_facilities(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Facility)) or 0)


def history(session: Session, facility_id: int) -> list[StatusChange]:
    """The facility's status history, oldest first (the first row is its status when it was registered)."""
    rows = session.scalars(select(FacilityStatusChange).where(FacilityStatusChange.facility_id == facility_id)
                           .order_by(FacilityStatusChange.changed_on, FacilityStatusChange.id))
    return [StatusChange(from_status=r.from_status, to_status=r.to_status, changed_on=r.changed_on, note=r.note)
            for r in rows]


def last_change_on(session: Session, facility_id: int) -> dt.date | None:
    return session.scalar(select(func.max(FacilityStatusChange.changed_on))
                          .where(FacilityStatusChange.facility_id == facility_id))
