"""Inspections read back: past inspections with their findings, rectifications open, overdue and closed, and the
downgrade warnings of stations with open serious rectifications (shown, never applied: star_rating is the city
union's to change)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Finding, Inspection, InspectionKind, Recheck, Rectification, RectificationStatus, Site, Standard
from desktop.core import errors, sites
from desktop.core.stations import inspection_checks, standards
from desktop.core.stations.inspections import fixes_of


@dataclass(frozen=True)
class RecheckInfo:
    id: int
    checked_on: dt.date
    passed: bool
    inspector: str
    new_deadline: dt.date | None
    note: str


@dataclass(frozen=True)
class Labelled:
    item: str
    label_zh: str
    label_en: str

    def label(self, lang: str) -> str:
        return self.label_en if lang.startswith("en") and self.label_en else self.label_zh


@dataclass(frozen=True)
class RectificationInfo(Labelled):
    id: int
    inspection_id: int
    kind: InspectionKind
    inspected_on: dt.date
    site_code: str
    site_name: str
    serious: bool
    responsible: str
    deadline: dt.date
    status: RectificationStatus
    closed_on: dt.date | None
    overdue: bool
    rechecks: tuple[RecheckInfo, ...]
    fixes: tuple[tuple[dt.date, str], ...]


@dataclass(frozen=True)
class FindingInfo(Labelled):
    passed: bool
    serious: bool


@dataclass(frozen=True)
class InspectionInfo:
    id: int
    site_code: str
    site_name: str
    kind: InspectionKind
    inspected_on: dt.date
    inspector: str
    standard: str | None
    note: str
    findings: tuple[FindingInfo, ...]
    rectifications: tuple[RectificationInfo, ...]


@dataclass(frozen=True)
class DowngradeWarning:
    site_code: str
    site_name: str
    star_rating: int | None
    rectification_ids: tuple[int, ...]
    """The open serious rectifications behind the warning."""


Labels = dict[tuple[int, str], tuple[str, str]]


def _labels(session: Session, findings: list[tuple[int, int | None, str, str]]) -> Labels:
    """(inspection id, item) → Chinese and English label, from (inspection id, its standard, item, label kept): a
    check's from its data, a standard item's from the standard as it is now (else the label kept with the finding)."""
    standard_ids = sorted({standard_id for _, standard_id, _, _ in findings if standard_id is not None})
    items = standards.items_of(session, standard_ids)
    by_key = {(sid, item.key): item for sid, listed in items.items() for item in listed}
    found = {}
    for inspection_id, standard_id, key, kept in findings:
        item = by_key.get((standard_id or 0, key))
        check = inspection_checks.BY_KEY.get(key)
        if item is not None:
            found[inspection_id, key] = (item.label_zh, item.label_en or item.label_zh)
        elif check is not None:
            found[inspection_id, key] = (check.label_zh, check.label_en)
        else:
            found[inspection_id, key] = (kept, kept)
    return found


def _rechecks(session: Session, ids: list[int]) -> dict[int, list[RecheckInfo]]:
    found: dict[int, list[RecheckInfo]] = defaultdict(list)
    if ids:
        query = select(Recheck).where(Recheck.rectification_id.in_(ids)).order_by(Recheck.checked_on, Recheck.id)
        for r in session.scalars(query):
            found[r.rectification_id].append(RecheckInfo(r.id, r.checked_on, r.passed, r.inspector, r.new_deadline,
                                                         r.note))
    return found


def _rectifications(session: Session, query, today: dt.date) -> list[RectificationInfo]:  # noqa: ANN001
    rows = session.execute(query).all()
    labels = _labels(session, [(i.id, i.standard_id, f.item, f.label) for _, f, i, _ in rows])
    rechecks = _rechecks(session, [r.id for r, _, _, _ in rows])
    found = []
    for rect, finding, inspection, site in rows:
        zh, en = labels[inspection.id, finding.item]
        found.append(RectificationInfo(
            item=finding.item, label_zh=zh, label_en=en, id=rect.id, inspection_id=inspection.id,
            kind=inspection.kind, inspected_on=inspection.inspected_on, site_code=site.code, site_name=site.name,
            serious=finding.serious, responsible=rect.responsible, deadline=rect.deadline, status=rect.status,
            closed_on=rect.closed_on, overdue=rect.status is RectificationStatus.OPEN and rect.deadline < today,
            rechecks=tuple(rechecks[rect.id]), fixes=tuple(fixes_of(finding.note))))
    return found


def _rectification_query(site_id: int | None = None):  # noqa: ANN202
    query = (select(Rectification, Finding, Inspection, Site)
             .join(Finding, Finding.id == Rectification.finding_id)
             .join(Inspection, Inspection.id == Finding.inspection_id)
             .join(Site, Site.id == Rectification.site_id))
    return query.where(Rectification.site_id == site_id) if site_id is not None else query


def _filtered(query, today: dt.date, open_only: bool, overdue_only: bool):  # noqa: ANN001, ANN202
    if open_only or overdue_only:
        query = query.where(Rectification.status == RectificationStatus.OPEN)
    if overdue_only:
        query = query.where(Rectification.deadline < today)
    return query


def rectifications(session: Session, today: dt.date, *, site_code: str | None = None, open_only: bool = False,
                   overdue_only: bool = False) -> list[RectificationInfo]:
    """Rectifications, open ones first, by deadline; overdue: open with a deadline before today."""
    site_id = sites.site_by_code(session, site_code).id if site_code else None
    query = _filtered(_rectification_query(site_id), today, open_only, overdue_only)
    query = query.order_by(Rectification.status.desc(), Rectification.deadline, Rectification.id)
    return _rectifications(session, query, today)


def inspections(session: Session, today: dt.date, *, site_code: str | None = None, open_only: bool = False,
                overdue_only: bool = False, limit: int | None = None,
                inspection_id: int | None = None) -> list[InspectionInfo]:
    """Inspections, newest first, each with its findings and rectifications. open_only/overdue_only: only the
    inspections with such a rectification, and only those rectifications."""
    query = select(Inspection, Site).join(Site, Site.id == Inspection.site_id)
    if site_code:
        query = query.where(Inspection.site_id == sites.site_by_code(session, site_code).id)
    if inspection_id is not None:
        query = query.where(Inspection.id == inspection_id)
    if open_only or overdue_only:
        having = _filtered(select(Finding.inspection_id).join(Rectification, Rectification.finding_id == Finding.id),
                           today, open_only, overdue_only)
        query = query.where(Inspection.id.in_(having))
    query = query.order_by(Inspection.inspected_on.desc(), Inspection.id.desc())
    rows = session.execute(query.limit(limit) if limit is not None else query).all()
    ids = [i.id for i, _ in rows]
    rect_query = _filtered(_rectification_query().where(Inspection.id.in_(ids)), today, open_only, overdue_only)
    by_inspection: dict[int, list[RectificationInfo]] = defaultdict(list)
    for r in _rectifications(session, rect_query.order_by(Rectification.id), today):
        by_inspection[r.inspection_id].append(r)
    finding_rows = session.execute(
        select(Finding.inspection_id, Inspection.standard_id, Finding.item, Finding.label, Finding.passed,
               Finding.serious).join(Inspection).where(Finding.inspection_id.in_(ids)).order_by(Finding.id)).all()
    labels = _labels(session, [(i, standard_id, item, kept) for i, standard_id, item, kept, _, _ in finding_rows])
    findings: dict[int, list[FindingInfo]] = defaultdict(list)
    for i, _standard_id, item, _kept, passed, serious in finding_rows:
        zh, en = labels[i, item]
        findings[i].append(FindingInfo(item=item, label_zh=zh, label_en=en, passed=passed, serious=serious))
    names: dict[int, str] = {sid: name for sid, name in session.execute(select(Standard.id, Standard.name))}
    return [InspectionInfo(id=i.id, site_code=s.code, site_name=s.name, kind=i.kind, inspected_on=i.inspected_on,
                           inspector=i.inspector, standard=names.get(i.standard_id) if i.standard_id else None,
                           note=i.note, findings=tuple(findings[i.id]), rectifications=tuple(by_inspection[i.id]))
            for i, s in rows]


def downgrade_warnings(session: Session, *, site_code: str | None = None) -> list[DowngradeWarning]:
    """Stations with open serious rectifications: a downgrade may follow. Shown, never applied."""
    site_id = sites.site_by_code(session, site_code).id if site_code else None
    query = (_rectification_query(site_id).where(Rectification.status == RectificationStatus.OPEN,
                                                 Finding.serious.is_(True))
             .order_by(Site.code, Rectification.id))
    grouped: dict[str, list[tuple[Rectification, Site]]] = defaultdict(list)
    for rect, _finding, _inspection, site in session.execute(query):
        grouped[site.code].append((rect, site))
    return [DowngradeWarning(site_code=code, site_name=rows[0][1].name, star_rating=rows[0][1].star_rating,
                             rectification_ids=tuple(r.id for r, _ in rows)) for code, rows in grouped.items()]


def rectification(session: Session, rectification_id: int, today: dt.date) -> RectificationInfo:
    found = _rectifications(session, _rectification_query().where(Rectification.id == rectification_id), today)
    if not found:
        raise errors.UnknownRectification(id=rectification_id)
    return found[0]


def inspection(session: Session, inspection_id: int, today: dt.date) -> InspectionInfo:
    found = inspections(session, today, inspection_id=inspection_id)
    if not found:
        raise errors.UnknownInspection(id=inspection_id)
    return found[0]
