"""Label templates: the built-in sheets and rolls, gLabels template files, and each printer's calibration.

A template is a brand, a part number and a SheetGeometry (millimetres). Built-ins live in code; templates read
from gLabels files are stored in the database. Of gLabels' label shapes only rectangles are taken: round,
elliptical, CD, continuous and path-shaped labels are skipped with a note, because the label layouts fill a
rectangle edge to edge and a QR code in the corner of a square drawn round a circle would be cut off. Where a
gLabels template has several Layout blocks only the first is used (some labels of such a sheet stay blank).
"""

from __future__ import annotations

import difflib
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import LabelMedia, LabelTemplate, PrinterCalibration
from db.models.printer_calibrations import CALIBRATION_MAX_OFFSET_MM, CALIBRATION_SCALE_RANGE
from desktop.core import errors
from desktop.core.labels.geometry import MM_PER_PT, MediaKind, SheetGeometry

TemplateSource = Literal["builtin", "glabels"]
SkipReason = Literal["round", "ellipse", "cd", "continuous", "path", "no_base", "off_page", "overlap", "builtin",
                     "duplicate"]
"""Why a template of a gLabels file was not taken: its label shape, a missing equiv base, labels that run off
the page or overlap (contradictory numbers in the file), or a name a built-in or an earlier template has."""

__all__ = ["BUILTIN", "PAPER_SIZES_MM", "Calibration", "GlabelsFile", "Skipped", "Template", "TemplateImportReport",
           "find_template", "get_calibration", "import_glabels", "list_templates", "parse_glabels", "parse_length",
           "read_glabels", "set_calibration", "slugify"]


def slugify(brand: str, part: str) -> str:
    """'Avery', 'L7160' → 'avery-l7160': lower case, every run of other characters one hyphen."""
    return re.sub(r"[\W_]+", "-", f"{brand} {part}".casefold()).strip("-")


def _compact(text: str) -> str:
    """What a typed name is matched on: case, spaces and punctuation ignored ('AVERY l 7160' → 'averyl7160')."""
    return re.sub(r"[\W_]+", "", text.casefold())


@dataclass(frozen=True)
class Template:
    slug: str
    brand: str
    part: str
    description: str
    geometry: SheetGeometry
    source: TemplateSource

    @property
    def name(self) -> str:
        return f"{self.brand} {self.part}"


# -- built-in templates ------------------------------------------------------------------------------------
def _pt(points: float) -> float:
    return round(points * MM_PER_PT, 4)


def _a4(label: tuple[float, float], grid: tuple[int, int], *, left: float, top: float,
        pitch: tuple[float, float], radius: float = 0.0) -> SheetGeometry:
    return SheetGeometry(page_width=210.0, page_height=297.0, label_width=label[0], label_height=label[1],
                         columns=grid[0], rows=grid[1], left=left, top=top, pitch_x=pitch[0], pitch_y=pitch[1],
                         corner_radius=radius)


def _roll(width: float, height: float) -> SheetGeometry:
    return SheetGeometry(page_width=width, page_height=height, label_width=width, label_height=height, columns=1,
                         rows=1, left=0.0, top=0.0, pitch_x=width, pitch_y=height, kind=MediaKind.ROLL)


def _builtin(brand: str, part: str, description: str, geometry: SheetGeometry) -> Template:
    return Template(slugify(brand, part), brand, part, description, geometry, "builtin")


BUILTIN: tuple[Template, ...] = (
    _builtin("Shuyi", "70x41-21", "书标 70×41 毫米，A4 每页 21 枚（3×7，无间隙）",
             _a4((70.0, 41.0), (3, 7), left=0.0, top=5.0, pitch=(70.0, 41.0))),
    # Avery numbers exactly as avery-iso-templates.xml gives them, in points: L7160 is equiv of 7160, L7651 of
    # 8651 (the file's 7160 label is 181.4 pt = 63.99 mm wide, not the 63.5 mm of its comment).
    _builtin("Avery", "L7160", "Mailing labels",
             _a4((_pt(181.4), _pt(108.0)), (3, 7), left=_pt(21.2), top=_pt(43.9), pitch=(_pt(187.2), _pt(108.0)),
                 radius=_pt(5))),
    _builtin("Avery", "L7651", "Mini address labels",
             _a4((_pt(108), _pt(60.09)), (5, 13), left=_pt(13.32), top=_pt(30.90),
                 pitch=(_pt(115.09), _pt(60.09)), radius=_pt(5))),
    _builtin("Shuyi", "card-10", "读者证 85.6×54 毫米（银行卡尺寸），A4 每页 10 张（2×5，间隔 4 毫米）",
             _a4((85.6, 54.0), (2, 5), left=17.4, top=5.5, pitch=(89.6, 58.0), radius=3.0)),
    _builtin("Roll", "40x30", "热转印标签卷 40×30 毫米", _roll(40.0, 30.0)),
    _builtin("Roll", "50x30", "热转印标签卷 50×30 毫米", _roll(50.0, 30.0)),
)


# -- gLabels template files ------------------------------------------------------------------------------------
_UNIT_MM = {"": MM_PER_PT, "pt": MM_PER_PT, "in": 25.4, "mm": 1.0, "cm": 10.0, "pc": 12 * MM_PER_PT}
_LENGTH_RE = re.compile(r"\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*([a-zA-Z]*)\s*")


def parse_length(text: str) -> float:
    """Millimetres from a gLabels length: '63.5mm', '2.625in', '1.2cm', '181.4pt', or '181.4' (points)."""
    match = _LENGTH_RE.fullmatch(text)
    unit = match[2].lower() if match else ""
    if match is None or unit not in _UNIT_MM:
        raise ValueError(f"not a length: {text!r}")
    value = float(match[1]) * _UNIT_MM[unit]
    if not math.isfinite(value):
        raise ValueError(f"not a length: {text!r}")
    return round(value, 4)


_IN = 25.4
PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "a4": (210, 297), "us-letter": (8.5 * _IN, 11 * _IN), "us-legal": (8.5 * _IN, 14 * _IN),
    "us-executive": (7.25 * _IN, 10.5 * _IN), "a0": (841, 1189), "a1": (594, 841), "a2": (420, 594),
    "a3": (297, 420), "a5": (148, 210), "a6": (105, 148), "a7": (74, 105), "a8": (52, 74), "a9": (37, 52),
    "a10": (26, 37), "b0": (1000, 1414), "b1": (707, 1000), "b2": (500, 707), "b3": (353, 500), "b4": (250, 353),
    "b5": (176, 250), "b6": (125, 176), "b7": (88, 125), "b8": (62, 88), "b9": (44, 62), "b10": (31, 44),
    "number10": (4.125 * _IN, 9.5 * _IN), "monarch": (3.875 * _IN, 7.5 * _IN), "c5": (162, 229), "c6": (114, 162),
    "dl": (110, 220), "ra0": (860, 1220), "ra1": (610, 860), "ra2": (430, 610), "ra3": (305, 430),
    "ra4": (215, 305), "sra0": (900, 1280), "sra1": (640, 900), "sra2": (450, 640), "sra3": (320, 450),
    "sra4": (225, 320),
}
"""gLabels' paper-sizes.xml by id (matched case-insensitively), in mm; size="Other" and "roll" give their own."""


@dataclass(frozen=True)
class Skipped:
    name: str
    reason: SkipReason


@dataclass(frozen=True)
class GlabelsFile:
    templates: tuple[Template, ...]
    skipped: tuple[Skipped, ...]


class _Invalid(Exception):
    def __init__(self, field: str, value: str | None) -> None:
        super().__init__(field)
        self.field, self.value = field, value or ""  # missing and empty both show as ''


def _length(element: ET.Element, attribute: str, default: str | None = None, *, minimum: float = 0.0,
            positive: bool = False) -> float:
    text = element.get(attribute) or default  # empty counts as absent, as in gLabels' XmlUtil
    try:
        value = parse_length(text or "")
    except ValueError:
        value = math.nan
    if not value >= minimum or (positive and value <= 0):
        raise _Invalid(attribute, text)
    return value


def _count(element: ET.Element, attribute: str) -> int:
    text = (element.get(attribute) or "").strip()
    try:
        value = int(text, 16) if text.lower().startswith("0x") else int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise _Invalid(attribute, text)
    return value


def _page(template: ET.Element) -> tuple[float, float, MediaKind]:
    size = template.get("size") or ""
    if size.lower() in ("other", "roll"):
        kind = MediaKind.ROLL if size.lower() == "roll" else MediaKind.SHEET
        return _length(template, "width", positive=True), _length(template, "height", positive=True), kind
    if size.lower() not in PAPER_SIZES_MM:
        raise _Invalid("size", size)
    width, height = PAPER_SIZES_MM[size.lower()]
    return float(width), float(height), MediaKind.SHEET


def _geometry(template: ET.Element) -> SheetGeometry | SkipReason:
    """The geometry of a template element with its own label (not an equiv), or why it is skipped."""
    label = next((child for child in template if child.tag.startswith("Label-")), None)
    shape = label.tag.removeprefix("Label-") if label is not None else ""
    if shape in ("round", "ellipse", "cd", "continuous", "path"):
        return shape  # type: ignore[return-value]
    if label is None or shape != "rectangle":
        raise _Invalid("Label-rectangle" if label is None else label.tag, None)
    width, height = _length(label, "width", positive=True), _length(label, "height", positive=True)
    try:  # only rounds the drawn outline; unreadable (one real file says round="in") → gLabels' default, 0
        radius = _length(label, "round", "0")
    except _Invalid:
        radius = 0.0
    # waste / x_waste / y_waste (bleed for designs) are not read: a SheetGeometry has no bleed.
    layout = label.find("Layout")
    if layout is None:
        raise _Invalid("Layout", None)
    columns, rows = _count(layout, "nx"), _count(layout, "ny")
    left, top = _length(layout, "x0", "0", minimum=-math.inf), _length(layout, "y0", "0", minimum=-math.inf)
    dx, dy = _length(layout, "dx", "0"), _length(layout, "dy", "0")
    if (columns > 1 and dx < width - 0.5) or (rows > 1 and dy < height - 0.5):
        return "overlap"
    page_width, page_height, kind = _page(template)  # a single column or row gets pitch ≥ size, never 0
    geometry = SheetGeometry(page_width, page_height, width, height, columns, rows, left, top,
                             dx if columns > 1 else max(dx, width), dy if rows > 1 else max(dy, height), radius, kind)
    return geometry if geometry.fits_page() else "off_page"


def _root(path: Path) -> ET.Element:
    try:
        root = ET.parse(path).getroot()
    except OSError as exc:
        raise errors.UnreadableTemplateFile(path=str(path), reason=exc.strerror or str(exc)) from exc
    except ET.ParseError as exc:
        raise errors.UnreadableTemplateFile(path=str(path), reason=f"not XML ({exc})") from exc
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith("{"):
            element.tag = element.tag.split("}", 1)[1]  # gLabels 3 files use xmlns="http://glabels.org/xmlns/3.0/"
    if root.tag != "Glabels-templates":
        raise errors.NotATemplateFile(path=str(path), root=root.tag)
    return root


def read_glabels(path: Path | str) -> GlabelsFile:
    """Every rectangular template of a gLabels file, equivs resolved; any invalid template fails the whole file."""
    path = Path(path)
    elements = _root(path).findall("Template")
    by_key = {((e.get("brand") or "").casefold(), (e.get("part") or "").casefold()): e for e in elements}
    taken: list[Template] = []
    skipped: list[Skipped] = []
    for element in elements:
        brand, part = (element.get("brand") or "").strip(), (element.get("part") or "").strip()
        name = f"{brand} {part}"
        try:
            for field, value, longest in (("brand", brand, 64), ("part", part, 96)):
                if not slugify(value, "") or len(value) > longest:
                    raise _Invalid(field, value)
            base, seen = element, {part.casefold()}
            while base is not None and base.get("equiv") is not None:
                equiv = (base.get("equiv") or "").strip().casefold()
                if equiv in seen:
                    raise _Invalid("equiv", base.get("equiv"))
                seen.add(equiv)
                base = by_key.get((brand.casefold(), equiv))
            if base is None:
                skipped.append(Skipped(name, "no_base"))
                continue
            geometry = _geometry(base)
        except _Invalid as exc:
            raise errors.InvalidTemplate(name=name, path=str(path), field=exc.field, value=exc.value) from None
        if isinstance(geometry, str):
            skipped.append(Skipped(name, geometry))
        else:
            description = (base.get("description") or base.get("_description") or "").strip()
            taken.append(Template(slugify(brand, part), brand, part, description, geometry, "glabels"))
    return GlabelsFile(tuple(taken), tuple(skipped))


def parse_glabels(path: Path | str) -> list[Template]:
    """The templates a gLabels file gives (see read_glabels for what is skipped and why)."""
    return list(read_glabels(path).templates)


# -- stored templates ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TemplateImportReport:
    path: str
    added: int
    updated: int
    unchanged: int
    notes: tuple[Skipped, ...]
    """Templates of the file not taken, each with its reason."""

    @property
    def skipped(self) -> int:
        return len(self.notes)


_GEOMETRY_COLUMNS = {
    "page_width": "page_width_mm", "page_height": "page_height_mm", "label_width": "label_width_mm",
    "label_height": "label_height_mm", "columns": "n_columns", "rows": "n_rows", "left": "left_mm",
    "top": "top_mm", "pitch_x": "pitch_x_mm", "pitch_y": "pitch_y_mm", "corner_radius": "corner_radius_mm",
}


def _template(row: LabelTemplate) -> Template:
    geometry = SheetGeometry(**{f: getattr(row, c) for f, c in _GEOMETRY_COLUMNS.items()}, kind=MediaKind(row.kind))
    return Template(row.slug, row.brand, row.part, row.description, geometry, "glabels")


def _row_values(template: Template) -> dict[str, object]:
    values: dict[str, object] = {c: getattr(template.geometry, f) for f, c in _GEOMETRY_COLUMNS.items()}
    values.update(brand=template.brand, part=template.part, description=template.description[:200],
                  kind=LabelMedia(template.geometry.kind.value))
    return values


def list_templates(session: Session) -> list[Template]:
    """The built-ins in their own order, then the imported ones by name."""
    imported = [_template(row) for row in session.scalars(select(LabelTemplate))]
    return [*BUILTIN, *sorted(imported, key=lambda t: (t.name.casefold(), t.slug))]


def find_template(session: Session, name: str) -> Template:
    """A template by slug ('avery-l7160') or name ('Avery L7160'), ignoring case, spaces and punctuation."""
    key = _compact(name)
    for template in BUILTIN:
        if _compact(template.slug) == key:
            return template
    row = session.scalar(select(LabelTemplate).where(LabelTemplate.slug == name.strip().casefold()))
    if row is not None:
        return _template(row)
    every = list_templates(session)
    matches = [t for t in every if key and _compact(t.slug) == key]
    if matches:
        return matches[0]
    names = {t.name.casefold(): t.name for t in every}
    close = difflib.get_close_matches(name.strip().casefold(), list(names), n=5, cutoff=0.6)
    raise errors.UnknownTemplate(name=name, suggestions=", ".join(names[c] for c in close) or "—")


def import_glabels(session: Session, path: Path | str, *, parsed: GlabelsFile | None = None) -> TemplateImportReport:
    """Store a gLabels file's templates (`parsed`: the file already read): new ones added, changed ones updated."""
    parsed = parsed if parsed is not None else read_glabels(path)  # an invalid template raises: nothing stored
    builtin = {_compact(t.slug) for t in BUILTIN}
    existing = {row.slug: row for row in session.scalars(select(LabelTemplate))}
    notes, seen = list(parsed.skipped), set()
    added = updated = unchanged = 0
    for template in parsed.templates:
        if _compact(template.slug) in builtin:
            notes.append(Skipped(template.name, "builtin"))
            continue
        if template.slug in seen:
            notes.append(Skipped(template.name, "duplicate"))
            continue
        seen.add(template.slug)
        values = _row_values(template)
        row = existing.get(template.slug)
        if row is None:
            session.add(LabelTemplate(slug=template.slug, source="glabels", **values))
            added += 1
        elif any(getattr(row, column) != value for column, value in values.items()):
            for column, value in values.items():
                setattr(row, column, value)
            updated += 1
        else:
            unchanged += 1
    session.flush()
    return TemplateImportReport(str(path), added, updated, unchanged, tuple(notes))


# -- printer calibration ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Calibration:
    """Added to every position (offsets, mm) and multiplied into every length (scales) when printing."""

    printer: str
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    scale_x: float = 1.0
    scale_y: float = 1.0


def get_calibration(session: Session, printer: str) -> Calibration:
    """A printer's calibration; one never calibrated prints as it is told (no offset, scale 1)."""
    row = session.scalar(select(PrinterCalibration).where(PrinterCalibration.printer == printer.strip()))
    return Calibration(printer.strip()) if row is None else _calibration(row)


def _calibration(row: PrinterCalibration) -> Calibration:
    return Calibration(row.printer, row.offset_x_mm, row.offset_y_mm, row.scale_x, row.scale_y)


def set_calibration(session: Session, printer: str, *, offset_x_mm: float, offset_y_mm: float, scale_x: float,
                    scale_y: float) -> Calibration:
    """Save a printer's calibration after checking every value; an out-of-range one saves nothing."""
    printer = printer.strip()
    if not printer:
        raise errors.MissingField(field="printer")
    (low, high), limit = CALIBRATION_SCALE_RANGE, CALIBRATION_MAX_OFFSET_MM
    for field, value, lowest, highest in (("offset_x_mm", offset_x_mm, -limit, limit),
                                          ("offset_y_mm", offset_y_mm, -limit, limit),
                                          ("scale_x", scale_x, low, high), ("scale_y", scale_y, low, high)):
        if not (isinstance(value, int | float) and math.isfinite(value) and lowest <= value <= highest):
            raise errors.InvalidCalibration(field=field, value=value, low=lowest, high=highest)
    row = session.scalar(select(PrinterCalibration).where(PrinterCalibration.printer == printer))
    if row is None:
        session.add(row := PrinterCalibration(printer=printer))
    row.offset_x_mm, row.offset_y_mm = float(offset_x_mm), float(offset_y_mm)
    row.scale_x, row.scale_y = float(scale_x), float(scale_y)
    session.flush()
    return _calibration(row)
