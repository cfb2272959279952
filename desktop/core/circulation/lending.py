"""Loans and holds: lend, return (with 通借通还 transit and floating rooms), renew, reserve, and hold expiry.

Every function works inside the caller's write transaction and either changes what it says or raises a
ShuyiError before changing anything (so the caller's rollback leaves the database as it was).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from sqlalchemy import Date, bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import (
    Copy,
    CopyStatus,
    Hold,
    HoldStatus,
    Loan,
    Reader,
    ReaderType,
    Site,
    Title,
    Transfer,
    TransferItem,
    TransferKind,
    TransferStatus,
)
from desktop.core import errors
from desktop.core.circulation import results as r
from desktop.core.circulation.results import Action, Level, Say, ScanResult
from desktop.core.circulation.rules import (
    inactive,
    open_loan,
    ready_hold_on,
    sent_transfer_of,
    shelf_room_id,
    why_blocked,
)
from desktop.core.clock import Clock
from desktop.core.privacy import mask_name

HOLD_WAIT_DAYS = 60
"""A hold no copy came for lapses after this many days."""
HOLD_PICKUP_DAYS = 7
"""A copy kept aside waits this many days for its reader."""


_DUE_HOLDS = select(Hold).where(Hold.status.in_((HoldStatus.WAITING, HoldStatus.READY)),
                                Hold.expires_on < bindparam("today", type_=Date())).order_by(Hold.expires_on, Hold.id)


def _site_code(session: Session, site_id: int) -> str:
    return session.scalar(select(Site.code).where(Site.id == site_id)) or "?"


# -- lending ------------------------------------------------------------------------------------------------
@contextmanager
def attempting(action: Action) -> Iterator[None]:
    """Tag a refusal raised inside with what the scan tried to do (the innermost attempt wins)."""
    try:
        yield
    except errors.ShuyiError as exc:
        if getattr(exc, "attempted", None) is None:
            exc.attempted = action  # type: ignore[attr-defined]
        raise


def lend(session: Session, *, code: str, reader: Reader, copy: Copy, title: Title, here: Site,
         clock: Clock) -> ScanResult:
    """Lend `copy` to `reader` at `here`; a copy the reader already has is renewed, or returned when overdue."""
    with attempting(Action.LEND):
        return _lend(session, code=code, reader=reader, copy=copy, title=title, here=here, clock=clock)


def _lend(session: Session, *, code: str, reader: Reader, copy: Copy, title: Title, here: Site,
          clock: Clock) -> ScanResult:
    rtype = session.get_one(ReaderType, reader.type_id)
    loan = open_loan(session, copy.id)
    if loan is not None:
        if loan.reader_id == reader.id and loan.due_on < clock.today:  # the desk just said "return it first"
            returned = check_in(session, code=code, copy=copy, title=title, here=here, clock=clock)
            return replace(returned, reader_id=reader.id)  # the reader stays at the desk
        if loan.reader_id == reader.id:
            return renew(session, code=code, loan=loan, reader=reader, copy=copy, title=title, clock=clock)
        raise errors.CopyOnLoanElsewhere(code=copy.code, title=title.title, due=loan.due_on.isoformat())
    if copy.status is CopyStatus.WITHDRAWN:
        raise errors.CopyWithdrawn(code=copy.code, title=title.title)
    if copy.status is CopyStatus.LOST:
        raise errors.CopyLost(code=copy.code, title=title.title)
    held = ready_hold_on(session, copy.id)
    if held is not None and held.reader_id != reader.id:
        raise errors.CopyHeldForOther(code=copy.code, title=title.title, until=held.expires_on.isoformat())
    travelling = sent_transfer_of(session, copy.id) if copy.status is CopyStatus.IN_TRANSIT else None
    if travelling is not None and travelling[0].kind is not TransferKind.TRANSIT:
        raise errors.CopyInTransfer(code=copy.code, title=title.title, transfer=travelling[0].id,
                                    site=_site_code(session, travelling[0].to_site_id))
    blocked = why_blocked(session, reader, rtype, clock.today)
    if blocked is not None:
        raise blocked

    due = clock.today + dt.timedelta(days=rtype.loan_days)
    template = r.LENT
    params: dict[str, object] = {"title": title.title, "due": due.isoformat()}
    if travelling is not None:  # lent where it stood on its way home: the transit ends here
        transfer, item = travelling
        item.received_at = clock.now
        transfer.status, transfer.received_at = TransferStatus.CANCELLED, clock.now
        params["site"] = _site_code(session, transfer.to_site_id)
        template = r.LENT_FROM_TRANSIT
    hold = held or session.scalars(select(Hold).where(
        Hold.reader_id == reader.id, Hold.title_id == title.id,
        Hold.status.in_((HoldStatus.WAITING, HoldStatus.READY)))).first()
    if hold is not None:
        aside = hold.copy_id if hold.status is HoldStatus.READY and hold.copy_id != copy.id else None
        _close_hold(session, hold, HoldStatus.COLLECTED, clock)
        if aside is not None:  # the reader took another copy: the one kept aside goes on (next hold, home, stays)
            _release(session, aside, hold.pickup_site_id, clock)
        hold.copy_id = copy.id
        template = r.LENT_HOLD
    session.add(Loan(copy_id=copy.id, reader_id=reader.id, site_id=here.id, lent_at=clock.now, due_on=due))
    copy.status = CopyStatus.ON_LOAN
    try:
        session.flush()
    except IntegrityError:  # another desk lent it a moment ago: the partial unique index said no
        raise errors.CopyOnLoanElsewhere(code=copy.code, title=title.title, due="?") from None
    return ScanResult(code=code, action=Action.LEND, level=Level.SUCCESS, say=Say(template, params),
                      reader_id=reader.id, copy_code=copy.code, title=title.title, due_on=due)


def renew(session: Session, *, code: str, loan: Loan, reader: Reader, copy: Copy, title: Title,
          clock: Clock) -> ScanResult:
    """A renewal counts from today; refused past the reader type's limit, while others wait for the title, and for
    an overdue book unless the reader type allows renewing overdue books (the desk returns those instead)."""
    with attempting(Action.RENEW):
        return _renew(session, code=code, loan=loan, reader=reader, copy=copy, title=title, clock=clock)


def _renew(session: Session, *, code: str, loan: Loan, reader: Reader, copy: Copy, title: Title,
           clock: Clock) -> ScanResult:
    rtype = session.get_one(ReaderType, reader.type_id)
    if (refusal := inactive(reader)) is not None:
        raise refusal
    if clock.today + dt.timedelta(days=rtype.loan_days) <= loan.due_on:  # say why nothing changes
        return ScanResult(code=code, action=Action.RENEW, level=Level.WARNING, panel_changed=False,
                          say=Say(r.RENEWAL_CHANGES_NOTHING, {"title": title.title, "due": loan.due_on.isoformat(),
                                                              "days": (loan.due_on - clock.today).days}),
                          reader_id=reader.id, copy_code=copy.code, title=title.title, due_on=loan.due_on)
    late = (clock.today - loan.due_on).days
    if late > 0 and not rtype.renew_overdue:
        raise errors.RenewalOverdue(code=copy.code, title=title.title, days=late, type=rtype.name)
    if loan.renewals >= rtype.max_renewals:
        raise errors.RenewalLimit(code=copy.code, title=title.title, count=loan.renewals, type=rtype.name)
    waiting = session.scalar(select(func.count()).select_from(Hold).where(
        Hold.title_id == title.id, Hold.status == HoldStatus.WAITING, Hold.reader_id != reader.id)) or 0
    if waiting:
        raise errors.RenewalHeld(code=copy.code, title=title.title, count=waiting)
    loan.due_on = clock.today + dt.timedelta(days=rtype.loan_days)
    loan.renewals += 1
    loan.renewed_at = clock.now
    session.flush()
    return ScanResult(code=code, action=Action.RENEW, level=Level.SUCCESS,
                      say=Say(r.RENEWED, {"title": title.title, "due": loan.due_on.isoformat()}),
                      reader_id=reader.id, copy_code=copy.code, title=title.title, due_on=loan.due_on)


# -- returning ----------------------------------------------------------------------------------------------
def check_in(session: Session, *, code: str, copy: Copy, title: Title, here: Site, clock: Clock) -> ScanResult:
    """A copy scanned with no reader active: returned if on loan, received if it was coming here, found if lost."""
    loan = open_loan(session, copy.id)
    base = {"title": title.title}
    if loan is not None:
        loan.returned_at, loan.returned_site_id = clock.now, here.id
        copy.status = CopyStatus.ON_SHELF
        late = (clock.today - loan.due_on).days
        placed = _place(session, copy, title, here, clock)
        if placed is not None and late > 0:  # the overdue days are said even when the copy must go somewhere
            return _placed_result(code, Action.RETURN, copy, title, placed, kept=r.RETURNED_LATE_KEEP,
                                  sent=r.RETURNED_LATE_SEND, floats=r.RETURNED_LATE_FLOATS, days=late)
        if placed is not None:
            return _placed_result(code, Action.RETURN, copy, title, placed, kept=r.RETURNED_KEEP,
                                  sent=r.RETURNED_SEND, floats=r.RETURNED_FLOATS)
        say = Say(r.RETURNED_OVERDUE, base | {"days": late}) if late > 0 else Say(r.RETURNED, base)
        return ScanResult(code=code, action=Action.RETURN, level=Level.WARNING if late > 0 else Level.SUCCESS,
                          say=say, copy_code=copy.code, title=title.title)
    if copy.status is CopyStatus.WITHDRAWN:
        return _info(code, copy, title, Say(r.WITHDRAWN_INFO, base))
    if copy.status is CopyStatus.IN_TRANSIT:
        travelling = sent_transfer_of(session, copy.id)
        if travelling is None:
            from desktop.core.circulation import transfers  # transfers builds on this module

            late = transfers.late_arrival(session, copy, here, clock)
            if late is not None:
                source = _site_code(session, late[0].from_site_id)
                if late[1] is not None:
                    name = mask_name(session.get_one(Reader, late[1].reader_id).name)
                    return ScanResult(code=code, action=Action.ARRIVED, level=Level.WARNING, copy_code=copy.code,
                                      title=title.title, hold_for=name, say=Say(r.ARRIVED_KEEP, base | {
                                          "site": source, "name": name, "until": late[1].expires_on.isoformat()}))
                return ScanResult(code=code, action=Action.ARRIVED, level=Level.SUCCESS, copy_code=copy.code,
                                  title=title.title, say=Say(r.ARRIVED, base | {"site": source}))
        if travelling is None or travelling[0].kind is TransferKind.TRANSIT:
            target = travelling[0].to_site_id if travelling else shelf_room_id(copy)
            if target != here.id:
                return _info(code, copy, title, Say(r.IN_TRANSIT_ONWARD, base | {
                    "site": _site_code(session, target)}), level=Level.WARNING)
            source = _site_code(session, travelling[0].from_site_id) if travelling else "?"
            if travelling:
                travelling[1].received_at = clock.now
                travelling[0].status, travelling[0].received_at = TransferStatus.RECEIVED, clock.now
            copy.status = CopyStatus.ON_SHELF
            placed = _place(session, copy, title, here, clock)
            if placed is not None and placed[0] == "hold":
                return _placed_result(code, Action.ARRIVED, copy, title, placed, kept=r.ARRIVED_KEEP,
                                      sent=r.RETURNED_SEND, floats=r.RETURNED_FLOATS, source=source)
            say = Say(r.ARRIVED, base | {"site": source}) if travelling else Say(r.ARRIVED_HOME, base)
            return ScanResult(code=code, action=Action.ARRIVED, level=Level.SUCCESS, say=say, copy_code=copy.code,
                              title=title.title)
        transfer = travelling[0]
        return _info(code, copy, title, Say(r.IN_TRANSFER, base | {
            "transfer": transfer.id, "site": _site_code(session, transfer.from_site_id)}), level=Level.WARNING)
    if copy.status is CopyStatus.LOST:
        copy.status = CopyStatus.ON_SHELF
        placed = _place(session, copy, title, here, clock)
        if placed is not None and placed[0] == "send":
            return ScanResult(code=code, action=Action.RETURN, level=Level.WARNING,
                              say=Say(r.FOUND_SEND, base | {"site": placed[1]}), copy_code=copy.code,
                              title=title.title, send_to=placed[1], send_to_name=placed[2])
        if placed is not None and placed[0] == "hold":
            return _placed_result(code, Action.RETURN, copy, title, placed, kept=r.RETURNED_KEEP,
                                  sent=r.RETURNED_SEND, floats=r.RETURNED_FLOATS)
        return ScanResult(code=code, action=Action.RETURN, level=Level.WARNING, say=Say(r.FOUND, base),
                          copy_code=copy.code, title=title.title)
    held = ready_hold_on(session, copy.id)
    if held is not None:
        name = mask_name(session.get_one(Reader, held.reader_id).name)
        return _info(code, copy, title, Say(r.ON_HOLD_SHELF, base | {
            "name": name, "until": held.expires_on.isoformat()}), level=Level.WARNING)
    return _info(code, copy, title, Say(r.NOT_ON_LOAN, base | {"status": r.word(copy.status)}), level=Level.WARNING)


def _info(code: str, copy: Copy, title: Title, say: Say, *, level: Level = Level.SUCCESS) -> ScanResult:
    return ScanResult(code=code, action=Action.INFO, level=level, say=say, copy_code=copy.code, title=title.title,
                      panel_changed=False)


Placement = tuple[str, str, str]
"""("hold", masked reader name, until) · ("send", room code, room name) · ("float", room code, "")."""


def _place(session: Session, copy: Copy, title: Title, here: Site, clock: Clock) -> Placement | None:
    """Where a copy now on the shelf at `here` goes: a hold here, back to its room in transit, or it floats here.
    None: it belongs here and nobody is waiting."""
    hold = serve_next_hold(session, copy, here, clock)
    if hold is not None:
        return ("hold", mask_name(session.get_one(Reader, hold.reader_id).name), hold.expires_on.isoformat())
    target_id = shelf_room_id(copy)
    if target_id == here.id:
        return None
    target = session.get_one(Site, target_id)
    if here.floats and target.floats:
        copy.shelved_at_id = None if here.id == copy.home_site_id else here.id
        return ("float", here.code, "")
    send_in_transit(session, copy, source=here, target=target, clock=clock)
    return ("send", target.code, target.name)


def _placed_result(code: str, action: Action, copy: Copy, title: Title, placed: Placement, *, kept: str, sent: str,
                   floats: str, source: str = "", days: int = 0) -> ScanResult:
    kind, who, until = placed  # until: the room's name when the copy is sent
    base: dict[str, object] = {"title": title.title, "site": source or who}
    if days:
        base["days"] = days
    if kind == "hold":
        return ScanResult(code=code, action=action, level=Level.WARNING,
                          say=Say(kept, base | {"name": who, "until": until}), copy_code=copy.code,
                          title=title.title, hold_for=who)
    if kind == "send":
        return ScanResult(code=code, action=action, level=Level.WARNING, say=Say(sent, base), copy_code=copy.code,
                          title=title.title, send_to=who, send_to_name=until)
    return ScanResult(code=code, action=action, level=Level.SUCCESS, say=Say(floats, base), copy_code=copy.code,
                      title=title.title)


def send_in_transit(session: Session, copy: Copy, *, source: Site, target: Site, clock: Clock) -> Transfer:
    transfer = Transfer(kind=TransferKind.TRANSIT, status=TransferStatus.SENT, from_site_id=source.id,
                        to_site_id=target.id, sent_at=clock.now)
    session.add(transfer)
    session.flush()
    session.add(TransferItem(transfer_id=transfer.id, copy_id=copy.id, added_at=clock.now))
    copy.status = CopyStatus.IN_TRANSIT
    session.flush()
    return transfer


# -- holds ----------------------------------------------------------------------------------------------------
def place_hold(session: Session, *, code: str, reader: Reader, title: Title, here: Site, clock: Clock) -> ScanResult:
    """Reserve a title for pickup here; refused when a copy is on the shelf here or the reader has one already."""
    with attempting(Action.HOLD):
        return _place_hold(session, code=code, reader=reader, title=title, here=here, clock=clock)


def _place_hold(session: Session, *, code: str, reader: Reader, title: Title, here: Site,
                clock: Clock) -> ScanResult:
    if (refusal := inactive(reader)) is not None:
        raise refusal
    existing = session.scalars(select(Hold).where(
        Hold.reader_id == reader.id, Hold.title_id == title.id,
        Hold.status.in_((HoldStatus.WAITING, HoldStatus.READY)))).first()
    if existing is not None:
        return ScanResult(code=code, action=Action.HOLD, level=Level.WARNING, reader_id=reader.id, title=title.title,
                          say=Say(r.HOLD_EXISTS, {"name": mask_name(reader.name), "title": title.title}),
                          panel_changed=False)
    has_it = session.scalar(select(func.count()).select_from(Loan).join(Copy, Copy.id == Loan.copy_id).where(
        Loan.reader_id == reader.id, Loan.returned_at.is_(None), Copy.title_id == title.id)) or 0
    if has_it:
        raise errors.AlreadyBorrowed(name=mask_name(reader.name), title=title.title)
    free = available_here(session, title.id, here.id)
    if free:
        raise errors.HoldNotNeeded(title=title.title, count=free)
    ahead = session.scalar(select(func.count()).select_from(Hold).where(
        Hold.title_id == title.id, Hold.pickup_site_id == here.id, Hold.status == HoldStatus.WAITING)) or 0
    until = clock.today + dt.timedelta(days=HOLD_WAIT_DAYS)
    session.add(Hold(title_id=title.id, reader_id=reader.id, pickup_site_id=here.id, status=HoldStatus.WAITING,
                     placed_at=clock.now, expires_on=until))
    session.flush()
    return ScanResult(code=code, action=Action.HOLD, level=Level.SUCCESS, reader_id=reader.id, title=title.title,
                      say=Say(r.HOLD_PLACED, {"title": title.title, "name": mask_name(reader.name), "ahead": ahead,
                                              "until": until.isoformat()}))


def available_here(session: Session, title_id: int, site_id: int) -> int:
    """Copies of a title on the shelf of a room and not kept aside for a hold."""
    held = select(Hold.copy_id).where(Hold.status == HoldStatus.READY, Hold.copy_id.is_not(None))
    return session.scalar(select(func.count()).select_from(Copy).where(
        Copy.title_id == title_id, Copy.status == CopyStatus.ON_SHELF,
        func.coalesce(Copy.shelved_at_id, Copy.home_site_id) == site_id, Copy.id.not_in(held))) or 0


def cancel_hold(session: Session, hold_id: int, *, clock: Clock) -> None:
    """Cancel a hold; a copy kept aside for it goes on from its pickup room (next hold, home, or stays)."""
    hold = session.get(Hold, hold_id)
    if hold is None or hold.status not in (HoldStatus.WAITING, HoldStatus.READY):
        raise errors.UnknownHold(id=hold_id)
    copy_id = hold.copy_id if hold.status is HoldStatus.READY else None
    _close_hold(session, hold, HoldStatus.CANCELLED, clock)
    if copy_id is not None:
        _release(session, copy_id, hold.pickup_site_id, clock)


def _release(session: Session, copy_id: int, site_id: int, clock: Clock) -> None:
    """A copy no longer kept aside at a pickup room: the next hold there, else back to its shelf room."""
    copy = session.get_one(Copy, copy_id)
    if copy.status is CopyStatus.ON_SHELF:
        _place(session, copy, session.get_one(Title, copy.title_id), session.get_one(Site, site_id), clock)


def _close_hold(session: Session, hold: Hold, status: HoldStatus, clock: Clock) -> None:
    hold.status, hold.closed_at = status, clock.now
    session.flush()


def serve_next_hold(session: Session, copy: Copy, here: Site, clock: Clock) -> Hold | None:
    """Keep `copy` aside for the longest-waiting hold on its title collected at `here`, if any."""
    if copy.status is not CopyStatus.ON_SHELF:
        return None
    hold = session.scalars(select(Hold).where(
        Hold.title_id == copy.title_id, Hold.pickup_site_id == here.id, Hold.status == HoldStatus.WAITING)
        .order_by(Hold.placed_at, Hold.id).limit(1)).first()
    if hold is None:
        return None
    hold.status, hold.copy_id = HoldStatus.READY, copy.id
    hold.ready_on = clock.today
    hold.expires_on = clock.today + dt.timedelta(days=HOLD_PICKUP_DAYS)
    session.flush()
    return hold


def expire_holds(session: Session, clock: Clock) -> int:
    """Lapse holds past their day; a copy that was kept aside goes to the next reader waiting there."""
    due = list(session.scalars(_DUE_HOLDS, {"today": clock.today}))
    if not due:
        return 0
    freed: list[tuple[int, int]] = []
    for hold in due:
        if hold.status is HoldStatus.READY and hold.copy_id is not None:
            freed.append((hold.copy_id, hold.pickup_site_id))
        hold.status, hold.closed_at = HoldStatus.EXPIRED, clock.now
    session.flush()
    for copy_id, site_id in freed:
        _release(session, copy_id, site_id, clock)
    return len(due)

