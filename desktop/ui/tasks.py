"""One worker thread for database work; results come back to the GUI thread by signal (as Anki's CollectionOp).

SQLite has a single writer, so one worker keeps every operation in order and none waits on another's lock.
An operation never touches widgets: it returns a value, and its callback runs on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)

from desktop.core.errors import ShuyiError

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, ticket: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._ticket, self._fn, self._relay = ticket, fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost in the worker
            if not isinstance(exc, ShuyiError):
                log.exception("database task failed")
            self._relay.failed.emit(self._ticket, exc)
        else:
            self._relay.finished.emit(self._ticket, result)


class TaskRunner(QObject):
    """Runs callables one at a time on a worker thread, in the order they were submitted."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._tickets = itertools.count(1)
        self._pending: dict[int, tuple[Done | None, Failed | None]] = {}
        self.on_unhandled_error: Failed | None = None

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(self, fn: Callable[[], Any], *, on_done: Done | None = None, on_error: Failed | None = None) -> int:
        ticket = next(self._tickets)
        was_busy = self.busy
        self._pending[ticket] = (on_done, on_error)
        self._pool.start(_Job(ticket, fn, self._relay))
        if not was_busy:
            self.busy_changed.emit(True)
        return ticket

    def _settle(self, ticket: int) -> tuple[Done | None, Failed | None]:
        callbacks = self._pending.pop(ticket, (None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        return callbacks

    def _on_finished(self, ticket: int, result: Any) -> None:
        on_done, _ = self._settle(ticket)
        if on_done is not None:
            on_done(result)

    def _on_failed(self, ticket: int, exc: BaseException) -> None:
        _, on_error = self._settle(ticket)
        handler = on_error or self.on_unhandled_error
        if handler is not None:
            handler(exc)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every submitted task has delivered its result (for screenshots and tests)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return not self._pending

    def shutdown(self) -> None:
        self._pool.waitForDone()
