"""Table models of the facilities page: facilities, the due calendar, a facility's status history and its log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stations.due import DueItem
from desktop.core.stations.facilities import FacilityInfo, StatusChange
from desktop.core.stations.facilities_words import SOURCE_LABELS, STATUS_LABELS
from desktop.core.stations.maintenance import RecordInfo
from desktop.ui.table_model import Index, RowTableModel
from desktop.ui.widgets.dates import day

WORDS = "Facilities"
OVERDUE_BACKGROUND = QColor("#f8d2d2")
OVERDUE_TEXT = QColor("#5c0909")
SOON_BACKGROUND = QColor("#fdf0c8")
SOON_DAYS = 7
"""Due within this many days: "this week", shown in amber."""
STOPPED_TEXT = QColor("#8a8a8a")


def status_text(status: object) -> str:
    """A facility status (an enum) in the interface's language."""
    return QCoreApplication.translate(WORDS, STATUS_LABELS[status]) if status in STATUS_LABELS else str(status)


def source_text(source: object) -> str:
    return QCoreApplication.translate(WORDS, SOURCE_LABELS[source]) if source in SOURCE_LABELS else ""


def kind_text(kind_zh: str, kind_en: str, lang: str) -> str:
    return kind_en if lang.startswith("en") and kind_en else kind_zh


def yuan(fen: int | None) -> str:
    return "" if fen is None else f"¥{fen / 100:,.2f}"


class FacilityTableModel(RowTableModel[FacilityInfo]):
    CONTEXT = "FacilityTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("FacilityTableModel", "Asset tag"),
        QT_TRANSLATE_NOOP("FacilityTableModel", "Site"),
        QT_TRANSLATE_NOOP("FacilityTableModel", "Kind"),
        QT_TRANSLATE_NOOP("FacilityTableModel", "Qty"),
        QT_TRANSLATE_NOOP("FacilityTableModel", "Status"),
        QT_TRANSLATE_NOOP("FacilityTableModel", "Since"),
        QT_TRANSLATE_NOOP("FacilityTableModel", "Brand and model"),
    )
    NUMERIC = frozenset({3})

    def __init__(self, lang: str = "zh_CN") -> None:
        super().__init__()
        self.lang = lang

    def rows(self) -> list[FacilityInfo]:
        return [self.row(n) for n in range(self.rowCount())]

    def cell(self, f: FacilityInfo, column: int) -> str:
        return (f.code, f"{f.site_code} {f.site_name}", f.kind_name(self.lang), str(f.quantity),
                status_text(f.status), day(f.status_since), " ".join(filter(None, (f.brand, f.model))))[column]

    def foreground(self, f: FacilityInfo) -> Any:
        if f.status.value in ("broken", "repairing"):
            return QBrush(OVERDUE_TEXT)
        return QBrush(STOPPED_TEXT) if f.status.value in ("disabled", "scrapped") else None


class DueTableModel(RowTableModel[DueItem]):
    """The due calendar: overdue rows in red, this week's in amber, later ones plain."""

    CONTEXT = "DueTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DueTableModel", "Due on"),
        QT_TRANSLATE_NOOP("DueTableModel", "When"),
        QT_TRANSLATE_NOOP("DueTableModel", "Site"),
        QT_TRANSLATE_NOOP("DueTableModel", "Asset tag"),
        QT_TRANSLATE_NOOP("DueTableModel", "Kind"),
        QT_TRANSLATE_NOOP("DueTableModel", "What"),
    )

    def __init__(self, lang: str = "zh_CN", *, with_site: bool = True) -> None:
        super().__init__()
        self.lang = lang
        self.with_site = with_site

    def when(self, item: DueItem) -> str:
        if item.days_left < 0:
            return self.tr_(QT_TRANSLATE_NOOP("DueTableModel", "{n} days overdue")).format(n=-item.days_left)
        if item.days_left == 0:
            return self.tr_(QT_TRANSLATE_NOOP("DueTableModel", "today"))
        return self.tr_(QT_TRANSLATE_NOOP("DueTableModel", "in {n} days")).format(n=item.days_left)

    def cell(self, item: DueItem, column: int) -> str:
        site = f"{item.site_code} {item.site_name}" if self.with_site else item.site_code
        if item.kind == "plan":
            what = self.tr_(QT_TRANSLATE_NOOP("DueTableModel", "Maintenance: {task}")).format(task=item.what)
        else:
            what = self.tr_(QT_TRANSLATE_NOOP("DueTableModel", "Expires: {item}")).format(item=item.what)
        return (day(item.due_on), self.when(item), site, item.facility_code, item.kind_name(self.lang), what)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole):
            item = self.row(index.row())
            if role == Qt.ItemDataRole.FontRole:
                if item.overdue:
                    bold = QFont()
                    bold.setBold(True)
                    return bold
                return None
            if item.overdue:
                return QBrush(OVERDUE_BACKGROUND)
            return QBrush(SOON_BACKGROUND) if item.days_left <= SOON_DAYS else None
        return super().data(index, role)

    def foreground(self, item: DueItem) -> Any:
        return QBrush(OVERDUE_TEXT) if item.overdue else None


class HistoryTableModel(RowTableModel[StatusChange]):
    CONTEXT = "HistoryTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryTableModel", "Date"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Status"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Note"),
    )

    def cell(self, h: StatusChange, column: int) -> str:
        return (day(h.changed_on), status_text(h.to_status), h.note)[column]


class RecordTableModel(RowTableModel[RecordInfo]):
    CONTEXT = "RecordTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RecordTableModel", "Date"),
        QT_TRANSLATE_NOOP("RecordTableModel", "Work done"),
        QT_TRANSLATE_NOOP("RecordTableModel", "By"),
        QT_TRANSLATE_NOOP("RecordTableModel", "Cost"),
    )
    NUMERIC = frozenset({3})

    def cell(self, r: RecordInfo, column: int) -> str:
        return (day(r.done_on), r.work, r.done_by, yuan(r.cost_fen))[column]
