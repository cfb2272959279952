"""The import wizard: choose a file and a room, map spreadsheet columns with a preview, import with progress.

MARC and MARCXML files need no mapping. The import runs in one transaction on the worker thread: Cancel
stops it and nothing is imported; when it ends, every rejected record is listed with where it is and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.importers.tabular import BOOK_FIELDS, READER_FIELDS, looks_like_id_number
from desktop.core.importing import ImportFormat, ImportReport, TablePreview
from desktop.core.records import REASON_LABELS, Rejected
from desktop.ui.context import UiContext, error_text
from desktop.ui.jobs import JobProgress
from desktop.ui.pages.base import I18N_SKIP
from desktop.ui.widgets.labels import error_box
from desktop.ui.widgets.rooms import room_combo

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("ImportWizard", "Title"), "isbn": QT_TRANSLATE_NOOP("ImportWizard", "ISBN"),
    "author": QT_TRANSLATE_NOOP("ImportWizard", "Author"), "publisher": QT_TRANSLATE_NOOP("ImportWizard", "Publisher"),
    "place": QT_TRANSLATE_NOOP("ImportWizard", "Place"), "year": QT_TRANSLATE_NOOP("ImportWizard", "Year"),
    "pages": QT_TRANSLATE_NOOP("ImportWizard", "Pages"), "price": QT_TRANSLATE_NOOP("ImportWizard", "Price"),
    "clc": QT_TRANSLATE_NOOP("ImportWizard", "Class (中图法)"),
    "subjects": QT_TRANSLATE_NOOP("ImportWizard", "Subjects"), "copies": QT_TRANSLATE_NOOP("ImportWizard", "Copies"),
    "barcode": QT_TRANSLATE_NOOP("ImportWizard", "Old barcode"),
    "call_number": QT_TRANSLATE_NOOP("ImportWizard", "Call number"),
    "shelf": QT_TRANSLATE_NOOP("ImportWizard", "Shelf"),
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Name"), "unit": QT_TRANSLATE_NOOP("ImportWizard", "Unit"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Mobile phone"),
    "union_card": QT_TRANSLATE_NOOP("ImportWizard", "Union card number"),
    "reader_type": QT_TRANSLATE_NOOP("ImportWizard", "Reader type"),
    "card_code": QT_TRANSLATE_NOOP("ImportWizard", "Reader card"), "note": QT_TRANSLATE_NOOP("ImportWizard", "Note"),
}
CHOOSE, MAP, RUN = range(3)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def fill_mapping_table(table: QTableWidget, preview: TablePreview, fields: list[tuple[str, str]]) -> list[QComboBox]:
    """The mapping step's table: a row of combos (each column's field, from `fields` as (field, label)) over the
    file's first rows; identity-number columns cannot be mapped. Returns the combos, one per column."""
    table.clear()
    table.setColumnCount(len(preview.headers))
    table.setRowCount(len(preview.rows) + 1)
    table.setHorizontalHeaderLabels(list(preview.headers))
    combos: list[QComboBox] = []
    for column, header in enumerate(preview.headers):
        combo = QComboBox(table)
        combo.addItem(QCoreApplication.translate("ImportWizard", "(not imported)"), "")
        for field, label in fields:
            combo.addItem(label, field)
        combo.setCurrentIndex(max(combo.findData(preview.mapping.get(column, "")), 0))
        if looks_like_id_number(header):
            combo.setEnabled(False)
            combo.setToolTip(QCoreApplication.translate("ImportWizard", "Identity-card numbers are never imported."))
        table.setCellWidget(0, column, combo)
        combos.append(combo)
        for row, values in enumerate(preview.rows, start=1):
            item = QTableWidgetItem(values[column] if column < len(values) else "")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    return combos


def fill_rejected_table(table: QTableWidget, rejected: Sequence[Rejected]) -> None:
    """The last step's table of refused records: where (row or record n), why, and the value or the reason."""
    table.setRowCount(len(rejected))
    for n, refused in enumerate(rejected):
        if refused.position.kind == "record":
            where = QCoreApplication.translate("ImportWizard", "record {n}")
        else:
            where = QCoreApplication.translate("ImportWizard", "row {n}")
        cells = (where.format(n=refused.position.number),
                 QCoreApplication.translate("Import", REASON_LABELS[refused.reason]),
                 error_text(refused.error) if refused.error is not None else refused.detail)
        for column, value in enumerate(cells):
            table.setItem(n, column, QTableWidgetItem(value))
    table.setVisible(bool(rejected))
    table.resizeColumnsToContents()


class ImportWizard(QDialog):
    def __init__(self, ctx: UiContext, *, readers: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumSize(760, 520)
        self._format: ImportFormat | None = None
        self._preview: TablePreview | None = None
        self.job: JobProgress | None = None
        self.report: ImportReport | None = None
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._choose_step(readers))
        self.steps.addWidget(self._map_step())
        self.steps.addWidget(self._run_step())
        self.error = error_box(self)
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._show_step(CHOOSE)

    # -- step 1: what and where ------------------------------------------------------------------------
    def _choose_step(self, readers: bool) -> QWidget:
        page = QWidget(self)
        self.books_radio = QRadioButton(self.tr("&Books (CSV, Excel, MARC, MARCXML)"), page)
        self.readers_radio = QRadioButton(self.tr("&Readers (CSV, Excel)"), page)
        group = QButtonGroup(page)
        group.addButton(self.books_radio)
        group.addButton(self.readers_radio)
        (self.readers_radio if readers else self.books_radio).setChecked(True)
        self.path_edit = QLineEdit(page)
        self.path_edit.setProperty(I18N_SKIP, True)
        browse = QPushButton(self.tr("Choose file…"), page)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.room = room_combo(page, self.ctx)
        form = QFormLayout(page)
        form.addRow(self.tr("What"), self.books_radio)
        form.addRow("", self.readers_radio)
        file_label = QLabel(self.tr("&File"), page)
        file_label.setBuddy(self.path_edit)  # a row of two widgets gets no buddy from the form: Alt+F needs one
        form.addRow(file_label, row)
        form.addRow(self.tr("Reading &room"), self.room)
        hint = QLabel(self.tr("Importing the same records again adds nothing: a row that matches one imported before "
                              "(same book, same room) makes no new copy. To add copies of a book already here, use "
                              "Add copies… on the catalogue page. Rejected records are listed at the end; the good "
                              "ones go in."), page)
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    def _browse(self) -> None:
        folder = str(QSettings().value("import/folder", ""))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), folder,
            self.tr("Catalogue files (*.csv *.txt *.xlsx *.mrc *.iso *.dat *.xml);;All files (*)"))
        if path:
            self.path_edit.setText(path)
            QSettings().setValue("import/folder", str(Path(path).parent))

    @property
    def readers(self) -> bool:
        return self.readers_radio.isChecked()

    # -- step 2: columns ---------------------------------------------------------------------------------
    def _map_step(self) -> QWidget:
        page = QWidget(self)
        self.map_caption = QLabel(page)
        self.map_caption.setWordWrap(True)
        self.map_caption.setProperty(I18N_SKIP, True)
        self.map_table = QTableWidget(page)
        self.map_table.setProperty(I18N_SKIP, True)  # file contents
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Say what each column holds. Columns left as “(not imported)” are skipped; "
                                        "identity-card numbers are never imported."), page))
        layout.addWidget(self.map_caption)
        layout.addWidget(self.map_table, 1)
        return page

    def _fill_mapping(self, preview: TablePreview) -> None:
        fields = READER_FIELDS if self.readers else BOOK_FIELDS
        self.combos = fill_mapping_table(self.map_table, preview, [(f, _tr(FIELD_LABELS[f])) for f in fields])
        self.map_caption.setText(self.tr("{rows} rows; the first {shown} are shown.").format(
            rows=preview.total_rows, shown=len(preview.rows)))

    def mapping(self) -> dict[int, str]:
        return {column: combo.currentData() for column, combo in enumerate(self.combos) if combo.currentData()}

    # -- step 3: import ----------------------------------------------------------------------------------
    def _run_step(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setProperty(I18N_SKIP, True)
        self.progress = QProgressBar(page)
        self.cancel_button = QPushButton(self.tr("Cancel import"), page)
        self.cancel_button.clicked.connect(self._cancel)
        self.rejected_table = QTableWidget(0, 3, page)
        self.rejected_table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Why"), self.tr("Value")])
        self.rejected_table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.rejected_table, 1)
        return page

    def _start(self) -> None:
        path, room, readers, mapping = Path(self.path_edit.text()), self.room.currentData() or "", self.readers, (
            self.mapping() if self._preview is not None else None)
        fmt, app = self._format, self.ctx.app
        self.job = JobProgress(self)
        self.job.progressed.connect(self._progressed)
        callback = self.job.callback
        self.progress.setRange(0, 0)
        self.summary.setText(self.tr("Importing {file}…").format(file=path.name))
        self.cancel_button.show()
        self.rejected_table.hide()
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        if readers:
            job = lambda: app.imports.import_readers(path, site_code=room, fmt=fmt, mapping=mapping,  # noqa: E731
                                                     progress=callback)
        else:
            job = lambda: app.imports.import_books(path, site_code=room, fmt=fmt, mapping=mapping,  # noqa: E731
                                                   progress=callback)
        self.ctx.tasks.submit(job, on_done=self._finished, on_error=self._failed)

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _finished(self, report: ImportReport) -> None:
        self.report, self.job = report, None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.cancel_button.hide()
        self.close_button.setText(self.tr("Done"))
        if self.readers:
            text = self.tr("{read} rows read: {added} readers added, {matched} already registered, "
                           "{rejected} rejected.")
        else:
            text = self.tr("{read} records read: {added} new titles, {matched} already in the catalogue, {copies} "
                           "copies added, {present} copies imported before, {rejected} rejected.")
        self.summary.setText(text.format(read=report.read, added=report.added, matched=report.matched,
                                         copies=report.copies_added, present=report.copies_present,
                                         rejected=len(report.rejected)))
        fill_rejected_table(self.rejected_table, report.rejected)
        self.ctx.events.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.cancel_button.hide()
        self.summary.setText(error_text(exc))
        self.back_button.setEnabled(True)

    # -- moving between steps ----------------------------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.error.hide()
        self.back_button.setEnabled(step != CHOOSE)
        self.next_button.setVisible(step != RUN)
        self.next_button.setText(self.tr("&Import") if step == MAP else self.tr("&Next >"))

    def _next(self) -> None:
        step = self.steps.currentIndex()
        if step == CHOOSE:
            path = Path(self.path_edit.text().strip())
            if not path.is_file():
                self._say(self.tr("Choose a file to import."))
                return
            readers, app = self.readers, self.ctx.app
            self.next_button.setEnabled(False)
            self.ctx.tasks.submit(lambda: app.imports.preview_import(path, readers=readers), on_done=self._previewed,
                                  on_error=self._preview_failed)
        elif step == MAP:
            needed = "name" if self.readers else "title"
            if needed not in self.mapping().values():
                self._say(self.tr("Choose the column that holds the {what}.").format(
                    what=_tr(FIELD_LABELS[needed])))
                return
            self._show_step(RUN)
            self._start()

    def _previewed(self, result: tuple[ImportFormat, TablePreview | None]) -> None:
        self.next_button.setEnabled(True)
        self._format, self._preview = result
        if self._preview is None:
            self._show_step(RUN)
            self._start()
        else:
            self._fill_mapping(self._preview)
            self._show_step(MAP)

    def _preview_failed(self, exc: BaseException) -> None:
        self.next_button.setEnabled(True)
        self._say(error_text(exc))

    def _back(self) -> None:
        self._show_step(MAP if self.steps.currentIndex() == RUN and self._preview is not None else CHOOSE)

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def reject(self) -> None:
        if self.job is not None:  # closing while importing cancels: nothing is imported
            self.job.cancel()
        super().reject()
