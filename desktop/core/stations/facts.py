"""Facts recorded about a site that no facility shows (地图可查, the 12351 sign, rules posted…), each with its date.

A fact is named by its stable key (on_maps), its Chinese name (地图可查) or its English one (listed on maps);
yes/no answers read 是/否, 有/无, y/n, true/false and 1/0 too. Setting a fact again replaces the earlier answer
(one row per site and fact: the database says so), dated by the day it was noted.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import SiteFact, SiteFactRecord
from desktop.core import errors
from desktop.core.i18n import QT_TRANSLATE_NOOP

__all__ = ["SiteFact", "FactInfo", "FACT_LABELS", "FACT_NAMES_ZH", "parse_fact", "parse_yes_no", "facts_of",
           "set_fact"]

FACT_NAMES_ZH = {
    SiteFact.ON_MAPS: "地图可查",
    SiteFact.UNIFIED_SIGN: "统一标识名称",
    SiteFact.RULES_POSTED: "规范制度",
    SiteFact.HOTLINE_12351: "12351",
    SiteFact.RECORDS_BOOK: "台账",
    SiteFact.REASONABLE_LAYOUT: "合理布局",
    SiteFact.FUNCTIONS_COMPLETE: "完善功能",
    SiteFact.INDOOR_SPACE: "室内场所",
}
"""The names the standards and the provinces' documents use, what a user types."""
FACT_LABELS = {
    SiteFact.ON_MAPS: QT_TRANSLATE_NOOP("Facts", "Listed on Gaode/Baidu/Tencent maps"),
    SiteFact.UNIFIED_SIGN: QT_TRANSLATE_NOOP("Facts", "Unified sign and name"),
    SiteFact.RULES_POSTED: QT_TRANSLATE_NOOP("Facts", "Rules posted"),
    SiteFact.HOTLINE_12351: QT_TRANSLATE_NOOP("Facts", "12351 hotline sign posted"),
    SiteFact.RECORDS_BOOK: QT_TRANSLATE_NOOP("Facts", "Records book kept"),
    SiteFact.REASONABLE_LAYOUT: QT_TRANSLATE_NOOP("Facts", "Reasonable layout"),
    SiteFact.FUNCTIONS_COMPLETE: QT_TRANSLATE_NOOP("Facts", "Functions complete"),
    SiteFact.INDOOR_SPACE: QT_TRANSLATE_NOOP("Facts", "Indoor space"),
}
_ALIASES = {
    SiteFact.ON_MAPS: ("maps", "listed on maps", "有地图可查"),
    SiteFact.UNIFIED_SIGN: ("sign", "统一标识", "unified sign and name"),
    SiteFact.RULES_POSTED: ("rules", "规范制度上墙", "制度上墙", "rules posted"),
    SiteFact.HOTLINE_12351: ("12351", "hotline", "12351热线"),
    SiteFact.RECORDS_BOOK: ("records", "工作台账", "records book kept"),
    SiteFact.REASONABLE_LAYOUT: ("layout", "reasonable layout"),
    SiteFact.FUNCTIONS_COMPLETE: ("functions", "functions complete"),
    SiteFact.INDOOR_SPACE: ("indoor", "室内", "indoor space"),
}
_LOOKUP = {
    name.casefold(): fact
    for fact in SiteFact
    for name in (fact.value, FACT_NAMES_ZH[fact], *_ALIASES[fact])
}
_IN_LIST = 500
"""Up to this many sites are asked for by id; a longer listing reads every fact (a few per site) and keeps its own."""
_YES = {"yes", "y", "true", "1", "是", "有", "on"}
_NO = {"no", "n", "false", "0", "否", "无", "没有", "off"}


@dataclass(frozen=True)
class FactInfo:
    fact: SiteFact
    present: bool
    noted_on: dt.date | None
    noted_by: str


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def parse_fact(text: str | SiteFact) -> SiteFact:
    if isinstance(text, SiteFact):
        return text
    fact = _LOOKUP.get(_fold(text))
    if fact is None:
        raise errors.UnknownSiteFact(text=text.strip(), choices=", ".join(
            f"{f.value} ({FACT_NAMES_ZH[f]})" for f in SiteFact))
    return fact


def parse_yes_no(text: str) -> bool | None:
    """True, False, or None for a text that is neither."""
    folded = _fold(text)
    return True if folded in _YES else False if folded in _NO else None


def facts_of(session: Session, site_ids: Iterable[int]) -> dict[int, tuple[FactInfo, ...]]:
    """The recorded facts of each site, in the order of SiteFact."""
    ids = list(site_ids)
    found: dict[int, list[FactInfo]] = {site_id: [] for site_id in ids}
    if not ids:
        return {}
    order = {fact: n for n, fact in enumerate(SiteFact)}
    query = select(SiteFactRecord)
    if len(ids) <= _IN_LIST:
        query = query.where(SiteFactRecord.site_id.in_(ids))
    rows = [row for row in session.scalars(query) if row.site_id in found]
    for row in sorted(rows, key=lambda r: order[r.fact]):
        found[row.site_id].append(FactInfo(fact=row.fact, present=row.present, noted_on=row.noted_on,
                                           noted_by=row.noted_by))
    return {site_id: tuple(facts) for site_id, facts in found.items()}


def set_fact(session: Session, site_id: int, fact: SiteFact | str, present: bool, *, noted_on: dt.date,
             noted_by: str = "") -> FactInfo:
    """Record (or replace) one fact about a site, dated `noted_on`."""
    which = parse_fact(fact)
    row = session.scalars(select(SiteFactRecord).where(SiteFactRecord.site_id == site_id,
                                                       SiteFactRecord.fact == which)).one_or_none()
    if row is None:
        row = SiteFactRecord(site_id=site_id, fact=which)
        session.add(row)
    row.present = present
    row.noted_on = noted_on
    row.noted_by = noted_by.strip()[:50]
    session.flush()
    return FactInfo(fact=which, present=row.present, noted_on=row.noted_on, noted_by=row.noted_by)
