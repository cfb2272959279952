"""The county's view of compliance: every active station against one standard (a matrix of ✓ and ✗, the reason on
hover), the downgrade warnings, and the overdue rectifications — for the stations or reports page to place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stations.compliance import SiteCompliance
from desktop.core.stations.compliance_words import say
from desktop.core.stations.inspections_view import DowngradeWarning, RectificationInfo
from desktop.core.stations.standards import DEFAULT_STANDARD
from desktop.ui.compliance.chooser import StandardBar
from desktop.ui.context import UiContext, error_text
from desktop.ui.inspections.panel import RectificationModel
from desktop.ui.widgets.labels import ERROR_STYLE, data_label, sentence
from desktop.ui.widgets.tables import table_view

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "ComplianceOverview"
FIXED = (QT_TRANSLATE_NOOP("ComplianceOverview", "Code"), QT_TRANSLATE_NOOP("ComplianceOverview", "Station"),
         QT_TRANSLATE_NOOP("ComplianceOverview", "Score"), QT_TRANSLATE_NOOP("ComplianceOverview", "Stars"))
MISSING_COLOUR = QColor("#b3261e")


class MatrixModel(QAbstractTableModel):
    """Stations × items: the station, its pre-score, then ✓ or ✗ per item of the standard."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SiteCompliance] = []
        self.lang = "zh_CN"

    def set_rows(self, rows: list[SiteCompliance]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def _items(self) -> list[Any]:
        return [r.item for r in self.rows[0].items] if self.rows else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(FIXED) + len(self._items())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(FIXED):
            return QCoreApplication.translate(CONTEXT, FIXED[section])
        return self._items()[section - len(FIXED)].label(self.lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        result = row.items[column - len(FIXED)] if column >= len(FIXED) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if result is not None:
                return "✓" if result.met else "✗"
            return (row.site_code, row.site_name, f"{row.score:g}%", row.stars)[column]
        if role == Qt.ItemDataRole.ToolTipRole and result is not None:
            return say(result.reason, self.lang)
        if role == Qt.ItemDataRole.ForegroundRole and result is not None and not result.met:
            return QBrush(MISSING_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))


class OverdueModel(RectificationModel):
    """The station's code first: the county's list spans stations."""

    HEADERS = (QT_TRANSLATE_NOOP("InspectionsPanel", "Site"), *RectificationModel.HEADERS)
    NUMERIC = frozenset({1})

    def cell(self, item: RectificationInfo, column: int) -> Any:
        return item.site_code if column == 0 else super().cell(item, column - 1)


class ComplianceOverview(QWidget):
    """`ComplianceOverview(ctx, parent)`: which stations miss what, and what is overdue."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bar = StandardBar(ctx, self, own_first=False, default=DEFAULT_STANDARD)
        self.chooser = self.bar.chooser
        self.summary = sentence(self)
        self.matrix = MatrixModel()
        self.matrix_table = table_view(self.matrix, self, stretch=1, compact=True)
        self.warnings = data_label(self)
        self.warnings.setStyleSheet(ERROR_STYLE)
        self._overdue_title = sentence(self)
        self.overdue = OverdueModel()
        self.overdue_table = table_view(self.overdue, self, stretch=2, compact=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.matrix_table, 3)
        layout.addWidget(self.warnings)
        layout.addWidget(self._overdue_title)
        layout.addWidget(self.overdue_table, 2)
        self._warned: list[DowngradeWarning] = []
        self.retranslate()
        ctx.events.changed.connect(self.refresh)
        self.bar.changed.connect(self.refresh)

    def retranslate(self) -> None:
        self.bar.title.setText(self.tr("Stations against their standard"))
        self.bar.caption.setText(self.tr("Standard"))
        self._overdue_title.setText(self.tr("Overdue rectifications"))
        for model in (self.matrix, self.overdue):
            model.lang = self.ctx.translations.language
            model.retranslate()
        self._summarise()

    def refresh(self) -> None:
        standard = self.bar.standard() or DEFAULT_STANDARD

        def load() -> tuple[list[SiteCompliance], list[DowngradeWarning], list[RectificationInfo]]:
            app = self.ctx.app
            return (app.standards.all_compliance(standard), app.inspections.downgrade_warnings(),
                    app.inspections.rectifications(overdue_only=True))

        self.ctx.tasks.submit(load, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, result: tuple[list[SiteCompliance], list[DowngradeWarning], list[RectificationInfo]]) -> None:
        rows, self._warned, overdue = result
        self.matrix.set_rows(rows)
        self.overdue.set_rows(overdue)
        self._summarise()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))

    def _summarise(self) -> None:
        rows = self.matrix.rows
        complete = sum(1 for r in rows if not r.missing)
        self.summary.setText(self.tr("{n} active station(s): {complete} meet every item; hover over ✗ for the "
                                     "reason").format(n=len(rows), complete=complete))
        self.warnings.setVisible(bool(self._warned))
        self.warnings.setText("\n".join(
            self.tr("Downgrade warning: {site} {name} has serious rectification(s) {ids} open (shown only: the "
                    "stars awarded are not changed)").format(site=w.site_code, name=w.site_name,
                                                             ids=", ".join(map(str, w.rectification_ids)))
            for w in self._warned))
        self._overdue_title.setText(self.tr("Overdue rectifications ({n})").format(n=self.overdue.rowCount()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
