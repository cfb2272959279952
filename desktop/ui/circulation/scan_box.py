"""The scan box and the queue behind it: every code is logged the moment it arrives and handled in order.

A scanner types a code as fast key presses ending in Return (or keypad Enter). The box has the input method
switched off, so a Chinese IME left on cannot swallow the keys into a composition; it empties at once, so the
next scan types into a clean field. Each code goes into a queue; one job at a time on the task runner hands it
to the one core Desk (which only the worker thread touches), so nothing is lost at 20 scans a second, and an
error in one scan (a busy database, say) marks that line failed and the next code goes on.
"""

from __future__ import annotations

import datetime as dt
import time
import unicodedata
from collections import deque

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.core.circulation.desk import Desk, DeskAnswer
from desktop.core.circulation.dispatch import Mode
from desktop.core.circulation.results import Action
from desktop.core.services.circulation import Circulation
from desktop.ui.circulation.tables import ScanEntry
from desktop.ui.tasks import TaskRunner

SCAN_HINTS = (Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhPreferUppercase
              | Qt.InputMethodHint.ImhNoPredictiveText)


class ScanBox(QLineEdit):
    """A line edit for scanners: no input method; Return, keypad Enter (and Tab after a code) submit; emptied at
    once."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanBox")
        self.setInputMethodHints(SCAN_HINTS)
        self._no_input_method()
        self.setClearButtonEnabled(False)

    def _no_input_method(self) -> None:
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self._no_input_method()  # QLineEdit re-enables it when its echo mode or read-only state changes

    def event(self, event: QEvent) -> bool:
        """A scanner set to end codes with Tab submits too, instead of moving the focus away."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Tab and not event.modifiers() and self.text().strip()):
            self._submit()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt override)
        """Should an input method reach the box anyway, keep only what it commits, folded to plain ASCII
        (full-width ＣＪＨ０１ → CJH01); a composition in progress is never shown or submitted."""
        committed = unicodedata.normalize("NFKC", event.commitString())
        if committed:
            self.insert(committed)
        event.accept()

    def _submit(self) -> None:
        text = self.text()
        self.clear()
        if text.strip():
            self.scanned.emit(text)


def is_text_input(widget: QWidget) -> bool:
    """A widget a librarian types into on purpose: its keys are its own."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QAbstractSpinBox)


class KeyRedirect(QObject):
    """While the page is shown, what a scanner types at any other widget of its window (a button clicked last, a
    table, the reader panel, the navigation list) goes to the scan box. Text fields keep their keys; so do other
    windows (dialogs)."""

    ALLOWED = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier

    def __init__(self, page: QWidget, box: ScanBox) -> None:
        super().__init__(page)
        self._page, self._box = page, box
        self._attached = False

    def attach(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._attached:
            app.installEventFilter(self)
            self._attached = True

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None and self._attached:
            app.removeEventFilter(self)
            self._attached = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget) or watched is self._box:
            return False
        page = self._page
        if not page.isVisible() or watched.window() is not page.window() or is_text_input(watched):
            return False  # the navigation list and status bar beside the page count as the page; dialogs do not
        assert isinstance(event, QKeyEvent)
        if not self._box.isEnabled() or not self._from_scanner(event):
            return False
        self._box.setFocus(Qt.FocusReason.OtherFocusReason)
        QCoreApplication.sendEvent(self._box, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                                                        event.isAutoRepeat(), event.count()))
        return True

    def _from_scanner(self, event: QKeyEvent) -> bool:
        if event.modifiers() & ~self.ALLOWED:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return bool(self._box.text())  # ends a code begun here; alone it stays with the widget
        text = event.text()
        if not text or not text.isprintable():
            return False
        return text != " " or bool(self._box.text())  # a space starts no code, and still clicks a button


class _ScanClock:
    """The Desk's monotonic clock: the moment the code being handled was scanned (set by the worker job)."""

    def __init__(self) -> None:
        self.at = time.monotonic()

    def __call__(self) -> float:
        return self.at


class ScanQueue(QObject):
    """Codes in arrival order, handed one at a time to the Desk on the task runner."""

    entry_added = Signal(object)
    """A ScanEntry just logged ("waiting")."""
    entry_done = Signal(object, object)
    """(ScanEntry, DeskAnswer | None): the entry is done or failed; the answer is None for End reader. The
    answer's panel is None while more scans wait (the panel is read once, after the last of a burst)."""
    scans_finished = Signal()
    """The queue is empty and nothing is being handled."""
    pending_changed = Signal(int)
    state_reset = Signal()
    """A change of room or mode took effect at the desk: no reader is active any more."""
    mode_entered = Signal(str, object)
    """(mode value, mode id) now in effect at the desk."""

    def __init__(self, tasks: TaskRunner, circulation: Circulation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._circulation = circulation
        self._clock = _ScanClock()
        # From here on the Desk is touched only by jobs on the worker thread. It reads no panel itself: the job
        # reads it after the scan's transaction, and only when no other scan waits (a burst updates it once).
        self._desk = Desk(circulation, "", with_panel=False, monotonic=self._clock)
        self._waiting: deque[ScanEntry] = deque()
        self._busy: ScanEntry | None = None
        self.site_code: str | None = None

    # -- what the page calls ---------------------------------------------------------------------------------
    def submit(self, code: str) -> ScanEntry:
        entry = ScanEntry(code=code.strip(), at=time.monotonic(), clock=dt.datetime.now())
        self._enqueue(entry)
        return entry

    def end_session(self) -> ScanEntry:
        """End the active reader after the codes already scanned (in order, like any scan)."""
        entry = ScanEntry(code="", at=time.monotonic(), clock=dt.datetime.now(), kind="end")
        self._enqueue(entry)
        return entry

    def set_site(self, site_code: str) -> None:
        """Change room: in order after what is queued; the reader session ends. Codes scanned before the first
        room is known wait for it."""
        entry = ScanEntry(code=site_code, at=time.monotonic(), clock=dt.datetime.now(), kind="site")
        if self.site_code is None:
            self._waiting.appendleft(entry)
        else:
            self._waiting.append(entry)
        self.site_code = site_code
        self._pump()

    def enter_mode(self, mode: Mode, mode_id: int | None = None) -> None:
        """Scan into a transfer or a stocktake (for the tabs that add them); Mode.DESK goes back to lending."""
        entry = ScanEntry(code="", at=time.monotonic(), clock=dt.datetime.now(), kind="mode",
                          extra={"mode": mode, "mode_id": mode_id})
        self._waiting.append(entry)
        self._pump()

    def pending_count(self) -> int:
        """Scans logged and not yet answered (queued plus the one being handled)."""
        return sum(1 for e in self._waiting if e.kind in ("scan", "end")) + (
            1 if self._busy is not None and self._busy.kind in ("scan", "end") else 0)

    def idle(self) -> bool:
        return self._busy is None and not self._waiting

    # -- the queue -------------------------------------------------------------------------------------------
    def _enqueue(self, entry: ScanEntry) -> None:
        self._waiting.append(entry)
        self.entry_added.emit(entry)
        self.pending_changed.emit(self.pending_count())
        self._pump()

    def _pump(self) -> None:
        if self._busy is not None or self.site_code is None:
            return
        if not self._waiting:
            self.scans_finished.emit()
            return
        entry = self._busy = self._waiting.popleft()
        desk, clock, circulation = self._desk, self._clock, self._circulation
        last = not any(e.kind == "scan" for e in self._waiting)

        def job() -> DeskAnswer | None:
            clock.at = entry.at
            if entry.kind == "scan":
                answer = desk.scan(entry.code)
                if answer is None or desk.reader_id is None:
                    return answer
                if last or answer.result.action is Action.READER:
                    try:
                        return DeskAnswer(answer.result, circulation.panel(desk.reader_id))
                    except Exception:  # noqa: BLE001 — the scan is committed: show it; the panel follows later
                        return answer
                return answer
            if entry.kind == "end":
                desk.end_session()
            elif entry.kind == "site":
                desk.set_site(entry.code)
            elif entry.kind == "mode":
                desk.enter_mode(entry.extra["mode"], entry.extra["mode_id"])
            return None

        self._tasks.submit(job, on_done=lambda answer: self._finish(entry, answer, None),
                           on_error=lambda exc: self._finish(entry, None, exc))

    def _finish(self, entry: ScanEntry, answer: DeskAnswer | None, error: BaseException | None) -> None:
        self._busy = None
        if error is not None:
            entry.state, entry.error = "failed", error
        else:
            entry.state = "done"
            entry.result = answer.result if answer is not None else None
        if entry.kind in ("scan", "end"):
            self.entry_done.emit(entry, answer)
            self.pending_changed.emit(self.pending_count())
        else:
            self.state_reset.emit()
            if entry.kind == "mode" and error is None:
                self.mode_entered.emit(Mode(entry.extra["mode"]).value, entry.extra["mode_id"])
        self._pump()
