"""Stocktakes through the desk's real scan path and app.stocktakes, on the small demo.

A stocktake of a call-number range is started, scanned partly, resumed through a new Shuyi.open of the same file
(nothing lives in memory), finished with every list of its report filled, and its missing copies marked lost.
Refusals are checked to change nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core import callnumbers, codes, errors
from desktop.core.app import Shuyi
from desktop.core.circulation import stocktakes as st
from desktop.core.circulation.dispatch import Mode
from desktop.core.circulation.results import Action, Level, ScanResult
from desktop.core.circulation.stocktakes import StocktakeStatus
from desktop.core.clock import FixedTime
from desktop.core.services.stocktakes import Stocktakes
from tests.core.circulation.world import T0, World, unchanged


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


class StocktakeWorld(World):
    """World with shelves in call-number order, and scans into a stocktake."""

    TABLES = ("copies", "loans", "stocktakes", "stocktake_scans")

    def use(self, app: Shuyi) -> None:
        self.app = app

    @property
    def takes(self) -> Stocktakes:
        return self.app.stocktakes

    def shelf(self, site: str, *classes: str) -> list[str]:
        """Codes of the copies whose home is a room, of classes starting as given, in shelf order."""
        like = " OR ".join("c.call_class LIKE ?" for _ in classes) or "1"
        return [c for (c,) in self.rows(
            f"SELECT c.code FROM copies c JOIN sites s ON s.id = c.home_site_id WHERE s.code = ? AND ({like}) "
            "ORDER BY c.shelf_key, c.code", site, *(f"{k}%" for k in classes))]

    def status(self, code: str) -> str:
        return self.rows("SELECT status FROM copies WHERE code = ?", code)[0][0]

    def count(self, site: str, take: int, code: str, *, now: dt.datetime = T0) -> ScanResult:
        return self.scan(site, code, mode=Mode.STOCKTAKE, mode_id=take, now=now)


@pytest.fixture
def world_type() -> type[World]:
    return StocktakeWorld


def said(result: ScanResult, level: Level, template: str) -> ScanResult:
    assert result.ok and result.action is Action.STOCKTAKE and result.level is level, result.as_json()
    assert result.say is not None and result.say.template == template, result.as_json()
    return result


def test_a_range_includes_both_ends_and_the_subclasses_of_a_bare_class() -> None:
    classes = st._range("I2", "I3")
    assert classes.holds(callnumbers.shelf_key("I247.57", "12"))
    assert classes.holds(callnumbers.shelf_key("I2", "1")) and classes.holds(callnumbers.shelf_key("I313", "5"))
    assert not classes.holds(callnumbers.shelf_key("I1", "9")) and not classes.holds(callnumbers.shelf_key("I4", "1"))
    one = st._range("I247.57/12", "I247.57/12")
    assert one.holds(callnumbers.shelf_key("I247.57", "12"))
    assert not one.holds(callnumbers.shelf_key("I247.57", "11"))
    assert not one.holds(callnumbers.shelf_key("I247.57", "13"))
    assert st._range("", "").holds("")


def test_a_stocktake_is_resumed_after_a_restart_finished_and_its_missing_copies_marked_lost(
        w: StocktakeWorld, demo_app: Shuyi, demo_db_path: Path) -> None:
    rid, card = w.reader("JH01")
    in_range = w.shelf("JH01", "I2", "I3")
    lent = in_range[0]
    guest = w.shelf("JH02", "I247")[0]  # a JH02 copy that floated to JH01: it is on JH01's shelf now
    w.execute("UPDATE copies SET shelved_at_id = (SELECT id FROM sites WHERE code = 'JH01') WHERE code = ?", guest)
    stranger = w.shelf("JH02", "I242")[0]
    outside = w.shelf("JH01", "K")[0]
    unknown = codes.make(codes.CodeType.COPY, "JH01", 999_999)
    assert w.scan("JH01", lent, reader=rid).action is Action.LEND

    w.app.time.set(T0)
    take = w.takes.start(site_code="JH01", call_from="i2", call_to="Ｉ3")
    assert (take.status, take.site_code, take.call_from, take.call_to, take.scanned) == (
        StocktakeStatus.OPEN, "JH01", "I2", "I3", 0)
    expected = [c for c in in_range if c != lent] + [guest]
    missing = [c for c in w.shelf("JH01", "I247.57") if c != lent][:2]  # I247.57/… lies in I2–I3
    scanned = [c for c in expected if c not in missing]
    assert len(missing) == 2 and len(scanned) >= 6

    with unchanged(w):
        with pytest.raises(errors.StocktakeOpen):
            w.app.time.set(T0)
            w.takes.start(site_code="JH01")
        with pytest.raises(st.BadStocktakeRange):
            w.app.time.set(T0)
            w.takes.start(site_code="JH02", call_from="I3", call_to="I2")
        with pytest.raises(errors.NotAReadingRoom):
            w.app.time.set(T0)
            w.takes.start(site_code="JH11")
        with pytest.raises(st.StocktakeNotFinished):
            w.app.time.set(T0)
            w.takes.mark_missing_lost(take.id)
        wrong_room = w.count("JH02", take.id, stranger)
        assert isinstance(wrong_room.error, st.StocktakeWrongRoom) and wrong_room.action is Action.STOCKTAKE
        not_a_copy = w.count("JH01", take.id, card)
        assert isinstance(not_a_copy.error, errors.NotInMode) and not_a_copy.action is Action.REFUSED

    for n, code in enumerate(scanned[:3], start=1):
        counted = said(w.count("JH01", take.id, code, now=at(n)), Level.SUCCESS, st.COUNTED)
        assert counted.copy_code == code and counted.say is not None and counted.say.params["count"] == n
    with unchanged(w):
        said(w.count("JH01", take.id, scanned[0].lower(), now=at(4)), Level.WARNING, st.ALREADY_COUNTED)

    # The program closes; the next day it opens the same file and the desk resumes the open stocktake.
    demo_app.close()
    with Shuyi.open(demo_db_path, create=False, time=FixedTime(at(60))) as reopened:
        w.use(reopened)
        resumed = w.takes.current("JH01")
        assert resumed is not None and (resumed.id, resumed.scanned) == (take.id, 3)
        assert w.takes.current("JH02") is None

        for n, code in enumerate(scanned[3:], start=4):
            said(w.count("JH01", take.id, code, now=at(60 + n)), Level.SUCCESS, st.COUNTED)
        elsewhere = said(w.count("JH01", take.id, stranger, now=at(90)), Level.WARNING, st.OTHER_ROOM)
        assert elsewhere.say is not None and elsewhere.say.params["site"] == "JH02"
        said(w.count("JH01", take.id, outside, now=at(91)), Level.WARNING, st.OUT_OF_RANGE)
        said(w.count("JH01", take.id, lent, now=at(92)), Level.WARNING, st.FOUND_ON_LOAN)
        said(w.count("JH01", take.id, unknown, now=at(93)), Level.WARNING, st.UNKNOWN_CODE)
        assert w.status(lent) == "on_loan", "a stocktake scan changes no copy"

        w.app.time.set(at(120))
        report = w.takes.finish(take.id)
        assert report.stocktake.status is StocktakeStatus.FINISHED and report.stocktake.finished_at == at(120)
        assert report.expected == len(expected) and report.found == len(expected) - 2
        assert sorted(line.code for line in report.missing) == sorted(missing)
        assert {line.call_number.split("/")[0] for line in report.missing} == {"I247.57"}
        assert {(line.code, line.belongs) for line in report.misplaced} == {(stranger, "JH02"), (outside, "JH01")}
        assert [(line.code, line.status) for line in report.on_loan_found] == [(lent, "on_loan")]
        assert [line.code for line in report.unknown] == [unknown]
        assert w.takes.current("JH01") is None
        assert [(i.id, i.status, i.scanned) for i in w.takes.list_stocktakes(site_code="JH01")] == [
            (take.id, StocktakeStatus.FINISHED, len(expected) - 2 + 4)]

        with unchanged(w):
            gone = w.count("JH01", take.id, missing[0])
            assert isinstance(gone.error, errors.UnknownStocktake)

        w.app.time.set(at(130))
        assert w.takes.mark_missing_lost(take.id) == 2
        assert [w.status(code) for code in missing] == ["lost", "lost"]
        assert w.status(lent) == "on_loan", "found but recorded on loan: not touched"
        assert {w.status(code) for code in scanned} == {"on_shelf"}
        w.app.time.set(at(131))
        assert w.takes.mark_missing_lost(take.id) == 0, "done once"


def test_a_whole_room_stocktake_expects_every_copy_on_its_shelf_and_can_be_cancelled(w: StocktakeWorld) -> None:
    whole = w.shelf("JH03")
    rid, _ = w.reader("JH03")
    assert w.scan("JH03", whole[0], reader=rid).action is Action.LEND
    w.app.time.set(T0)
    take = w.takes.start(site_code="JH03")
    assert (take.call_from, take.call_to) == ("", "")
    said(w.count("JH03", take.id, whole[1]), Level.SUCCESS, st.COUNTED)
    w.app.time.set(T0)
    report = w.takes.report(take.id)
    assert report.expected == len(whole) - 1, "every copy on the shelf, not the one on loan"
    assert report.found == 1 and sorted(line.code for line in report.missing) == sorted(whole[2:])
    assert report.misplaced == report.on_loan_found == report.unknown == ()
    gone = w.takes.cancel(take.id)
    assert gone.status is StocktakeStatus.CANCELLED and w.takes.current("JH03") is None
    with pytest.raises(errors.UnknownStocktake):
        w.app.time.set(T0)
        w.takes.finish(take.id)
    w.app.time.set(T0)
    assert w.takes.start(site_code="JH03").id != take.id, "a cancelled stocktake frees the room"


def test_a_finished_stocktake_keeps_its_missing_list_and_never_marks_a_copy_seen_since(w: StocktakeWorld) -> None:
    """A copy on loan during the count and returned after it is not missing; one lent after it is not lost."""
    whole = w.shelf("JH03")
    rid, _ = w.reader("JH03")
    out_during, missed, lent_after = whole[0], whole[1], whole[2]
    assert w.scan("JH03", out_during, reader=rid).action is Action.LEND
    w.app.time.set(T0)
    take = w.takes.start(site_code="JH03")
    for code in whole[3:]:
        said(w.count("JH03", take.id, code), Level.SUCCESS, st.COUNTED)
    w.app.time.set(at(5))
    done = w.takes.finish(take.id)
    assert sorted(line.code for line in done.missing) == sorted([missed, lent_after])
    assert (done.expected, done.found) == (len(whole) - 1, len(whole) - 3)
    assert done.markable == 2

    assert w.scan("JH03", out_during, now=at(10)).action is Action.RETURN  # back on the shelf after the count
    assert w.scan("JH03", lent_after, reader=rid, now=at(11)).action is Action.LEND  # it was there after all
    w.app.time.set(at(12))
    again = w.takes.report(take.id)
    assert sorted(line.code for line in again.missing) == sorted([missed, lent_after]), "as it was at the finish"
    assert (again.expected, again.found) == (done.expected, done.found)
    assert again.markable == 1, "the one lent since was seen: it is not to be marked lost"

    w.app.time.set(at(13))
    assert w.takes.mark_missing_lost(take.id) == 1
    assert (w.status(missed), w.status(lent_after), w.status(out_during)) == ("lost", "on_loan", "on_shelf")
    w.app.time.set(at(14))
    assert w.takes.mark_missing_lost(take.id) == 0, "done once"
    w.app.time.set(at(15))
    assert w.takes.report(take.id).markable == 0


def test_a_copy_on_this_rooms_hold_shelf_is_counted_not_misplaced(w: StocktakeWorld) -> None:
    """A JH01 copy returned at JH03 and kept aside there for a hold stands on JH03's hold shelf, rightly."""
    jh01 = w.shelf("JH01")
    rid_a, _ = w.reader("JH01")
    rid_b, _ = w.reader("JH03")
    copy = jh01[0]
    isbn = w.rows("SELECT t.isbn13 FROM copies c JOIN titles t ON t.id = c.title_id WHERE c.code = ?", copy)[0][0]
    others = [c for (c,) in w.rows(
        "SELECT c.code FROM copies c JOIN titles t ON t.id = c.title_id JOIN sites s ON s.id = c.home_site_id "
        "WHERE t.isbn13 = ? AND s.code = 'JH03'", isbn)]
    assert not others, "the demo's title has no copy at JH03"
    assert w.scan("JH01", copy, reader=rid_a).action is Action.LEND
    assert w.scan("JH03", isbn, reader=rid_b, now=at(1)).action is Action.HOLD
    assert w.scan("JH03", copy, now=at(2)).hold_for is not None  # returned at JH03, kept aside there
    w.app.time.set(at(3))
    take = w.takes.start(site_code="JH03")
    said(w.count("JH03", take.id, copy, now=at(4)), Level.SUCCESS, st.COUNTED)
    w.app.time.set(at(5))
    report = w.takes.report(take.id)
    assert copy not in {line.code for line in report.misplaced + report.on_loan_found + report.missing}
