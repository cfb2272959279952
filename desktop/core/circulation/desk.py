"""The desk a librarian scans at, without Qt: the one owner of the room, the mode, the active reader (since when,
until when idle), scanner bounce and the idle end. Every step answers with what a front end shows.

The GUI and `shuyi scan` both drive a Desk, so they answer every code the same way.
"""

from __future__ import annotations

import datetime as dt
import enum
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop.core import codes
from desktop.core.circulation import results as r
from desktop.core.circulation.dispatch import DeskState, Mode
from desktop.core.circulation.panel import ReaderPanel
from desktop.core.circulation.results import Action, Level, Say, ScanResult
from desktop.core.clock import SystemTime, TimeSource
from desktop.core.services.circulation import Circulation

BOUNCE_SECONDS = 2.0
"""A repeat of the same code within this time is a scanner bounce (or a double pull of the trigger)."""
IDLE_SECONDS = 180.0
"""A reader session left alone this long ends by itself, so the next copy scanned is a return, not a loan."""


class SessionEnd(enum.StrEnum):
    """Why a reader session ended."""

    CARD = "card"
    """The reader's card scanned again."""
    MANUAL = "manual"
    """End reader (Esc) at the desk."""
    IDLE = "idle"
    """Nothing scanned for the idle time."""
    ROOM = "room"
    """The desk serves another room."""
    MODE = "mode"
    """The desk scans into a transfer or a stocktake, or back to lending."""


@dataclass(frozen=True)
class DeskView:
    """What the desk is now: everything a front end shows about it."""

    site_code: str
    mode: Mode = Mode.DESK
    mode_id: int | None = None
    reader_id: int | None = None
    reader_since: dt.datetime | None = None
    """When the active reader's session began (aware)."""
    idle_deadline: float | None = None
    """On the desk's monotonic clock: when the session ends by itself unless something is scanned."""


@dataclass(frozen=True)
class DeskAnswer:
    result: ScanResult | None
    """What a scan did (None: the step was no scan: End reader, a tick, a change of room or mode)."""
    panel: ReaderPanel | None = None
    """The active reader's panel after the step (None: no reader, or not read in a burst of scans)."""
    view: DeskView | None = None
    """The desk after the step."""
    ended: SessionEnd | None = None
    """A reader session that ended with this step (for a scan, IDLE: before the scan was handled)."""
    say: Say | None = None
    """What the desk says about the session's end (or about End reader with nobody at the desk)."""


class Desk:
    def __init__(self, circulation: Circulation, site_code: str, *, with_panel: bool = True,
                 monotonic: Callable[[], float] = time.monotonic, wall: TimeSource | None = None,
                 bounce_seconds: float = BOUNCE_SECONDS, idle_seconds: float | None = IDLE_SECONDS) -> None:
        self._circulation = circulation
        self._state = DeskState(site_code=site_code)
        self._with_panel = with_panel
        self._monotonic = monotonic
        self._wall = wall if wall is not None else SystemTime()
        self._bounce = bounce_seconds
        self.idle_seconds = idle_seconds
        """A session this long without a scan ends by itself (None: never); may be changed between steps."""
        self._last_code: str | None = None
        self._last_at = float("-inf")
        self._last_ok = False
        self._active_at = float("-inf")
        self._since: dt.datetime | None = None

    # -- what the desk is ----------------------------------------------------------------------------------------
    @property
    def state(self) -> DeskState:
        return self._state

    @property
    def reader_id(self) -> int | None:
        return self._state.reader_id

    @property
    def view(self) -> DeskView:
        state = self._state
        active = state.reader_id is not None
        deadline = None
        if active and self.idle_seconds is not None:
            deadline = self._active_at + self.idle_seconds
        return DeskView(site_code=state.site_code, mode=state.mode, mode_id=state.mode_id, reader_id=state.reader_id,
                        reader_since=self._since if active else None, idle_deadline=deadline)

    # -- scans ---------------------------------------------------------------------------------------------------
    def scan(self, raw: str, *, at: float | None = None, more: bool = False) -> DeskAnswer | None:
        """Handle one scanned or typed code; None for an empty line.

        `at` is when the scan arrived (the monotonic clock), for a front end that queues scans: bounce and idle
        time are about the scanner, so they are measured between arrivals, not between the moments each scan was
        handled. `more`: other scans wait behind this one, so the reader's panel is read once, after the last of
        the burst (a new reader's panel is read at once).
        """
        code = codes.clean(raw)
        if not code:
            return None
        at = self._monotonic() if at is None else at
        if code == self._last_code and self._last_ok and at - self._last_at < self._bounce:
            self._last_at = at
            bounce = ScanResult(code=code, action=Action.IGNORED, level=Level.WARNING, say=Say(r.BOUNCE),
                                reader_id=self._state.reader_id, panel_changed=False)
            return DeskAnswer(bounce, view=self.view)
        ended = self._end_if_idle(at)
        before = self._state.reader_id
        result, shown = self._circulation.scan(self._state, raw, with_panel=self._with_panel and not more)
        # a refused scan tried again at once is a retry (after "database busy", say), not a bounce
        self._last_code, self._last_at, self._last_ok = code, at, result.ok
        self._active_at = at
        self._follow(result.reader_id)
        if result.action is Action.END_SESSION:
            ended = SessionEnd.CARD
        if shown is None and self._with_panel and result.reader_id is not None and result.reader_id != before:
            shown = self._panel(result.reader_id)
        return DeskAnswer(result, shown, self.view, ended=ended,
                          say=self._idle_say() if ended is SessionEnd.IDLE else None)

    def tick(self, *, at: float | None = None) -> DeskAnswer:
        """Poll the idle time: the session ends by itself once nothing was scanned for the idle time."""
        ended = self._end_if_idle(self._monotonic() if at is None else at)
        return DeskAnswer(None, view=self.view, ended=ended, say=self._idle_say() if ended else None)

    # -- the librarian's steps -----------------------------------------------------------------------------------
    def end_session(self) -> DeskAnswer:
        """End reader: the next copy scanned is a return."""
        was = self._state.reader_id
        self._end()
        return DeskAnswer(None, view=self.view, ended=SessionEnd.MANUAL if was is not None else None,
                          say=Say(r.SESSION_ENDED_MANUAL if was is not None else r.NO_READER))

    def enter_mode(self, mode: Mode, mode_id: int | None = None) -> DeskAnswer:
        """Scan into a transfer or a stocktake (the reader session ends); Mode.DESK goes back to lending."""
        was = self._state.reader_id
        self._state = replace(self._state, mode=mode, mode_id=mode_id if mode is not Mode.DESK else None)
        self._end()
        return DeskAnswer(None, view=self.view, ended=SessionEnd.MODE if was is not None else None)

    def set_site(self, site_code: str) -> DeskAnswer:
        """Serve another room: back to lending, no reader."""
        was = self._state.reader_id
        self._state = DeskState(site_code=site_code)
        self._end()
        return DeskAnswer(None, view=self.view, ended=SessionEnd.ROOM if was is not None else None)

    # -- inside ----------------------------------------------------------------------------------------------------
    def _follow(self, reader_id: int | None) -> None:
        if reader_id is not None and reader_id != self._state.reader_id:
            self._since = self._wall.now()
        self._state = replace(self._state, reader_id=reader_id)

    def _end(self) -> None:
        self._state = replace(self._state, reader_id=None)
        self._since = None
        self._last_code = None  # the same copy scanned right after "End reader" is a return, not a bounce

    def _end_if_idle(self, at: float) -> SessionEnd | None:
        idle = self.idle_seconds
        if self._state.reader_id is None or idle is None or at - self._active_at <= idle:
            return None
        self._end()
        return SessionEnd.IDLE

    def _idle_say(self) -> Say:
        return Say(r.SESSION_ENDED_IDLE, {"minutes": max(1, round((self.idle_seconds or 0) / 60))})

    def _panel(self, reader_id: int) -> ReaderPanel | None:
        try:
            return self._circulation.panel(reader_id)
        except Exception:  # noqa: BLE001 — the scan is committed: answer it; the panel follows later
            return None
