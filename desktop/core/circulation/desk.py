"""The desk a librarian scans at, without Qt: the active reader, the mode, scanner bounce and an idle timeout.

The GUI and `shuyi scan` both drive a Desk, so they answer every code the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop.core import codes
from desktop.core.circulation import results as r
from desktop.core.circulation.dispatch import DeskState, Mode
from desktop.core.circulation.panel import ReaderPanel
from desktop.core.circulation.results import Action, Level, Say, ScanResult
from desktop.core.services.circulation import Circulation

BOUNCE_SECONDS = 2.0
"""A repeat of the same code within this time is a scanner bounce (or a double pull of the trigger)."""
IDLE_SECONDS = 180.0
"""A reader session left alone this long ends by itself, so the next copy scanned is a return, not a loan."""


@dataclass(frozen=True)
class DeskAnswer:
    result: ScanResult
    panel: ReaderPanel | None
    """The active reader's panel after the scan (None: no reader active)."""


class Desk:
    def __init__(self, circulation: Circulation, site_code: str, *, with_panel: bool = True,
                 monotonic: Callable[[], float] = time.monotonic,
                 bounce_seconds: float = BOUNCE_SECONDS, idle_seconds: float | None = IDLE_SECONDS) -> None:
        self._circulation = circulation
        self.state = DeskState(site_code=site_code)
        self._with_panel = with_panel
        self._monotonic = monotonic
        self._bounce, self._idle = bounce_seconds, idle_seconds
        self._last_code: str | None = None
        self._last_at = float("-inf")
        self._last_ok = False
        self._active_at = float("-inf")

    @property
    def reader_id(self) -> int | None:
        return self.state.reader_id

    def scan(self, raw: str, *, at: float | None = None) -> DeskAnswer | None:
        """Handle one scanned or typed code; None for an empty line.

        `at` is when the scan arrived (the monotonic clock), for a front end that queues scans: bounce is about
        the scanner, so it is measured between arrivals, not between the moments each scan was handled.
        """
        code = codes.clean(raw)
        if not code:
            return None
        at = self._monotonic() if at is None else at
        if code == self._last_code and self._last_ok and at - self._last_at < self._bounce:
            self._last_at = at
            return DeskAnswer(ScanResult(code=code, action=Action.IGNORED, level=Level.WARNING, say=Say(r.BOUNCE),
                                         reader_id=self.state.reader_id, panel_changed=False), None)
        if self.state.reader_id is not None and self._idle is not None and at - self._active_at > self._idle:
            self.end_session()
        result, shown = self._circulation.scan(self.state, raw, with_panel=self._with_panel)
        # a refused scan tried again at once is a retry (after "database busy", say), not a bounce
        self._last_code, self._last_at, self._last_ok = code, at, result.ok
        self.state = replace(self.state, reader_id=result.reader_id)
        self._active_at = at
        return DeskAnswer(result, shown)

    def end_session(self) -> None:
        self.state = replace(self.state, reader_id=None)
        self._last_code = None  # the same copy scanned right after "End reader" is a return, not a bounce

    def enter_mode(self, mode: Mode, mode_id: int | None = None) -> None:
        """Scan into a transfer or a stocktake (the reader session ends); Mode.DESK goes back to lending."""
        self.state = replace(self.state, mode=mode, mode_id=mode_id if mode is not Mode.DESK else None,
                             reader_id=None)
        self._last_code = None

    def set_site(self, site_code: str) -> None:
        self.state = DeskState(site_code=site_code)
        self._last_code = None
