"""The real gLabels template library (../shared/data/labels): every file imports, counted, spot-checked in mm.

PROVENANCE counts 1,759 label templates. Of them this parser takes 1,474 and skips 285, each with a note:
  145 CD/DVD, 100 round and 25 elliptical labels (and their equivs): not rectangles — the label layouts fill a
      rectangle edge to edge, so content would be cut off at a round edge;
  1 continuous-tape and 1 path-shaped (Dymo) label: no fixed label shape;
  12 whose labels run off their page and 1 whose labels overlap (numbers in the file contradict each other,
      e.g. Rayfilm 7001 dy="210mm" for 13 rows; Hisago GB865 fits JIS B4 but gLabels' B4 is ISO's 250×353 mm).
"""

from __future__ import annotations

import collections
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.labels.geometry import MediaKind
from desktop.core.labels.templates import BUILTIN, read_glabels

# file: (templates taken, templates skipped)
EXPECTED = {
    "ascom-iso-templates.xml": (31, 0), "avery-iso-templates.xml": (61, 5), "avery-other-templates.xml": (1, 0),
    "avery-us-templates.xml": (285, 33), "begalabel-templates.xml": (45, 14), "brother-other-templates.xml": (4, 1),
    "cablelabel-templates.xml": (1, 0), "canon-other-templates.xml": (0, 6), "databecker-iso-templates.xml": (5, 3),
    "dataline-iso-templates.xml": (6, 2), "decadry-iso-templates.xml": (13, 0), "desmat-templates.xml": (0, 1),
    "dymo-other-templates.xml": (21, 1), "endisch-templates.xml": (73, 14), "felga-templates.xml": (5, 0),
    "geha-iso-templates.xml": (37, 4), "hama-iso-templates.xml": (34, 2), "herma-iso-templates.xml": (108, 28),
    "hisago-templates.xml": (190, 18), "igepa-templates.xml": (29, 1), "jac-iso-templates.xml": (35, 12),
    "maco-us-templates.xml": (1, 1), "mayspies-templates.xml": (0, 1), "meritline-us-templates.xml": (11, 4),
    "microapp-templates.xml": (1, 0), "misc-iso-templates.xml": (33, 11), "misc-other-templates.xml": (1, 1),
    "misc-us-templates.xml": (14, 7), "online-templates.xml": (152, 55), "pearl-iso-templates.xml": (66, 14),
    "rayfilm-templates.xml": (140, 24), "sheetlabels-us-templates.xml": (27, 15), "uline-us-templates.xml": (1, 0),
    "worldlabel-us-templates.xml": (20, 5), "zweckform-iso-templates.xml": (23, 2),
}
NOT_TEMPLATE_FILES = {"categories.xml", "paper-sizes.xml", "vendors.xml"}
SKIP_REASONS = {"cd": 145, "round": 100, "ellipse": 25, "off_page": 12, "overlap": 1, "continuous": 1, "path": 1}


@pytest.fixture
def labels_dir(shared_data: Path) -> Path:
    return shared_data / "labels"


def _template_elements(path: Path) -> int:
    """Counted independently of the parser: every <Template> element, with or without the gLabels namespace."""
    return sum(1 for e in ET.parse(path).getroot().iter() if str(e.tag).rsplit("}", 1)[-1] == "Template")


def test_every_file_is_read_and_counted(labels_dir: Path) -> None:
    files = sorted(p.name for p in labels_dir.glob("*.xml"))
    assert set(files) == set(EXPECTED) | NOT_TEMPLATE_FILES
    reasons: collections.Counter[str] = collections.Counter()
    for name in NOT_TEMPLATE_FILES:
        with pytest.raises(errors.NotATemplateFile):
            read_glabels(labels_dir / name)
    for name, (taken, skipped) in EXPECTED.items():
        parsed = read_glabels(labels_dir / name)
        assert (len(parsed.templates), len(parsed.skipped)) == (taken, skipped), name
        assert taken + skipped == _template_elements(labels_dir / name), name
        reasons.update(s.reason for s in parsed.skipped)
    assert sum(t for t, _ in EXPECTED.values()) == 1474
    assert sum(t + s for t, s in EXPECTED.values()) == 1759  # PROVENANCE.md
    assert reasons == SKIP_REASONS


def test_the_whole_library_imports_and_every_sheet_fits_its_page(app: Shuyi, labels_dir: Path) -> None:
    added = builtin = 0
    for name in EXPECTED:
        report = app.labels.import_label_templates(labels_dir / name)
        added += report.added
        builtin += sum(1 for n in report.notes if n.reason == "builtin")
    assert (added, builtin) == (1472, 2)  # Avery L7160 and L7651 are built in, with the same numbers
    templates = app.labels.label_templates()
    assert len(templates) == len(BUILTIN) + 1472
    assert len({t.slug for t in templates}) == len(templates)
    imported = [t for t in templates if t.source == "glabels"]
    assert sum(1 for t in imported if t.geometry.kind is MediaKind.ROLL) == 9
    assert sum(1 for t in imported if (t.geometry.page_width, t.geometry.page_height) == (210, 297)) == 856
    for t in imported:
        g = t.geometry
        assert g.fits_page() and g.label_width > 0 and g.label_height > 0 and g.per_page >= 1, t.name
    again = app.labels.import_label_templates(labels_dir / "avery-us-templates.xml")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 285)


def test_avery_l7160_and_l7651_as_the_file_gives_them(labels_dir: Path) -> None:
    parsed = {t.name: t for t in read_glabels(labels_dir / "avery-iso-templates.xml").templates}
    # <Template part="7160" size="A4">: width="181.4" height="108.0" round="5", x0="21.2" y0="43.9" dx="187.2"
    # dy="108.0", nx=3 ny=7, bare numbers = points; L7160 is equiv="7160".
    l7160 = parsed["Avery L7160"].geometry
    assert (l7160.columns, l7160.rows, l7160.page_width, l7160.page_height) == (3, 7, 210, 297)
    assert (l7160.label_width, l7160.label_height, l7160.left, l7160.top, l7160.pitch_x, l7160.pitch_y,
            l7160.corner_radius) == pytest.approx((63.994, 38.1, 7.479, 15.487, 66.04, 38.1, 1.764), abs=1e-3)
    # part="8651": width="108" height="60.09" round="5", x0="13.32" y0="30.90" dx="115.09" dy="60.09", 5 × 13.
    l7651 = parsed["Avery L7651"].geometry
    assert (l7651.columns, l7651.rows) == (5, 13)
    assert (l7651.label_width, l7651.label_height, l7651.left, l7651.top, l7651.pitch_x, l7651.pitch_y) == (
        pytest.approx((38.1, 21.198, 4.699, 10.901, 40.601, 21.198), abs=1e-3))
    builtin = {t.name: t.geometry for t in BUILTIN}
    assert builtin["Avery L7160"] == l7160 and builtin["Avery L7651"] == l7651


def test_spot_checks_in_inches_points_and_on_rolls(labels_dir: Path) -> None:
    us = {t.name: t.geometry for t in read_glabels(labels_dir / "avery-us-templates.xml").templates}
    # part="5160" size="US-Letter": width="2.625in" height="1in" round="0.0625in", x0="0.15625in" y0="0.5in"
    # dx="2.78125in" dy="1in", 3 × 10; Avery 5260 is equiv="5160".
    a5160 = us["Avery 5160"]
    assert (a5160.columns, a5160.rows) == (3, 10)
    assert (a5160.page_width, a5160.page_height, a5160.label_width, a5160.label_height, a5160.left, a5160.top,
            a5160.pitch_x, a5160.corner_radius) == pytest.approx(
        (215.9, 279.4, 66.675, 25.4, 3.96875, 12.7, 70.64375, 1.5875), abs=1e-3)
    assert us["Avery 5260"] == a5160
    # ascom-iso-templates.xml (xmlns glabels 3.0), part="A4/24/MKII": width="181" height="96" round="10" x0="19"
    # y0="36" dx="187" dy="96", 3 × 8, in points.
    [ascom] = [t for t in read_glabels(labels_dir / "ascom-iso-templates.xml").templates if t.part == "A4/24/MKII"]
    g = ascom.geometry
    assert ascom.slug == "ascom-a4-24-mkii" and (g.columns, g.rows) == (3, 8)
    assert (g.label_width, g.label_height, g.left, g.top, g.pitch_x, g.corner_radius) == pytest.approx(
        (63.853, 33.867, 6.703, 12.7, 65.969, 3.528), abs=1e-3)
    # herma-iso-templates.xml: 10801 equiv 4608 equiv 4102: width="136.913" height="72" x0=y0="24.0945", 4 × 11.
    herma = {t.name: t.geometry for t in read_glabels(labels_dir / "herma-iso-templates.xml").templates}
    assert herma["Herma 10801"] == herma["Herma 4102"]
    assert (herma["Herma 10801"].label_width, herma["Herma 10801"].left) == pytest.approx((48.3, 8.5), abs=1e-3)
    # brother-other-templates.xml, DK-1201: size="roll" width="28.96mm" height="89.83mm", one label a page.
    dk = {t.name: t.geometry for t in read_glabels(labels_dir / "brother-other-templates.xml").templates}
    roll = dk["Brother DK-1201"]
    assert (roll.kind, roll.page_width, roll.page_height, roll.label_width, roll.label_height, roll.per_page) == (
        MediaKind.ROLL, 28.96, 89.83, 28.96, 89.83, 1)
    # zweckform-iso-templates.xml, 3490: x0="" (empty = gLabels' default 0), width="198.425" (pt) = 70 mm.
    zw = {t.name: t.geometry for t in read_glabels(labels_dir / "zweckform-iso-templates.xml").templates}
    assert (zw["Zweckform 3490"].left, zw["Zweckform 3490"].label_width) == pytest.approx((0, 70.0), abs=1e-3)
