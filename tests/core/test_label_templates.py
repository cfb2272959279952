"""Label templates: lengths and paper sizes, built-ins, gLabels files (all or nothing), look-up and calibration."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import LabelMedia, PrinterCalibration
from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.labels.geometry import MediaKind
from desktop.core.labels.templates import BUILTIN, parse_glabels, parse_length, read_glabels, slugify

LAYOUT = 'nx="3" ny="9" x0="5mm" y0="8mm" dx="66mm" dy="31mm"'


def rect(part: str = "A1", *, brand: str = "Test", size: str = 'size="A4"',
         label: str = 'width="60mm" height="30mm" round="2mm"', layout: str = LAYOUT, extra: str = "") -> str:
    return (f'<Template brand="{brand}" part="{part}" {size} _description="Test labels">'
            f'<Label-rectangle id="0" {label}>{extra}<Layout {layout}/></Label-rectangle></Template>')


def library(tmp_path: Path, *templates: str, name: str = "lib.xml", xmlns: bool = False) -> Path:
    ns = ' xmlns="http://glabels.org/xmlns/3.0/"' if xmlns else ""
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0"?>\n<Glabels-templates{ns}>{"".join(templates)}</Glabels-templates>',
                    encoding="utf-8")
    return path


# -- lengths and paper -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "mm"), [
    ("63.5mm", 63.5), ("1in", 25.4), ("2.625in", 66.675), ("72pt", 25.4), ("72", 25.4), ("1.2cm", 12.0),
    ("6pc", 25.4), (" 10 mm ", 10.0), ("0 pt", 0.0), ("7.86772e-17pt", 0.0), ("-3mm", -3.0), (".5in", 12.7),
])
def test_lengths_in_every_unit_become_millimetres(text: str, mm: float) -> None:
    assert parse_length(text) == pytest.approx(mm, abs=1e-4)


@pytest.mark.parametrize("text", ["", "in", "mm", "5furlong", "1,5mm", "nan", "inf", "1e999mm", "5 5mm"])
def test_what_is_not_a_length_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_length(text)


@pytest.mark.parametrize(("size", "page", "kind"), [
    ('size="A4"', (210, 297), MediaKind.SHEET),
    ('size="US-Letter"', (215.9, 279.4), MediaKind.SHEET),
    ('size="us-letter"', (215.9, 279.4), MediaKind.SHEET),
    ('size="A5"', (148, 210), MediaKind.SHEET),
    ('size="Other" width="8.5in" height="300mm"', (215.9, 300), MediaKind.SHEET),
    ('size="roll" roll_width="140mm" width="135mm" height="300mm"', (135, 300), MediaKind.ROLL),
])
def test_paper_sizes_by_name_or_given(tmp_path: Path, size: str, page: tuple[float, float], kind: MediaKind) -> None:
    [template] = parse_glabels(library(tmp_path, rect(size=size, layout='nx="2" ny="4" x0="5mm" y0="5mm" dx="61mm"'
                                                                      ' dy="31mm"')))
    g = template.geometry
    assert (g.page_width, g.page_height) == pytest.approx(page)
    assert g.kind is kind


@pytest.mark.parametrize("size", ['size="A99"', "", 'size="Other" width="100mm"',
                                  'size="Other" width="-1mm" height="9"'])
def test_an_unknown_or_incomplete_paper_size_is_invalid(tmp_path: Path, size: str) -> None:
    with pytest.raises(errors.InvalidTemplate):
        parse_glabels(library(tmp_path, rect(size=size)))


# -- built-ins and slugs -----------------------------------------------------------------------------------
def test_builtin_templates_fit_their_pages_with_no_overlap() -> None:
    assert [t.slug for t in BUILTIN] == ["shuyi-70x41-21", "avery-l7160", "avery-l7651", "shuyi-card-10",
                                        "roll-40x30", "roll-50x30"]
    for template in BUILTIN:
        g = template.geometry
        assert g.fits_page(tolerance=0), template.name
        assert g.pitch_x >= g.label_width and g.pitch_y >= g.label_height, template.name  # gaps ≥ 0
        assert template.source == "builtin" and template.slug == slugify(template.brand, template.part)


def test_builtin_numbers() -> None:
    by = {t.slug: t.geometry for t in BUILTIN}
    shuyi = by["shuyi-70x41-21"]
    assert (shuyi.per_page, shuyi.left, shuyi.top, shuyi.position(20)) == (21, 0, 5.0, (140.0, 251.0))
    card = by["shuyi-card-10"]
    assert (card.pitch_x - card.label_width, card.pitch_y - card.label_height) == pytest.approx((4.0, 4.0))
    right = card.page_width - (card.left + card.pitch_x + card.label_width)
    bottom = card.page_height - (card.top + 4 * card.pitch_y + card.label_height)
    assert (right, bottom) == pytest.approx((card.left, card.top))  # centred
    l7160 = by["avery-l7160"]  # avery-iso-templates.xml, Avery 7160 in points
    assert (l7160.label_width, l7160.label_height, l7160.left, l7160.top, l7160.pitch_x, l7160.pitch_y,
            l7160.corner_radius) == pytest.approx((63.9944, 38.1, 7.4789, 15.4869, 66.04, 38.1, 1.7639), abs=1e-3)
    l7651 = by["avery-l7651"]  # Avery 8651
    assert (l7651.columns, l7651.rows) == (5, 13)
    assert (l7651.label_width, l7651.label_height, l7651.left, l7651.top, l7651.pitch_x) == pytest.approx(
        (38.1, 21.1984, 4.699, 10.9008, 40.6012), abs=1e-3)
    roll = by["roll-50x30"]
    assert (roll.kind, roll.page_width, roll.page_height, roll.per_page) == (MediaKind.ROLL, 50, 30, 1)


@pytest.mark.parametrize(("brand", "part", "slug"), [
    ("Avery", "L7160", "avery-l7160"), ("Online Labels", "OL320 (rectangle)", "online-labels-ol320-rectangle"),
    ("Ascom", "A4/24/MKII", "ascom-a4-24-mkii"), ("Herma", "4_102", "herma-4-102"), ("得力", "DL 70", "得力-dl-70"),
])
def test_slugs(brand: str, part: str, slug: str) -> None:
    assert slugify(brand, part) == slug


def test_media_kinds_match_between_core_and_database() -> None:
    assert {m.value for m in MediaKind} == {m.value for m in LabelMedia}


# -- reading gLabels files ---------------------------------------------------------------------------------
def test_a_rectangle_template(tmp_path: Path) -> None:
    second = 'nx="1" ny="1" x0="200mm" y0="280mm" dx="0" dy="0"'
    path = library(tmp_path, rect(extra="<Markup-margin size='1mm'/>", layout=LAYOUT + f"/><Layout {second}"),
                   xmlns=True)
    [t] = parse_glabels(path)
    assert (t.slug, t.name, t.description, t.source) == ("test-a1", "Test A1", "Test labels", "glabels")
    g = t.geometry
    assert (g.columns, g.rows, g.left, g.top, g.pitch_x, g.pitch_y, g.corner_radius) == (3, 9, 5, 8, 66, 31, 2)


def test_equivs_are_resolved_through_chains_and_skipped_without_a_base(tmp_path: Path) -> None:
    path = library(tmp_path, '<Template brand="Test" part="C" equiv="B"/>', rect("A"),
                   '<Template brand="Test" part="B" equiv="A"/>', '<Template brand="Test" part="D" equiv="Z"/>',
                   '<Template brand="Other" part="E" equiv="A"/>')
    parsed = read_glabels(path)
    assert [t.name for t in parsed.templates] == ["Test C", "Test A", "Test B"]
    assert len({t.geometry for t in parsed.templates}) == 1
    assert [(s.name, s.reason) for s in parsed.skipped] == [("Test D", "no_base"), ("Other E", "no_base")]


def test_an_equiv_loop_is_invalid(tmp_path: Path) -> None:
    path = library(tmp_path, '<Template brand="T" part="A" equiv="B"/>', '<Template brand="T" part="B" equiv="A"/>')
    with pytest.raises(errors.InvalidTemplate):
        read_glabels(path)


def test_other_shapes_and_contradictory_layouts_are_skipped_with_notes(tmp_path: Path) -> None:
    shapes = [f'<Template brand="S" part="{k}" size="A4"><Label-{k} id="0" radius="20mm" hole="5mm" width="9mm" '
              f'height="9mm" min_height="1mm" max_height="9mm" default_height="5mm"><Layout nx="1" ny="1"/>'
              f'</Label-{k}></Template>' for k in ("round", "cd", "ellipse", "continuous")]
    off = rect("off", layout='nx="3" ny="10" x0="5mm" y0="8mm" dx="66mm" dy="31mm"')  # 10 rows run off A4
    overlap = rect("overlap", layout='nx="3" ny="9" x0="5mm" y0="8mm" dx="50mm" dy="31mm"')
    parsed = read_glabels(library(tmp_path, *shapes, off, overlap, rect("good")))
    assert [t.name for t in parsed.templates] == ["Test good"]
    assert [s.reason for s in parsed.skipped] == ["round", "cd", "ellipse", "continuous", "off_page", "overlap"]


def test_empty_attributes_take_the_glabels_defaults(tmp_path: Path) -> None:
    path = library(tmp_path, rect(label='width="60mm" height="30mm" round="in"',
                                  layout='nx="3" ny="9" x0="" y0="8mm" dx="66mm" dy="31mm"'))
    [t] = parse_glabels(path)
    assert (t.geometry.left, t.geometry.corner_radius) == (0, 0)


@pytest.mark.parametrize(("label", "layout", "field"), [
    ('width="-60mm" height="30mm"', LAYOUT, "width"),
    ('width="0" height="30mm"', LAYOUT, "width"),
    ('height="30mm"', LAYOUT, "width"),
    ('width="60mm" height="thirty"', LAYOUT, "height"),
    ('width="60mm" height="30mm"', 'nx="0" ny="9"', "nx"),
    ('width="60mm" height="30mm"', 'nx="3" ny="many"', "ny"),
    ('width="60mm" height="30mm"', 'nx="3" ny="9" x0="5mm" y0="8mm" dx="-66mm" dy="31mm"', "dx"),
    ('width="60mm" height="30mm"', 'nx="3" ny="9" x0="five" y0="8mm" dx="66mm" dy="31mm"', "x0"),
])
def test_invalid_geometry_names_the_template_and_the_field(tmp_path: Path, label: str, layout: str,
                                                           field: str) -> None:
    with pytest.raises(errors.InvalidTemplate) as caught:
        parse_glabels(library(tmp_path, rect("ok"), rect("bad", label=label, layout=layout)))
    assert caught.value.params["name"] == "Test bad" and caught.value.params["field"] == field
    assert "Test bad" in str(caught.value) and "nothing was imported" in str(caught.value)


def test_a_template_without_a_layout_or_a_label_is_invalid(tmp_path: Path) -> None:
    no_layout = '<Template brand="T" part="A" size="A4"><Label-rectangle id="0" width="9" height="9"/></Template>'
    no_label = '<Template brand="T" part="B" size="A4"><Meta category="label"/></Template>'
    for body in (no_layout, no_label):
        with pytest.raises(errors.InvalidTemplate):
            parse_glabels(library(tmp_path, body))


# -- storing, all or nothing ---------------------------------------------------------------------------------
def test_import_adds_then_updates_nothing_then_updates_what_changed(app: Shuyi, tmp_path: Path) -> None:
    path = library(tmp_path, rect("A"), rect("B"), '<Template brand="Test" part="C" equiv="A"/>')
    first = app.labels.import_label_templates(path)
    assert (first.added, first.updated, first.unchanged, first.skipped) == (3, 0, 0, 0)
    again = app.labels.import_label_templates(path)
    assert (again.added, again.updated, again.unchanged, again.skipped) == (0, 0, 3, 0)
    changed = library(tmp_path, rect("A", label='width="61mm" height="30mm"'), rect("B"))
    third = app.labels.import_label_templates(changed)
    assert (third.added, third.updated, third.unchanged) == (0, 1, 1)  # C, not in this file, is left as it was
    names = [t.name for t in app.labels.label_templates()]
    assert names == [t.name for t in BUILTIN] + ["Test A", "Test B", "Test C"]
    assert app.labels.label_template("test a").geometry.label_width == 61


def test_builtin_names_are_not_overwritten_by_an_import(app: Shuyi, tmp_path: Path) -> None:
    report = app.labels.import_label_templates(library(tmp_path, rect("L-7160", brand="Avery"), rect("X")))
    assert (report.added, [(n.name, n.reason) for n in report.notes]) == (1, [("Avery L-7160", "builtin")])
    assert app.labels.label_template("Avery L7160").source == "builtin"


@pytest.mark.parametrize(("content", "error"), [
    ("<Glabels-templates><Template brand=", errors.UnreadableTemplateFile),
    ("\x00\x01binary", errors.UnreadableTemplateFile),
    ('<?xml version="1.0"?><Glabels-paper-sizes><Paper-size id="A4"/></Glabels-paper-sizes>', errors.NotATemplateFile),
    (None, errors.InvalidTemplate),
])
def test_a_bad_file_imports_nothing(app: Shuyi, tmp_path: Path, content: str | None,
                                    error: type[errors.ShuyiError]) -> None:
    path = tmp_path / "bad.xml"
    if content is None:  # a good template first, so a partial import would show
        library(tmp_path, rect("good"), rect("bad", label='width="-60mm" height="30mm"'), name="bad.xml")
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(error):
        app.labels.import_label_templates(path)
    assert app.labels.label_templates() == list(BUILTIN)


def test_a_missing_file_is_unreadable(app: Shuyi, tmp_path: Path) -> None:
    with pytest.raises(errors.UnreadableTemplateFile):
        app.labels.import_label_templates(tmp_path / "nowhere.xml")


# -- finding ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["avery-l7160", "Avery L7160", "AVERY  l7160", " avery-L7160 ", "Avery L 7160"])
def test_find_builtin_by_slug_or_name_ignoring_case_and_spaces(app: Shuyi, name: str) -> None:
    assert app.labels.label_template(name).slug == "avery-l7160"


def test_find_imported_and_suggest_close_names(app: Shuyi, tmp_path: Path) -> None:
    app.labels.import_label_templates(library(tmp_path, rect("OL320 (rectangle)", brand="Online Labels")))
    assert app.labels.label_template("online labels ol320 (RECTANGLE)").source == "glabels"
    assert app.labels.label_template("online-labels-ol320-rectangle").name == "Online Labels OL320 (rectangle)"
    with pytest.raises(errors.UnknownTemplate) as caught:
        app.labels.label_template("Avery L716")
    assert "Avery L7160" in caught.value.params["suggestions"]
    with pytest.raises(errors.UnknownTemplate):
        app.labels.label_template("")


# -- printer calibration ------------------------------------------------------------------------------------
def test_calibration_defaults_then_saves(app: Shuyi) -> None:
    assert app.labels.printer_calibration("HP LaserJet") == app.labels.printer_calibration(" HP LaserJet ")
    default = app.labels.printer_calibration("HP LaserJet")
    assert (default.offset_x_mm, default.offset_y_mm, default.scale_x, default.scale_y) == (0, 0, 1, 1)
    app.labels.set_printer_calibration("HP LaserJet", offset_x_mm=-1.5, offset_y_mm=10, scale_x=0.9, scale_y=1.1)
    app.labels.set_printer_calibration("HP LaserJet", offset_x_mm=-1.5, offset_y_mm=2.0, scale_x=0.98, scale_y=1.01)
    saved = app.labels.printer_calibration("HP LaserJet")
    assert (saved.offset_x_mm, saved.offset_y_mm, saved.scale_x, saved.scale_y) == (-1.5, 2.0, 0.98, 1.01)
    assert app.labels.printer_calibration("Other").scale_x == 1


@pytest.mark.parametrize(("field", "value"), [
    ("offset_x_mm", 10.01), ("offset_y_mm", -11.0), ("scale_x", 0.89), ("scale_y", 1.2), ("scale_x", float("nan")),
])
def test_calibration_out_of_range_is_refused_and_nothing_written(app: Shuyi, field: str, value: float) -> None:
    good = {"offset_x_mm": 1.0, "offset_y_mm": 1.0, "scale_x": 1.0, "scale_y": 1.0}
    app.labels.set_printer_calibration("P", **good)
    with pytest.raises(errors.InvalidCalibration) as caught:
        app.labels.set_printer_calibration("P", **{**good, "offset_x_mm": 2.0, field: value})
    assert caught.value.params["field"] == field
    assert app.labels.printer_calibration("P").offset_x_mm == 1.0
    with pytest.raises(errors.MissingField):
        app.labels.set_printer_calibration("  ", **good)


@pytest.mark.parametrize("values", [{"scale_x": 1.2}, {"offset_y_mm": -10.5}, {"printer": ""}])
def test_the_database_itself_refuses_out_of_range_calibration(db_path: Path, values: dict[str, object]) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    with Session(engine) as session, pytest.raises(IntegrityError):
        session.add(PrinterCalibration(**{"printer": "P", "offset_x_mm": 0.0, "offset_y_mm": 0.0, "scale_x": 1.0,
                                          "scale_y": 1.0, **values}))
        session.commit()
    engine.dispose()
