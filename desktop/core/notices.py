"""Change notices: who is told, after a write has committed, which action ran and which tables it wrote.

In-process for now: `subscribe(callback)` and the unit of work publishes after each commit (never after a
rollback), on the thread that committed. A shared PostgreSQL database will implement the same interface with
LISTEN/NOTIFY, so a subscriber also hears about writes made on another computer: a notice therefore carries only
plain names (the action, its domain, the tables), nothing that lives in one process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notice:
    """One committed write: its action ("catalogue.add_title"), who did it, and the tables it wrote."""

    action: str
    actor: str
    tables: frozenset[str]

    @property
    def domain(self) -> str:
        """The part of the action before its first dot: "catalogue", "circulation", …"""
        return self.action.split(".", 1)[0]


Subscriber = Callable[[Notice], object]


class Notices:
    """The subscribers of one open database. Thread-safe; a failing subscriber is logged and the rest still hear."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Tell `callback` of every committed write from now on; returns the function that unsubscribes it."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def publish(self, notice: Notice) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(notice)
            except Exception:  # the write has committed: one subscriber's bug must not look like its failure
                log.exception("a change-notice subscriber failed on %s", notice.action)
