"""The Desk as the one owner of the desk's state: every step answers with the view a front end shows (room, mode,
reader since when, idle deadline), why a session ended (the card, End reader, idle, a change of room or mode), and
what it says; the idle end is driven by the Desk (tick), and a burst of scans reads the panel once."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.circulation import results as r
from desktop.core.circulation.desk import Desk, SessionEnd
from desktop.core.circulation.dispatch import Mode
from desktop.core.circulation.results import Action
from desktop.core.clock import FixedTime
from tests.core.circulation.test_lending import LendingWorld
from tests.core.circulation.world import HONGLOU, SHUIHU, T0


@pytest.fixture
def world_type() -> type[LendingWorld]:
    return LendingWorld


class Ticks:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def _desk(w: LendingWorld, ticks: Ticks, **kwargs: object) -> Desk:
    return Desk(w.app.circulation, "JH01", monotonic=ticks, wall=FixedTime(T0), **kwargs)


def test_the_answer_carries_the_desk_as_it_is(w: LendingWorld) -> None:
    rid, card, _ = w.readers("职工", "JH01")[0]
    ticks = Ticks()
    desk = _desk(w, ticks, idle_seconds=180.0)
    assert desk.view.reader_id is None and desk.view.idle_deadline is None and desk.view.site_code == "JH01"
    ticks.t = 5.0
    answer = desk.scan(f"  {card.lower()} ")  # cleaned once, in the core
    assert answer is not None and answer.result is not None and answer.result.code == card
    view = answer.view
    assert view is not None and view.reader_id == rid and view.mode is Mode.DESK
    assert view.reader_since == T0 and view.idle_deadline == 185.0
    assert answer.panel is not None and answer.panel.reader.id == rid and answer.ended is None
    ticks.t = 20.0
    lent = desk.scan(w.copies(HONGLOU, "JH01")[0])
    assert lent.view.idle_deadline == 200.0 and lent.view.reader_since == T0  # the same session


def test_idle_is_ended_by_the_desk_and_said_apart_from_end_reader(w: LendingWorld) -> None:
    _rid, card, _ = w.readers("职工", "JH01")[0]
    ticks = Ticks()
    desk = _desk(w, ticks, idle_seconds=180.0)
    desk.scan(card)
    ticks.t = 179.0
    early = desk.tick()
    assert early.ended is None and early.say is None and early.view.reader_id is not None
    ticks.t = 181.0
    idle = desk.tick()
    assert idle.ended is SessionEnd.IDLE and idle.view.reader_id is None and idle.view.idle_deadline is None
    assert idle.say is not None and idle.say.template == r.SESSION_ENDED_IDLE and idle.say.params == {"minutes": 3}
    assert idle.say.text("en") == "Reader session ended after 3 minute(s) with no scan"
    assert desk.tick().ended is None  # nothing more to end

    desk.scan(card)
    manual = desk.end_session()
    assert manual.ended is SessionEnd.MANUAL and manual.say is not None
    assert manual.say.text("en") == "Reader session ended" != idle.say.text("en")
    nobody = desk.end_session()
    assert nobody.ended is None and nobody.say is not None and nobody.say.text("en") == "No reader at the desk"

    ticks.t = 182.0
    desk.scan(card)
    ticks.t = 185.0  # past the bounce time
    again = desk.scan(card)
    assert again.result.action is Action.END_SESSION and again.ended is SessionEnd.CARD


def test_a_scan_after_the_idle_time_says_the_session_ended_first(w: LendingWorld) -> None:
    _rid, card, _ = w.readers("职工", "JH01")[0]
    first = w.copies(HONGLOU, "JH01")[0]
    ticks = Ticks()
    desk = _desk(w, ticks, idle_seconds=180.0)
    desk.scan(card)
    ticks.t = 1.0
    desk.scan(first)
    ticks.t = 200.0
    answer = desk.scan(first)  # nobody polled the desk: the scan finds the session over
    assert answer.ended is SessionEnd.IDLE and answer.result.action is Action.RETURN
    assert answer.say is not None and answer.say.template == r.SESSION_ENDED_IDLE


def test_room_and_mode_changes_end_the_session_and_say_why(w: LendingWorld) -> None:
    _rid, card, _ = w.readers("职工", "JH01")[0]
    desk = _desk(w, Ticks())
    desk.scan(card)
    moved = desk.enter_mode(Mode.STOCKTAKE, 7)
    assert moved.ended is SessionEnd.MODE and moved.view.mode is Mode.STOCKTAKE and moved.view.mode_id == 7
    assert moved.view.reader_id is None
    back = desk.set_site("JH02")
    assert back.ended is None and back.view.site_code == "JH02" and back.view.mode is Mode.DESK


def test_a_burst_reads_the_panel_once_after_its_last_scan_and_at_once_for_a_new_reader(w: LendingWorld) -> None:
    rid, card, _ = w.readers("职工", "JH01")[0]
    first, second = w.copies(HONGLOU, "JH01")[0], w.copies(SHUIHU, "JH01")[0]
    ticks = Ticks()
    desk = _desk(w, ticks)
    reader = desk.scan(card, more=True)
    assert reader.panel is not None and reader.panel.reader.id == rid  # a new reader: shown at once
    ticks.t = 0.1
    middle = desk.scan(first, more=True)
    assert middle.result.action is Action.LEND and middle.panel is None
    ticks.t = 0.2
    last = desk.scan(second)
    assert last.panel is not None and len(last.panel.loans) == 2
    assert Desk(w.app.circulation, "JH01", with_panel=False).scan(card).panel is None  # shuyi scan reads none
    assert dt.timedelta(0) == last.view.reader_since - T0
