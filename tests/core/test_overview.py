"""The reports page's figures: what a union counts, now and this month, checked against the desk's own work."""

from __future__ import annotations

import datetime as dt

from db.base import utcnow
from desktop.core import stats
from desktop.core.app import Shuyi
from desktop.core.circulation.desk import Desk
from desktop.core.clock import Clock


def _borrower_and_books(app: Shuyi, room: str) -> tuple[str, list[str]]:
    for info in app.readers.list_readers(limit=200):
        panel = app.circulation.panel(info.id)
        if info.site_code == room and panel.blocked is None and panel.loans_left >= 2 and not info.anonymised:
            here = app.catalogue.list_copies(site_code=room, limit=500)
            books = [c.code for c in here if str(c.status) == "on_shelf"]
            return info.card_code, books[:2]
    raise AssertionError("the demo has a reader who may borrow")


def test_the_overview_counts_what_the_database_holds(demo_app: Shuyi) -> None:
    seen = demo_app.overview()
    stats = demo_app.stats()
    readers = demo_app.readers.list_readers()
    assert (seen.reading_rooms, seen.service_stations, seen.titles, seen.copies) == (
        stats.reading_rooms, stats.service_stations, stats.titles, stats.copies)
    assert seen.readers == len(readers) > 0
    assert seen.readers_active == len([r for r in readers if str(r.status) == "active" and not r.anonymised])
    assert seen.open_loans == len(demo_app.circulation.loans()) == stats.open_loans > 0
    assert seen.overdue_loans == len(demo_app.circulation.loans(overdue=True)) == stats.overdue_loans > 0
    today = utcnow().astimezone().date()
    assert seen.month == today.replace(day=1)
    assert seen.new_readers == len([r for r in readers if r.registered_on >= seen.month])
    lent_this_month = [loan for loan in demo_app.circulation.loans(include_returned=True) if loan.lent_on >= seen.month]
    assert seen.loans_this_month == len(lent_this_month)
    assert seen.holds_open == sum(len(demo_app.circulation.panel(r.id).holds) for r in readers)
    assert "users" not in seen.as_dict()


def test_lending_and_returning_at_the_desk_count_this_month(demo_app: Shuyi) -> None:
    before = demo_app.overview()
    card, books = _borrower_and_books(demo_app, "JH01")
    desk = Desk(demo_app.circulation, "JH01", bounce_seconds=0, idle_seconds=None)
    for code in (card, *books):
        answer = desk.scan(code)
        assert answer is not None and answer.result.ok, answer
    lent = demo_app.overview()
    assert lent.loans_this_month == before.loans_this_month + 2
    assert lent.open_loans == before.open_loans + 2
    assert lent.borrowers_this_month == before.borrowers_this_month + 1
    desk.scan(card)  # the same card again ends the reader: the next book scanned is a return
    assert desk.reader_id is None
    answer = desk.scan(books[0])
    assert answer is not None and answer.result.ok
    returned = demo_app.overview()
    assert returned.returns_this_month == lent.returns_this_month + 1
    assert returned.open_loans == lent.open_loans - 1
    assert returned.loans_this_month == lent.loans_this_month  # a return is no loan


def test_a_month_counts_from_the_local_first(demo_app: Shuyi) -> None:
    later = utcnow() + dt.timedelta(days=40)  # next month or the one after: nothing lent there yet
    with demo_app.uow.reading() as session:  # the core function, on a chosen day
        seen = stats.overview(session, Clock(later))
    assert seen.month == later.astimezone().date().replace(day=1)
    assert (seen.loans_this_month, seen.returns_this_month, seen.borrowers_this_month) == (0, 0, 0)
    assert seen.open_loans == demo_app.overview().open_loans
