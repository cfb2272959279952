"""The lending desk through its real path (app.circulation.scan and Desk) on the migrated small demo.

Loans, returns and the renew-by-rescan rule, reader limits and blocks, holds and their expiry, 通借通还 transit,
floating rooms, code refusals, and the desk's session, bounce and idle rules. Every refusal is checked to have
changed nothing: the circulation tables are read with sqlite3 before and after and compared.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import codes, errors
from desktop.core.circulation import results as r
from desktop.core.circulation.desk import Desk
from desktop.core.circulation.dispatch import DeskState
from desktop.core.circulation.lending import HOLD_PICKUP_DAYS, HOLD_WAIT_DAYS
from desktop.core.circulation.results import Action, Level, ScanResult
from desktop.core.privacy import mask_name
from desktop.core.readers import ReaderInput, ReaderStatus
from tests.core.circulation.world import (
    BIANCHENG,
    CHAOHUA,
    HONGLOU,
    HUOZHE,
    SHIJIAN,
    SHUIHU,
    T0,
    TODAY,
    XIYOU,
    World,
    day,
    unchanged,
)


def date(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


class LendingWorld(World):
    """World with the lending desk's own views: copies, readers, loans, holds and transits."""

    def site_id(self, code: str) -> int:
        return self.one("SELECT id FROM sites WHERE code = ?", code)[0]

    def copies(self, isbn: str, site: str) -> list[str]:
        return [c for (c,) in self.rows(
            "SELECT c.code FROM copies c JOIN titles t ON t.id = c.title_id JOIN sites s ON s.id = c.home_site_id "
            "WHERE t.isbn13 = ? AND s.code = ? ORDER BY c.id", isbn, site)]

    def readers(self, type_name: str, site: str) -> list[tuple[int, str, str]]:
        """(id, card code, name) of the demo's readers of a type whose card was issued at a room."""
        return self.rows(
            "SELECT r.id, r.card_code, r.name FROM readers r JOIN reader_types t ON t.id = r.type_id "
            "JOIN sites s ON s.id = r.home_site_id WHERE t.name = ? AND s.code = ? ORDER BY r.id", type_name, site)

    def copy(self, code: str) -> dict[str, object]:
        status, home, shelved = self.one(
            "SELECT c.status, h.code, s.code FROM copies c JOIN sites h ON h.id = c.home_site_id "
            "LEFT JOIN sites s ON s.id = c.shelved_at_id WHERE c.code = ?", code)
        return {"status": status, "home": home, "shelved_at": shelved}

    def open_loan(self, code: str) -> tuple | None:
        """(reader_id, due_on, renewals) of the copy's open loan."""
        found = self.rows("SELECT l.reader_id, l.due_on, l.renewals FROM loans l JOIN copies c ON c.id = l.copy_id "
                          "WHERE c.code = ? AND l.returned_at IS NULL", code)
        assert len(found) <= 1
        return found[0] if found else None

    def holds(self, isbn: str) -> list[tuple]:
        """(reader_id, status, pickup room, copy code, expires_on) of every hold on a title, oldest first."""
        return self.rows(
            "SELECT h.reader_id, h.status, s.code, c.code, h.expires_on FROM holds h "
            "JOIN titles t ON t.id = h.title_id JOIN sites s ON s.id = h.pickup_site_id "
            "LEFT JOIN copies c ON c.id = h.copy_id WHERE t.isbn13 = ? ORDER BY h.id", isbn)

    def transits(self, code: str) -> list[tuple]:
        """(kind, status, from room, to room, item received?) of every transfer the copy was in."""
        return self.rows(
            "SELECT t.kind, t.status, f.code, d.code, i.received_at IS NOT NULL FROM transfer_items i "
            "JOIN transfers t ON t.id = i.transfer_id JOIN copies c ON c.id = i.copy_id "
            "JOIN sites f ON f.id = t.from_site_id JOIN sites d ON d.id = t.to_site_id WHERE c.code = ? "
            "ORDER BY t.id", code)

    # -- the desk -------------------------------------------------------------------------------------------
    def lend(self, site: str, reader: int, code: str, *, now: dt.datetime = T0) -> ScanResult:
        result = self.scan(site, code, reader=reader, now=now)
        assert result.ok and result.action is Action.LEND, result.as_json()
        return result

    def give_back(self, site: str, code: str, *, now: dt.datetime = T0) -> ScanResult:
        result = self.scan(site, code, now=now)
        assert result.ok and result.action is Action.RETURN, result.as_json()
        return result

    def set_status(self, reader_id: int, status: ReaderStatus) -> None:
        info = self.app.readers.reader(reader_id)
        self.app.readers.update_reader(reader_id, ReaderInput(
            name=info.name, unit=info.unit, phone=info.phone_masked, union_card=info.union_card,
            reader_type=info.reader_type), status=status)


@pytest.fixture
def world_type() -> type[World]:
    return LendingWorld


def assert_refused(result: ScanResult, error: type[errors.ShuyiError], action: Action, *,
                   reader: int | None = None) -> None:
    assert not result.ok, result.as_json()
    assert result.level is Level.REFUSAL
    assert isinstance(result.error, error), result.as_json()
    assert result.action is action, result.as_json()
    assert result.reader_id == reader, "a refusal keeps the active reader active"
    assert result.as_json()["error"] == error.code


# ---- lend, return, renew ----------------------------------------------------------------------------------


def test_lend_then_return(w: LendingWorld) -> None:
    rid, card, name = w.readers("职工", "JH01")[0]
    copy = w.copies(HONGLOU, "JH01")[0]

    who = w.scan("JH01", card)
    assert who.ok and who.action is Action.READER and who.reader_id == rid and who.level is Level.SUCCESS
    assert who.say is not None and who.say.params == {"name": mask_name(name), "loans": 0, "left": 5}

    lent = w.scan("JH01", copy.lower(), reader=rid)  # a hand-typed code in lower case is the same code
    assert lent.ok and lent.action is Action.LEND and lent.level is Level.SUCCESS
    assert lent.copy_code == copy and lent.reader_id == rid and lent.title == "红楼梦"
    assert lent.due_on == date(30) and lent.panel_changed
    assert w.copy(copy)["status"] == "on_loan"
    assert w.open_loan(copy) == (rid, date(30).isoformat(), 0)
    assert w.one("SELECT s.code FROM loans l JOIN sites s ON s.id = l.site_id")[0] == "JH01"

    back = w.scan("JH01", copy, now=day(3))
    assert back.ok and back.action is Action.RETURN and back.level is Level.SUCCESS and back.reader_id is None
    assert back.send_to is None and back.hold_for is None
    assert w.copy(copy) == {"status": "on_shelf", "home": "JH01", "shelved_at": None}
    assert w.open_loan(copy) is None
    returned_site = w.one("SELECT s.code FROM loans l JOIN sites s ON s.id = l.returned_site_id")[0]
    assert returned_site == "JH01"


def test_a_copy_the_reader_holds_is_renewed_once_then_refused(w: LendingWorld) -> None:
    rid, _, _ = w.readers("职工", "JH01")[0]
    copy = w.copies(HONGLOU, "JH01")[0]
    w.lend("JH01", rid, copy)

    renewed = w.scan("JH01", copy, reader=rid, now=day(20))
    assert renewed.ok and renewed.action is Action.RENEW and renewed.due_on == date(50)
    assert w.open_loan(copy) == (rid, date(50).isoformat(), 1)
    assert w.rows("SELECT count(*) FROM loans") == [(1,)], "a renewal is not a second loan"

    with unchanged(w):
        again = w.scan("JH01", copy, reader=rid, now=day(21))
    assert_refused(again, errors.RenewalLimit, Action.RENEW, reader=rid)


def test_rescanning_a_copy_just_lent_changes_nothing(w: LendingWorld) -> None:
    """A renewal that would not move the due date is no renewal: it does not use up the reader's one."""
    rid, _, _ = w.readers("职工", "JH01")[0]
    copy = w.copies(HONGLOU, "JH01")[0]
    w.lend("JH01", rid, copy)
    with unchanged(w):
        again = w.scan("JH01", copy, reader=rid, now=day(0))
    assert again.ok and again.action is Action.RENEW and again.level is Level.WARNING
    assert again.due_on == date(30) and not again.panel_changed
    assert again.message("en") == ("红楼梦 is already lent to this reader and due in 30 day(s), on "
                                   f"{date(30).isoformat()}: a renewal today would not move that date, so nothing "
                                   "changed")
    assert "还有 30 天到期" in again.message("zh_CN")  # the reason, not a bare "nothing changed"
    assert w.scan("JH01", copy, reader=rid, now=day(1)).due_on == date(31)


def test_a_temporary_reader_may_not_renew(w: LendingWorld) -> None:
    rid, _, _ = w.readers("临时读者", "JH01")[0]
    copy = w.copies(HONGLOU, "JH01")[0]
    assert w.lend("JH01", rid, copy).due_on == date(14)
    with unchanged(w):
        result = w.scan("JH01", copy, reader=rid, now=day(5))
    assert_refused(result, errors.RenewalLimit, Action.RENEW, reader=rid)


def test_loan_limit_per_reader_type(w: LendingWorld) -> None:
    temp, card, _ = w.readers("临时读者", "JH01")[0]
    staff, _, _ = w.readers("职工", "JH01")[0]
    w.lend("JH01", temp, w.copies(HONGLOU, "JH01")[0])
    w.lend("JH01", temp, w.copies(HONGLOU, "JH01")[1])

    who = w.scan("JH01", card)
    assert who.ok and who.level is Level.SUCCESS and who.say is not None and who.say.params["left"] == 0
    with unchanged(w):
        third = w.scan("JH01", w.copies(SHUIHU, "JH01")[0], reader=temp)
    assert_refused(third, errors.LoanLimitReached, Action.LEND, reader=temp)

    for n, isbn in enumerate((SHUIHU, CHAOHUA, SHIJIAN, BIANCHENG, XIYOU)):
        site = "JH02" if isbn == XIYOU else "JH01"
        w.lend(site, staff, w.copies(isbn, site)[0], now=day(n))
    with unchanged(w):
        sixth = w.scan("JH01", w.copies(HUOZHE, "JH01")[0], reader=staff)
    assert_refused(sixth, errors.LoanLimitReached, Action.LEND, reader=staff)


def test_a_suspended_reader_is_refused(w: LendingWorld) -> None:
    rid, card, _ = w.readers("职工", "JH01")[0]
    copy = w.copies(HONGLOU, "JH01")[0]
    w.lend("JH01", rid, copy)
    w.set_status(rid, ReaderStatus.SUSPENDED)

    who = w.scan("JH01", card)
    assert who.ok and who.action is Action.READER and who.level is Level.WARNING and who.reader_id == rid
    with unchanged(w):
        lend = w.scan("JH01", w.copies(SHUIHU, "JH01")[0], reader=rid)
        renew = w.scan("JH01", copy, reader=rid)
    assert_refused(lend, errors.ReaderBlocked, Action.LEND, reader=rid)
    assert isinstance(renew.error, errors.ReaderBlocked) and not renew.ok
    assert w.give_back("JH01", copy).ok, "a blocked reader's book can always come back"

    w.set_status(rid, ReaderStatus.ACTIVE)
    w.lend("JH01", rid, w.copies(SHUIHU, "JH01")[0])


def test_a_reader_with_an_overdue_loan_is_refused_new_loans(w: LendingWorld) -> None:
    rid, card, _ = w.readers("职工", "JH01")[0]
    late = w.copies(HONGLOU, "JH01")[0]
    w.lend("JH01", rid, late, now=day(-40))  # due ten days ago

    who = w.scan("JH01", card)
    assert who.ok and who.action is Action.READER and who.level is Level.WARNING
    with unchanged(w):
        refused = w.scan("JH01", w.copies(SHUIHU, "JH01")[0], reader=rid)
    assert_refused(refused, errors.ReaderHasOverdue, Action.LEND, reader=rid)
    assert refused.error is not None and refused.error.params["count"] == 1

    back = w.give_back("JH01", late)
    assert back.level is Level.WARNING and back.say is not None
    assert back.say.template == r.RETURNED_OVERDUE and back.say.params["days"] == 10
    w.lend("JH01", rid, w.copies(SHUIHU, "JH01")[0])


def test_an_overdue_copy_scanned_for_its_reader_is_returned_not_renewed(w: LendingWorld) -> None:
    """The desk has just said "return it first": scanning that book returns it, and the reader stays."""
    rid, card, _ = w.readers("职工", "JH01")[0]
    late = w.copies(HONGLOU, "JH01")[0]
    w.lend("JH01", rid, late, now=day(-63))  # 33 days overdue at T0
    who = w.scan("JH01", card)
    assert isinstance(w.app.circulation.panel(rid).blocked, errors.ReaderHasOverdue) and who.level is Level.WARNING

    back = w.scan("JH01", late, reader=rid)
    assert back.ok and back.action is Action.RETURN and back.level is Level.WARNING, back.as_json()
    assert back.say is not None and back.say.template == r.RETURNED_OVERDUE and back.say.params["days"] == 33
    assert back.reader_id == rid, "the reader stays active to borrow now"
    assert w.open_loan(late) is None and w.copy(late)["status"] == "on_shelf"
    assert w.rows("SELECT renewals FROM loans") == [(0,)], "never renewed"
    assert w.app.circulation.panel(rid).blocked is None
    w.lend("JH01", rid, w.copies(SHUIHU, "JH01")[0])


def test_a_copy_on_loan_to_someone_else_is_refused(w: LendingWorld) -> None:
    (a, _, _), (b, _, _) = w.readers("职工", "JH01")[:2]
    copy = w.copies(HONGLOU, "JH01")[0]
    w.lend("JH01", a, copy)
    with unchanged(w):
        result = w.scan("JH02", copy, reader=b)
    assert_refused(result, errors.CopyOnLoanElsewhere, Action.LEND, reader=b)
    assert w.open_loan(copy)[0] == a


def test_withdrawn_and_lost_copies(w: LendingWorld) -> None:
    rid, _, _ = w.readers("职工", "JH01")[0]
    gone, lost = w.copies(HONGLOU, "JH01")
    w.execute("UPDATE copies SET status = 'withdrawn' WHERE code = ?", gone)
    w.execute("UPDATE copies SET status = 'lost' WHERE code = ?", lost)

    with unchanged(w):
        withdrawn = w.scan("JH01", gone, reader=rid)
        lost_lend = w.scan("JH01", lost, reader=rid)
        info = w.scan("JH01", gone)
    assert_refused(withdrawn, errors.CopyWithdrawn, Action.LEND, reader=rid)
    assert_refused(lost_lend, errors.CopyLost, Action.LEND, reader=rid)
    assert info.ok and info.action is Action.INFO and info.say is not None and info.say.template == r.WITHDRAWN_INFO

    found = w.give_back("JH01", lost)  # scanned with no reader active: found again
    assert found.say is not None and found.say.template == r.FOUND
    assert w.copy(lost)["status"] == "on_shelf"
    w.lend("JH01", rid, lost)


def test_a_lost_copy_found_at_another_room_is_sent_home(w: LendingWorld) -> None:
    copy = w.copies(HONGLOU, "JH01")[0]
    w.execute("UPDATE copies SET status = 'lost' WHERE code = ?", copy)
    found = w.give_back("JH02", copy)
    assert found.level is Level.WARNING and found.send_to == "JH01" and found.say is not None
    assert found.say.template == r.FOUND_SEND
    assert w.copy(copy)["status"] == "in_transit"
    assert w.transits(copy) == [("transit", "sent", "JH02", "JH01", 0)]


def test_returning_a_copy_that_is_not_on_loan_changes_nothing(w: LendingWorld) -> None:
    copy = w.copies(HONGLOU, "JH01")[0]
    with unchanged(w):
        result = w.scan("JH01", copy)
    assert result.ok and result.action is Action.INFO and result.level is Level.WARNING
    assert result.say is not None and result.say.template == r.NOT_ON_LOAN and not result.panel_changed


# ---- 通借通还: transit and floating rooms -----------------------------------------------------------------------


def test_a_copy_returned_at_another_room_travels_home(w: LendingWorld) -> None:
    rid, _, _ = w.readers("职工", "JH01")[0]
    copy = w.copies(HONGLOU, "JH01")[0]
    w.lend("JH01", rid, copy)

    back = w.give_back("JH02", copy, now=day(1))
    assert back.level is Level.WARNING and back.send_to == "JH01" and back.say is not None
    assert back.say.template == r.RETURNED_SEND
    assert w.copy(copy) == {"status": "in_transit", "home": "JH01", "shelved_at": None}
    assert w.transits(copy) == [("transit", "sent", "JH02", "JH01", 0)]
    assert w.open_loan(copy) is None
    assert w.one("SELECT s.code FROM loans l JOIN sites s ON s.id = l.returned_site_id")[0] == "JH02"

    with unchanged(w):  # scanned at a third room on the way: send it on
        onward = w.scan("JH03", copy, now=day(2))
    assert onward.ok and onward.action is Action.INFO and onward.level is Level.WARNING
    assert onward.say is not None and onward.say.params["site"] == "JH01"

    arrived = w.scan("JH01", copy, now=day(3))
    assert arrived.ok and arrived.action is Action.ARRIVED and arrived.level is Level.SUCCESS
    assert arrived.say is not None and arrived.say.params["site"] == "JH02"
    assert w.copy(copy)["status"] == "on_shelf"
    assert w.transits(copy) == [("transit", "received", "JH02", "JH01", 1)]
    w.lend("JH01", rid, copy, now=day(3))


def test_a_copy_in_transit_can_be_lent_where_it_stands(w: LendingWorld) -> None:
    (a, _, _), (b, _, _) = w.readers("职工", "JH02")[:2]
    copy = w.copies(HONGLOU, "JH01")[0]
    w.lend("JH01", a, copy)
    w.give_back("JH02", copy, now=day(1))

    lent = w.lend("JH02", b, copy, now=day(1))
    assert lent.say is not None and lent.say.template == r.LENT_FROM_TRANSIT and lent.say.params["site"] == "JH01"
    assert w.copy(copy)["status"] == "on_loan"
    assert w.transits(copy) == [("transit", "cancelled", "JH02", "JH01", 1)]

    w.give_back("JH01", copy, now=day(2))  # home at last
    assert w.copy(copy) == {"status": "on_shelf", "home": "JH01", "shelved_at": None}


def test_floating_rooms_keep_the_copy_where_it_was_returned(w: LendingWorld) -> None:
    w.execute("UPDATE sites SET floats = 1 WHERE code IN ('JH01', 'JH02')")
    (a, _, _), (b, _, _) = w.readers("职工", "JH02")[:2]
    copy = w.copies(HONGLOU, "JH01")[0]
    w.lend("JH01", a, copy)

    back = w.give_back("JH02", copy, now=day(1))
    assert back.level is Level.SUCCESS and back.send_to is None and back.say is not None
    assert back.say.template == r.RETURNED_FLOATS
    assert w.copy(copy) == {"status": "on_shelf", "home": "JH01", "shelved_at": "JH02"}
    assert w.transits(copy) == []

    info = w.scan("JH02", HONGLOU, now=day(1))
    assert info.action is Action.INFO and info.say is not None and info.say.params["here"] == 1
    with unchanged(w):
        hold = w.scan("JH02", HONGLOU, reader=b, now=day(1))
    assert_refused(hold, errors.HoldNotNeeded, Action.HOLD, reader=b)

    w.lend("JH02", b, copy, now=day(1))
    sent = w.give_back("JH03", copy, now=day(2))  # JH03 does not float: back to the room it now belongs to
    assert sent.send_to == "JH02"
    assert w.copy(copy) == {"status": "in_transit", "home": "JH01", "shelved_at": "JH02"}
    assert w.scan("JH02", copy, now=day(3)).action is Action.ARRIVED
    assert w.copy(copy) == {"status": "on_shelf", "home": "JH01", "shelved_at": "JH02"}

    w.lend("JH02", a, copy, now=day(3))
    w.give_back("JH01", copy, now=day(4))  # floats back home
    assert w.copy(copy) == {"status": "on_shelf", "home": "JH01", "shelved_at": None}
    assert [t[0] for t in w.transits(copy)] == ["transit"]


# ---- holds ----------------------------------------------------------------------------------------------------


def test_hold_kept_aside_and_collected(w: LendingWorld) -> None:
    (a, _, _), (b, _, b_name), (c, _, _) = w.readers("职工", "JH01")[:3]
    copy = w.copies(SHUIHU, "JH01")[0]

    with unchanged(w):  # the only copy is on the shelf here: lend it, no need to reserve
        early = w.scan("JH01", SHUIHU, reader=b)
    assert_refused(early, errors.HoldNotNeeded, Action.HOLD, reader=b)

    w.lend("JH01", a, copy)
    with unchanged(w):
        own = w.scan("JH01", SHUIHU, reader=a)
    assert_refused(own, errors.AlreadyBorrowed, Action.HOLD, reader=a)

    placed = w.scan("JH01", SHUIHU, reader=b, now=day(1))
    assert placed.ok and placed.action is Action.HOLD and placed.level is Level.SUCCESS and placed.reader_id == b
    assert placed.say is not None and placed.say.params["ahead"] == 0
    assert w.holds(SHUIHU) == [(b, "waiting", "JH01", None, date(1 + HOLD_WAIT_DAYS).isoformat())]
    with unchanged(w):
        twice = w.scan("JH01", SHUIHU, reader=b, now=day(1))
    assert twice.ok and twice.action is Action.HOLD and twice.level is Level.WARNING

    with unchanged(w):
        renew = w.scan("JH01", copy, reader=a, now=day(2))
    assert_refused(renew, errors.RenewalHeld, Action.RENEW, reader=a)

    info = w.scan("JH01", SHUIHU, now=day(2))
    assert info.action is Action.INFO and info.say is not None
    assert (info.say.params["here"], info.say.params["loaned"], info.say.params["holds"]) == (0, 1, 1)

    back = w.give_back("JH01", copy, now=day(3))
    assert back.level is Level.WARNING and back.hold_for == mask_name(b_name) and back.send_to is None
    assert back.say is not None and back.say.template == r.RETURNED_KEEP
    assert w.copy(copy)["status"] == "on_shelf"
    assert w.holds(SHUIHU) == [(b, "ready", "JH01", copy, date(3 + HOLD_PICKUP_DAYS).isoformat())]

    with unchanged(w):
        other = w.scan("JH01", copy, reader=c, now=day(4))
        shelf = w.scan("JH01", copy, now=day(4))
    assert_refused(other, errors.CopyHeldForOther, Action.LEND, reader=c)
    assert shelf.ok and shelf.action is Action.INFO and shelf.say is not None
    assert shelf.say.template == r.ON_HOLD_SHELF

    collected = w.lend("JH01", b, copy, now=day(4))
    assert collected.say is not None and collected.say.template == r.LENT_HOLD
    assert w.holds(SHUIHU)[0][:4] == (b, "collected", "JH01", copy)
    assert w.open_loan(copy)[0] == b


def test_an_expired_hold_passes_the_copy_to_the_next_reader_then_to_the_shelf(w: LendingWorld) -> None:
    (a, _, _), (b, _, _), (c, _, c_name), (d, _, _) = w.readers("职工", "JH01")[:4]
    copy = w.copies(SHUIHU, "JH01")[0]
    w.lend("JH01", a, copy)
    w.scan("JH01", SHUIHU, reader=b, now=day(0))
    second = w.scan("JH01", SHUIHU, reader=c, now=day(1))
    assert second.say is not None and second.say.params["ahead"] == 1
    w.give_back("JH01", copy, now=day(2))
    assert [h[:2] for h in w.holds(SHUIHU)] == [(b, "ready"), (c, "waiting")]
    expires = 2 + HOLD_PICKUP_DAYS

    on_last_day = w.scan("JH01", copy, reader=d, now=day(expires))
    assert_refused(on_last_day, errors.CopyHeldForOther, Action.LEND, reader=d)

    # the day after: any scan lapses B's hold and keeps the copy aside for C
    assert w.scan("JH01", SHUIHU, now=day(expires + 1)).action is Action.INFO
    assert [h[:2] for h in w.holds(SHUIHU)] == [(b, "expired"), (c, "ready")]
    assert w.holds(SHUIHU)[1][3:] == (copy, date(expires + 1 + HOLD_PICKUP_DAYS).isoformat())
    with unchanged(w):
        late = w.scan("JH01", copy, reader=b, now=day(expires + 1))
    assert_refused(late, errors.CopyHeldForOther, Action.LEND, reader=b)
    shelf = w.scan("JH01", copy, now=day(expires + 1))
    assert shelf.say is not None and shelf.say.params["name"] == mask_name(c_name)

    # C does not come either: nobody else waits, so the copy is free on the shelf
    w.lend("JH01", d, copy, now=day(expires + 2 + HOLD_PICKUP_DAYS))
    assert [h[:2] for h in w.holds(SHUIHU)] == [(b, "expired"), (c, "expired")]


def test_a_waiting_hold_lapses(w: LendingWorld) -> None:
    (a, _, _), (b, _, _) = w.readers("职工", "JH01")[:2]
    w.lend("JH01", a, w.copies(SHUIHU, "JH01")[0])
    w.scan("JH01", SHUIHU, reader=b)
    w.scan("JH02", SHUIHU, now=day(HOLD_WAIT_DAYS))
    assert w.holds(SHUIHU)[0][1] == "waiting"
    w.scan("JH02", SHUIHU, now=day(HOLD_WAIT_DAYS + 1))
    assert w.holds(SHUIHU)[0][1] == "expired"


def test_a_refused_scan_does_not_even_lapse_holds(w: LendingWorld) -> None:
    """Hold expiry runs inside the scan's transaction: a refusal rolls it back with everything else."""
    (a, _, _), (b, _, _) = w.readers("职工", "JH01")[:2]
    w.lend("JH01", a, w.copies(SHUIHU, "JH01")[0])
    w.scan("JH01", SHUIHU, reader=b)
    with unchanged(w):
        w.scan("JH01", "NOT-A-CODE", now=day(HOLD_WAIT_DAYS + 5))


def test_taking_another_copy_collects_the_hold_and_frees_the_one_kept_aside(w: LendingWorld) -> None:
    (a, _, _), (b, _, _), (c, _, c_name) = w.readers("职工", "JH01")[:3]
    first, second = w.copies(HONGLOU, "JH01")
    w.lend("JH01", a, first)
    w.lend("JH01", a, second)
    w.scan("JH01", HONGLOU, reader=b)
    w.scan("JH01", HONGLOU, reader=c, now=day(1))
    assert w.give_back("JH01", first, now=day(2)).hold_for is not None  # kept for B
    w.give_back("JH02", second, now=day(2))  # returned elsewhere: in transit home
    lent = w.lend("JH01", b, second, now=day(3))  # B takes the copy in transit instead
    assert lent.say is not None and lent.say.template == r.LENT_HOLD
    assert w.transits(second)[-1][:2] == ("transit", "cancelled")
    holds = w.holds(HONGLOU)
    assert holds[0][:2] == (b, "collected")
    assert holds[1][:4] == (c, "ready", "JH01", first), "the copy kept for B goes to C"
    assert w.scan("JH01", first, now=day(3)).say.params["name"] == mask_name(c_name)


def test_cancelling_a_ready_hold_serves_the_next_reader_at_its_pickup_room(w: LendingWorld) -> None:
    """The copy kept aside sits at the hold's pickup room, whichever desk cancels the hold."""
    (a, _, _), (b, _, _), (c, _, _), (d, _, _) = w.readers("职工", "JH02")[:4]
    copy = w.copies(SHUIHU, "JH01")[0]
    w.lend("JH01", a, copy)
    assert w.scan("JH02", SHUIHU, reader=b).action is Action.HOLD
    assert w.scan("JH01", SHUIHU, reader=c, now=day(1)).action is Action.HOLD
    assert w.scan("JH02", SHUIHU, reader=d, now=day(2)).action is Action.HOLD
    assert w.give_back("JH02", copy, now=day(3)).hold_for is not None  # kept aside at JH02 for B
    hold_b = w.one("SELECT id FROM holds WHERE reader_id = ?", b)[0]

    w.app.time.set(day(4))
    w.app.circulation.cancel_hold(hold_b)  # cancelled from the JH01 desk

    by_reader = {h[0]: h[1:4] for h in w.holds(SHUIHU)}
    assert by_reader[b][0] == "cancelled"
    assert by_reader[d] == ("ready", "JH02", copy), "the next reader waiting at JH02, where the copy is"
    assert by_reader[c] == ("waiting", "JH01", None)


def test_a_lapsed_hold_away_from_the_copys_room_sends_the_copy_home(w: LendingWorld) -> None:
    """Kept aside at JH02 for a hold nobody collected, a JH01 copy must not count as on JH01's shelf."""
    (a, _, _), (b, _, _) = w.readers("职工", "JH01")[:2]
    copy = w.copies(SHUIHU, "JH01")[0]
    w.lend("JH01", a, copy)
    w.scan("JH02", SHUIHU, reader=b)
    assert w.give_back("JH02", copy, now=day(1)).hold_for is not None
    lapse = day(2 + HOLD_PICKUP_DAYS)

    info = w.scan("JH01", SHUIHU, now=lapse)
    assert w.holds(SHUIHU)[0][1] == "expired"
    assert info.say is not None and info.say.params["here"] == 0, "the copy is at JH02, not on JH01's shelf"
    assert w.copy(copy)["status"] == "in_transit"
    assert w.transits(copy) == [("transit", "sent", "JH02", "JH01", 0)]


def test_a_refusal_names_what_was_tried(w: LendingWorld) -> None:
    """A suspended reader's renewal and hold are refused as a renewal and a hold, not as a loan."""
    (a, _, _), (b, _, _) = w.readers("职工", "JH01")[:2]
    copy = w.copies(SHUIHU, "JH01")[0]
    w.lend("JH01", a, copy)
    w.set_status(a, ReaderStatus.SUSPENDED)
    w.set_status(b, ReaderStatus.SUSPENDED)
    with unchanged(w):
        renew = w.scan("JH01", copy, reader=a)
        hold = w.scan("JH01", SHUIHU, reader=b)
    assert_refused(renew, errors.ReaderBlocked, Action.RENEW, reader=a)
    assert_refused(hold, errors.ReaderBlocked, Action.HOLD, reader=b)


def test_isbn_without_reader_tells_what_the_room_has(w: LendingWorld) -> None:
    rid, _, _ = w.readers("职工", "JH01")[0]
    w.lend("JH01", rid, w.copies(HUOZHE, "JH01")[0])
    with unchanged(w):
        info = w.scan("JH01", "978-7-5063-1035-2")
    assert info.ok and info.action is Action.INFO and info.title == "活着" and not info.panel_changed
    assert info.say is not None and info.say.params == {"title": "活着", "here": 1, "loaned": 1, "holds": 0}
    assert w.scan("JH02", HUOZHE).say.params["here"] == 2


# ---- codes --------------------------------------------------------------------------------------------------


def test_a_legacy_barcode_names_its_copy(w: LendingWorld) -> None:
    rid, _, _ = w.readers("职工", "JH02")[0]
    ours, theirs = w.copies(HONGLOU, "JH01")[0], w.copies(XIYOU, "JH02")[0]
    w.execute("UPDATE copies SET legacy_barcode = 'JHTS0012345' WHERE code = ?", ours)
    lent = w.lend("JH01", rid, "jhts0012345")
    assert lent.copy_code == ours and lent.code == "JHTS0012345"
    assert w.give_back("JH01", "JHTS0012345").copy_code == ours

    # two rooms' old systems numbered alike: this room's copy first, and at a third room it is ambiguous
    w.execute("UPDATE copies SET legacy_barcode = 'JHTS0012345' WHERE code = ?", theirs)
    assert w.lend("JH02", rid, "JHTS0012345").copy_code == theirs
    with unchanged(w):
        ambiguous = w.scan("JH03", "JHTS0012345", reader=rid)
    assert_refused(ambiguous, errors.ForeignCode, Action.REFUSED, reader=rid)


def test_a_numeric_legacy_barcode_is_not_taken_for_an_isbn(w: LendingWorld) -> None:
    """Old systems often printed ten-digit numeric barcodes; one that is no ISBN in the catalogue is the copy."""
    rid, _, _ = w.readers("职工", "JH01")[0]
    copy = w.copies(HONGLOU, "JH01")[0]
    w.execute("UPDATE copies SET legacy_barcode = '0012345678' WHERE code = ?", copy)
    result = w.scan("JH01", "0012345678", reader=rid)
    assert result.ok and result.action is Action.LEND and result.copy_code == copy, result.as_json()


def _misread(code: str) -> str:
    return code[:-1] + ("0" if code[-1] != "0" else "1")


@pytest.mark.parametrize(("make", "error"), [
    (lambda w: "HELLO WORLD", errors.ForeignCode),
    (lambda w: "XJH01-0000010", errors.ForeignCode),
    (lambda w: _misread(w.copies(HONGLOU, "JH01")[0]), errors.BadCheckCharacter),
    (lambda w: codes.make(codes.CodeType.COPY, "JH01", 999_999), errors.UnknownCode),
    (lambda w: codes.make(codes.CodeType.READER, "JH01", 999_999), errors.UnknownCode),
    (lambda w: codes.make(codes.CodeType.ASSET, "JH11", 999_999), errors.UnknownCode),
    (lambda w: "9787020010005", errors.BadIsbn),
    (lambda w: "9787111111115", errors.UnknownIsbn),
], ids=["text", "foreign-letter", "bad-check", "unknown-copy", "unknown-card", "unknown-asset-tag", "bad-isbn",
        "unknown-isbn"])
@pytest.mark.parametrize("with_reader", [False, True], ids=["no-reader", "reader"])
def test_unreadable_codes_are_refused(w: LendingWorld, make, error: type[errors.ShuyiError], with_reader: bool) -> None:
    rid = w.readers("职工", "JH01")[0][0] if with_reader else None
    code = make(w)
    with unchanged(w):
        result = w.scan("JH01", code, reader=rid)
    # a card that cannot be read is somebody else's: the reader before them is no longer at the desk
    assert_refused(result, error, Action.REFUSED, reader=None if code.startswith("R") else rid)
    assert result.code == codes.clean(code)
    assert result.message("en")


# ---- the session --------------------------------------------------------------------------------------------


def test_scanning_the_card_again_ends_the_session(w: LendingWorld) -> None:
    rid, card, name = w.readers("职工", "JH01")[0]
    copy = w.copies(HONGLOU, "JH01")[0]
    w.lend("JH01", rid, copy)
    with unchanged(w):
        done = w.scan("JH01", card, reader=rid)
    assert done.ok and done.action is Action.END_SESSION and done.reader_id is None
    assert done.say is not None and done.say.params == {"name": mask_name(name)}
    assert w.scan("JH01", copy).action is Action.RETURN  # the next copy is a return

    other, other_card, _ = w.readers("职工", "JH01")[1]
    switched = w.scan("JH01", other_card, reader=rid)
    assert switched.action is Action.READER and switched.reader_id == other


class FakeMonotonic:
    def __init__(self, days_per_second: float = 0.0) -> None:
        self.t = 0.0
        self.days_per_second = days_per_second

    def __call__(self) -> float:
        return self.t

    def now(self) -> dt.datetime:
        """As the app's time source: the wall clock T0 + t × days_per_second days."""
        return day(self.t * self.days_per_second)


def _desk(w: LendingWorld, clock: FakeMonotonic, **kwargs: object) -> Desk:
    """A desk whose monotonic clock is clock.t seconds, and whose wall clock T0 + clock.t × days_per_second days."""
    w.app.uow.time = clock
    return Desk(w.app.circulation, "JH01", monotonic=clock, **kwargs)


def test_a_bounce_within_two_seconds_is_ignored(w: LendingWorld) -> None:
    rid, card, _ = w.readers("职工", "JH01")[0]
    copy = w.copies(HONGLOU, "JH01")[0]
    clock = FakeMonotonic(days_per_second=1.0)
    desk = _desk(w, clock)
    assert desk.scan("  ") is None
    assert desk.scan(card).result.action is Action.READER and desk.reader_id == rid

    clock.t = 0.5
    answer = desk.scan(copy)
    assert answer.result.action is Action.LEND and answer.panel is not None and len(answer.panel.loans) == 1
    clock.t = 1.2
    with unchanged(w):
        bounce = desk.scan(copy)
    assert bounce.result.action is Action.IGNORED and bounce.result.ok and bounce.result.level is Level.WARNING
    assert bounce.panel is None and desk.reader_id == rid
    assert w.open_loan(copy)[2] == 0, "a bounce is not a renewal"

    clock.t = 3.3  # 2.1 s after the last read of that code (and, for the wall clock, 3.3 days later)
    again = desk.scan(copy)
    assert again.result.action is Action.RENEW and again.result.level is Level.SUCCESS
    assert w.open_loan(copy)[2] == 1

    clock.t = 3.4  # another code straight away is no bounce
    assert desk.scan(card).result.action is Action.END_SESSION and desk.reader_id is None


def test_a_refused_scan_tried_again_at_once_is_no_bounce(w: LendingWorld) -> None:
    rid, card, _ = w.readers("职工", "JH01")[0]
    unknown = codes.make(codes.CodeType.COPY, "JH01", 999_999)
    clock = FakeMonotonic()
    desk = _desk(w, clock)
    desk.scan(card)
    clock.t = 0.5
    assert desk.scan(unknown).result.action is Action.REFUSED
    clock.t = 0.8
    retry = desk.scan(unknown)
    assert retry.result.action is Action.REFUSED and isinstance(retry.result.error, errors.UnknownCode)
    assert desk.reader_id == rid


def test_an_idle_session_ends_by_itself(w: LendingWorld) -> None:
    rid, card, _ = w.readers("职工", "JH01")[0]
    first, second = w.copies(HONGLOU, "JH01")
    clock = FakeMonotonic()
    desk = _desk(w, clock, idle_seconds=180.0)
    desk.scan(card)
    clock.t = 10
    assert desk.scan(first).result.action is Action.LEND
    clock.t = 150  # 140 s later: still the same reader
    assert desk.scan(second).result.action is Action.LEND
    clock.t = 150 + 181
    answer = desk.scan(first)
    assert answer.result.action is Action.RETURN and answer.result.reader_id is None
    assert desk.reader_id is None and answer.panel is None
    assert w.open_loan(first) is None and w.open_loan(second) is not None


# ---- the reader panel ---------------------------------------------------------------------------------------


def test_reader_panel_figures(w: LendingWorld) -> None:
    rid, card, _ = w.readers("职工", "JH01")[0]
    late, returned, current = w.copies(HONGLOU, "JH01")[0], w.copies(HONGLOU, "JH01")[1], w.copies(SHUIHU, "JH01")[0]
    w.lend("JH01", rid, late, now=day(-40))
    w.lend("JH01", rid, returned, now=day(-40))
    w.give_back("JH01", returned, now=day(-35))
    w.lend("JH01", rid, current, now=day(-12))  # before the first was overdue

    w.app.time.set(T0)
    shown = w.app.circulation.panel(rid)
    assert shown.reader.id == rid and shown.reader.card_code == card
    assert (shown.max_loans, shown.loan_days, shown.max_renewals) == (5, 30, 1)
    assert len(shown.loans) == 2 and shown.loans_left == 3 and shown.overdue == 1 and shown.past_loans == 1
    assert isinstance(shown.blocked, errors.ReaderHasOverdue)
    assert [(line.copy_code, line.overdue_days) for line in shown.loans] == [(late, 10), (current, 0)]
    assert shown.loans[1].due_on == date(18)

    w.app.time.set(T0)
    result, with_panel = w.app.circulation.scan(DeskState("JH01"), card, with_panel=True)
    assert result.reader_id == rid and with_panel is not None and with_panel.overdue == 1

    w.app.time.set(T0)
    _, refused_panel = w.app.circulation.scan(DeskState("JH01", reader_id=rid), w.copies(CHAOHUA, "JH01")[0],
                                              with_panel=True)
    assert refused_panel is not None and refused_panel.loans_left == 3

    w.give_back("JH01", late)
    w.app.time.set(T0)
    clear = w.app.circulation.panel(rid)
    assert (len(clear.loans), clear.loans_left, clear.overdue, clear.past_loans) == (1, 4, 0, 2)
    assert clear.blocked is None


def test_panel_of_a_reader_at_the_limit(w: LendingWorld) -> None:
    rid, _, _ = w.readers("临时读者", "JH01")[0]
    w.lend("JH01", rid, w.copies(HONGLOU, "JH01")[0])
    w.lend("JH01", rid, w.copies(HONGLOU, "JH01")[1])
    w.app.time.set(T0)
    shown = w.app.circulation.panel(rid)
    assert shown.loans_left == 0 and isinstance(shown.blocked, errors.LoanLimitReached)


def test_taking_another_copy_sends_the_one_kept_aside_elsewhere_home(w: LendingWorld) -> None:
    """B's copy waits at JH02; B borrows the other one at JH01: the one at JH02 goes home, not stays "on JH01's
    shelf" while it sits on JH02's hold shelf."""
    (a, _, _), (b, _, _) = w.readers("职工", "JH01")[:2]
    first, second = w.copies(HONGLOU, "JH01")
    w.lend("JH01", a, first)
    w.lend("JH01", a, second)
    assert w.scan("JH02", HONGLOU, reader=b, now=day(1)).action is Action.HOLD
    assert w.give_back("JH02", first, now=day(2)).hold_for is not None  # kept aside at JH02 for B
    assert w.give_back("JH01", second, now=day(2)).hold_for is None
    assert w.lend("JH01", b, second, now=day(3)).action is Action.LEND
    assert w.holds(HONGLOU)[0][:2] == (b, "collected")
    assert w.copy(first)["status"] == "in_transit"
    assert w.transits(first)[-1] == ("transit", "sent", "JH02", "JH01", 0)


def test_a_refused_card_ends_the_previous_readers_session(w: LendingWorld) -> None:
    """Somebody's card that cannot be read must not leave the previous reader at the desk to borrow their book."""
    rid, _, _ = w.readers("职工", "JH01")[0]
    copy = w.copies(SHUIHU, "JH01")[0]
    stranger = codes.make(codes.CodeType.READER, "JH01", 99_999)
    with unchanged(w):
        refused = w.scan("JH01", stranger, reader=rid)
    assert not refused.ok and isinstance(refused.error, errors.UnknownCode) and refused.reader_id is None
    assert w.scan("JH01", copy, reader=refused.reader_id).action is Action.INFO  # not lent to the previous reader


def test_an_overdue_book_returned_elsewhere_says_both(w: LendingWorld) -> None:
    """Returned late at another room: the desk says how late, and where the book goes."""
    rid, _, _ = w.readers("职工", "JH01")[0]
    copy = w.copies(SHUIHU, "JH01")[0]
    due = w.lend("JH01", rid, copy).due_on
    assert due is not None
    back = w.give_back("JH02", copy, now=day(40))
    assert back.action is Action.RETURN and back.send_to == "JH01" and back.level is Level.WARNING
    assert back.say is not None and back.say.template == r.RETURNED_LATE_SEND
    assert back.say.params["days"] == (day(40).astimezone().date() - due).days > 0
    assert "overdue" in back.message("en") and "逾期" in back.message("zh_CN")
