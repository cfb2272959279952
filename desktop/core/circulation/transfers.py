"""Transfers between rooms (调拨) and rotating book boxes (漂流书箱).

A transfer is built by scanning copies into it at the sending room, sent (its copies go in transit), and received
by scanning them at the destination; finishing the receipt lists what never came and what came unasked. A book
box is received the same way but its copies only stay at the destination (shelved_at) until return_box sends them
home in a book box of their own.

Every function works in the caller's write transaction and raises a ShuyiError before changing anything when it
refuses, so the caller's rollback leaves the database as it was. What a transfer holds, its receipt report, the
lists and the overdue book boxes are read in transfer_views.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Copy,
    CopyStatus,
    Hold,
    Reader,
    Site,
    SiteKind,
    Title,
    Transfer,
    TransferItem,
    TransferKind,
    TransferStatus,
)
from desktop.core import codes, errors
from desktop.core.circulation import lending, rules
from desktop.core.circulation import results as r
from desktop.core.circulation.results import Action, Level, Say, ScanResult, word
from desktop.core.circulation.rules import shelf_room_id
from desktop.core.circulation.transfer_views import (
    TransferInfo,
    TransferReport,
    get,
    item_counts,
    report,
    transfer_by_id,
    transfer_info,
)
from desktop.core.clock import Clock
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.privacy import mask_name
from desktop.core.sites import site_by_code

# Desk messages (context "Desk"), said after a scan in a transfer mode.
ADDED = QT_TRANSLATE_NOOP("Desk", "Added {title} to transfer {transfer}: {count} in the list")
ALREADY_LISTED = QT_TRANSLATE_NOOP("Desk", "{title} is already in the list of transfer {transfer}: nothing changed")
RECEIVED = QT_TRANSLATE_NOOP("Desk", "Received {title} from {site}: {done} of {total}")
ALREADY_RECEIVED = QT_TRANSLATE_NOOP("Desk", "{title} was already received in transfer {transfer}: nothing changed")
UNEXPECTED = QT_TRANSLATE_NOOP("Desk", "{title} is not in transfer {transfer}: recorded as unexpected, set it aside")

HELD = "on_hold_shelf"
"""The status a copy kept aside for a ready hold is given in CopyNotMovable."""


class TransferToSelf(errors.ShuyiError):
    code = "transfer.to_self"
    template = QT_TRANSLATE_NOOP("Errors", "A transfer goes to another site, not from {site} to itself")


class SiteClosed(errors.ShuyiError):
    code = "transfer.site_closed"
    template = QT_TRANSLATE_NOOP("Errors", "{site} closed on {date}: nothing can be sent there")


class CopyInOpenTransfer(errors.ShuyiError):
    code = "transfer.copy_in_open_transfer"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{code} ({title}) is already in transfer {transfer}, not yet sent: remove it from there first")


class NotInTransfer(errors.ShuyiError):
    code = "transfer.not_listed"
    template = QT_TRANSLATE_NOOP("Errors", "{code} is not in the list of transfer {id}")


class NotABookBox(errors.ShuyiError):
    code = "transfer.not_a_book_box"
    template = QT_TRANSLATE_NOOP("Errors", "Transfer {id} is not a book box sent out: only book boxes come back")


# -- building and sending -----------------------------------------------------------------------------------
def create(session: Session, *, kind: TransferKind, source: Site, target_code: str, return_by: dt.date | None,
           note: str, clock: Clock) -> TransferInfo:
    """An open transfer (调拨, for good: to a reading room) or book box (漂流书箱: to a room or a work site,
    back by return_by, after today). A transfer has no return date: one given is ignored."""
    if kind not in (TransferKind.TRANSFER, TransferKind.BOOK_BOX):
        raise ValueError(f"transfers of kind {kind} are made by the desk, not by hand")
    target = site_by_code(session, target_code)
    if target.id == source.id:
        raise TransferToSelf(site=source.code)
    if target.closed_on is not None:
        raise SiteClosed(site=target.code, date=target.closed_on.isoformat())
    if kind is TransferKind.TRANSFER:
        if target.kind is not SiteKind.READING_ROOM:
            raise errors.NotAReadingRoom(code=target.code)
        return_by = None
    elif return_by is None or return_by <= clock.today:
        raise errors.BadReturnDate(date=return_by.isoformat() if return_by else "-")
    transfer = Transfer(kind=kind, status=TransferStatus.OPEN, from_site_id=source.id, to_site_id=target.id,
                        return_by=return_by, note=note.strip(), created_at=clock.now)
    session.add(transfer)
    session.flush()
    return transfer_info(session, transfer)


def scan_into(session: Session, *, code: str, transfer_id: int, copy: Copy, title: Title, here: Site,
              clock: Clock) -> ScanResult:
    """Add a copy on this room's shelf to the open transfer being built here."""
    transfer = transfer_by_id(session, transfer_id)
    _require(transfer, TransferStatus.OPEN, "filled")
    _at(session, transfer, here, transfer.from_site_id)
    params: dict[str, object] = {"title": title.title, "transfer": transfer.id}
    if _item(session, transfer.id, copy.id) is not None:
        return ScanResult(code=code, action=Action.TRANSFER_ADD, level=Level.WARNING, say=Say(ALREADY_LISTED, params),
                          copy_code=copy.code, title=title.title, panel_changed=False)
    _check_movable(session, copy, title, here, transfer_id=transfer.id)
    session.add(TransferItem(transfer_id=transfer.id, copy_id=copy.id, added_at=clock.now))
    session.flush()
    count = item_counts(session, [transfer.id]).get(transfer.id, (0, 0, 0))[0]
    return ScanResult(code=code, action=Action.TRANSFER_ADD, level=Level.SUCCESS,
                      say=Say(ADDED, params | {"count": count}), copy_code=copy.code, title=title.title)


def remove_item(session: Session, transfer_id: int, copy_code: str) -> TransferInfo:
    """Take a copy out of an open transfer's list (it never left the shelf)."""
    transfer = transfer_by_id(session, transfer_id)
    _require(transfer, TransferStatus.OPEN, "changed")
    text = codes.clean(copy_code)
    item = session.scalars(select(TransferItem).join(Copy, Copy.id == TransferItem.copy_id).where(
        TransferItem.transfer_id == transfer.id, Copy.code == text)).one_or_none()
    if item is None:
        raise NotInTransfer(code=text, id=transfer.id)
    session.delete(item)
    session.flush()
    return get(session, transfer.id)


def cancel(session: Session, transfer_id: int, *, here: Site, clock: Clock) -> TransferInfo:
    """Give up an open transfer at its sending room; its copies never left the shelf."""
    transfer = transfer_by_id(session, transfer_id)
    _require(transfer, TransferStatus.OPEN, "cancelled")
    _at(session, transfer, here, transfer.from_site_id)
    transfer.status = TransferStatus.CANCELLED
    session.flush()
    return transfer_info(session, transfer)


def send(session: Session, transfer_id: int, *, here: Site, clock: Clock) -> TransferInfo:
    """OPEN → SENT: every listed copy (checked again: it may have been lent since) goes in transit."""
    transfer = transfer_by_id(session, transfer_id)
    _require(transfer, TransferStatus.OPEN, "sent")
    _at(session, transfer, here, transfer.from_site_id)
    rows = session.execute(select(Copy, Title).join(TransferItem, TransferItem.copy_id == Copy.id)
                           .join(Title, Title.id == Copy.title_id)
                           .where(TransferItem.transfer_id == transfer.id).order_by(TransferItem.id)).all()
    if not rows:
        raise errors.EmptyTransfer(id=transfer.id)
    for copy, title in rows:
        _check_movable(session, copy, title, here, transfer_id=transfer.id)
    for copy, _ in rows:
        copy.status = CopyStatus.IN_TRANSIT
        # On its way to the destination's shelf (Copy.shelved_at_id), so that a copy that turns up there after
        # the receipt was finished is taken in by the desk instead of being sent back.
        copy.shelved_at_id = None if transfer.to_site_id == copy.home_site_id else transfer.to_site_id
    transfer.status, transfer.sent_at = TransferStatus.SENT, clock.now
    session.flush()
    return transfer_info(session, transfer)


# -- receiving ------------------------------------------------------------------------------------------------
def scan_receive(session: Session, *, code: str, transfer_id: int, copy: Copy, title: Title, here: Site,
                 clock: Clock) -> ScanResult:
    """Receive one copy of a sent transfer at its destination; a copy not in the list is recorded as unexpected."""
    transfer = transfer_by_id(session, transfer_id)
    _require(transfer, TransferStatus.SENT, "received")
    _at(session, transfer, here, transfer.to_site_id)
    params: dict[str, object] = {"title": title.title, "transfer": transfer.id}
    item = _item(session, transfer.id, copy.id)
    if item is not None and (item.received_at is not None or item.unexpected):
        return ScanResult(code=code, action=Action.TRANSFER_RECEIVE, level=Level.WARNING, copy_code=copy.code,
                          say=Say(ALREADY_RECEIVED, params), title=title.title, panel_changed=False)
    if item is None:
        session.add(TransferItem(transfer_id=transfer.id, copy_id=copy.id, added_at=clock.now,
                                 received_at=clock.now, unexpected=True))
        session.flush()
        return ScanResult(code=code, action=Action.TRANSFER_RECEIVE, level=Level.WARNING, copy_code=copy.code,
                          say=Say(UNEXPECTED, params), title=title.title)
    source = _code(session, transfer.from_site_id)
    hold = _receive(session, transfer, item, copy, here, clock)
    if hold is not None:
        name = mask_name(session.get_one(Reader, hold.reader_id).name)
        return ScanResult(code=code, action=Action.TRANSFER_RECEIVE, level=Level.WARNING, copy_code=copy.code,
                          title=title.title, hold_for=name,
                          say=Say(r.ARRIVED_KEEP, {"title": title.title, "site": source, "name": name,
                                                   "until": hold.expires_on.isoformat()}))
    total, done, _ = item_counts(session, [transfer.id]).get(transfer.id, (0, 0, 0))
    return ScanResult(code=code, action=Action.TRANSFER_RECEIVE, level=Level.SUCCESS, copy_code=copy.code,
                      title=title.title, say=Say(RECEIVED, {"title": title.title, "site": source, "done": done,
                                                            "total": total}))


def finish_receive(session: Session, transfer_id: int, *, here: Site, clock: Clock) -> TransferReport:
    """SENT → RECEIVED at the destination. Copies never scanned stay in transit and are listed as missing."""
    transfer = transfer_by_id(session, transfer_id)
    _require(transfer, TransferStatus.SENT, "received")
    _at(session, transfer, here, transfer.to_site_id)
    transfer.status, transfer.received_at = TransferStatus.RECEIVED, clock.now
    session.flush()
    return report(session, transfer.id)


def receive_all(session: Session, transfer_id: int, *, here: Site, clock: Clock) -> TransferReport:
    """Receive every listed copy without scanning (a work site without a desk confirms the whole box came),
    then finish the receipt."""
    transfer = transfer_by_id(session, transfer_id)
    _require(transfer, TransferStatus.SENT, "received")
    _at(session, transfer, here, transfer.to_site_id)
    for item, copy in session.execute(
            select(TransferItem, Copy).join(Copy, Copy.id == TransferItem.copy_id)
            .where(TransferItem.transfer_id == transfer.id, TransferItem.received_at.is_(None),
                   TransferItem.unexpected.is_(False)).order_by(TransferItem.id)).all():
        _receive(session, transfer, item, copy, here, clock)
    return finish_receive(session, transfer.id, here=here, clock=clock)


def _receive(session: Session, transfer: Transfer, item: TransferItem, copy: Copy, here: Site,
             clock: Clock) -> Hold | None:
    """Put a listed copy on the shelf here; returns the hold it is now kept aside for, if any."""
    item.received_at = clock.now
    copy.status = CopyStatus.ON_SHELF
    if here.id == copy.home_site_id:
        copy.shelved_at_id = None
    elif transfer.kind is TransferKind.TRANSFER and not _legacy_clash(session, copy, here):
        copy.home_site_id, copy.shelved_at_id = here.id, None
    else:  # a book box; or a transfer whose copy's old barcode is already another copy's here: it stays a guest
        copy.shelved_at_id = here.id
    session.flush()
    if here.kind is not SiteKind.READING_ROOM:
        return None
    return lending.serve_next_hold(session, copy, here, clock)


def late_arrival(session: Session, copy: Copy, here: Site, clock: Clock) -> tuple[Transfer, Hold | None] | None:
    """A copy a finished transfer listed as missing, turning up at its destination after all: received into that
    transfer now (a transfer re-homes it, a book box shelves it here). None when it belongs to no such transfer."""
    row = session.execute(
        select(Transfer, TransferItem).join(TransferItem, TransferItem.transfer_id == Transfer.id)
        .where(TransferItem.copy_id == copy.id, TransferItem.received_at.is_(None),
               TransferItem.unexpected.is_(False), Transfer.status == TransferStatus.RECEIVED,
               Transfer.kind != TransferKind.TRANSIT, Transfer.to_site_id == here.id)
        .order_by(Transfer.id.desc()).limit(1)).first()
    if row is None:
        return None
    transfer, item = row
    return transfer, _receive(session, transfer, item, copy, here, clock)


def _legacy_clash(session: Session, copy: Copy, here: Site) -> bool:
    """Old barcodes are unique per home room: taking a copy in must not make two alike."""
    if not copy.legacy_barcode:
        return False
    return session.scalar(select(Copy.id).where(Copy.legacy_barcode == copy.legacy_barcode,
                                                Copy.home_site_id == here.id, Copy.id != copy.id)) is not None


# -- book boxes coming home ---------------------------------------------------------------------------------
def return_box(session: Session, transfer_id: int, *, here: Site, clock: Clock) -> TransferInfo:
    """An open book box from a received box's destination back to where it came from, filled with the box's
    copies still on the shelf there. Made at either end; made again, it is the same open box."""
    box = transfer_by_id(session, transfer_id)
    if box.kind is not TransferKind.BOOK_BOX or box.return_of_id is not None:
        raise NotABookBox(id=box.id)
    _require(box, TransferStatus.RECEIVED, "returned")
    if here.id not in (box.from_site_id, box.to_site_id):
        _at(session, box, here, box.to_site_id)
    existing = session.scalar(select(Transfer.id).where(Transfer.return_of_id == box.id,
                                                        Transfer.status == TransferStatus.OPEN).limit(1))
    if existing is not None:
        return get(session, existing)
    there = session.get_one(Site, box.to_site_id)
    rows = session.execute(select(Copy, Title).join(TransferItem, TransferItem.copy_id == Copy.id)
                           .join(Title, Title.id == Copy.title_id)
                           .where(TransferItem.transfer_id == box.id, TransferItem.unexpected.is_(False))
                           .order_by(TransferItem.id)).all()
    chosen = [copy for copy, title in rows if _why_not_movable(session, copy, title, there, transfer_id=None) is None]
    if not chosen:
        raise errors.EmptyTransfer(id=box.id)
    assert box.return_by is not None  # the database's box_has_return_date
    back = Transfer(kind=TransferKind.BOOK_BOX, status=TransferStatus.OPEN, from_site_id=box.to_site_id,
                    to_site_id=box.from_site_id, return_by=max(box.return_by, clock.today + dt.timedelta(days=1)),
                    return_of_id=box.id, note=box.note, created_at=clock.now)
    session.add(back)
    session.flush()
    session.add_all(TransferItem(transfer_id=back.id, copy_id=copy.id, added_at=clock.now) for copy in chosen)
    session.flush()
    return get(session, back.id)


# -- helpers ------------------------------------------------------------------------------------------------------
def _require(transfer: Transfer, status: TransferStatus, action: str) -> None:
    if transfer.status is not status:
        raise errors.TransferState(id=transfer.id, status=word(transfer.status), action=word(action))


def _at(session: Session, transfer: Transfer, here: Site, expected_id: int) -> None:
    if here.id != expected_id:
        raise errors.TransferWrongRoom(id=transfer.id, source=_code(session, transfer.from_site_id),
                                       target=_code(session, transfer.to_site_id), site=here.code)


def _item(session: Session, transfer_id: int, copy_id: int) -> TransferItem | None:
    return session.scalars(select(TransferItem).where(TransferItem.transfer_id == transfer_id,
                                                      TransferItem.copy_id == copy_id)).one_or_none()


def _why_not_movable(session: Session, copy: Copy, title: Title, here: Site, *,
                     transfer_id: int | None) -> errors.ShuyiError | None:
    """Why this copy cannot leave `here` in a transfer now (None: it can): it must be on this room's shelf, free."""
    if copy.status is not CopyStatus.ON_SHELF:
        return errors.CopyNotMovable(code=copy.code, title=title.title, status=word(copy.status))
    if rules.open_loan(session, copy.id) is not None:
        return errors.CopyNotMovable(code=copy.code, title=title.title, status=word(CopyStatus.ON_LOAN))
    if rules.ready_hold_on(session, copy.id) is not None:
        return errors.CopyNotMovable(code=copy.code, title=title.title, status=word(HELD))
    if shelf_room_id(copy) != here.id:
        return errors.CopyNotHere(code=copy.code, title=title.title, site=_code(session, shelf_room_id(copy)))
    other = session.scalar(select(Transfer.id).join(TransferItem, TransferItem.transfer_id == Transfer.id).where(
        TransferItem.copy_id == copy.id, Transfer.status == TransferStatus.OPEN,
        Transfer.id != (transfer_id or 0)).limit(1))
    if other is not None:
        return CopyInOpenTransfer(code=copy.code, title=title.title, transfer=other)
    return None


def _check_movable(session: Session, copy: Copy, title: Title, here: Site, *, transfer_id: int) -> None:
    problem = _why_not_movable(session, copy, title, here, transfer_id=transfer_id)
    if problem is not None:
        raise problem


def _code(session: Session, site_id: int) -> str:
    return session.scalar(select(Site.code).where(Site.id == site_id)) or "?"
