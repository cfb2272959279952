"""The unit of work, its hooks and change notices, and the injected clock: on a real SQLite file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop.core import errors
from desktop.core.app import Shuyi
from desktop.core.catalogue import TitleInput
from desktop.core.circulation.dispatch import DeskState
from desktop.core.clock import Clock, FixedTime, SystemTime
from desktop.core.notices import Notice
from desktop.core.readers import ReaderInput
from desktop.core.sites import NewSite, SiteKind
from desktop.core.uow import LOCAL_USER, Write

T0 = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


def _room(code: str = "JH01") -> NewSite:
    return NewSite(code=code, kind=SiteKind.READING_ROOM, name="职工书屋")


def _sites_in_file(path: Path) -> list[str]:
    """What another connection sees, i.e. what has been committed."""
    with sqlite3.connect(path) as conn:
        return [code for (code,) in conn.execute("SELECT code FROM sites ORDER BY code")]


def test_a_subscriber_is_told_after_commit_and_not_after_a_rollback(app: Shuyi, db_path: Path) -> None:
    told: list[tuple[Notice, list[str]]] = []
    unsubscribe = app.notices.subscribe(lambda notice: told.append((notice, _sites_in_file(db_path))))

    app.sites.add_site(_room())
    [(notice, seen)] = told
    assert (notice.action, notice.domain, notice.actor) == ("sites.add_site", "sites", LOCAL_USER.name)
    assert "sites" in notice.tables
    assert seen == ["JH01"], "told once the write is committed: another connection already sees it"

    with pytest.raises(errors.ShuyiError):
        app.sites.add_site(_room())  # the same code again: refused, rolled back
    assert len(told) == 1, "a rolled-back write is not announced"

    unsubscribe()
    app.sites.add_site(_room("JH02"))
    assert len(told) == 1


def test_a_failing_subscriber_neither_undoes_the_write_nor_silences_the_others(app: Shuyi, db_path: Path) -> None:
    heard: list[str] = []

    def broken(_notice: Notice) -> None:
        raise RuntimeError("a bug in a subscriber")

    app.notices.subscribe(broken)
    app.notices.subscribe(lambda notice: heard.append(notice.action))
    app.catalogue.add_title(TitleInput(title="边城"))
    assert heard == ["catalogue.add_title"]
    assert app.catalogue.count_titles() == 1


def test_before_commit_hooks_run_inside_the_transaction(app: Shuyi, db_path: Path) -> None:
    seen: list[tuple[str, str, set[str]]] = []

    def audit(write: Write) -> None:
        seen.append((write.action, write.actor.name, set(write.tables)))
        if write.action == "sites.add_site":
            raise errors.DatabaseBusy()  # stands for a refusal by a role check

    app.uow.before_commit.append(audit)
    app.settings.save({"org.name": "建湖县总工会"})
    assert seen[0][:2] == ("settings.save", "local")
    with pytest.raises(errors.DatabaseBusy):
        app.sites.add_site(_room())
    assert seen[1][0] == "sites.add_site" and "sites" in seen[1][2], "the hook saw the flushed, uncommitted row"
    assert _sites_in_file(db_path) == [], "a hook's refusal rolls the write back"


def test_an_action_is_a_dotted_name(app: Shuyi) -> None:
    for bad in ("add_site", "Sites.Add", "sites.", ""):
        with pytest.raises(ValueError, match="dotted"), app.uow.writing(bad):
            pass


def test_the_injected_clock_is_the_time_of_every_use_case(db_path: Path) -> None:
    """Due dates, overdue counts and a copy's acquisition day all follow app.time, not the computer's clock."""
    with Shuyi.open(db_path, create=False, time=FixedTime(T0)) as app:
        app.sites.add_site(_room())
        reader = app.readers.add_reader(ReaderInput(name="张伟", site_code="JH01"))
        title = app.catalogue.add_title(TitleInput(title="活着"), site_code="JH01", copies=1)
        [copy] = app.catalogue.title(title.id)[1]
        assert copy.acquired_on == Clock(T0).today

        app.circulation.scan(DeskState(site_code="JH01"), reader.card_code)
        lent, _ = app.circulation.scan(DeskState(site_code="JH01", reader_id=reader.id), copy.code)
        assert lent.ok and lent.due_on is not None and lent.due_on > Clock(T0).today
        assert app.stats().overdue_loans == 0

        app.time.advance(days=(lent.due_on - Clock(T0).today).days)
        assert app.stats().overdue_loans == 0, "due today is not overdue yet"
        app.time.advance(days=1)
        assert app.stats().overdue_loans == 1, "a day past its due day, the loan is overdue"


def test_time_sources() -> None:
    fixed = FixedTime(T0)
    assert fixed.now() == T0
    assert fixed.advance(hours=1) == T0 + dt.timedelta(hours=1)
    fixed.set(T0)
    assert fixed.advance(dt.timedelta(days=2)) == T0 + dt.timedelta(days=2)
    with pytest.raises(ValueError, match="aware"):
        FixedTime(dt.datetime(2026, 1, 1))  # naive: refused
    assert SystemTime().now().tzinfo is not None
    assert Clock(T0).today == T0.astimezone().date()
