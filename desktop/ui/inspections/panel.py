"""A station's inspections, for its detail view: its rectifications (open and overdue first) with re-check and fix,
its past inspections, a new inspection, and the downgrade warning while serious rectifications are open."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.clock import moment
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stations.inspections import KIND_NAMES, CheckItem
from desktop.core.stations.inspections_view import InspectionInfo, RectificationInfo
from desktop.ui.context import UiContext, error_text
from desktop.ui.inspections.dialogs import FixDialog, InspectionDialog, RecheckDialog
from desktop.ui.table_model import RowTableModel
from desktop.ui.widgets.dates import day
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.labels import ERROR_STYLE, data_label, heading, sentence
from desktop.ui.widgets.tables import table_view

OVERDUE_COLOUR = QColor("#b3261e")
CLOSED_COLOUR = QColor("#6b6b6b")


def kind_name(kind: Any, lang: str) -> str:
    zh, en = KIND_NAMES[kind]
    return en if lang.startswith("en") else zh


class RectificationModel(RowTableModel[RectificationInfo]):
    CONTEXT = "InspectionsPanel"
    HEADERS = (QT_TRANSLATE_NOOP("InspectionsPanel", "No."), QT_TRANSLATE_NOOP("InspectionsPanel", "Item"),
               QT_TRANSLATE_NOOP("InspectionsPanel", "Found"), QT_TRANSLATE_NOOP("InspectionsPanel", "Deadline"),
               QT_TRANSLATE_NOOP("InspectionsPanel", "State"), QT_TRANSLATE_NOOP("InspectionsPanel", "Responsible"),
               QT_TRANSLATE_NOOP("InspectionsPanel", "Last fix"))
    NUMERIC = frozenset({0})
    lang = "zh_CN"

    def cell(self, item: RectificationInfo, column: int) -> Any:
        if column == 0:
            return item.id
        if column == 1:
            return item.label(self.lang) + (self.tr_(QT_TRANSLATE_NOOP("InspectionsPanel", " (serious)"))
                                             if item.serious else "")
        if column == 2:
            return day(item.inspected_on)
        if column == 3:
            return day(item.deadline)
        if column == 4:
            if item.status.value == "closed":
                return self.tr_(QT_TRANSLATE_NOOP("InspectionsPanel", "closed {date}")).format(date=day(item.closed_on))
            return self.tr_(QT_TRANSLATE_NOOP("InspectionsPanel", "overdue") if item.overdue
                            else QT_TRANSLATE_NOOP("InspectionsPanel", "open"))
        if column == 5:
            return item.responsible
        return f"{day(item.fixes[-1][0])} {item.fixes[-1][1]}" if item.fixes else ""

    def foreground(self, item: RectificationInfo) -> Any:
        if item.overdue:
            return QBrush(OVERDUE_COLOUR)
        return QBrush(CLOSED_COLOUR) if item.status.value == "closed" else None


class InspectionModel(RowTableModel[InspectionInfo]):
    CONTEXT = "InspectionsPanel"
    HEADERS = (QT_TRANSLATE_NOOP("InspectionsPanel", "Date"), QT_TRANSLATE_NOOP("InspectionsPanel", "Kind"),
               QT_TRANSLATE_NOOP("InspectionsPanel", "Inspector"), QT_TRANSLATE_NOOP("InspectionsPanel", "Passed"),
               QT_TRANSLATE_NOOP("InspectionsPanel", "Failed"))
    NUMERIC = frozenset({3, 4})
    lang = "zh_CN"

    def cell(self, item: InspectionInfo, column: int) -> Any:
        if column == 0:
            return day(item.inspected_on)
        if column == 1:
            return kind_name(item.kind, self.lang)
        if column == 2:
            return item.inspector
        passed = sum(f.passed for f in item.findings)
        return passed if column == 3 else len(item.findings) - passed


class InspectionsPanel(QWidget):
    """Plugged into a station's detail view by the stations page: `InspectionsPanel(ctx, "JH11", parent)`."""

    def __init__(self, ctx: UiContext, site_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.site_code = site_code
        self._title = heading(self)
        self.new_button = QPushButton(self)
        self.recheck_button = QPushButton(self)
        self.fix_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_inspection)
        self.recheck_button.clicked.connect(self.recheck)
        self.fix_button.clicked.connect(self.record_fix)
        self.summary = sentence(self)
        self.warning = data_label(self)
        self.warning.setStyleSheet(ERROR_STYLE)
        self.rectifications = RectificationModel()
        self.rect_table = table_view(self.rectifications, self, stretch=1, compact=True)
        self.rect_table.selectionModel().selectionChanged.connect(self._selection)
        self._past = sentence(self)
        self.inspections = InspectionModel()
        self.past_table = table_view(self.inspections, self, stretch=2, compact=True)
        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addStretch(1)
        for button in (self.new_button, self.recheck_button, self.fix_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.rect_table, 3)
        layout.addWidget(self._past)
        layout.addWidget(self.past_table, 2)
        self._loaded_once = False
        self._warned: tuple[int, ...] = ()
        self.retranslate()
        ctx.events.changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Inspections and rectification"))
        self.new_button.setText(self.tr("New inspection…"))
        self.recheck_button.setText(self.tr("Re-check…"))
        self.fix_button.setText(self.tr("Record fix…"))
        self._past.setText(self.tr("Past inspections"))
        for model in (self.rectifications, self.inspections):
            model.lang = self.ctx.translations.language
            model.retranslate()
        self._summarise()

    def refresh(self) -> None:
        site = self.site_code

        def load() -> tuple[list[RectificationInfo], list[InspectionInfo], tuple[int, ...]]:
            service = self.ctx.app.inspections
            warnings = service.downgrade_warnings(site_code=site)
            return (service.rectifications(site_code=site), service.list(site_code=site),
                    warnings[0].rectification_ids if warnings else ())

        self.ctx.tasks.submit(load, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, result: tuple[list[RectificationInfo], list[InspectionInfo], tuple[int, ...]]) -> None:
        rects, past, self._warned = result
        self.rectifications.set_rows(sorted(rects, key=lambda r: (r.status.value != "open", not r.overdue,
                                                                    r.deadline, r.id)))
        self.inspections.set_rows(past)
        self._loaded_once = True
        self._summarise()
        self._selection()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))

    def _summarise(self) -> None:
        if not self._loaded_once:
            self.summary.setText(self.tr("Loading…"))
            return
        rows = [self.rectifications.row(n) for n in range(self.rectifications.rowCount())]
        open_ones = [r for r in rows if r.status.value == "open"]
        self.summary.setText(self.tr("{inspections} inspection(s); {open} rectification(s) open, {overdue} of them "
                                     "overdue").format(inspections=self.inspections.rowCount(), open=len(open_ones),
                                                       overdue=sum(r.overdue for r in open_ones)))
        self.warning.setVisible(bool(self._warned))
        self.warning.setText(self.tr("Downgrade warning: serious rectification(s) {ids} still open. The stars "
                                     "awarded are changed only by the city union.").format(
            ids=", ".join(map(str, self._warned))))

    def selected(self) -> RectificationInfo | None:
        rows = self.rect_table.selectionModel().selectedRows()
        return self.rectifications.row(rows[0].row()) if rows else None

    def _selection(self, *_args: object) -> None:
        chosen = self.selected()
        can = chosen is not None and chosen.status.value == "open"
        self.recheck_button.setEnabled(can)
        self.fix_button.setEnabled(can)

    def _today(self) -> dt.date:
        return moment(self.ctx.app.time).today

    def new_inspection(self) -> None:
        site = self.site_code
        self.ctx.tasks.submit(lambda: self.ctx.app.inspections.checklist(site), on_done=self._open_inspection,
                              on_error=self._failed)

    def _open_inspection(self, checklist: list[CheckItem]) -> None:
        dialog = InspectionDialog(self.ctx, self.site_code, checklist, self._today(), self)
        dialog.completed.connect(lambda _added: self.ctx.events.changed.emit())
        open_dialog(self.ctx, dialog)

    def recheck(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            lang = self.ctx.translations.language
            dialog = RecheckDialog(self.ctx, chosen.id, chosen.label(lang), chosen.deadline, self._today(), self)
            dialog.completed.connect(lambda _r: self.ctx.events.changed.emit())
            open_dialog(self.ctx, dialog)

    def record_fix(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            dialog = FixDialog(self.ctx, chosen.id, chosen.label(self.ctx.translations.language), self._today(), self)
            dialog.completed.connect(lambda _r: self.ctx.events.changed.emit())
            open_dialog(self.ctx, dialog)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
