"""`app.demo`: fill a database with the demonstration library (sites, books, readers, a circulation history)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core import settings
from desktop.core.uow import UnitOfWork

if TYPE_CHECKING:
    from desktop.core import demo


class Demo:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def load(self, size: demo.DemoSize = "small") -> demo.DemoSummary:
        """Load the demo and record the first-run choice as made: one transaction."""
        from desktop.core import demo

        clock = self._uow.clock()
        with self._uow.writing("demo.load") as session:
            summary = demo.load(session, size, now=clock.now)
            settings.set_value(session, "app.first_run_done", True)
            return summary
