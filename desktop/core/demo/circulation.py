"""The demo's circulation history: two months of loans at the desk, some returned (one at another room), some
open, a few overdue, and holds — made by the same desk logic a librarian's scans go through."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Copy, CopyStatus, Reader, Site, Title
from desktop.core import errors
from desktop.core.circulation import dispatch
from desktop.core.circulation.dispatch import DeskState
from desktop.core.circulation.results import Action, Level
from desktop.core.clock import Clock


@dataclass(frozen=True)
class DemoLoans:
    lent: int
    returned: int
    holds: int


@dataclass(order=True)
class _Event:
    at: dt.datetime
    room: str
    codes: tuple[str, ...]
    reader: str = ""


def load(session: Session, *, seed: int, now: dt.datetime, readers_with_loans: int) -> DemoLoans:
    """Scans replayed in time order, each at its own moment in the last 75 days (so due dates fall around now)."""
    rng = random.Random(seed)
    rows = session.execute(select(Reader.card_code, Site.code).join(Site, Site.id == Reader.home_site_id)
                           .order_by(Reader.id)).all()
    shelf: dict[str, list[str]] = {}
    for code, room in session.execute(select(Copy.code, Site.code).join(Site, Site.id == Copy.home_site_id)
                                      .where(Copy.status == CopyStatus.ON_SHELF).order_by(Copy.id)):
        shelf.setdefault(room, []).append(code)
    for codes_ in shelf.values():
        rng.shuffle(codes_)
    rooms = sorted(shelf)
    events: list[_Event] = []
    lent = returned = 0
    for card, room in rows[:readers_with_loans]:
        if not shelf.get(room):
            continue
        days_ago = rng.randint(3, 75)
        at = now - dt.timedelta(days=days_ago, hours=rng.randint(0, 6), minutes=rng.randint(0, 59))
        taken = [shelf[room].pop() for _ in range(min(rng.randint(1, 2), len(shelf[room])))]
        events.append(_Event(at, room, tuple(taken), reader=card))
        lent += len(taken)
        if days_ago > 20 and rng.random() < 0.7:  # brought back, most at home, now and then at another room
            back = at + dt.timedelta(days=rng.randint(7, days_ago - 2), hours=1)
            where = room if rng.random() < 0.8 else rng.choice([r for r in rooms if r != room] or [room])
            events.append(_Event(back, where, tuple(taken)))
            returned += len(taken)
            if where != room:  # it travels home the next day
                events.append(_Event(back + dt.timedelta(days=1), room, tuple(taken)))
    events.sort()
    for event in events:
        state = DeskState(site_code=event.room)
        clock = Clock(event.at)
        if event.reader:
            state = DeskState(site_code=event.room,
                              reader_id=dispatch.scan(session, state, event.reader, clock).reader_id)
        for code in event.codes:
            dispatch.scan(session, state, code, clock)
    holds = _holds(session, rows, rng, now)
    _registered_before_first_loan(session, events, now)
    return DemoLoans(lent=lent, returned=returned, holds=holds)


def _registered_before_first_loan(session: Session, events: list[_Event], now: dt.datetime) -> None:
    """Each reader registered some weeks before their first loan (the others within the last year), not today."""
    first: dict[str, dt.datetime] = {}
    for event in events:  # in time order
        if event.reader:
            first.setdefault(event.reader, event.at)
    for reader in session.scalars(select(Reader).order_by(Reader.id)):
        before = first.get(reader.card_code, now)
        reader.registered_on = (before - dt.timedelta(days=7 + reader.id * 37 % 300)).date()
    session.flush()


def _holds(session: Session, rows: list, rng: random.Random, now: dt.datetime) -> int:
    """Readers waiting for titles whose every copy in their room is out."""
    out = session.execute(
        select(Title.isbn13, Site.code).join(Copy, Copy.title_id == Title.id).join(Site, Site.id == Copy.home_site_id)
        .where(Copy.status == CopyStatus.ON_LOAN, Title.isbn13.is_not(None)).order_by(Copy.id)).all()
    placed = 0
    clock = Clock(now - dt.timedelta(days=2))
    for isbn13, room in out[:4]:
        candidates = [card for card, home in rows if home == room]
        if not candidates:
            continue
        state = DeskState(site_code=room)
        card = candidates[rng.randrange(len(candidates))]
        state = DeskState(site_code=room, reader_id=dispatch.scan(session, state, card, clock).reader_id)
        try:
            result = dispatch.scan(session, state, isbn13, clock)
        except errors.ShuyiError:  # a copy is on the shelf here, or this reader has it: no hold needed
            continue
        placed += result.action is Action.HOLD and result.level is Level.SUCCESS
    return placed
