"""The demo's readers registered before they first borrowed (their loans go back two months), not all today."""

from __future__ import annotations

import datetime as dt

from desktop.core.app import Shuyi


def test_demo_readers_registered_before_their_first_loan(demo_app: Shuyi) -> None:
    first: dict[str, dt.date] = {}
    for loan in demo_app.circulation.loans(include_returned=True):
        first[loan.reader_card] = min(loan.lent_on, first.get(loan.reader_card, loan.lent_on))
    readers = demo_app.readers.list_readers()
    assert len(first) >= 10
    for reader in readers:
        if reader.card_code in first:
            assert reader.registered_on < first[reader.card_code], reader
        assert reader.registered_on < dt.date.today()
    assert len({r.registered_on for r in readers}) > len(readers) // 2, "spread over the year, not one day"
