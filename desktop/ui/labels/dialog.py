"""The label-printing dialog: what to print, on which template, from which position; a live preview; PDF or paper.

Previews use the facade's preview_* methods (they render what printing writes but mark nothing); Save as PDF and
Print use print_*. Only printing every page marks book labels printed; a saved PDF marks nothing until the user
confirms "Mark as printed" (it may be printed elsewhere, later, or never). Every render runs on the worker; a change
makes older answers stale (a generation number), and Save and Print wait for the preview of the current inputs.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.labels.geometry import MediaKind
from desktop.core.labels.printing import LabelRun
from desktop.core.labels.selection import CopyChoice
from desktop.core.labels.templates import Calibration, Template
from desktop.ui.context import UiContext, error_text
from desktop.ui.jobs import JobProgress
from desktop.ui.labels import preview
from desktop.ui.labels.marking import MarkAsPrinted
from desktop.ui.labels.pane import PreviewPane
from desktop.ui.pages.base import I18N_SKIP
from desktop.ui.widgets.labels import error_box
from desktop.ui.widgets.rooms import room_combo

PREVIEW_DELAY_MS = 300
DEFAULT_TEMPLATE = {"book": "shuyi-70x41-21", "spine": "shuyi-70x41-21", "card": "shuyi-card-10",
                    "asset": "shuyi-70x41-21"}
TITLE, UNPRINTED, SINCE, RANGE, ALL, SELECTED = range(6)
"""The "what to print" choices (ids in the button group)."""


def _row(*items: QWidget | QLabel, stretch: int = -1) -> QHBoxLayout:
    """Widgets side by side; the one at index `stretch` takes the spare room."""
    row = QHBoxLayout()
    for n, item in enumerate(items):
        row.addWidget(item, 1 if n == stretch else 0)
    return row


class LabelPrintDialog(QDialog):
    """Book or spine labels for copies, or reader cards: chosen, previewed, saved as PDF or printed."""

    def __init__(self, ctx: UiContext, *, readers: bool, preselect_codes: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.readers, self.preselect = ctx, readers, tuple(preselect_codes)
        self.setWindowTitle(self.tr("Print reader cards") if readers else self.tr("Print labels"))
        self._folder = tempfile.TemporaryDirectory(prefix="shuyi-labels-", ignore_cleanup_errors=True)
        self.preview_pdf = Path(self._folder.name) / "preview.pdf"
        self.templates: dict[str, Template] = {}
        self.run: LabelRun | None = None
        """The preview of the current inputs; None while it is being made or when they cannot be printed."""
        self.preview_image: QImage | None = None
        self.page, self._generation, self._closed, self._loading = 0, 0, False, True
        self.job: JobProgress | preview.PrintJob | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)

        self.kind = QComboBox(self, enabled=not readers)
        for text, key in self._kinds():
            self.kind.addItem(text, key)
        self.template = QComboBox(self)
        self.template.setProperty(I18N_SKIP, True)  # template names and sizes are data
        self.since = QDateEdit(QDate.currentDate().addDays(-30), self, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.call_from = QLineEdit(self, placeholderText=self.tr("e.g. I247"))
        self.call_to = QLineEdit(self, placeholderText=self.tr("e.g. I247.57/20"))
        self.choices, what = QButtonGroup(self), QGridLayout()
        for row, (key, text) in enumerate(self._options()):
            self.choices.addButton(QRadioButton(text, self), key)
            what.addWidget(self.choices.button(key), row, 0, 1, 1 if key in (SINCE, RANGE) else 2)
            if key == SINCE:
                what.addWidget(self.since, row, 1)
            elif key == RANGE:
                what.addLayout(_row(self.call_from, QLabel(self.tr("to"), self), self.call_to), row, 1)
        self.choices.buttons()[0].setChecked(True)
        self.call_from.setVisible(not readers)  # no call numbers on reader cards
        self.call_to.setVisible(not readers)
        self.skip = QSpinBox(self)
        self.calibration = QLabel(self, wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Template"), self.template)
        form.addRow(self.tr("Print"), what)
        self.room: QComboBox | None = None
        if not readers:
            self.room = room_combo(self, ctx)
            self.room.insertItem(0, self.tr("All reading rooms"), "")
            self.room.setCurrentIndex(0)
            form.addRow(self.tr("Reading &room"), self.room)
        form.addRow(self.tr("Skip the first"), _row(self.skip, QLabel(self.tr("labels of the sheet"), self), stretch=1))
        form.addRow(self.tr("Printer calibration"), self.calibration)

        self.pane = PreviewPane(self)
        self.pane.turned.connect(self._turn)
        self.summary, self.status = (QLabel(self, wordWrap=True) for _ in range(2))
        for label in (self.summary, self.status):
            label.setProperty(I18N_SKIP, True)  # numbers, file and printer names
        self.error = error_box(self)
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self, clicked=lambda: self.job and self.job.cancel())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.marking = MarkAsPrinted(ctx, self.buttons, self)
        self.marking.marked.connect(self._marked)
        self.marking.failed.connect(self._job_failed)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_labels)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addWidget(self.pane, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        for widget in (self.error, self.summary, self.status):
            layout.addWidget(widget)
        layout.addLayout(_row(self.progress, self.cancel_button, stretch=0))
        layout.addWidget(self.buttons)
        self._busy()
        self._show_pages()
        self.resize(880, 560)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS, timeout=self.preview_now)
        self.kind.currentIndexChanged.connect(lambda _i: self._select_template())
        self.template.currentIndexChanged.connect(lambda _i: self._template_changed())
        self.choices.idToggled.connect(lambda _id, checked: self._changed() if checked else None)
        self.since.dateChanged.connect(lambda _d: self._choose(SINCE))
        self.call_from.textChanged.connect(lambda _t: self._choose(RANGE))
        self.call_to.textChanged.connect(lambda _t: self._choose(RANGE))
        self.skip.valueChanged.connect(lambda _v: self._changed())
        if self.room is not None:
            self.room.currentIndexChanged.connect(lambda _i: self._changed())
        self._show_calibration("", None)
        default = QPrinterInfo.defaultPrinterName()
        if default:
            ctx.tasks.submit(lambda: ctx.app.labels.printer_calibration(default),
                             on_done=lambda cal: self._show_calibration(default, cal))
        ctx.tasks.submit(ctx.app.labels.label_templates, on_done=self._templates_loaded, on_error=self._failed)

    def _kinds(self) -> tuple[tuple[str, str], ...]:
        return (((self.tr("Reader cards"), "card"),) if self.readers else
                ((self.tr("Book labels"), "book"), (self.tr("Spine labels"), "spine")))

    def _options(self) -> list[tuple[int, str]]:
        n = len(self.preselect)
        if self.readers:
            chosen = [(SELECTED, self.tr("The selected readers ({n})").format(n=n))] if n else []
            return chosen + [(ALL, self.tr("All readers")), (SINCE, self.tr("Readers registered since"))]
        chosen = [(TITLE, self.tr("The selected title's copies ({n})").format(n=n))] if n else []
        return chosen + [(UNPRINTED, self.tr("Copies whose label was never printed")),
                         (SINCE, self.tr("Copies added since")), (RANGE, self.tr("Call numbers from"))]

    # -- inputs ------------------------------------------------------------------------------------------
    def _templates_loaded(self, templates: list[Template]) -> None:
        self.templates = {t.slug: t for t in templates}
        for t in templates:
            g = t.geometry
            text = (self.tr("{name} — {w}×{h} mm, roll") if g.kind is MediaKind.ROLL else
                    self.tr("{name} — {w}×{h} mm, {n} a sheet"))
            self.template.addItem(text.format(name=t.name, w=f"{g.label_width:g}", h=f"{g.label_height:g}",
                                              n=g.per_page), t.slug)
        self._loading = False
        self._select_template()

    def _select_template(self) -> None:
        """The template last used for this kind of label (or a sensible built-in one)."""
        if self._loading:
            return
        kind = self.kind.currentData()
        slugs = (str(QSettings().value(f"labels/template/{kind}", "")), DEFAULT_TEMPLATE[kind])
        was = self.template.currentIndex()
        self.template.setCurrentIndex(next((i for i in map(self.template.findData, slugs) if i >= 0), 0))
        if self.template.currentIndex() == was:
            self._template_changed()

    def current_template(self) -> Template | None:
        return self.templates.get(self.template.currentData() or "")

    def _template_changed(self) -> None:
        template = self.current_template()
        if self._loading or template is None:
            return
        QSettings().setValue(f"labels/template/{self.kind.currentData()}", template.slug)
        roll = template.geometry.kind is MediaKind.ROLL
        self.skip.setRange(0, 0 if roll else template.geometry.per_page - 1)
        self.skip.setEnabled(not roll)
        self._changed()

    def _choose(self, key: int) -> None:
        button = self.choices.button(key)
        if button is not None and not button.isChecked():
            button.setChecked(True)  # typing a date or a range means printing by it
        else:
            self._changed()

    def request(self) -> preview.Request:
        kind, template, skip = self.kind.currentData(), self.template.currentData() or "", self.skip.value()
        chosen, since = self.choices.checkedId(), self.since.date().toPython()
        if self.readers:
            return preview.Request(kind, template, skip, codes=self.preselect if chosen == SELECTED else (),
                           since=since if chosen == SINCE else None)
        room = self.room.currentData() or "" if self.room is not None else ""
        choice = {TITLE: CopyChoice(codes=self.preselect, site_code=room),
                  UNPRINTED: CopyChoice(only_unprinted=True, site_code=room),
                  SINCE: CopyChoice(since=since, site_code=room),
                  RANGE: CopyChoice(call_from=self.call_from.text(), call_to=self.call_to.text(), site_code=room)}
        return preview.Request(kind, template, skip, choice=choice[chosen])

    # -- preview -----------------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._loading:
            return
        self._generation += 1
        self.run, self.page = None, 0
        self.error.hide()  # it was about the inputs before this change
        self._busy()
        self._timer.start()

    def preview_now(self) -> None:
        self._timer.stop()
        if self._closed or self.current_template() is None:
            return
        request, out, app, generation = self.request(), self.preview_pdf, self.ctx.app, self._generation
        dpi = self.pane.render_dpi()

        def make() -> tuple[LabelRun, QImage]:
            run = preview.render(app, request, out, final=False)
            return run, preview.render_page(out, 0, dpi=dpi)

        self.ctx.tasks.submit(make, on_done=lambda r: self._previewed(generation, *r),
                              on_error=lambda exc: self._failed(exc, generation))

    def _previewed(self, generation: int, run: LabelRun, image: QImage) -> None:
        if generation != self._generation:
            return  # the inputs changed since this was asked
        self.run = run
        self.error.hide()
        text = self.tr("{labels} labels on {pages} pages").format(labels=run.labels, pages=run.pages)
        if run.left_out:
            text += "  " + self.tr("{n} copies without a call number are left out.").format(n=run.left_out)
        self.summary.setText(text)
        self._show_image(image)
        self._busy()

    def _failed(self, exc: BaseException, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # about inputs that have changed since
        self.run, self.preview_image = None, None
        self.pane.show_image(None)
        self.summary.clear()
        self.error.setText(error_text(exc))
        self.error.show()
        self._show_pages()

    def _turn(self, step: int) -> None:
        if self.run is None:
            return
        self.page = max(0, min(self.page + step, self.run.pages - 1))
        generation, out, page, dpi = self._generation, self.preview_pdf, self.page, self.pane.render_dpi()
        self.ctx.tasks.submit(lambda: preview.render_page(out, page, dpi=dpi),
                              on_done=lambda image: self._show_image(image) if generation == self._generation else None,
                              on_error=lambda exc: self._failed(exc, generation))

    def _show_image(self, image: QImage) -> None:
        self.preview_image = image
        self.pane.show_image(image)
        self._show_pages()

    def _show_pages(self) -> None:
        self.pane.show_pages(self.page, self.run.pages if self.run is not None else 0)

    # -- saving and printing -------------------------------------------------------------------------------
    def _busy(self) -> None:
        busy = self.job is not None
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.save_button.setEnabled(not busy and self.run is not None)
        self.print_button.setEnabled(not busy and self.run is not None)
        self.marking.button.setEnabled(not busy)

    def _job_failed(self, exc: BaseException) -> None:
        self.job = None
        self._busy()
        if isinstance(exc, preview.Cancelled):
            self.status.setText(self.tr("Cancelled."))
            return
        self.error.setText(self.tr("The printer could not be started.") if isinstance(exc, preview.PrinterUnavailable)
                           else error_text(exc))
        self.error.show()

    def save_pdf(self) -> None:
        if self.run is None:
            return
        folder = str(QSettings().value("labels/folder", "")) or str(Path.home())
        name = f"{self.kind.currentData()}-{dt.date.today().isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save labels as PDF"), str(Path(folder) / name),
                                              self.tr("PDF files (*.pdf)"))
        if not path or self._closed:
            return
        out = Path(path) if Path(path).suffix else Path(path).with_suffix(".pdf")
        QSettings().setValue("labels/folder", str(out.parent))
        request, app = self.request(), self.ctx.app
        self.job = job = JobProgress(self)
        job.progressed.connect(lambda done, total: (self.progress.setRange(0, total), self.progress.setValue(done)))
        progress = preview.cancellable(job)
        self._begin()
        self.ctx.tasks.submit(lambda: preview.save(app, request, out, progress=progress),
                              on_done=self._saved, on_error=self._job_failed)

    def _begin(self) -> None:
        self.status.clear()
        self.error.hide()
        self.progress.setRange(0, 0)
        self._busy()

    def _saved(self, saved: preview.Saved) -> None:
        """A saved PDF marks nothing: it may never be printed. Its copies can be marked once it has been."""
        self.job = None
        run = saved.run
        self.status.setText(self.tr("Saved {n} labels to {file}").format(n=run.labels, file=str(run.file)))
        self.marking.offer(saved)
        self._busy()

    def _marked(self, n: int) -> None:
        self.status.setText(self.tr("{n} copies are marked as printed.").format(n=n))
        self.ctx.events.changed.emit()
        self._changed()  # what is "never printed" has changed

    def print_labels(self) -> None:
        template = self.current_template()
        if self.run is None or template is None:
            return
        page_mm = (template.geometry.page_width, template.geometry.page_height)
        if not preview.choose_printer(self.printer, page_mm, self.run.pages, self) or self._closed or not self.run:
            return
        native = self.printer.outputFormat() is QPrinter.OutputFormat.NativeFormat
        name, app = self.printer.printerName() if native else "", self.ctx.app
        request, out = self.request(), Path(self._folder.name) / "print.pdf"
        whole = len(preview.chosen_pages(self.printer, self.run.pages, self.page)) == self.run.pages
        self.job = job = preview.PrintJob(self.ctx.tasks, self.printer, self)
        job.progressed.connect(lambda done, total: (self.progress.setRange(0, total), self.progress.setValue(done)))
        job.rendered.connect(lambda _run: self.ctx.events.changed.emit())  # book labels are now marked printed
        job.finished.connect(lambda sent: self._printed(sent, whole))
        job.failed.connect(self._job_failed)
        self._begin()
        job.start(lambda progress: preview.render(app, request, out, final=True, printer=name, mark=whole,
                                                  progress=progress), current=self.page)
        if name:
            self.ctx.tasks.submit(lambda: app.labels.printer_calibration(name),
                                  on_done=lambda cal: self._show_calibration(name, cal))

    def _printed(self, sent: int, whole: bool) -> None:
        self.job = None
        where = self.printer.printerName() or self.printer.outputFileName()
        self.status.setText(self.tr("Sent {n} pages to {printer}.").format(n=sent, printer=where) if whole else
                            self.tr("Sent {n} pages to {printer}; with only some pages printed, no label is marked "
                                    "as printed.").format(n=sent, printer=where))
        self._changed()

    def _show_calibration(self, printer: str, cal: Calibration | None) -> None:
        self.calibration.setText(self.tr("{printer}: offset {x} mm right, {y} mm down; scale {sx} × {sy}").format(
            printer=printer, x=f"{cal.offset_x_mm:+.1f}", y=f"{cal.offset_y_mm:+.1f}", sx=f"{cal.scale_x:.3f}",
            sy=f"{cal.scale_y:.3f}") if printer and cal is not None else self.tr(
            "The calibration of the printer you choose is applied when printing; a PDF file is written without one."))

    def done(self, result: int) -> None:
        """Closing stops a running job or print; the temporary files go once every task started has answered."""
        if not self._closed:
            self._closed = True
            self._timer.stop()
            if self.job is not None:
                self.job.cancel()
            self.ctx.tasks.submit(self._folder.cleanup)  # not a method of this dialog: it may be gone by then
        super().done(result)
