"""A union's own standard read from a file: JSON, or a CSV/XLSX sheet of one item a row (docs/stations.md).

JSON: one object `{"name", "title", "region", "description", "stars", "items": [{"key", "label", "label_en",
"required", "weight", "kinds", "needs_all", "fact"}]}`. A sheet: a header row, then one item a row, with the
columns `standard, title, region, description, stars` (filled on any row, the same wherever filled) and `key,
label, label_en, required, weight, kinds, needs_all, fact`, in English or Chinese (标准, 标题, 地区, 说明, 星级阈值,
编号, 项目, 英文名称, 必备, 权重, 设施类型, 全部需要, 事实). Kinds are term keys or Chinese names separated by
、 , ; or |. The file's structure is checked here; its kinds and facts are checked against the database when the
standard is saved (desktop/core/stations/standards.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from desktop.core import errors
from desktop.core.importers import files
from desktop.core.stations.standards import ItemSpec, StandardSpec

KEY_RE = re.compile(r"^[\w+.-]{1,40}$")
"""An item's key: what `--fail ITEM` names, so no blanks."""
_KIND_SEPARATORS = re.compile(r"[、,，;；|]")
_TRUE = {"true", "yes", "y", "1", "是", "必备", "必须", "√", "✓"}
_FALSE = {"false", "no", "n", "0", "否", "选配", "可选", "×", "✗", "-"}
_STANDARD_COLUMNS = {
    "name": ("standard", "name", "标准", "标准名称"),
    "title": ("title", "标题", "全称"),
    "region": ("region", "地区", "地域"),
    "description": ("description", "说明", "描述"),
    "stars": ("stars", "star_thresholds", "星级阈值", "星级"),
}
_ITEM_COLUMNS = {
    "key": ("key", "编号", "键"),
    "label": ("label", "label_zh", "项目", "名称", "中文名称"),
    "label_en": ("label_en", "英文名称", "英文"),
    "required": ("required", "必备", "必需"),
    "weight": ("weight", "权重"),
    "kinds": ("kinds", "设施类型", "设施"),
    "needs_all": ("needs_all", "全部需要", "全部"),
    "fact": ("fact", "事实"),
}
_LIMITS = {"name": 40, "title": 100, "region": 40, "description": 2000, "label": 100, "label_en": 100}


def read_standard(path: Path) -> StandardSpec:
    """The standard a file holds, its structure checked; InvalidStandard or InvalidStandardItem when it is wrong."""
    path = Path(path)
    head = files.read_bytes(path, 64).lstrip(b"\xef\xbb\xbf \t\r\n")
    if path.suffix.lower() == ".json" or head.startswith(b"{"):
        return _from_json(path)
    return _from_sheet(path)


def _invalid(path: Path, reason: str) -> errors.InvalidStandard:
    return errors.InvalidStandard(file=path.name, reason=reason)


def _from_json(path: Path) -> StandardSpec:
    try:
        data = json.loads(files.read_bytes(path).decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _invalid(path, "it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _invalid(path, f"not JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise _invalid(path, "the file holds no JSON object")
    items = data.get("items")
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise _invalid(path, '"items" must be a list of objects')
    stars = data.get("stars", data.get("star_thresholds", ""))
    if isinstance(stars, list):
        stars = ",".join(str(v) for v in stars)
    head = {field: _text(path, field, data.get(field, "")) for field in ("name", "title", "region", "description")}
    return _spec(path, head, str(stars), [_item(i) for i in items])


def _from_sheet(path: Path) -> StandardSpec:
    from desktop.core.importers.tabular import read_table  # spreadsheets load only for an import

    table = read_table(path)
    columns = _columns(path, table.headers)
    head: dict[str, str] = {}
    items = []
    for number, row in enumerate(table.rows, start=table.first_row_number):
        if not any(row):
            continue
        cells = {field: row[index].strip() for field, index in columns.items()}
        for field in _STANDARD_COLUMNS:
            value = cells.get(field, "")
            if value and head.setdefault(field, value) != value:
                raise _invalid(path, f"row {number}: {field} {value!r} differs from {head[field]!r} above "
                                     "(one standard per file)")
        items.append(_item({field: cells[field] for field in _ITEM_COLUMNS if field in cells}))
    stars = head.pop("stars", "")
    return _spec(path, head, stars, items)


def _columns(path: Path, headers: tuple[str, ...]) -> dict[str, int]:
    lookup = {alias.casefold(): field for table in (_STANDARD_COLUMNS, _ITEM_COLUMNS)
              for field, aliases in table.items() for alias in aliases}
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        field = lookup.get(header.strip().casefold())
        if field is not None:
            columns.setdefault(field, index)
    for needed in ("key", "label"):
        if needed not in columns:
            raise _invalid(path, f"no {needed!r} column (the headers are: {', '.join(h for h in headers if h)})")
    return columns


def _spec(path: Path, head: dict[str, str], stars: str, items: list[ItemSpec]) -> StandardSpec:
    name = head.get("name", "").strip()
    if not name:
        raise _invalid(path, "the standard has no name")
    for field, value in head.items():
        if len(value) > _LIMITS[field]:
            raise _invalid(path, f"the {field} is longer than {_LIMITS[field]} characters")
    if not items:
        raise _invalid(path, "the standard has no items")
    return StandardSpec(name=name, title=head.get("title", "").strip(), region=head.get("region", "").strip(),
                        description=head.get("description", "").strip(), stars=stars.strip() or "20,40,60,80,100",
                        items=tuple(items))


def _text(path: Path, field: str, value: Any) -> str:
    if not isinstance(value, str):
        raise _invalid(path, f'"{field}" must be text')
    return value


def _item(raw: dict[str, Any]) -> ItemSpec:
    key = str(raw.get("key", "")).strip()
    if not KEY_RE.fullmatch(key):
        raise errors.InvalidStandardItem(item=key, reason="a key is 1 to 40 letters, digits or _ . + - (no blanks)")
    label = str(raw.get("label", raw.get("label_zh", ""))).strip()
    label_en = str(raw.get("label_en", "")).strip()
    if not label:
        raise errors.InvalidStandardItem(item=key, reason="it has no label")
    if len(label) > _LIMITS["label"] or len(label_en) > _LIMITS["label_en"]:
        raise errors.InvalidStandardItem(item=key, reason="its label is longer than 100 characters")
    kinds = _kinds(key, raw.get("kinds", ()))
    fact = str(raw.get("fact") or "").strip()
    needs_all = _flag(key, "needs_all", raw.get("needs_all"), default=False)
    if bool(kinds) == bool(fact):
        raise errors.InvalidStandardItem(item=key, reason="give it either facility kinds or a fact, not both or none")
    if needs_all and not kinds:
        raise errors.InvalidStandardItem(item=key, reason="needs_all applies to facility kinds only")
    return ItemSpec(key=key, label_zh=label, label_en=label_en,
                    required=_flag(key, "required", raw.get("required"), default=True),
                    weight=_weight(key, raw.get("weight")), kinds=kinds, fact=fact, needs_all=needs_all)


def _kinds(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = _KIND_SEPARATORS.split(value)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise errors.InvalidStandardItem(item=key, reason="kinds must be a list of facility kinds")
    return tuple(v.strip() for v in value if v.strip())


def _flag(key: str, field: str, value: Any, *, default: bool) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise errors.InvalidStandardItem(item=key, reason=f"{field} {value!r} is neither yes nor no")


def _weight(key: str, value: Any) -> int:
    if value is None or value == "":
        return 1
    try:
        weight = int(str(value).strip()) if not isinstance(value, bool) else -1
    except ValueError:
        weight = -1
    if not 0 <= weight <= 100:
        raise errors.InvalidStandardItem(item=key, reason=f"weight {value!r} is not a whole number from 0 to 100")
    return weight
