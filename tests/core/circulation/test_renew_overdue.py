"""An overdue book: scanned at the desk it is returned; renewed from the reader panel only when the reader type's
rule `renew_overdue` allows it (by default it does not)."""

from __future__ import annotations

import pytest

from desktop.core import errors
from desktop.core.circulation.results import Action
from desktop.core.readers import ReaderTypeInfo
from tests.core.circulation.test_lending import LendingWorld, date
from tests.core.circulation.world import HONGLOU, SHUIHU, T0, World, day, unchanged


@pytest.fixture
def world_type() -> type[World]:
    return LendingWorld


def _type(w: LendingWorld, name: str) -> ReaderTypeInfo:
    return next(t for t in w.app.readers.reader_types() if t.name == name)


def _allow(w: LendingWorld, name: str, allowed: bool) -> ReaderTypeInfo:
    t = _type(w, name)
    return w.app.readers.save_reader_type(t, name=t.name, max_loans=t.max_loans, loan_days=t.loan_days,
                                          max_renewals=t.max_renewals, renew_overdue=allowed)


def test_reader_types_do_not_renew_overdue_books_by_default(w: LendingWorld) -> None:
    assert [t.renew_overdue for t in w.app.readers.reader_types()] == [False, False]
    added = w.app.readers.save_reader_type(None, name="退休职工", max_loans=3, loan_days=21, max_renewals=2)
    assert added.renew_overdue is False
    assert _allow(w, "退休职工", True).renew_overdue is True
    kept = w.app.readers.save_reader_type(_type(w, "退休职工"), name="退休职工", max_loans=4, loan_days=21,
                                          max_renewals=2)  # an edit that does not name the rule keeps it
    assert (kept.max_loans, kept.renew_overdue) == (4, True)


def test_an_overdue_loan_is_renewed_from_the_panel_only_when_the_type_allows(w: LendingWorld) -> None:
    rid, _, _ = w.readers("职工", "JH01")[0]
    late = w.copies(HONGLOU, "JH01")[0]
    w.lend("JH01", rid, late, now=day(-40))  # ten days overdue at T0
    w.app.time.set(T0)
    [loan] = w.app.circulation.panel(rid).loans

    with unchanged(w), pytest.raises(errors.RenewalOverdue) as refused:
        w.app.circulation.renew(loan.loan_id)
    assert refused.value.params == {"code": late, "title": "红楼梦", "days": 10, "type": "职工"}
    assert refused.value.message("en") == (f"{late} (红楼梦) is 10 day(s) overdue, and a 职工 reader may not "
                                           "renew an overdue book: return it")
    assert "逾期 10 天" in refused.value.message("zh_CN")

    _allow(w, "职工", True)
    renewed = w.app.circulation.renew(loan.loan_id)
    assert renewed.ok and renewed.action is Action.RENEW and renewed.due_on == date(30)
    assert w.open_loan(late) == (rid, date(30).isoformat(), 1)
    assert w.app.circulation.panel(rid).blocked is None
    w.lend("JH01", rid, w.copies(SHUIHU, "JH01")[0])


def test_scanning_an_overdue_copy_returns_it_even_when_renewing_is_allowed(w: LendingWorld) -> None:
    """The rule is for the librarian's explicit renewal; a scan at the desk never renews an overdue book."""
    _allow(w, "职工", True)
    rid, _, _ = w.readers("职工", "JH01")[0]
    late = w.copies(HONGLOU, "JH01")[0]
    w.lend("JH01", rid, late, now=day(-40))
    back = w.scan("JH01", late, reader=rid)
    assert back.action is Action.RETURN and back.reader_id == rid and w.open_loan(late) is None
