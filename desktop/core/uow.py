"""The unit of work: one session and one transaction per use case, and the one place writes are hooked.

    with uow.reading() as session: ...                                  # BEGIN DEFERRED: never blocks a writer
    with uow.writing("catalogue.add_title") as session: ...             # BEGIN IMMEDIATE on SQLite

Every write names its action (a dotted, literal name: tests/test_architecture.py lists them all) and its actor
(the local user until accounts exist). Hooks run inside the transaction just before it commits
(`before_commit`: roles, the audit trail, PostgreSQL locks) or once it has committed (`after_commit`: change
notices). A write that raises is rolled back and runs no after-commit hook. The database's own failures come
out as typed errors (db_errors.typed_errors).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from db.engine import writer
from desktop.core.clock import Clock, TimeSource, moment
from desktop.core.database import Location
from desktop.core.db_errors import typed_errors
from desktop.core.notices import Notice, Notices

ACTION_RE = re.compile(r"^[a-z][a-z_]*(\.[a-z][a-z_]*)+$")
"""An action is a dotted name, domain first: "catalogue.add_title", "circulation.scan"."""
_WRITE = "shuyi.write"
"""The key of a write session's `info` that holds its Write."""


@dataclass(frozen=True)
class Actor:
    """Who a write is done for. Until accounts exist, always the person at this computer."""

    name: str = "local"


LOCAL_USER = Actor()


@dataclass
class Write:
    """A write in progress, as the hooks see it."""

    action: str
    actor: Actor
    session: Session
    tables: set[str] = field(default_factory=set)
    """The tables the ORM has written so far (flushed objects and ORM insert/update/delete statements)."""


Hook = Callable[[Write], object]


class UnitOfWork:
    """Sessions on one database, the time source its use cases read, and the hooks around every write."""

    def __init__(self, engine: Engine, location: Location, time: TimeSource, notices: Notices | None = None) -> None:
        self.location = location
        self.time = time
        self.notices = notices or Notices()
        self.before_commit: list[Hook] = []
        self.after_commit: list[Hook] = [self._publish]
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(bind=writer(engine), expire_on_commit=False)
        event.listen(self._write_sessions, "after_flush", _note_flushed)
        event.listen(self._write_sessions, "do_orm_execute", _note_statement)

    def clock(self) -> Clock:
        """The moment now, from the injected time source: read once per use case."""
        return moment(self.time)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with typed_errors(self.location), self._read_sessions() as session, session.begin():
            yield session

    @contextmanager
    def writing(self, action: str, actor: Actor = LOCAL_USER) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on any error."""
        if not ACTION_RE.fullmatch(action):
            raise ValueError(f"an action is a dotted name such as 'catalogue.add_title', not {action!r}")
        with typed_errors(self.location), self._write_sessions() as session:
            write = Write(action, actor, session)
            session.info[_WRITE] = write
            with session.begin():
                yield session
                for hook in self.before_commit:
                    hook(write)
        for hook in self.after_commit:
            hook(write)

    def _publish(self, write: Write) -> None:
        self.notices.publish(Notice(action=write.action, actor=write.actor.name, tables=frozenset(write.tables)))


def _note_flushed(session: Session, _context: Any) -> None:
    write: Write | None = session.info.get(_WRITE)
    if write is not None:
        for obj in (*session.new, *session.dirty, *session.deleted):
            table = getattr(obj, "__tablename__", None)
            if table:
                write.tables.add(table)


def _note_statement(state: ORMExecuteState) -> None:
    write: Write | None = state.session.info.get(_WRITE)
    if write is not None and (state.is_insert or state.is_update or state.is_delete):
        table = getattr(state.statement, "table", None)
        if table is not None:
            write.tables.add(table.name)
