"""The desk's queue: every code is logged the moment it arrives and handed to the one core Desk in order.

One job at a time on the task runner hands a step to the Desk (which only the worker thread touches), so nothing
is lost at 20 scans a second, and an error in one scan (a busy database, say) marks that line failed and the next
code goes on. The Desk owns the room, the mode, the active reader and the idle end; every answer carries its view,
which the page shows as it is (desk_changed). The page's idle timer only asks the Desk (tick()).
"""

from __future__ import annotations

import datetime as dt
import time
from collections import deque

from PySide6.QtCore import QObject, Signal

from desktop.core.circulation.desk import Desk, DeskAnswer, SessionEnd
from desktop.core.circulation.dispatch import Mode
from desktop.core.clock import TimeSource
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.services.circulation import Circulation
from desktop.ui.circulation.tables import LOGGED, EntryKind, EntryState, ScanEntry
from desktop.ui.tasks import TaskRunner

CONTEXT = "ScanQueue"
NO_ROOM = QT_TRANSLATE_NOOP("ScanQueue", "Not done: choose this desk's reading room first (above the scan box)")


class _ScanClock:
    """The Desk's monotonic clock: the moment the step being handled was handed over (set by the worker job)."""

    def __init__(self) -> None:
        self.at = time.monotonic()

    def __call__(self) -> float:
        return self.at


class ScanQueue(QObject):
    """Steps in arrival order (scans, End reader, idle polls, room and mode changes), one at a time to the Desk."""

    entry_added = Signal(object)
    """A ScanEntry just logged ("waiting"), or an idle end the desk made by itself."""
    entry_done = Signal(object, object)
    """(ScanEntry, DeskAnswer | None) of a logged step: done or failed (the answer is None when it failed)."""
    desk_changed = Signal(object)
    """The DeskAnswer of any step that was handled: its view is the desk as it is now."""
    mode_entered = Signal(object)
    """The DeskView after a change of mode took effect (said even when the mode was the same)."""
    scans_finished = Signal()
    """The queue is empty and nothing is being handled."""
    pending_changed = Signal(int)

    def __init__(self, tasks: TaskRunner, circulation: Circulation, wall: TimeSource,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._clock = _ScanClock()
        # From here on the Desk is touched only by jobs on the worker thread.
        self._desk = Desk(circulation, "", monotonic=self._clock, wall=wall)
        self._waiting: deque[ScanEntry] = deque()
        self._busy: ScanEntry | None = None
        self.site_code: str | None = None
        """The room last asked for: None until the page knows its room (scans wait), "" when none is chosen."""
        self._serving: str | None = None
        """The room of the last change of room handed to the desk (scans with none are refused, not lent)."""
        self.view = self._desk.view
        """The desk as its last answer showed it."""

    @property
    def desk(self) -> Desk:
        """The core Desk. Only jobs on the worker thread touch it; a test may set its times while the queue is idle."""
        return self._desk

    # -- what the page calls ---------------------------------------------------------------------------------
    def submit(self, code: str) -> ScanEntry:
        entry = ScanEntry(code=code.strip(), at=time.monotonic(), clock=dt.datetime.now())
        self._enqueue(entry)
        return entry

    def end_session(self) -> ScanEntry:
        """End the active reader after the codes already scanned (in order, like any scan)."""
        entry = self._step(EntryKind.END)
        self._enqueue(entry)
        return entry

    def tick(self) -> None:
        """Ask the desk whether the reader session has been idle long enough to end (after what is queued)."""
        self._waiting.append(self._step(EntryKind.TICK))
        self._pump()

    def set_site(self, site_code: str) -> None:
        """Change room ("" : none chosen): in order after what is queued; the reader session ends. Codes scanned
        before the page knows its room wait for it."""
        entry = self._step(EntryKind.SITE, code=site_code)
        if self.site_code is None:
            self._waiting.appendleft(entry)
        else:
            self._waiting.append(entry)
        self.site_code = site_code
        self._pump()

    def await_site(self) -> None:
        """The rooms are being read again while none is chosen (one may just have been created): scans wait for
        the answer instead of being refused; set_site() then hands it over."""
        if self.site_code == "":
            self.site_code = None

    def enter_mode(self, mode: Mode, mode_id: int | None = None) -> None:
        """Scan into a transfer or a stocktake (for the tabs that add them); Mode.DESK goes back to lending."""
        self._waiting.append(self._step(EntryKind.MODE, mode=mode, mode_id=mode_id))
        self._pump()

    def pending_count(self) -> int:
        """Scans logged and not yet answered (queued plus the one being handled)."""
        busy = self._busy is not None and self._busy.kind in LOGGED
        return sum(1 for e in self._waiting if e.kind in LOGGED) + (1 if busy else 0)

    def idle(self) -> bool:
        return self._busy is None and not self._waiting

    # -- the queue -------------------------------------------------------------------------------------------
    @staticmethod
    def _step(kind: EntryKind, code: str = "", **extra: object) -> ScanEntry:
        return ScanEntry(code=code, at=time.monotonic(), clock=dt.datetime.now(), kind=kind, extra=extra)

    def _enqueue(self, entry: ScanEntry) -> None:
        self._waiting.append(entry)
        self.entry_added.emit(entry)
        self.pending_changed.emit(self.pending_count())
        self._pump()

    def _pump(self) -> None:
        while self._busy is None and self.site_code is not None and self._waiting:
            entry = self._busy = self._waiting.popleft()
            if entry.kind is EntryKind.SITE:
                self._serving = entry.code
            if entry.kind is EntryKind.SCAN and not self._serving:
                self._refuse(entry)  # no room: nothing is lent or returned in a room nobody chose
                continue
            self._run(entry)
            return
        if self._busy is None and self.site_code is not None and not self._waiting:
            self.scans_finished.emit()

    def _run(self, entry: ScanEntry) -> None:
        desk, clock = self._desk, self._clock
        more = any(e.kind is EntryKind.SCAN for e in self._waiting)

        def job() -> DeskAnswer | None:
            clock.at = entry.at
            if entry.kind is EntryKind.SCAN:
                return desk.scan(entry.code, more=more)
            if entry.kind is EntryKind.END:
                return desk.end_session()
            if entry.kind is EntryKind.TICK:
                return desk.tick()
            if entry.kind is EntryKind.SITE:
                return desk.set_site(entry.code)
            return desk.enter_mode(Mode(entry.extra["mode"]), entry.extra["mode_id"])

        self._tasks.submit(job, on_done=lambda answer: self._finish(entry, answer, None),
                           on_error=lambda exc: self._finish(entry, None, exc))

    def _refuse(self, entry: ScanEntry) -> None:
        entry.state = EntryState.DONE
        entry.note = (CONTEXT, NO_ROOM, {})
        entry.note_level = "refusal"
        self._busy = None
        self.entry_done.emit(entry, None)
        self.pending_changed.emit(self.pending_count())

    def _finish(self, entry: ScanEntry, answer: DeskAnswer | None, error: BaseException | None) -> None:
        self._busy = None
        if error is not None:
            entry.state = EntryState.FAILED
            entry.error = error
        else:
            entry.state = EntryState.DONE
            entry.result = answer.result if answer is not None else None
            entry.say = answer.say if answer is not None and entry.kind is EntryKind.END else None
        if answer is not None and answer.ended is SessionEnd.IDLE:
            self._idle_end(entry, answer)
        if entry.kind in LOGGED:
            self.entry_done.emit(entry, answer)
            self.pending_changed.emit(self.pending_count())
        if answer is not None and answer.view is not None:
            self.view = answer.view
            if entry.kind is EntryKind.MODE:
                self.mode_entered.emit(answer.view)
            self.desk_changed.emit(answer)
        self._pump()

    def _idle_end(self, step: ScanEntry, answer: DeskAnswer) -> None:
        """Log the end of a session the desk made by itself, distinct from End reader."""
        entry = ScanEntry(code="", at=step.at, clock=step.clock, kind=EntryKind.IDLE, state=EntryState.DONE,
                          say=answer.say)
        self.entry_added.emit(entry)
        self.entry_done.emit(entry, None)
