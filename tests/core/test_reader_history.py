"""A reader's history for the readers page: loans now and returned, reservations and e-book loans, on the demo."""

from __future__ import annotations

import pytest

from db.base import utcnow
from db.models import HoldStatus
from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.circulation.dispatch import DeskState


def _scan(app: Shuyi, reader_id: int | None, code: str) -> None:
    result, _panel = app.circulation.scan(DeskState(site_code="JH01", reader_id=reader_id), code)
    assert result.ok, result


def test_open_loans_are_the_desk_panels(demo_app: Shuyi) -> None:
    checked = 0
    for reader in demo_app.readers.list_readers():
        panel = demo_app.circulation.panel(reader.id)
        history = demo_app.readers.reader_history(reader.id)
        assert history.loans == panel.loans
        assert history.returned_total == panel.past_loans == len(history.returned)
        assert all(loan.returned_on is not None for loan in history.returned)
        assert [h.hold for h in history.holds if h.hold.status in (HoldStatus.WAITING, HoldStatus.READY)] == sorted(
            panel.holds, key=lambda h: h.hold_id, reverse=True)
        checked += bool(history.loans) + bool(history.returned)
    assert checked > 10  # the demo's readers have loans and returned ones


def test_what_a_reader_did_shows_newest_first(demo_app: Shuyi) -> None:
    reader = next(r for r in demo_app.readers.list_readers() if r.site_code == "JH01" and
                  not demo_app.readers.reader_history(r.id).loans and demo_app.circulation.panel(r.id).blocked is None)
    books = [c for c in demo_app.catalogue.list_copies(site_code="JH01", limit=500) if str(c.status) == "on_shelf"][:2]
    for book in books:
        _scan(demo_app, reader.id, book.code)
    _scan(demo_app, None, books[0].code)  # no reader at the desk: a return
    here = demo_app.catalogue.list_copies(site_code="JH01", limit=500)
    on_shelf_here = {c.title_id for c in here if str(c.status) == "on_shelf"}
    taken = on_shelf_here | {b.title_id for b in books}
    wanted = next(t for t in demo_app.catalogue.list_titles(limit=100) if t.id not in taken)
    held = demo_app.circulation.place_hold(reader.id, wanted.id, site_code="JH01")
    assert held.ok
    hold_id = demo_app.readers.reader_history(reader.id).holds[0].hold.hold_id
    demo_app.circulation.cancel_hold(hold_id)
    licence = demo_app.ebooks.add_licence(wanted.id, access_url="https://read.example.cn/1", max_concurrent=2,
                                          site_code="JH01")
    _scan(demo_app, reader.id, licence.code)
    first = demo_app.ebooks.loans(licence.code)[0]
    demo_app.ebooks.revoke(first.id)
    _scan(demo_app, reader.id, licence.code)

    history = demo_app.readers.reader_history(reader.id)
    today = utcnow().astimezone().date()
    assert [loan.copy_code for loan in history.loans] == [books[1].code]
    assert history.returned[0].copy_code == books[0].code and history.returned[0].returned_on == today
    assert history.returned_total == len(history.returned)
    assert (history.holds[0].hold.hold_id, history.holds[0].hold.title, history.holds[0].hold.status) == (
        hold_id, wanted.title, HoldStatus.CANCELLED)
    assert history.holds[0].closed_on == today
    assert [(e.title, e.running, e.revoked_on) for e in history.ebooks] == [
        (wanted.title, True, None), (wanted.title, False, today)]
    others = demo_app.readers.reader_history(next(r.id for r in demo_app.readers.list_readers() if r.id != reader.id))
    assert books[1].code not in {loan.copy_code for loan in others.loans}


def test_an_unknown_reader_is_refused(demo_app: Shuyi) -> None:
    with pytest.raises(errors.UnknownReader):
        demo_app.readers.reader_history(999_999)
