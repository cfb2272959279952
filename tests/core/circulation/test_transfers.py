"""Transfers between rooms and book boxes, through the desk's real scan path and app.transfers, on the small demo.

The whole life of a transfer (build, send, receive with a copy missing and one unexpected), a book box out to a
room and back, a book box to a work site, and every refusal checked to change nothing (the circulation tables are
read with sqlite3 before and after and compared).
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import errors
from desktop.core.circulation import results as r
from desktop.core.circulation import transfers as t
from desktop.core.circulation.dispatch import Mode
from desktop.core.circulation.results import Action, Level, ScanResult
from desktop.core.circulation.transfers import TransferKind, TransferStatus
from desktop.core.clock import Clock
from desktop.core.services.transfers import Transfers
from tests.core.circulation.world import T0, TODAY, World, day, unchanged


class TransferWorld(World):
    """World with the rooms' copies, and scans into a transfer being built or received."""

    TABLES = ("copies", "transfers", "transfer_items", "loans", "holds")

    @property
    def moves(self) -> Transfers:
        return self.app.transfers

    def room_copies(self, site: str) -> list[str]:
        """Codes of copies whose home is a room, in the order they were made."""
        return [c for (c,) in self.rows("SELECT c.code FROM copies c JOIN sites s ON s.id = c.home_site_id "
                                        "WHERE s.code = ? ORDER BY c.id", site)]

    def copy(self, code: str) -> tuple[str, str, str | None]:
        """(status, home room, room it is shelved at or None)."""
        (found,) = self.rows("SELECT c.status, h.code, s.code FROM copies c JOIN sites h ON h.id = c.home_site_id "
                             "LEFT JOIN sites s ON s.id = c.shelved_at_id WHERE c.code = ?", code)
        return found

    def only_copy(self, site: str) -> tuple[str, str]:
        """(ISBN, copy code) of a title whose one copy in the whole network belongs to a room."""
        return self.rows("SELECT t.isbn13, min(c.code) FROM titles t JOIN copies c ON c.title_id = t.id "
                         "JOIN sites s ON s.id = c.home_site_id WHERE t.isbn13 IS NOT NULL GROUP BY t.id "
                         "HAVING count(*) = 1 AND min(s.code) = ? ORDER BY t.id", site)[0]

    def add(self, site: str, transfer_id: int, code: str, *, now: dt.datetime = T0) -> ScanResult:
        return self.scan(site, code, mode=Mode.TRANSFER_BUILD, mode_id=transfer_id, now=now)

    def receive(self, site: str, transfer_id: int, code: str, *, now: dt.datetime = T0) -> ScanResult:
        return self.scan(site, code, mode=Mode.TRANSFER_RECEIVE, mode_id=transfer_id, now=now)


@pytest.fixture
def world_type() -> type[World]:
    return TransferWorld


def refused(result: ScanResult, error: type[errors.ShuyiError], action: Action) -> None:
    assert not result.ok and result.level is Level.REFUSAL, result.as_json()
    assert isinstance(result.error, error), result.as_json()
    assert result.action is action, result.as_json()


def ok(result: ScanResult, action: Action, level: Level = Level.SUCCESS) -> ScanResult:
    assert result.ok and result.action is action and result.level is level, result.as_json()
    return result


# ---- a transfer, from the first scan to its report ----------------------------------------------------------


def test_a_transfer_is_built_sent_and_received_with_one_missing_and_one_unexpected(w: TransferWorld) -> None:
    a, b, c = w.room_copies("JH01")[:3]
    x = w.room_copies("JH02")[0]
    w.app.time.set(T0)
    made = w.moves.create(kind=TransferKind.TRANSFER, source_code="JH01", target_code="jh02", note=" 春季调拨 ")
    assert (made.status, made.from_code, made.to_code, made.note, made.copies) == (
        TransferStatus.OPEN, "JH01", "JH02", "春季调拨", 0)
    assert made.return_by is None

    for n, code in enumerate((a, b, c), start=1):
        added = ok(w.add("JH01", made.id, code), Action.TRANSFER_ADD)
        assert added.say is not None and added.say.template == t.ADDED and added.say.params["count"] == n
    again = ok(w.add("JH01", made.id, b.lower()), Action.TRANSFER_ADD, Level.WARNING)
    assert again.say is not None and again.say.template == t.ALREADY_LISTED
    listed = w.moves.get(made.id)
    assert [line.copy_code for line in listed.items] == [a, b, c] and listed.copies == 3
    assert {w.copy(code) for code in (a, b, c)} == {("on_shelf", "JH01", None)}, "building moves nothing yet"

    w.app.time.set(day(1))
    sent = w.moves.send(made.id, site_code="JH01")
    assert sent.status is TransferStatus.SENT and sent.sent_at == day(1)
    assert {w.copy(code)[0] for code in (a, b, c)} == {"in_transit"}
    at_desk = ok(w.scan("JH01", a, now=day(1)), Action.INFO, Level.WARNING)  # not a return: it is travelling
    assert at_desk.say is not None and at_desk.say.template == r.IN_TRANSFER

    first = ok(w.receive("JH02", made.id, a, now=day(2)), Action.TRANSFER_RECEIVE)
    assert first.say is not None and first.say.params == {"title": first.title, "site": "JH01", "done": 1,
                                                          "total": 3}
    ok(w.receive("JH02", made.id, b, now=day(2)), Action.TRANSFER_RECEIVE)
    repeat = ok(w.receive("JH02", made.id, a, now=day(2)), Action.TRANSFER_RECEIVE, Level.WARNING)
    assert repeat.say is not None and repeat.say.template == t.ALREADY_RECEIVED
    stranger = ok(w.receive("JH02", made.id, x, now=day(2)), Action.TRANSFER_RECEIVE, Level.WARNING)
    assert stranger.say is not None and stranger.say.template == t.UNEXPECTED
    assert w.copy(x) == ("on_shelf", "JH02", None), "an unexpected copy is only recorded"

    w.app.time.set(day(2))
    done = w.moves.finish_receive(made.id, site_code="JH02")
    assert done.transfer.status is TransferStatus.RECEIVED and done.transfer.received_at == day(2)
    assert [line.copy_code for line in done.received] == [a, b]
    assert [line.copy_code for line in done.missing] == [c]
    assert [line.copy_code for line in done.unexpected] == [x] and done.unexpected[0].unexpected
    assert (done.transfer.copies, done.transfer.received, done.transfer.unexpected) == (3, 2, 1)
    assert w.copy(a) == w.copy(b) == ("on_shelf", "JH02", None), "a transfer moves copies for good"
    assert w.copy(c) == ("in_transit", "JH01", "JH02"), "a missing copy stays in transit, traceable"

    assert [i.id for i in w.moves.list_transfers(site_code="JH01")] == []
    history = w.moves.list_transfers(site_code="JH02", include_done=True)
    assert [(i.id, i.copies, i.received, i.unexpected) for i in history] == [(made.id, 3, 2, 1)]

    # The missing copy turns up at the destination a week later: the desk receives it into its transfer, which
    # moves it for good like the others.
    late = ok(w.scan("JH02", c, now=day(9)), Action.ARRIVED)
    assert late.copy_code == c and late.say is not None and late.say.params["site"] == "JH01"
    assert w.copy(c) == ("on_shelf", "JH02", None)
    after = w.moves.report(made.id)
    assert [line.copy_code for line in after.received] == [a, b, c] and after.missing == ()


def test_a_transfer_can_be_trimmed_and_cancelled_before_it_is_sent(w: TransferWorld) -> None:
    a, b = w.room_copies("JH01")[:2]
    w.app.time.set(T0)
    made = w.moves.create(kind=TransferKind.TRANSFER, source_code="JH01", target_code="JH03")
    ok(w.add("JH01", made.id, a), Action.TRANSFER_ADD)
    ok(w.add("JH01", made.id, b), Action.TRANSFER_ADD)
    trimmed = w.moves.remove_item(made.id, a.lower())
    assert [line.copy_code for line in trimmed.items] == [b] and trimmed.copies == 1
    w.app.time.set(T0)
    gone = w.moves.cancel(made.id, site_code="JH01")
    assert gone.status is TransferStatus.CANCELLED
    assert w.copy(b) == ("on_shelf", "JH01", None)
    other = w.moves.create(kind=TransferKind.TRANSFER, source_code="JH01", target_code="JH02")
    ok(w.add("JH01", other.id, b), Action.TRANSFER_ADD)  # a cancelled list holds nothing back


def test_a_copy_received_for_a_waiting_hold_is_kept_aside(w: TransferWorld) -> None:
    isbn, code = w.only_copy("JH01")
    rid, card = w.reader("JH02")
    ok(w.scan("JH02", isbn, reader=rid), Action.HOLD)
    w.app.time.set(T0)
    made = w.moves.create(kind=TransferKind.TRANSFER, source_code="JH01", target_code="JH02")
    ok(w.add("JH01", made.id, code), Action.TRANSFER_ADD)
    w.app.time.set(T0)
    w.moves.send(made.id, site_code="JH01")
    kept = ok(w.receive("JH02", made.id, code, now=day(1)), Action.TRANSFER_RECEIVE, Level.WARNING)
    assert kept.say is not None and kept.say.template == r.ARRIVED_KEEP and kept.hold_for
    assert w.rows("SELECT h.status, c.code FROM holds h JOIN copies c ON c.id = h.copy_id") == [("ready", code)]


# ---- book boxes ---------------------------------------------------------------------------------------------------


def test_a_book_box_goes_to_a_room_is_lent_there_and_comes_home(w: TransferWorld) -> None:
    d, e = w.room_copies("JH01")[3:5]
    rid, card = w.reader("JH02")
    w.app.time.set(T0)
    box = w.moves.create(kind=TransferKind.BOOK_BOX, source_code="JH01", target_code="JH02",
                         return_by=TODAY + dt.timedelta(days=30))
    assert box.kind is TransferKind.BOOK_BOX and box.return_by == TODAY + dt.timedelta(days=30)
    for code in (d, e):
        ok(w.add("JH01", box.id, code), Action.TRANSFER_ADD)
    w.app.time.set(T0)
    w.moves.send(box.id, site_code="JH01")
    for code in (d, e):
        ok(w.receive("JH02", box.id, code, now=day(1)), Action.TRANSFER_RECEIVE)
    w.app.time.set(day(1))
    report = w.moves.finish_receive(box.id, site_code="JH02")
    assert report.missing == () and len(report.received) == 2
    assert w.copy(d) == w.copy(e) == ("on_shelf", "JH01", "JH02"), "a box's copies stay JH01's, shelved at JH02"

    # Lendable at JH02; returned there, a box copy stays there (no transit home).
    ok(w.scan("JH02", d, reader=rid, now=day(2)), Action.LEND)
    back = ok(w.scan("JH02", d, now=day(5)), Action.RETURN)
    assert back.send_to is None and w.copy(d) == ("on_shelf", "JH01", "JH02")
    ok(w.scan("JH02", e, reader=rid, now=day(5)), Action.LEND)

    w.app.time.set(day(30))
    assert w.moves.overdue_boxes() == [], "not overdue on its return day"
    w.app.time.set(day(32))
    (late,) = w.moves.overdue_boxes()
    assert late.transfer.id == box.id and late.days_overdue == 2
    assert {line.copy_code for line in late.outstanding} == {d, e}

    home = w.moves.return_box(box.id, site_code="JH02")
    assert (home.kind, home.status, home.from_code, home.to_code, home.return_of) == (
        TransferKind.BOOK_BOX, TransferStatus.OPEN, "JH02", "JH01", box.id)
    assert home.return_by == Clock(day(32)).today + dt.timedelta(days=1), "later than the original date"
    assert [line.copy_code for line in home.items] == [d], "the copy on loan stays out of the return box"
    w.app.time.set(day(32))
    assert w.moves.return_box(box.id, site_code="JH01").id == home.id, "made twice, the same box"

    w.app.time.set(day(33))
    w.moves.send(home.id, site_code="JH02")
    assert w.copy(d) == ("in_transit", "JH01", None)
    ok(w.receive("JH01", home.id, d, now=day(34)), Action.TRANSFER_RECEIVE)
    w.app.time.set(day(34))
    w.moves.finish_receive(home.id, site_code="JH01")
    assert w.copy(d) == ("on_shelf", "JH01", None), "home again"
    (still,) = w.moves.overdue_boxes()
    assert [line.copy_code for line in still.outstanding] == [e], "the box is not back until every copy is"

    ok(w.scan("JH02", e, now=day(35)), Action.RETURN)  # on its due day
    assert w.copy(e) == ("on_shelf", "JH01", "JH02")
    w.app.time.set(day(40))
    second = w.moves.return_box(box.id, site_code="JH02")
    assert second.id != home.id and [line.copy_code for line in second.items] == [e]
    w.moves.send(second.id, site_code="JH02")
    w.app.time.set(day(41))
    received = w.moves.receive_all(second.id, site_code="JH01")
    assert [line.copy_code for line in received.received] == [e] and received.missing == ()
    assert w.copy(e) == ("on_shelf", "JH01", None)
    assert w.moves.overdue_boxes() == []

    # Out again in a new box: the first box still counts the copy as having come back.
    again = w.moves.create(kind=TransferKind.BOOK_BOX, source_code="JH01", target_code="JH02",
                           return_by=Clock(day(41)).today + dt.timedelta(days=30))
    ok(w.add("JH01", again.id, d, now=day(41)), Action.TRANSFER_ADD)
    w.app.time.set(day(41))
    w.moves.send(again.id, site_code="JH01")
    w.app.time.set(day(42))
    w.moves.receive_all(again.id, site_code="JH02")
    assert w.copy(d) == ("on_shelf", "JH01", "JH02")
    assert w.moves.overdue_boxes() == []
    w.app.time.set(day(80))
    assert [b.transfer.id for b in w.moves.overdue_boxes()] == [again.id]


def test_a_book_box_goes_to_a_work_site_and_comes_back(w: TransferWorld) -> None:
    f = w.room_copies("JH01")[5]
    with unchanged(w), pytest.raises(errors.NotAReadingRoom):
        w.app.time.set(T0)
        w.moves.create(kind=TransferKind.TRANSFER, source_code="JH01", target_code="JH11")
    w.app.time.set(T0)
    box = w.moves.create(kind=TransferKind.BOOK_BOX, source_code="JH01", target_code="JH11",
                         return_by=TODAY + dt.timedelta(days=14))
    ok(w.add("JH01", box.id, f), Action.TRANSFER_ADD)
    w.app.time.set(T0)
    w.moves.send(box.id, site_code="JH01")
    w.app.time.set(day(1))
    report = w.moves.receive_all(box.id, site_code="JH11")  # a station has no scanning desk
    assert [line.copy_code for line in report.received] == [f]
    assert w.copy(f) == ("on_shelf", "JH01", "JH11")
    w.app.time.set(day(10))
    home = w.moves.return_box(box.id, site_code="JH11")
    assert [line.copy_code for line in home.items] == [f] and home.return_by == box.return_by
    w.moves.send(home.id, site_code="JH11")
    ok(w.receive("JH01", home.id, f, now=day(11)), Action.TRANSFER_RECEIVE)
    w.app.time.set(day(11))
    w.moves.finish_receive(home.id, site_code="JH01")
    assert w.copy(f) == ("on_shelf", "JH01", None)
    assert [i.status for i in w.moves.list_transfers(site_code="JH11", include_done=True)] == [
        TransferStatus.RECEIVED, TransferStatus.RECEIVED]


# ---- refusals ---------------------------------------------------------------------------------------------------


def test_refusals_change_nothing(w: TransferWorld) -> None:
    isbn, held = w.only_copy("JH01")
    a, b, lent, spare = [code for code in w.room_copies("JH01") if code != held][:4]
    y = w.room_copies("JH02")[0]
    rid, card = w.reader("JH01")
    ok(w.scan("JH01", lent, reader=rid), Action.LEND)
    w.app.time.set(T0)
    building = w.moves.create(kind=TransferKind.TRANSFER, source_code="JH01", target_code="JH02")
    ok(w.add("JH01", building.id, a), Action.TRANSFER_ADD)
    w.app.time.set(T0)
    moving = w.moves.create(kind=TransferKind.TRANSFER, source_code="JH01", target_code="JH03")
    ok(w.add("JH01", moving.id, b), Action.TRANSFER_ADD)
    w.app.time.set(T0)
    w.moves.send(moving.id, site_code="JH01")
    empty = w.moves.create(kind=TransferKind.BOOK_BOX, source_code="JH01", target_code="JH12",
                           return_by=TODAY + dt.timedelta(days=7))
    rival = w.moves.create(kind=TransferKind.TRANSFER, source_code="JH01", target_code="JH03")
    other, _ = w.reader("JH01", 1)  # `held` is lent, reserved by another reader, returned: kept for the hold
    ok(w.scan("JH01", held, reader=other), Action.LEND)
    ok(w.scan("JH01", isbn, reader=rid), Action.HOLD)
    assert w.scan("JH01", held).hold_for
    build = Action.TRANSFER_ADD

    with unchanged(w):
        for return_by in (TODAY, None):
            with pytest.raises(errors.BadReturnDate):
                w.app.time.set(T0)
                w.moves.create(kind=TransferKind.BOOK_BOX, source_code="JH01", target_code="JH02",
                               return_by=return_by)
        with pytest.raises(t.TransferToSelf):
            w.app.time.set(T0)
            w.moves.create(kind=TransferKind.TRANSFER, source_code="JH01", target_code="JH01")
        with pytest.raises(errors.UnknownSite):
            w.app.time.set(T0)
            w.moves.create(kind=TransferKind.TRANSFER, source_code="JH01", target_code="ZZ99")

        refused(w.add("JH01", building.id, y), errors.CopyNotHere, build)
        refused(w.add("JH01", building.id, lent), errors.CopyNotMovable, build)
        refused(w.add("JH01", building.id, b), errors.CopyNotMovable, build)  # in transit
        aside = w.add("JH01", building.id, held)
        refused(aside, errors.CopyNotMovable, build)
        assert aside.error is not None and aside.error.params["status"] == r.word(t.HELD)
        assert "kept aside for a hold" in aside.message("en")
        refused(w.add("JH02", building.id, y), errors.TransferWrongRoom, build)
        refused(w.add("JH01", moving.id, spare), errors.TransferState, build)
        refused(w.add("JH01", rival.id, a), t.CopyInOpenTransfer, build)
        refused(w.add("JH01", 9999, spare), errors.UnknownTransfer, build)
        refused(w.add("JH01", building.id, card), errors.NotInMode, Action.REFUSED)
        refused(w.receive("JH02", building.id, a), errors.TransferState, Action.TRANSFER_RECEIVE)
        refused(w.receive("JH02", moving.id, b), errors.TransferWrongRoom, Action.TRANSFER_RECEIVE)

        with pytest.raises(errors.TransferWrongRoom):
            w.app.time.set(T0)
            w.moves.send(building.id, site_code="JH02")
        with pytest.raises(errors.EmptyTransfer):
            w.app.time.set(T0)
            w.moves.send(empty.id, site_code="JH01")
        with pytest.raises(errors.TransferState):
            w.app.time.set(T0)
            w.moves.send(moving.id, site_code="JH01")
        with pytest.raises(errors.TransferState):
            w.app.time.set(T0)
            w.moves.finish_receive(building.id, site_code="JH02")
        with pytest.raises(errors.TransferWrongRoom):
            w.app.time.set(T0)
            w.moves.finish_receive(moving.id, site_code="JH02")
        with pytest.raises(errors.TransferState):
            w.moves.remove_item(moving.id, b)
        with pytest.raises(t.NotInTransfer):
            w.moves.remove_item(building.id, spare)
        with pytest.raises(t.NotABookBox):
            w.app.time.set(T0)
            w.moves.return_box(moving.id, site_code="JH03")
        with pytest.raises(errors.TransferState):
            w.app.time.set(T0)
            w.moves.return_box(empty.id, site_code="JH12")
        with pytest.raises(errors.UnknownTransfer):
            w.moves.get(9999)

    # A copy lent after it was listed is caught when the transfer is sent: nothing goes.
    ok(w.scan("JH01", a, reader=rid), Action.LEND)
    with unchanged(w), pytest.raises(errors.CopyNotMovable):
        w.app.time.set(T0)
        w.moves.send(building.id, site_code="JH01")
    assert w.moves.get(building.id).status is TransferStatus.OPEN
