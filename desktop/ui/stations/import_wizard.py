"""The site import wizard: a file and the datum of its positions, its columns mapped over a preview (the book
import's mapping table), then every good row in and every refused one listed with its row and reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.importing import TablePreview
from desktop.core.stations.site_import import SITE_FIELDS, SiteImportReport
from desktop.ui.catalogue.import_wizard import fill_mapping_table, fill_rejected_table
from desktop.ui.context import UiContext, error_text
from desktop.ui.pages.base import I18N_SKIP
from desktop.ui.stations.site_form import DATUMS
from desktop.ui.widgets.labels import error_box, say

FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("SiteImportWizard", "Code"),
    "name": QT_TRANSLATE_NOOP("SiteImportWizard", "Name"),
    "kind": QT_TRANSLATE_NOOP("SiteImportWizard", "Kind"),
    "station_kind": QT_TRANSLATE_NOOP("SiteImportWizard", "Station kind"),
    "address": QT_TRANSLATE_NOOP("SiteImportWizard", "Address"),
    "lng": QT_TRANSLATE_NOOP("SiteImportWizard", "Longitude"),
    "lat": QT_TRANSLATE_NOOP("SiteImportWizard", "Latitude"),
    "coords": QT_TRANSLATE_NOOP("SiteImportWizard", "Longitude,latitude in one cell"),
    "datum": QT_TRANSLATE_NOOP("SiteImportWizard", "Coordinate system"),
    "hours": QT_TRANSLATE_NOOP("SiteImportWizard", "Opening hours"),
    "host_unit": QT_TRANSLATE_NOOP("SiteImportWizard", "Host unit"),
    "build_mode": QT_TRANSLATE_NOOP("SiteImportWizard", "Build mode"),
    "area": QT_TRANSLATE_NOOP("SiteImportWizard", "Area m²"),
    "seats": QT_TRANSLATE_NOOP("SiteImportWizard", "Seats"),
    "manager": QT_TRANSLATE_NOOP("SiteImportWizard", "Person in charge"),
    "phone": QT_TRANSLATE_NOOP("SiteImportWizard", "Phone"),
    "opened_on": QT_TRANSLATE_NOOP("SiteImportWizard", "Opened on"),
    "stars": QT_TRANSLATE_NOOP("SiteImportWizard", "Stars"),
    "stars_on": QT_TRANSLATE_NOOP("SiteImportWizard", "Stars awarded on"),
    "stars_by": QT_TRANSLATE_NOOP("SiteImportWizard", "Stars awarded by"),
    "standard": QT_TRANSLATE_NOOP("SiteImportWizard", "Standard"),
    "region_code": QT_TRANSLATE_NOOP("SiteImportWizard", "Region code"),
    "note": QT_TRANSLATE_NOOP("SiteImportWizard", "Note"),
}
CHOOSE, MAP, DONE = range(3)


class SiteImportWizard(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumSize(760, 520)
        self.preview: TablePreview | None = None
        self.report: SiteImportReport | None = None
        self.combos: list[QComboBox] = []
        self.steps = QStackedWidget(self)
        choose = QWidget(self)
        self.path_edit = QLineEdit(choose)
        self.path_edit.setProperty(I18N_SKIP, True)
        self.browse = QPushButton(choose)
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.datum = QComboBox(choose)
        self.datum.addItem("", "")
        for system, _label in DATUMS:
            self.datum.addItem("", system.value)
        self.choose_hint = QLabel(choose)
        self.choose_hint.setWordWrap(True)
        form = QFormLayout(choose)
        self.file_label = QLabel(choose)
        self.file_label.setBuddy(self.path_edit)
        form.addRow(self.file_label, row)
        self.datum_label = QLabel(choose)
        self.datum_label.setBuddy(self.datum)
        form.addRow(self.datum_label, self.datum)
        form.addRow(self.choose_hint)
        self.steps.addWidget(choose)
        mapping = QWidget(self)
        self.map_hint = QLabel(mapping)
        self.map_hint.setWordWrap(True)
        self.map_table = QTableWidget(mapping)
        self.map_table.setProperty(I18N_SKIP, True)
        column = QVBoxLayout(mapping)
        column.addWidget(self.map_hint)
        column.addWidget(self.map_table, 1)
        self.steps.addWidget(mapping)
        done = QWidget(self)
        self.summary = QLabel(done)
        self.summary.setWordWrap(True)
        self.summary.setProperty(I18N_SKIP, True)
        self.rejected_table = QTableWidget(0, 3, done)
        self.rejected_table.horizontalHeader().setStretchLastSection(True)
        column = QVBoxLayout(done)
        column.addWidget(self.summary)
        column.addWidget(self.rejected_table, 1)
        self.steps.addWidget(done)
        self.error = error_box(self)
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.back_button.clicked.connect(lambda: self._show_step(CHOOSE))
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
        self.retranslate()
        self._show_step(CHOOSE)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import sites"))
        self.browse.setText(self.tr("Choose file…"))
        self.file_label.setText(self.tr("&File"))
        self.datum_label.setText(self.tr("Coordinate &system"))
        self.datum.setItemText(0, self.tr("From the file's 坐标系 column"))
        for n, (_system, label) in enumerate(DATUMS, start=1):
            self.datum.setItemText(n, _form_tr(label))
        self.choose_hint.setText(self.tr(
            "A CSV or Excel file with a row per site: 代码, 名称, 类型, 地址, 经度, 纬度 (or 坐标 “119.7985,33.4712”), "
            "开放时间, 负责人, 电话 … in Chinese or English. Every row needs its code. A row whose code is already "
            "here with the same content is left as it is, so importing a file again adds nothing."))
        self.map_hint.setText(self.tr("Say what each column holds. Columns left as “(not imported)” are skipped."))
        self.rejected_table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Why"), self.tr("Value")])
        self.back_button.setText(self.tr("< &Back"))
        self.close_button.setText(self.tr("Close") if self.report is None else self.tr("Done"))

    def _browse(self) -> None:
        folder = str(QSettings().value("import/folder", ""))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file of sites"), folder,
                                              self.tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.path_edit.setText(path)
            QSettings().setValue("import/folder", str(Path(path).parent))

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.error.hide()
        self.back_button.setVisible(step == MAP)
        self.next_button.setVisible(step != DONE)
        self.next_button.setEnabled(True)
        self.next_button.setText(self.tr("&Import") if step == MAP else self.tr("&Next >"))

    def mapping(self) -> dict[int, str]:
        return {column: combo.currentData() for column, combo in enumerate(self.combos) if combo.currentData()}

    def _next(self) -> None:
        sites = self.ctx.app.sites
        path = Path(self.path_edit.text().strip())
        if self.steps.currentIndex() == CHOOSE:
            if not path.is_file():
                say(self.error, self.tr("Choose a file to import."), error=True)
                return
            self.next_button.setEnabled(False)
            self.ctx.tasks.submit(lambda: sites.preview_import(path), on_done=self._previewed, on_error=self._refused)
            return
        if "code" not in self.mapping().values():
            say(self.error, self.tr("Choose the column that holds the sites' codes."), error=True)
            return
        datum, mapping = str(self.datum.currentData() or ""), self.mapping()
        self.next_button.setEnabled(False)
        self.ctx.tasks.submit(lambda: sites.import_sites(path, datum=datum, mapping=mapping), on_done=self._finished,
                              on_error=self._refused)

    def _previewed(self, preview: TablePreview) -> None:
        self.preview = preview
        labels = [(field, self.tr(FIELD_LABELS[field])) for field in SITE_FIELDS]
        self.combos = fill_mapping_table(self.map_table, preview, labels)
        self._show_step(MAP)

    def _refused(self, exc: BaseException) -> None:
        self.next_button.setEnabled(True)
        say(self.error, error_text(exc), error=True)

    def _finished(self, report: SiteImportReport) -> None:
        self.report = report
        self.summary.setText(self.tr("{read} rows read: {added} sites added, {already} already here, {rejected} "
                                     "refused.").format(read=report.read, added=report.added, already=report.already,
                                                        rejected=len(report.rejected)))
        fill_rejected_table(self.rejected_table, report.rejected)
        self._show_step(DONE)
        self.close_button.setText(self.tr("Done"))
        self.ctx.events.changed.emit()


def _form_tr(text: str) -> str:
    return QCoreApplication.translate("SiteFormDialog", text)
