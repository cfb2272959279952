"""Label PDFs for the dialog: made by the core (a preview or the real thing), a page rendered by pdfium into a
QImage, and pages painted onto a QPrinter.

Rendering runs on the task runner's worker thread (a QImage may be made there, and pdfium is used by one thread
at a time, as it requires); painting onto the printer happens on the GUI thread, one page at a time. Labels are
black on white, so pages are rendered in 8-bit grey: a quarter of the memory of colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QObject, QRectF, QSizeF, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.app import Shuyi
from desktop.core.labels.printing import LabelRun
from desktop.core.labels.selection import CopyChoice
from desktop.ui.jobs import JobProgress
from desktop.ui.tasks import TaskRunner

POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4
PREVIEW_LONG_SIDE = 1000
"""Pixels along the longer side of a preview page; the dialog scales it to fit."""
MAX_PRINT_DPI = 600
"""Pages are rendered at the printer's resolution up to this: enough for any label printer or laser, and an A4
page in grey stays at 35 MB (a PDF printer says 1200 dpi: 140 MB a page for no gain)."""

Progress = Callable[[int, int], object]


class Cancelled(Exception):
    """Raised from the progress callback to stop a render: the core then leaves no file and marks nothing."""


def cancellable(job: JobProgress) -> Progress:
    """A progress callback for the core that reports to `job` and stops the render once it is cancelled."""

    def progress(done: int, total: int) -> None:
        if not job.callback(done, total):
            raise Cancelled

    return progress


@dataclass(frozen=True)
class Request:
    """Everything a render needs, read from the dialog's widgets on the GUI thread and handed to the worker."""

    kind: str
    """One of book, spine (labels for copies), card (reader cards) or asset (facilities' asset tags)."""
    template: str
    skip: int
    choice: CopyChoice = CopyChoice()
    codes: tuple[str, ...] = ()
    since: dt.date | None = None
    site: str = ""
    """Asset tags: only this site's (with no codes)."""


def render(app: Shuyi, request: Request, out: Path, *, final: bool, printer: str = "", mark: bool = False,
           progress: Progress | None = None) -> LabelRun:
    """On the worker: a preview marks nothing; a final render marks book labels printed only when `mark` is True,
    which the print path sets when every page goes to the printer (a saved PDF is not printed yet, and with only
    some pages printed, better a label printed twice than one never)."""
    if request.kind == "asset":  # asset tags are never marked: a preview and a print are the same call
        return app.labels.print_asset_tags(codes=request.codes, site_code=request.site, template=request.template,
                                           out=out, skip=request.skip, printer=printer, progress=progress)
    if request.kind == "card":
        if not final:
            return app.labels.preview_reader_cards(codes=request.codes, since=request.since, template=request.template,
                                                   out=out, skip=request.skip)
        return app.labels.print_reader_cards(codes=request.codes, since=request.since, template=request.template,
                                             out=out, skip=request.skip, printer=printer, progress=progress)
    spine = request.kind == "spine"
    if not final:
        return app.labels.preview_copy_labels(request.choice, template=request.template, out=out, skip=request.skip,
                                              spine=spine)
    return app.labels.print_copy_labels(request.choice, template=request.template, out=out, skip=request.skip,
                                        spine=spine, printer=printer, progress=progress, mark=mark)


@dataclass(frozen=True)
class Saved:
    run: LabelRun
    codes: tuple[str, ...]
    """The copies whose book labels the PDF holds, for "Mark as printed" once it is printed elsewhere."""


def save(app: Shuyi, request: Request, out: Path, *, progress: Progress | None = None) -> Saved:
    """On the worker: the labels as a PDF file, marking nothing; for book labels, which copies it holds."""
    codes = app.labels.copy_label_codes(request.choice) if request.kind == "book" else ()
    return Saved(render(app, request, out, final=True, progress=progress), codes)


def _image(page: pdfium.PdfPage, scale: float) -> QImage:
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_Grayscale8)
        return image.copy()  # own the pixels: the buffer goes with the bitmap
    finally:
        bitmap.close()


def render_page(pdf: Path, index: int, *, dpi: float | None = None, long_side: int = PREVIEW_LONG_SIDE) -> QImage:
    """Page `index` (0-based) of `pdf`, at `dpi`, or `long_side` pixels along its longer side when no dpi is given.
    Runs on the worker thread."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[max(0, min(index, len(document) - 1))]
        try:
            width, height = page.get_size()
            scale = dpi / POINTS_PER_INCH if dpi else long_side / max(width, height)
            return _image(page, scale)
        finally:
            page.close()
    finally:
        document.close()


def fit_printer(printer: QPrinter, page_mm: tuple[float, float]) -> bool:
    """Paper of the template's page size, no margins, coordinates from the paper's corner: labels print at their
    real size. False when the driver refuses the size (a roll printer's size is often set in its driver)."""
    size = QPageSize(QSizeF(*page_mm), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setFullPage(True)
    return printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))


def choose_printer(printer: QPrinter, page_mm: tuple[float, float], pages: int, parent: QWidget) -> bool:
    """The print dialog, set to the labels' paper and offering a page range; True when the user chose to print.
    After it the paper is the labels' own again, whatever the dialog was left at."""
    fit_printer(printer, page_mm)
    chooser = QPrintDialog(printer, parent)
    chooser.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    chooser.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    chooser.setMinMax(1, pages)
    accepted = chooser.exec() == QDialog.DialogCode.Accepted
    chooser.deleteLater()
    fit_printer(printer, page_mm)
    return accepted


def print_dpi(printer: QPrinter) -> int:
    return max(72, min(printer.resolution(), MAX_PRINT_DPI))


def chosen_pages(printer: QPrinter, pages: int, current: int) -> list[int]:
    """The 0-based pages to print: all, the range the user typed (clipped to the document), or the page shown."""
    if printer.printRange() is QPrinter.PrintRange.CurrentPage:
        return [min(max(current, 0), pages - 1)]
    if printer.printRange() is QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        last = printer.toPage() or pages
        return list(range(printer.fromPage() - 1, min(last, pages)))
    return list(range(pages))


def paint_page(painter: QPainter, printer: QPrinter, image: QImage, dpi: float) -> None:
    """Draw one rendered page at its real size from the paper's top-left corner (device units are printer dots)."""
    ratio = printer.resolution() / dpi
    painter.drawImage(QRectF(0, 0, image.width() * ratio, image.height() * ratio), image)


def is_blank(image: QImage) -> bool:
    """Whether a rendered page has no dark pixel at all (for tests and sanity checks)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data, stride, width = bytes(grey.constBits()), grey.bytesPerLine(), grey.width()
    return all(min(data[row * stride:row * stride + width], default=255) >= 128 for row in range(grey.height()))


class PrinterUnavailable(Exception):
    """The printer could not be opened for printing."""


class PrintJob(QObject):
    """Labels to a printer without blocking: the core writes the PDF on the worker (with the printer's calibration),
    then each chosen page is rendered there at the printer's resolution and painted here, one after the other.
    cancel() stops either step; a cancelled render raises Cancelled in the worker and leaves nothing marked."""

    progressed = Signal(int, int)
    rendered = Signal(object)
    """The LabelRun, once the PDF exists (and book labels are marked printed)."""
    finished = Signal(int)
    """The number of pages sent."""
    failed = Signal(object)

    def __init__(self, tasks: TaskRunner, printer: QPrinter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._printer = tasks, printer
        self._job = JobProgress(self)
        self._job.progressed.connect(self.progressed)
        self._painter: QPainter | None = None
        self._dpi = print_dpi(printer)

    def start(self, make: Callable[[Progress], LabelRun], *, current: int) -> None:
        """`make(progress)` writes the PDF on the worker; `current` is the page shown (for "Current page")."""
        progress = cancellable(self._job)
        self._tasks.submit(lambda: make(progress), on_done=lambda run: self._send(run, current),
                           on_error=self.failed.emit)

    def cancel(self) -> None:
        """Stop: a render under way raises Cancelled in the worker; pages being sent are aborted at once."""
        self._job.cancel()
        if self._painter is not None:
            self._abort()
            self.failed.emit(Cancelled())

    def _abort(self) -> None:
        if self._painter is not None:
            self._printer.abort()
            self._painter.end()
            self._painter = None

    def _send(self, run: LabelRun, current: int) -> None:
        self.rendered.emit(run)
        if self._job.cancelled:
            self.failed.emit(Cancelled())
            return
        painter = QPainter()
        if not painter.begin(self._printer):
            self.failed.emit(PrinterUnavailable())
            return
        self._painter = painter
        self._next(run.file, chosen_pages(self._printer, run.pages, current), 0)

    def _next(self, pdf: Path, pages: list[int], n: int) -> None:
        if self._painter is None:
            return  # cancelled while the page was being rendered
        if n == len(pages):
            self._painter.end()
            self._painter = None
            self.finished.emit(n)
            return
        self.progressed.emit(n, len(pages))
        index, dpi = pages[n], self._dpi
        self._tasks.submit(lambda: render_page(pdf, index, dpi=dpi),
                           on_done=lambda image: self._paint(pdf, pages, n, image), on_error=self._failed)

    def _paint(self, pdf: Path, pages: list[int], n: int, image: QImage) -> None:
        if self._painter is None:
            return
        if n:
            self._printer.newPage()
        paint_page(self._painter, self._printer, image, self._dpi)
        self._next(pdf, pages, n + 1)

    def _failed(self, exc: BaseException) -> None:
        self._abort()
        self.failed.emit(exc)
