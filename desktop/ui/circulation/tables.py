"""Table models of the circulation page: the scan log, the active reader's loans, holds and e-books, and the
room's overdue list. Plain rows in, no database; each result is coloured and marked (✓ ! ✗) by its level."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.circulation.panel import EbookLine, HoldLine, LoanLine
from desktop.core.circulation.results import Say, ScanResult
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.context import error_text
from desktop.ui.table_model import Index, RowTableModel

MAX_LOG = 500
"""Rows kept in the scan log; older ones fall off the bottom."""


@dataclass(frozen=True)
class LevelLook:
    mark: str
    background: str
    text: str
    """Dark text on a light background: readable on any screen, and the mark says it without colour."""


LOOKS = {
    "success": LevelLook("✓", "#d6f2db", "#0d3b19"),
    "warning": LevelLook("!", "#ffefb8", "#473300"),
    "refusal": LevelLook("✗", "#f8d2d2", "#5c0909"),
}
WAITING_TEXT = QColor("#6b6b6b")
OVERDUE_BACKGROUND = QColor("#f8d2d2")
OVERDUE_TEXT = QColor("#5c0909")


def result_text(result: ScanResult) -> str:
    """What the desk says about a scan, in the interface's current language."""
    if result.error is not None:
        return error_text(result.error)
    return say_text(result.say) if result.say is not None else ""


def say_text(say: Say) -> str:
    """A desk message in the interface's current language."""
    return QCoreApplication.translate("Desk", say.template).format(**say.params)


# -- the scan log -----------------------------------------------------------------------------------------------
class EntryKind(enum.StrEnum):
    """What a step handed to the desk (or a line of the log) is."""

    SCAN = "scan"
    """A code into the desk (logged)."""
    END = "end"
    """End reader (logged)."""
    IDLE = "idle"
    """The desk ended an idle reader session by itself (logged when it happens)."""
    ACTION = "action"
    """A result of the reader panel's buttons, or a message of the window (logged)."""
    TICK = "tick"
    """A poll of the desk's idle time (logged only when it ended a session, as IDLE)."""
    SITE = "site"
    """The desk serves another room."""
    MODE = "mode"
    """The desk scans into a transfer or a stocktake, or back to lending."""


LOGGED = frozenset({EntryKind.SCAN, EntryKind.END})
"""Steps logged the moment they are handed over, and counted as waiting."""


class EntryState(enum.StrEnum):
    WAITING = "waiting"
    DONE = "done"
    FAILED = "failed"


@dataclass(eq=False)
class ScanEntry:
    """One line of the log: a code as it was scanned, then what the desk made of it."""

    code: str
    at: float
    """time.monotonic() when it was scanned (bounce and idle time count from here, not from processing)."""
    clock: dt.datetime
    kind: EntryKind = EntryKind.SCAN
    state: EntryState = EntryState.WAITING
    result: ScanResult | None = None
    say: Say | None = None
    """What the desk said about a step that was no scan (End reader, an idle end)."""
    error: BaseException | None = None
    note: tuple[str, str, dict[str, Any]] | None = None
    """A message the window itself says (context, QT_TRANSLATE_NOOP template, parameters), e.g. a cancelled hold."""
    note_level: str = "success"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def level(self) -> str | None:
        if self.state is EntryState.WAITING:
            return None
        if self.note is not None:
            return self.note_level
        if self.state is EntryState.FAILED:
            return "refusal"
        return self.result.level.value if self.result is not None else "success"


WAITING = QT_TRANSLATE_NOOP("ScanLogModel", "Waiting…")
CODE_COLUMN = {EntryKind.END: QT_TRANSLATE_NOOP("ScanLogModel", "End reader"),
               EntryKind.IDLE: QT_TRANSLATE_NOOP("ScanLogModel", "Idle")}
"""What the code column shows for a step that had no code."""


class ScanLogModel(RowTableModel[ScanEntry]):
    """Newest first, so the latest result is always at the top under the scan box."""

    CONTEXT = "ScanLogModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ScanLogModel", "Result"),
        QT_TRANSLATE_NOOP("ScanLogModel", "Time"),
        QT_TRANSLATE_NOOP("ScanLogModel", "Code"),
        QT_TRANSLATE_NOOP("ScanLogModel", "What happened"),
    )
    MARK, TIME, CODE, MESSAGE = range(4)


    def entries(self) -> list[ScanEntry]:
        """Oldest first, as they were scanned."""
        return list(reversed(self._rows))

    def add(self, entry: ScanEntry) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, entry)
        self.endInsertRows()
        if len(self._rows) > MAX_LOG:
            self.beginRemoveRows(QModelIndex(), MAX_LOG, len(self._rows) - 1)
            del self._rows[MAX_LOG:]
            self.endRemoveRows()

    def changed(self, entry: ScanEntry) -> None:
        for n, shown in enumerate(self._rows):
            if shown is entry:
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.HEADERS) - 1))
                return

    def message(self, entry: ScanEntry) -> str:
        if entry.state is EntryState.WAITING:
            return self.tr_(WAITING)
        if entry.state is EntryState.FAILED and entry.error is not None:
            return error_text(entry.error)
        if entry.note is not None:
            context, template, params = entry.note
            return QCoreApplication.translate(context, template).format(**params)
        if entry.say is not None:
            return say_text(entry.say)
        return result_text(entry.result) if entry.result is not None else ""

    def cell(self, entry: ScanEntry, column: int) -> str:
        if column == self.MARK:
            level = entry.level
            return LOOKS[level].mark if level else "…"
        if column == self.TIME:
            return entry.clock.strftime("%H:%M:%S")
        if column == self.CODE:
            return self.tr_(CODE_COLUMN[entry.kind]) if entry.kind in CODE_COLUMN else entry.code
        return self.message(entry)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        level = entry.level
        if role == Qt.ItemDataRole.BackgroundRole and level:
            return QBrush(QColor(LOOKS[level].background))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(LOOKS[level].text) if level else WAITING_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.MESSAGE:
            return self.message(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.MARK:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and index.column() == self.MARK:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


# -- the active reader ------------------------------------------------------------------------------------------
class _LoanLook(RowTableModel[LoanLine]):
    """Overdue loans stand out: red background, dark red text, and the days in their own column."""

    OVERDUE_COLUMN = -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self._rows[index.row()].overdue_days > 0:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_TEXT)
            if role == Qt.ItemDataRole.FontRole and index.column() == self.OVERDUE_COLUMN:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class LoanTableModel(_LoanLook):
    CONTEXT = "LoanTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("LoanTableModel", "Title"),
        QT_TRANSLATE_NOOP("LoanTableModel", "Code"),
        QT_TRANSLATE_NOOP("LoanTableModel", "Call number"),
        QT_TRANSLATE_NOOP("LoanTableModel", "Due"),
        QT_TRANSLATE_NOOP("LoanTableModel", "Renewals"),
        QT_TRANSLATE_NOOP("LoanTableModel", "Days overdue"),
    )
    TITLE, CODE, CALL, DUE, RENEWALS, OVERDUE = range(6)
    NUMERIC = frozenset({RENEWALS, OVERDUE})
    OVERDUE_COLUMN = OVERDUE


    def cell(self, loan: LoanLine, column: int) -> str:
        return (loan.title, loan.copy_code, loan.call_number, loan.due_on.isoformat(), str(loan.renewals),
                str(loan.overdue_days) if loan.overdue_days > 0 else "")[column]


class OverdueTableModel(_LoanLook):
    """A room's overdue loans; names masked (张*丰) as on any list others may see."""

    CONTEXT = "OverdueTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("OverdueTableModel", "Reader card"),
        QT_TRANSLATE_NOOP("OverdueTableModel", "Reader"),
        QT_TRANSLATE_NOOP("OverdueTableModel", "Title"),
        QT_TRANSLATE_NOOP("OverdueTableModel", "Code"),
        QT_TRANSLATE_NOOP("OverdueTableModel", "Call number"),
        QT_TRANSLATE_NOOP("OverdueTableModel", "Due"),
        QT_TRANSLATE_NOOP("OverdueTableModel", "Days overdue"),
    )
    CARD, READER, TITLE, CODE, CALL, DUE, OVERDUE = range(7)
    NUMERIC = frozenset({OVERDUE})
    OVERDUE_COLUMN = OVERDUE


    def cell(self, loan: LoanLine, column: int) -> str:
        return (loan.reader_card, loan.reader_name, loan.title, loan.copy_code, loan.call_number,
                loan.due_on.isoformat(), str(loan.overdue_days))[column]


HOLD_STATUS = {
    "waiting": QT_TRANSLATE_NOOP("HoldTableModel", "Waiting for a copy"),
    "ready": QT_TRANSLATE_NOOP("HoldTableModel", "Kept aside, ready to collect"),
}


class HoldTableModel(RowTableModel[HoldLine]):
    CONTEXT = "HoldTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HoldTableModel", "Title"),
        QT_TRANSLATE_NOOP("HoldTableModel", "Status"),
        QT_TRANSLATE_NOOP("HoldTableModel", "Collect at"),
        QT_TRANSLATE_NOOP("HoldTableModel", "Placed"),
        QT_TRANSLATE_NOOP("HoldTableModel", "Until"),
        QT_TRANSLATE_NOOP("HoldTableModel", "Copy"),
    )
    TITLE, STATUS, PICKUP, PLACED, UNTIL, COPY = range(6)


    def cell(self, hold: HoldLine, column: int) -> str:
        if column == self.STATUS:
            status = str(getattr(hold.status, "value", hold.status))
            return self.tr_(HOLD_STATUS[status]) if status in HOLD_STATUS else status
        return (hold.title, "", hold.pickup_site_code, hold.placed_on.isoformat(), hold.expires_on.isoformat(),
                hold.copy_code or "")[column]


class EbookTableModel(RowTableModel[EbookLine]):
    CONTEXT = "EbookTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("EbookTableModel", "Title"),
        QT_TRANSLATE_NOOP("EbookTableModel", "Lent"),
        QT_TRANSLATE_NOOP("EbookTableModel", "Until"),
        QT_TRANSLATE_NOOP("EbookTableModel", "Reading address"),
    )


    def cell(self, ebook: EbookLine, column: int) -> str:
        return (ebook.title, ebook.lent_on.isoformat(), ebook.expires_on.isoformat(), ebook.url)[column]
