"""Importing sites from a spreadsheet (CSV, XLSX): every good row in, every bad one reported with its row.

Headers are matched as the book import matches them (full-width, case, spaces and a bracketed unit ignored), in
Chinese or English: 代码/编号/code, 名称/name, 类型/kind, 驿站类型/station_kind, 地址/address, 经度/lng, 纬度/lat or
one 坐标/经纬度 column ("119.7985,33.4712"), 坐标系/crs/datum, 开放时间/hours, 依托单位/host_unit, 建设方式,
面积/area, 座位/seats, 负责人/manager, 电话/phone, 建成日期/opened_on, 星级/stars, 标准/standard, 备注/note.

- Every site needs its code (2–6 capital letters or digits): the code is printed on its labels and cards and is
  what a union's own list already has; a file without a code column is refused whole, a row without a code is
  refused. Codes are never made up, so the same file always means the same sites.
- The kind column may hold reading_room/职工书屋 or service_station/服务站, or a station kind (骑手之家…) for a
  station of that kind; without a kind column (or with the cell empty) a row is a service station.
- The datum comes from a 坐标系 column, else from the whole file's choice (--crs); positions without either
  refuse the file, since guessing it would misplace every site by 300–500 m.
- A row whose code is already in the database with the same content is "already there" (counted, not an
  error): re-importing a file adds nothing. The same code with other content is refused as a duplicate (editing
  is done site by site), as is a code used by an earlier row of the same file.
- All good rows go in in one transaction; each row in its own savepoint.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Site, SiteKind, Vocabulary
from desktop.core import errors, privacy, sites
from desktop.core.importers import tabular
from desktop.core.importing import TablePreview
from desktop.core.records import Position, Rejected, RejectReason
from desktop.core.stations import register, register_position, terms

__all__ = ["SITE_FIELDS", "SiteImportReport", "SiteRows", "guess_mapping", "preview", "read_rows", "import_sites"]

_ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("代码", "编号", "编码", "站点编号", "站点代码", "驿站编号", "书屋编号", "Code", "Site code"),
    "name": ("名称", "站点名称", "驿站名称", "服务站名称", "书屋名称", "Name", "Site name"),
    "kind": ("类型", "站点类型", "类别", "Kind", "Type"),
    "station_kind": ("驿站类型", "服务站类型", "驿站类别", "Station kind", "Station type"),
    "address": ("地址", "详细地址", "所在地址", "位置", "Address"),
    "lng": ("经度", "lng", "lon", "long", "Longitude"),
    "lat": ("纬度", "Latitude"),
    "coords": ("坐标", "经纬度", "位置坐标", "Coordinates", "Coords", "Location"),
    "datum": ("坐标系", "坐标类型", "坐标系统", "crs", "Datum", "geoType"),
    "hours": ("开放时间", "营业时间", "服务时间", "开放时段", "Hours", "Opening hours"),
    "host_unit": ("依托单位", "所在单位", "建设单位", "Host unit", "Host"),
    "build_mode": ("建设方式", "建设模式", "Build mode"),
    "area": ("面积", "使用面积", "建筑面积", "Area", "Area m2"),
    "seats": ("座位", "座位数", "座椅数", "Seats"),
    "manager": ("负责人", "联系人", "管理员", "Manager", "Person in charge"),
    "phone": ("电话", "联系电话", "手机", "手机号", "负责人电话", "Phone", "Tel", "Mobile"),
    "opened_on": ("建成日期", "建成时间", "启用日期", "开放日期", "成立时间", "Opened", "Opened on"),
    "stars": ("星级", "Stars", "Star rating"),
    "stars_on": ("评星日期", "评定日期", "Stars on"),
    "stars_by": ("评定单位", "评星单位", "Stars by"),
    "standard": ("标准", "建设标准", "Standard"),
    "region_code": ("行政区划代码", "区划代码", "Region code"),
    "note": ("备注", "说明", "Note", "Notes"),
}
SITE_FIELDS: tuple[str, ...] = tuple(_ALIASES)
_LOOKUP = {tabular.normalise_header(alias): field for field, aliases in _ALIASES.items()
           for alias in (field, *aliases)}
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?")


@dataclass(frozen=True)
class SiteRows:
    """A file read and mapped: each filled row's cells by field, and the datum chosen for the whole file."""

    path: Path
    rows: tuple[tuple[Position, dict[str, str]], ...]
    datum: str


@dataclass(frozen=True)
class SiteImportReport:
    path: str
    read: int
    added: int
    already: int
    """Rows whose code is in the database with the same content: left as they are."""
    rejected: tuple[Rejected, ...]
    codes: tuple[str, ...] = ()
    """The codes added."""


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field for the headers recognised; each field once, the first column wins."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        field = None if tabular.looks_like_id_number(header) else _LOOKUP.get(tabular.normalise_header(header))
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping


def preview(path: Path, *, rows: int = 20) -> TablePreview:
    table = tabular.read_table(path)
    shown = tuple(tuple(privacy.masked_for_display(cell) for cell in r) for r in table.rows if any(r))[:rows]
    return TablePreview(headers=table.headers, rows=shown, total_rows=sum(1 for r in table.rows if any(r)),
                        mapping=guess_mapping(table.headers), encoding=table.encoding)


def read_rows(path: Path, *, datum: str = "", mapping: Mapping[int, str] | None = None) -> SiteRows:
    """The file's filled rows by field; refused whole without a code column, or with positions and no datum."""
    table = tabular.read_table(path)
    chosen = dict(mapping) if mapping is not None else guess_mapping(table.headers)
    for index, field in chosen.items():
        if field not in SITE_FIELDS or not 0 <= index < len(table.headers):
            raise ValueError(f"column {index} cannot be mapped to {field!r}")
    if "code" not in chosen.values():
        raise errors.NoSiteCodeColumn(path=str(path))
    if datum.strip():
        register_position.parse_datum(datum)
    rows = tuple((position, {field: row[index] for index, field in chosen.items()})
                 for position, row in tabular.data_rows(table))
    positions = {"lng", "lat", "coords"} & set(chosen.values())
    located = any(values.get(field) for _position, values in rows for field in positions)
    if located and not datum.strip() and "datum" not in chosen.values():
        raise errors.DatumNeeded(path=str(path))
    return SiteRows(path=Path(path), rows=rows, datum=datum.strip())


def _number(text: str, field: str, whole: bool) -> Any:
    cleaned = unicodedata.normalize("NFKC", text).strip().rstrip("星㎡").replace("平方米", "").replace("m2", "")
    if not cleaned:
        return None
    try:
        return int(cleaned) if whole else float(cleaned)
    except ValueError:
        raise errors.UnreadableSiteValue(field=field, text=text.strip()[:24]) from None


def _date(text: str, field: str) -> dt.date | None:
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return None
    match = _DATE.fullmatch(cleaned)
    try:
        if match is None:
            raise ValueError(cleaned)
        return dt.date(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:
        raise errors.UnreadableSiteValue(field=field, text=text.strip()[:24]) from None


def _kind(session: Session, text: str, station_kind: str) -> tuple[SiteKind, str]:
    """The site's kind and station kind; a station kind in the kind column makes a station of that kind."""
    if not text.strip():
        return SiteKind.SERVICE_STATION, station_kind
    try:
        return register.parse_kind(text), station_kind
    except errors.UnknownSiteKind:
        if not station_kind.strip():
            try:
                return SiteKind.SERVICE_STATION, terms.resolve(session, Vocabulary.STATION_KIND, text).key
            except errors.UnknownTerm:
                pass
        raise


def _new_site(session: Session, values: dict[str, str], file_datum: str) -> sites.NewSite:
    get = values.get
    datum = (get("datum") or "").strip() or file_datum
    if (get("coords") or "").strip():
        position, _swapped = register_position.parse_position(get("coords", ""), datum)
    else:
        lng, lat = _number(get("lng", ""), "lng", False), _number(get("lat", ""), "lat", False)
        position = register_position.position(lng, lat, datum or "gcj02") if lng is not None or lat is not None \
            else None
    kind, station_kind = _kind(session, get("kind", ""), get("station_kind", ""))
    return sites.NewSite(
        code=get("code", ""), kind=kind, name=get("name", ""), address=get("address", ""),
        region_code=get("region_code") or None, position=position, opened_on=_date(get("opened_on", ""), "opened_on"),
        note=get("note", ""), station_kind=station_kind, build_mode=get("build_mode") or None,
        host_unit=get("host_unit", ""), hours=get("hours", ""), area_m2=_number(get("area", ""), "area", False),
        seats=_number(get("seats", ""), "seats", True), manager_name=get("manager", ""),
        manager_phone=get("phone", ""), star_rating=_number(get("stars", ""), "stars", True),
        star_awarded_on=_date(get("stars_on", ""), "stars_on"), star_awarded_by=get("stars_by", ""),
        standard=get("standard", ""),
    )


def _same(site: Site, new: sites.NewSite, values: dict[str, Any]) -> bool:
    return site.kind is new.kind and all(getattr(site, column) == value for column, value in values.items())


def _refusal(position: Position, exc: errors.ShuyiError) -> Rejected:
    reason = RejectReason.MISSING_NAME if isinstance(exc, errors.MissingField) else RejectReason.BAD_VALUE
    params = {k: privacy.redact_ids(v) if isinstance(v, str) else v for k, v in exc.params.items()}
    return Rejected(position, reason, ", ".join(str(v) for v in params.values()), error=type(exc)(**params))


def import_sites(session: Session, source: SiteRows, *, today: dt.date) -> SiteImportReport:
    """Every good row in, in the caller's one transaction; rows already there counted; bad rows reported."""
    added: list[str] = []
    already = 0
    rejected: list[Rejected] = []
    seen: dict[str, int] = {}
    for position, values in source.rows:
        try:
            if not values.get("code", "").strip():
                raise errors.MissingSiteCode()
            code = sites.normalise_code(values["code"])
            if code in seen:
                raise errors.DuplicateCodeInFile(code=code, first=seen[code])
            seen[code] = position.number
            new = sites.NewSite(**{**_new_site(session, values, source.datum).__dict__, "code": code})
            existing = session.scalar(select(Site).where(Site.code == code))
            if existing is not None:
                if _same(existing, new, register.columns(session, new, code=code, today=today)):
                    already += 1
                    continue
                raise errors.DuplicateSiteCode(code=code)
            with session.begin_nested():
                sites.add_site(session, new, today=today)
            added.append(code)
        except errors.ShuyiError as exc:
            rejected.append(_refusal(position, exc))
    return SiteImportReport(path=str(source.path), read=len(source.rows), added=len(added), already=already,
                            rejected=tuple(rejected), codes=tuple(added))
