"""The label dialog driven as a librarian would, on the demo database: opened from the catalogue and readers pages,
previewed, saved as PDF and printed to a real Qt PDF printer; every label of every written PDF is decoded."""

from __future__ import annotations

import math
import shutil
import threading
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.app import Shuyi
from desktop.core.labels.selection import CopyChoice
from desktop.ui.catalogue.page import CataloguePage
from desktop.ui.labels.dialog import ALL, SELECTED, TITLE, UNPRINTED, LabelPrintDialog
from desktop.ui.labels.pane import FIT
from desktop.ui.labels.preview import PrintJob, is_blank
from desktop.ui.readers.page import ReadersPage
from tests.cli.test_labels_cli import _decode
from tests.ui.conftest import MakeWindow

needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is installed by `make test`")
WAIT_MS = 30_000


def _catalogue(make_window: MakeWindow, qtbot: QtBot) -> tuple[CataloguePage, tuple[str, ...]]:
    window = make_window(lang="en")
    window.show_page("catalogue")
    page = window.pages["catalogue"]
    assert isinstance(page, CataloguePage)
    qtbot.waitUntil(lambda: page.copies.rowCount() > 0 and page.detail_title.text() == page.titles.row(0).title)
    return page, tuple(page.copies.row(n).code for n in range(page.copies.rowCount()))


def _open(page: CataloguePage | ReadersPage, qtbot: QtBot) -> LabelPrintDialog:
    (page.labels_button if isinstance(page, CataloguePage) else page.cards_button).click()
    dialogs = [d for d in page.findChildren(LabelPrintDialog) if d.isVisible()]
    assert len(dialogs) == 1
    _previewed(dialogs[0], qtbot)
    return dialogs[0]


def _previewed(dialog: LabelPrintDialog, qtbot: QtBot) -> None:
    """Wait for the preview of the current inputs (a change clears `run` at once, so this never sees an old one)."""
    qtbot.waitUntil(lambda: dialog.run is not None or dialog.error.isVisible(), timeout=WAIT_MS)
    assert dialog.run is not None, dialog.error.text()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()


def _choose(dialog: LabelPrintDialog, qtbot: QtBot, key: int) -> None:
    dialog.choices.button(key).setChecked(True)
    _previewed(dialog, qtbot)


def _set_template(dialog: LabelPrintDialog, qtbot: QtBot, slug: str) -> None:
    dialog.template.setCurrentIndex(dialog.template.findData(slug))
    _previewed(dialog, qtbot)


def _printed_codes(app: Shuyi) -> set[str]:
    return {c.code for c in app.catalogue.list_copies() if c.label_printed}


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), "")))


def _print_to(monkeypatch: pytest.MonkeyPatch, path: Path, pages: tuple[int, int] | None = None) -> None:
    """The print dialog, accepted at once with Qt's own PDF printer writing `path` (and a page range if given)."""

    def accept(chooser: QPrintDialog) -> int:
        printer = chooser.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if pages is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def _qr_centres(pdf: Path, dpi: int = 200) -> dict[str, tuple[float, float]]:
    """Where the centre of each QR code of page 1 is, in millimetres from the page's top-left corner."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        image = document[0].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    centres = {}
    for found in zxingcpp.read_barcodes(image):
        corners = (found.position.top_left, found.position.top_right, found.position.bottom_left,
                   found.position.bottom_right)
        centres[found.text] = (sum(c.x for c in corners) / 4 * 25.4 / dpi, sum(c.y for c in corners) / 4 * 25.4 / dpi)
    return centres


def _page_count(pdf: Path) -> int:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def test_the_titles_copies_are_previewed_without_being_marked(make_window: MakeWindow, qtbot: QtBot,
                                                              demo_app: Shuyi) -> None:
    page, codes = _catalogue(make_window, qtbot)
    dialog = _open(page, qtbot)
    assert dialog.choices.checkedId() == TITLE and dialog.template.currentData() == "shuyi-70x41-21"
    assert (dialog.run.labels, dialog.run.pages) == (len(codes), 1)
    image = dialog.preview_image
    assert image is not None and not is_blank(image)
    assert image.width() / image.height() == pytest.approx(210 / 297, abs=0.005)  # an A4 sheet
    assert not dialog.pane.view.pixmap().isNull()
    assert str(len(codes)) in dialog.summary.text() and not dialog.error.isVisible()
    assert _printed_codes(demo_app) == set()  # a preview marks nothing


def test_choices_rooms_kinds_and_pages_change_the_preview(make_window: MakeWindow, qtbot: QtBot,
                                                          demo_app: Shuyi) -> None:
    page, codes = _catalogue(make_window, qtbot)
    dialog = _open(page, qtbot)
    _choose(dialog, qtbot, UNPRINTED)
    copies = demo_app.catalogue.list_copies()
    assert dialog.run.labels == len(copies) != len(codes)
    dialog.room.setCurrentIndex(dialog.room.findData("JH01"))
    _previewed(dialog, qtbot)
    in_room = len([c for c in copies if c.site_code == "JH01"])
    assert (dialog.run.labels, dialog.run.pages) == (in_room, -(-in_room // 21))
    first = dialog.preview_image
    dialog.pane.next_button.click()
    qtbot.waitUntil(lambda: dialog.preview_image is not first)
    assert dialog.page == 1 and "2" in dialog.pane.page_label.text() and dialog.pane.prev_button.isEnabled()
    assert dialog.preview_image != first
    dialog.kind.setCurrentIndex(dialog.kind.findData("spine"))
    _previewed(dialog, qtbot)
    assert dialog.run.labels == len([c for c in copies if c.site_code == "JH01" and c.call_number])
    assert dialog.page == 0


def test_rolls_take_no_skip_and_a_skip_past_the_sheet_is_refused_in_place(make_window: MakeWindow,
                                                                          qtbot: QtBot) -> None:
    page, codes = _catalogue(make_window, qtbot)
    dialog = _open(page, qtbot)
    _set_template(dialog, qtbot, "roll-40x30")
    assert not dialog.skip.isEnabled() and dialog.run.pages == len(codes)
    assert dialog.preview_image.width() / dialog.preview_image.height() == pytest.approx(40 / 30, abs=0.01)
    _set_template(dialog, qtbot, "shuyi-70x41-21")
    assert dialog.skip.isEnabled() and (dialog.skip.minimum(), dialog.skip.maximum()) == (0, 20)
    dialog.skip.setValue(20)
    _previewed(dialog, qtbot)
    assert dialog.run.pages == (2 if len(codes) > 1 else 1)
    dialog.skip.setMaximum(99)  # more than the sheet holds, as an imported template might get
    dialog.skip.setValue(30)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    assert "30" in dialog.error.text() and "21" in dialog.error.text() and "b3261e" in dialog.error.styleSheet()
    assert dialog.run is None and dialog.preview_image is None and dialog.pane.view.pixmap().isNull()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    dialog.skip.setValue(0)
    _previewed(dialog, qtbot)
    assert not dialog.error.isVisible()


@needs_poppler
def test_save_as_pdf_writes_scannable_labels_and_marks_them_only_when_asked(make_window: MakeWindow, qtbot: QtBot,
                                                                            demo_app: Shuyi, tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    page, codes = _catalogue(make_window, qtbot)
    dialog = _open(page, qtbot)
    out = tmp_path / "out" / "labels.pdf"
    out.parent.mkdir()
    _save_to(monkeypatch, out)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: str(out) in dialog.status.text(), timeout=WAIT_MS)
    assert sorted(_decode(out, 300, tmp_path)) == sorted(codes)
    assert _printed_codes(demo_app) == set()  # a saved PDF is not printed yet: "only unprinted" still offers them
    assert QSettings().value("labels/folder") == str(out.parent)
    _choose(dialog, qtbot, UNPRINTED)
    assert dialog.run.labels == len(demo_app.catalogue.list_copies())
    assert dialog.marking.button.isVisible() and dialog.marking.button.isEnabled()
    dialog.marking.button.click()  # printed elsewhere: mark them, after a confirmation
    box = dialog.marking.confirm
    assert box is not None and str(len(codes)) in box.text() and "labels.pdf" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.ctx.tasks.wait_idle() and _printed_codes(demo_app) == set()
    dialog.marking.button.click()
    dialog.marking.confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not dialog.marking.button.isVisible(), timeout=WAIT_MS)
    assert _printed_codes(demo_app) == set(codes)
    assert str(len(codes)) in dialog.status.text()
    _previewed(dialog, qtbot)
    assert dialog.run.labels == len(demo_app.catalogue.list_copies()) - len(codes)


@needs_poppler
def test_printing_sends_every_label_to_a_real_qt_printer(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page, codes = _catalogue(make_window, qtbot)
    dialog = _open(page, qtbot)
    out = tmp_path / "printed.pdf"
    _print_to(monkeypatch, out)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: "Sent 1 pages" in dialog.status.text() or dialog.error.isVisible(), timeout=WAIT_MS)
    assert not dialog.error.isVisible(), dialog.error.text()
    assert _page_count(out) == 1
    assert sorted(_decode(out, 300, tmp_path)) == sorted(codes)
    assert _printed_codes(demo_app) == set(codes)
    reference = tmp_path / "reference.pdf"  # the core's own PDF: the printed labels must sit exactly there
    demo_app.labels.preview_copy_labels(CopyChoice(codes=codes), template="shuyi-70x41-21", out=reference)
    printed, wanted = _qr_centres(out), _qr_centres(reference)
    assert sorted(printed) == sorted(wanted) == sorted(codes)
    assert all(math.dist(printed[code], wanted[code]) < 0.5 for code in codes), (printed, wanted)


@needs_poppler
def test_printing_a_page_range_prints_those_labels_and_marks_none(make_window: MakeWindow, qtbot: QtBot,
                                                                  demo_app: Shuyi, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    page, _codes = _catalogue(make_window, qtbot)
    dialog = _open(page, qtbot)
    _choose(dialog, qtbot, UNPRINTED)
    dialog.room.setCurrentIndex(dialog.room.findData("JH01"))
    _previewed(dialog, qtbot)
    assert dialog.run.pages == 3
    out = tmp_path / "page2.pdf"
    _print_to(monkeypatch, out, pages=(2, 2))
    dialog.print_button.click()
    qtbot.waitUntil(lambda: "Sent 1 pages" in dialog.status.text() or dialog.error.isVisible(), timeout=WAIT_MS)
    in_room = sorted(c.code for c in demo_app.catalogue.list_copies() if c.site_code == "JH01")
    decoded = _decode(out, 300, tmp_path)
    assert _page_count(out) == 1 and len(decoded) == 21 and set(decoded) <= set(in_room)
    assert _printed_codes(demo_app) == set()


def test_a_cancelled_save_writes_and_marks_nothing(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi,
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page, _codes = _catalogue(make_window, qtbot)
    dialog = _open(page, qtbot)
    gate = threading.Event()
    dialog.ctx.tasks.submit(lambda: gate.wait(10))  # hold the worker so that Cancel comes before the first page
    out = tmp_path / "never.pdf"
    _save_to(monkeypatch, out)
    dialog.save_button.click()
    assert dialog.cancel_button.isVisible() and not dialog.save_button.isEnabled()
    dialog.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert "Cancelled" in dialog.status.text() and not dialog.error.isVisible()
    assert not out.exists() and list(tmp_path.glob("*.pdf")) == []
    assert _printed_codes(demo_app) == set()


def test_cancelling_while_pages_are_sent_aborts_the_print(make_window: MakeWindow, qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    page, _codes = _catalogue(make_window, qtbot)
    dialog = _open(page, qtbot)
    _choose(dialog, qtbot, UNPRINTED)
    dialog.room.setCurrentIndex(dialog.room.findData("JH01"))
    _previewed(dialog, qtbot)
    _print_to(monkeypatch, tmp_path / "aborted.pdf")
    dialog.print_button.click()
    job = dialog.job
    assert isinstance(job, PrintJob)
    sent: list[int] = []
    job.progressed.connect(lambda done, total: sent.append(done) if total == dialog.run.pages else None)
    job.progressed.connect(lambda done, total: dialog.cancel_button.click() if sent == [0, 1] else None)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert sent == [0, 1] and "Cancelled" in dialog.status.text() and not dialog.error.isVisible()
    assert dialog.print_button.isEnabled() and not dialog.cancel_button.isVisible()


def test_the_template_is_remembered_for_each_kind(make_window: MakeWindow, qtbot: QtBot) -> None:
    page, _codes = _catalogue(make_window, qtbot)
    dialog = _open(page, qtbot)
    _set_template(dialog, qtbot, "avery-l7160")
    dialog.kind.setCurrentIndex(dialog.kind.findData("spine"))
    _previewed(dialog, qtbot)
    assert dialog.template.currentData() == "shuyi-70x41-21"
    dialog.reject()
    again = _open(page, qtbot)
    assert again is not dialog and again.template.currentData() == "avery-l7160"


@needs_poppler
def test_reader_cards_from_the_readers_page(make_window: MakeWindow, qtbot: QtBot, demo_app: Shuyi, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(lang="en")
    window.show_page("readers")
    page = window.pages["readers"]
    assert isinstance(page, ReadersPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(0)
    chosen = page.selected_reader()
    assert chosen is not None
    dialog = _open(page, qtbot)
    assert dialog.choices.checkedId() == SELECTED and dialog.template.currentData() == "shuyi-card-10"
    assert dialog.room is None and dialog.run.labels == 1 and not is_blank(dialog.preview_image)
    assert not dialog.call_from.isVisible()
    _choose(dialog, qtbot, ALL)
    readers = [r.card_code for r in demo_app.readers.list_readers() if not r.anonymised]
    assert (dialog.run.labels, dialog.run.pages) == (len(readers), -(-len(readers) // 10))
    out = tmp_path / "cards.pdf"
    _save_to(monkeypatch, out)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: str(out) in dialog.status.text(), timeout=WAIT_MS)
    assert sorted(_decode(out, 300, tmp_path)) == sorted(readers)
    assert not dialog.marking.button.isVisible()  # reader cards are never marked
    _previewed(dialog, qtbot)  # after saving, the preview is made again (what is "never printed" has changed)
    printed = tmp_path / "printed-cards.pdf"
    _print_to(monkeypatch, printed, pages=(1, 1))
    dialog.print_button.click()
    qtbot.waitUntil(lambda: "Sent 1 pages" in dialog.status.text() or dialog.error.isVisible(), timeout=WAIT_MS)
    (tmp_path / "p").mkdir()
    assert sorted(_decode(printed, 300, tmp_path / "p")) == sorted(readers)[:10]


def test_the_preview_zooms_to_fit_to_real_size_and_larger(make_window: MakeWindow, qtbot: QtBot) -> None:
    page, _codes = _catalogue(make_window, qtbot)
    dialog = _open(page, qtbot)
    pane = dialog.pane
    room = pane.scroll.viewport().size()
    fitted = pane.shown_size()
    assert pane.zoom == FIT and fitted.height() <= room.height() and fitted.width() <= room.width()
    assert min(room.width() - fitted.width(), room.height() - fitted.height()) <= 8  # fills one side
    a4_width = 210 / 25.4 * pane.logicalDpiX()
    pane.zoom_buttons.button(1).click()  # 100 %: the page at its real size on this screen
    assert pane.zoom == 1.0 and abs(pane.shown_size().width() - a4_width) <= 2
    assert pane.shown_size().width() > room.width()  # larger than the dialog: it scrolls
    pane.zoom_buttons.button(2).click()  # 200 %
    assert abs(pane.shown_size().width() - 2 * a4_width) <= 2
    wheel = QWheelEvent(QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(pane.scroll.viewport(), wheel)  # Ctrl+wheel down: one step smaller
    assert pane.zoom == 1.5 and abs(pane.shown_size().width() - 1.5 * a4_width) <= 2
    pane.step_zoom(-1)
    assert pane.zoom == 1.0 and pane.zoom_buttons.button(1).isChecked()
    pane.zoom_buttons.button(0).click()
    assert pane.shown_size() == fitted
    pane.set_zoom(2.0)  # the zoom stays when the inputs change and the preview is made again
    _choose(dialog, qtbot, UNPRINTED)
    assert pane.zoom == 2.0 and abs(pane.shown_size().width() - 2 * a4_width) <= 2
