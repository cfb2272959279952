"""Visitor counts from a spreadsheet (CSV or XLSX), in either of the layouts stations keep them.

    long:  站点, 日期, 职业, 人次          one row per station, day and occupation
    wide:  站点, 日期, 外卖骑手, 快递员 …   one row per station and day, one column per occupation

Headers may be Chinese or English (site/code, date, occupation, count/visits); an occupation column may be named
by the term's Chinese name, English name or key. Without a site column, `site_code` names the station for every
row. Each imported figure replaces that day's figure (importing the same file twice changes nothing); a bad row is
listed by its spreadsheet row number and reason and the good rows go in, all in the caller's one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.bounds import VISITS_A_DAY
from db.models import Term, Vocabulary
from desktop.core import bounded, errors
from desktop.core.importers.tabular import Table, read_table
from desktop.core.records import Position, Rejected, RejectReason
from desktop.core.stations.service_events import recorded_day, station
from desktop.core.stations.terms import resolve
from desktop.core.stations.visits import COUNT_FIELD, write_counts
from desktop.core.stations.visits_days import parse_day

__all__ = ["VisitImport", "import_visits"]

_HEADERS = {
    "site": ("站点", "站点编号", "站点代码", "站点编码", "驿站", "服务站", "编号", "代码", "site", "sitecode", "code",
             "station"),
    "date": ("日期", "时间", "日", "date", "day"),
    "occupation": ("职业", "职业类别", "人员类别", "类别", "occupation", "job"),
    "count": ("人次", "人数", "数量", "计数", "count", "visits", "visitors"),
}
_NOISE = re.compile(r"[\s_\-.*:#()（）]")


def _folded(text: str) -> str:
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


_LOOKUP = {_folded(alias): name for name, aliases in _HEADERS.items() for alias in aliases}


@dataclass(frozen=True)
class VisitImport:
    path: str
    layout: str
    """"long" or "wide"."""
    read: int
    """Data rows read (blank rows not counted)."""
    figures: int
    """Station × day × occupation figures the good rows hold."""
    changed: int
    """Of those, how many changed what the database held (0 when the same file is imported again)."""
    rejected: tuple[Rejected, ...]


def _columns(table: Table, occupations: dict[str, int]) -> tuple[dict[str, int], dict[int, int]]:
    named: dict[str, int] = {}
    wide: dict[int, int] = {}
    for index, header in enumerate(table.headers):
        key = _folded(header)
        if key in _LOOKUP and _LOOKUP[key] not in named:
            named[_LOOKUP[key]] = index
        elif key in occupations:
            wide[index] = occupations[key]
    return named, wide


def _occupations(session: Session) -> dict[str, int]:
    found: dict[str, int] = {}
    for term in session.scalars(select(Term).where(Term.vocabulary == Vocabulary.OCCUPATION,
                                                   Term.retired.is_(False))):
        for name in (term.key, term.name_zh, term.name_en):
            if name:
                found.setdefault(_folded(name), term.id)
    return found


def _count(text: str) -> int:
    cleaned = text.strip()
    if re.fullmatch(r"-?\d+\.0+", cleaned):
        cleaned = cleaned.split(".")[0]
    return bounded.whole_number(cleaned, VISITS_A_DAY, COUNT_FIELD)


def import_visits(session: Session, path: Path, *, site_code: str = "", today: dt.date) -> VisitImport:
    table = read_table(path)
    occupations = _occupations(session)
    named, wide = _columns(table, occupations)
    long = "occupation" in named and "count" in named
    if "date" not in named or not (long or wide):
        raise errors.NoVisitColumns(file=Path(path).name)
    if "site" not in named and not site_code.strip():
        raise errors.VisitFileNeedsSite(file=Path(path).name)
    sites: dict[str, int | errors.ShuyiError] = {}

    def site_id(code: str) -> int:
        if code not in sites:
            try:
                sites[code] = station(session, code).id
            except errors.ShuyiError as exc:
                sites[code] = exc
        found = sites[code]
        if isinstance(found, errors.ShuyiError):
            raise found
        return found

    seen: dict[tuple[int, dt.date, int], int] = {}
    pending: dict[tuple[int, dt.date], dict[int, int]] = {}
    rejected: list[Rejected] = []
    read = 0
    for offset, row in enumerate(table.rows):
        if not any(row):
            continue
        read += 1
        number = table.first_row_number + offset
        try:
            code = (row[named["site"]] if "site" in named else "").strip() or site_code
            where = site_id(code)
            day = recorded_day(parse_day(row[named["date"]]), today)
            if long:
                occupation = resolve(session, Vocabulary.OCCUPATION, row[named["occupation"]]).id
                pairs = {occupation: _count(row[named["count"]])}
            else:
                pairs = {oid: _count(row[i]) for i, oid in wide.items() if row[i].strip()}
            for oid in pairs:
                if (where, day, oid) in seen:
                    raise errors.DuplicateVisitRow(row=seen[(where, day, oid)])
        except errors.ShuyiError as exc:
            rejected.append(Rejected(Position("row", number), RejectReason.BAD_VALUE, error=exc))
            continue
        seen.update({(where, day, oid): number for oid in pairs})
        pending.setdefault((where, day), {}).update(pairs)
    changed = sum(write_counts(session, where, day, counts, replace=True) for (where, day), counts in pending.items())
    return VisitImport(path=str(path), layout="long" if long else "wide", read=read,
                       figures=len(seen), changed=changed, rejected=tuple(rejected))
