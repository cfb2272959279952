"""Compliance of a station with a standard: each item met or missing with its reason, and a star pre-score.

A facility item is met by a facility of one of its kinds at the site whose status is 在用 (in_use); one that is
broken, under repair, out of service or scrapped does not count, and the reason names it ("微波炉 AJH11-00012:
故障"). A `needs_all` item needs a working facility of every one of its kinds. A fact item is met when the site's
recorded fact is present ("not recorded" and "recorded absent on DATE" are told apart).

The pre-score is the weighted percentage of items met; the standard's five thresholds turn it into 0–5 stars, and a
required item missing caps it at 2 stars (`rule_text` says so). It is shown, never stored: stars are awarded by
the city union (sites.star_rating).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Facility, FacilityStatus, Site, SiteFact, SiteFactRecord, SiteKind, Standard, Term
from desktop.core import errors, sites
from desktop.core.stations import compliance_words as words
from desktop.core.stations import standards
from desktop.core.stations.compliance_words import Named, Reason, part
from desktop.core.stations.standards import ItemInfo


@dataclass(frozen=True)
class ItemResult:
    item: ItemInfo
    met: bool
    reason: Reason


@dataclass(frozen=True)
class SiteCompliance:
    site_code: str
    site_name: str
    standard: str
    """The standard's name (6+X, 六有 …)."""
    own_standard: bool
    """Whether it is the site's assigned standard (else asked for, or the national default)."""
    thresholds: tuple[int, ...]
    items: tuple[ItemResult, ...]
    score: float
    """Weighted percentage of items met, 0–100."""
    stars: int
    capped: bool
    """A required item is missing, so the stars stop at standards.REQUIRED_CAP."""
    star_rating: int | None
    """The stars the city union awarded (never changed here)."""

    @property
    def met(self) -> list[ItemResult]:
        return [r for r in self.items if r.met]

    @property
    def missing(self) -> list[ItemResult]:
        return [r for r in self.items if not r.met]

    def rule(self, lang: str) -> str:
        return words.rule_text(self.thresholds, standards.REQUIRED_CAP, lang)


@dataclass(frozen=True)
class _Asset:
    kind: str
    name: Named
    code: str
    status: FacilityStatus


def site_compliance(session: Session, site_code: str, standard: str | None = None) -> SiteCompliance:
    """One station against `standard` (by name), else its own standard, else the national 六有."""
    site = sites.site_by_code(session, site_code)
    if site.kind is not SiteKind.SERVICE_STATION:
        raise errors.NotAStation(code=site.code)
    return _evaluate(session, [site], standard)[0]


def all_compliance(session: Session, standard: str | None = None) -> list[SiteCompliance]:
    """Every active station, by code, each against `standard` or its own (else 六有)."""
    rows = list(session.scalars(select(Site).where(Site.kind == SiteKind.SERVICE_STATION, Site.closed_on.is_(None))
                                .order_by(Site.code)))
    return _evaluate(session, rows, standard)


def _evaluate(session: Session, rows: Sequence[Site], asked: str | None) -> list[SiteCompliance]:
    chosen: dict[int, Standard] = {}
    for site in rows:
        chosen[site.id] = standards.site_standard(session, site, asked)
    items = standards.items_of(session, sorted({s.id for s in chosen.values()}))
    site_ids = [s.id for s in rows]
    assets = _assets(session, site_ids)
    facts = _facts(session, site_ids)
    found = []
    for site in rows:
        standard = chosen[site.id]
        results = tuple(_result(item, assets[site.id], facts[site.id]) for item in items[standard.id])
        score = _score(results)
        thresholds = standards.parse_thresholds(standard.star_thresholds)
        stars = sum(1 for t in thresholds if score >= t)
        capped = stars > standards.REQUIRED_CAP and any(r.item.required and not r.met for r in results)
        found.append(SiteCompliance(
            site_code=site.code, site_name=site.name, standard=standard.name,
            own_standard=site.standard_id == standard.id, thresholds=thresholds, items=results, score=score,
            stars=min(stars, standards.REQUIRED_CAP) if capped else stars, capped=capped,
            star_rating=site.star_rating))
    return found


def _assets(session: Session, site_ids: list[int]) -> dict[int, list[_Asset]]:
    found: dict[int, list[_Asset]] = defaultdict(list)
    if not site_ids:
        return found
    query = (select(Facility.site_id, Facility.code, Facility.status, Term.key, Term.name_zh, Term.name_en)
             .join(Term, Term.id == Facility.kind_id).where(Facility.site_id.in_(site_ids)).order_by(Facility.code))
    for site_id, code, status, key, name_zh, name_en in session.execute(query):
        found[site_id].append(_Asset(kind=key, name=Named(name_zh, name_en), code=code, status=status))
    return found


def _facts(session: Session, site_ids: list[int]) -> dict[int, dict[SiteFact, SiteFactRecord]]:
    found: dict[int, dict[SiteFact, SiteFactRecord]] = defaultdict(dict)
    if site_ids:
        for record in session.scalars(select(SiteFactRecord).where(SiteFactRecord.site_id.in_(site_ids))):
            found[record.site_id][record.fact] = record
    return found


def _result(item: ItemInfo, assets: list[_Asset], facts: dict[SiteFact, SiteFactRecord]) -> ItemResult:
    if item.fact is not None:
        return _fact_result(item, facts.get(item.fact))
    names = {k: Named(zh, en) for k, zh, en in zip(item.kinds, item.kind_names, item.kind_names_en, strict=True)}
    of_kind = {k: [a for a in assets if a.kind == k] for k in item.kinds}
    working = {k: [a for a in of_kind[k] if a.status is FacilityStatus.IN_USE] for k in item.kinds}
    if item.needs_all:
        lacking = [k for k in item.kinds if not working[k]]
        if not lacking:
            return ItemResult(item, True, (part(words.ALL_WORKING, kinds=tuple(names.values())),))
        absent = tuple(names[k] for k in lacking if not of_kind[k])
        broken = [a for k in lacking for a in of_kind[k]]
        return ItemResult(item, False, ((part(words.NONE_OF, kinds=absent),) if absent else ())
                          + (_why_not(broken, ()) if broken else ()))
    first = next((a for k in item.kinds for a in working[k]), None)
    if first is not None:
        return ItemResult(item, True, (part(words.WORKING, kind=first.name, code=first.code),))
    return ItemResult(item, False, _why_not([a for k in item.kinds for a in of_kind[k]], tuple(names.values())))


def _why_not(assets: list[_Asset], kinds: tuple[Named, ...]) -> Reason:
    if not assets:
        return (part(words.NONE_OF, kinds=kinds),)
    return tuple(part(words.NOT_WORKING, kind=a.name, code=a.code, status=a.status) for a in assets)


def _fact_result(item: ItemInfo, record: SiteFactRecord | None) -> ItemResult:
    if record is None:
        return ItemResult(item, False, (part(words.FACT_UNKNOWN),))
    on: dt.date | None = record.noted_on
    if record.present:
        said = part(words.FACT_RECORDED, date=on) if on else part(words.FACT_RECORDED_UNDATED)
    else:
        said = part(words.FACT_ABSENT, date=on) if on else part(words.FACT_ABSENT_UNDATED)
    return ItemResult(item, record.present, (said,))


def _score(results: tuple[ItemResult, ...]) -> float:
    total = sum(r.item.weight for r in results)
    if total == 0:  # every weight 0: each item counts the same
        return round(100 * sum(r.met for r in results) / len(results), 1) if results else 0.0
    return round(100 * sum(r.item.weight for r in results if r.met) / total, 1)
