"""The read side of transfers and book boxes: what a transfer holds, its receipt report, lists, overdue boxes.

Frozen dataclasses out (TransferInfo, TransferLine, TransferReport, OverdueBox); the functions only read, in the
session they are given. transfers.py, which changes transfers, builds its answers with transfer_info and
item_counts and finds a transfer by its id with transfer_by_id.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, aliased

from db.models import Copy, CopyStatus, Site, Title, Transfer, TransferItem, TransferKind, TransferStatus
from desktop.core import errors
from desktop.core.clock import Clock


@dataclass(frozen=True)
class TransferLine:
    copy_code: str
    title: str
    call_number: str
    received: bool
    unexpected: bool
    """Scanned at the destination but never sent in this transfer."""


@dataclass(frozen=True)
class TransferInfo:
    id: int
    kind: TransferKind
    status: TransferStatus
    from_code: str
    from_name: str
    to_code: str
    to_name: str
    return_by: dt.date | None
    created_at: dt.datetime
    sent_at: dt.datetime | None
    received_at: dt.datetime | None
    note: str
    copies: int
    """Copies in the list (what is or was sent); unexpected arrivals are not counted."""
    received: int
    """Listed copies scanned at the destination."""
    unexpected: int
    return_of: int | None = None
    """A book box bringing another one home: that box's id."""
    items: tuple[TransferLine, ...] = ()
    """Filled by get(); empty in lists."""


@dataclass(frozen=True)
class TransferReport:
    transfer: TransferInfo
    received: tuple[TransferLine, ...]
    missing: tuple[TransferLine, ...]
    """Sent but never scanned at the destination: still in transit, to be traced."""
    unexpected: tuple[TransferLine, ...]


@dataclass(frozen=True)
class OverdueBox:
    transfer: TransferInfo
    days_overdue: int
    outstanding: tuple[TransferLine, ...]
    """The box's copies that have not come back (still there, on loan there, lost there, or on the way)."""


# -- reading ----------------------------------------------------------------------------------------------------
def get(session: Session, transfer_id: int) -> TransferInfo:
    """A transfer with its list of copies."""
    transfer = transfer_by_id(session, transfer_id)
    return transfer_info(session, transfer, items=tuple(_line(*row) for row in _lines(session, transfer.id)))


def report(session: Session, transfer_id: int) -> TransferReport:
    """What came, what did not and what came unasked (meaningful once the transfer was sent)."""
    info = get(session, transfer_id)
    return TransferReport(
        transfer=info,
        received=tuple(line for line in info.items if line.received and not line.unexpected),
        missing=tuple(line for line in info.items if not line.received and not line.unexpected),
        unexpected=tuple(line for line in info.items if line.unexpected))


def list_transfers(session: Session, *, site: Site | None, include_done: bool,
                   kind: TransferKind | None = None) -> list[TransferInfo]:
    """Transfers from or to a site (all sites: None), newest first; open and sent ones only unless include_done."""
    query = select(Transfer).order_by(Transfer.id.desc())
    if site is not None:
        query = query.where(or_(Transfer.from_site_id == site.id, Transfer.to_site_id == site.id))
    if not include_done:
        query = query.where(Transfer.status.in_((TransferStatus.OPEN, TransferStatus.SENT)))
    if kind is not None:
        query = query.where(Transfer.kind == kind)
    found = list(session.scalars(query))
    counts = item_counts(session, [t.id for t in found])
    sites = _sites(session)
    return [transfer_info(session, t, counts=counts.get(t.id, (0, 0, 0)), sites=sites) for t in found]


def overdue_boxes(session: Session, clock: Clock) -> list[OverdueBox]:
    """Received book boxes past their return date with copies that have not come back, most overdue first."""
    out: list[OverdueBox] = []
    for box in session.scalars(select(Transfer).where(
            Transfer.kind == TransferKind.BOOK_BOX, Transfer.status == TransferStatus.RECEIVED,
            Transfer.return_by < clock.today).order_by(Transfer.return_by, Transfer.id)):
        if box.return_of_id is not None or box.return_by is None:
            continue
        item, moved = aliased(TransferItem), aliased(Transfer)
        later = (select(item.id).join(moved, moved.id == item.transfer_id)
                 .where(item.copy_id == Copy.id, moved.id > box.id, moved.kind != TransferKind.TRANSIT,
                        item.received_at.is_not(None), item.unexpected.is_(False)).exists())
        rows = session.execute(select(TransferItem, Copy, Title.title).join(Copy, Copy.id == TransferItem.copy_id)
                               .join(Title, Title.id == Copy.title_id)
                               .where(TransferItem.transfer_id == box.id, TransferItem.unexpected.is_(False), ~later,
                                      or_(Copy.status == CopyStatus.IN_TRANSIT,
                                          func.coalesce(Copy.shelved_at_id, Copy.home_site_id) == box.to_site_id))
                               .order_by(TransferItem.id)).all()
        if rows:
            out.append(OverdueBox(transfer=transfer_info(session, box), days_overdue=(clock.today - box.return_by).days,
                                  outstanding=tuple(_line(*row) for row in rows)))
    return out


# -- helpers ----------------------------------------------------------------------------------------------------
def transfer_by_id(session: Session, transfer_id: int) -> Transfer:
    """The transfer row with this id; UnknownTransfer when there is none."""
    transfer = session.get(Transfer, transfer_id)
    if transfer is None:
        raise errors.UnknownTransfer(id=transfer_id)
    return transfer


def _sites(session: Session) -> dict[int, tuple[str, str]]:
    return {row.id: (row.code, row.name) for row in session.execute(select(Site.id, Site.code, Site.name))}


def item_counts(session: Session, ids: list[int]) -> dict[int, tuple[int, int, int]]:
    """Per transfer id: (listed, listed and received, unexpected); a transfer with no items is left out."""
    if not ids:
        return {}
    listed = TransferItem.unexpected.is_(False)
    rows = session.execute(select(
        TransferItem.transfer_id,
        func.sum(case((listed, 1), else_=0)),
        func.sum(case((listed & TransferItem.received_at.is_not(None), 1), else_=0)),
        func.sum(case((TransferItem.unexpected.is_(True), 1), else_=0)),
    ).where(TransferItem.transfer_id.in_(ids)).group_by(TransferItem.transfer_id)).all()
    return {tid: (int(a or 0), int(b or 0), int(c or 0)) for tid, a, b, c in rows}


def _lines(session: Session, transfer_id: int) -> list[tuple[TransferItem, Copy, str]]:
    return [(item, copy, title) for item, copy, title in session.execute(
        select(TransferItem, Copy, Title.title).join(Copy, Copy.id == TransferItem.copy_id)
        .join(Title, Title.id == Copy.title_id).where(TransferItem.transfer_id == transfer_id)
        .order_by(TransferItem.id)).all()]


def _line(item: TransferItem, copy: Copy, title: str) -> TransferLine:
    return TransferLine(copy_code=copy.code, title=title, call_number=copy.call_number,
                        received=item.received_at is not None, unexpected=item.unexpected)


def transfer_info(session: Session, transfer: Transfer, *, items: tuple[TransferLine, ...] = (),
                  counts: tuple[int, int, int] | None = None,
                  sites: dict[int, tuple[str, str]] | None = None) -> TransferInfo:
    """A transfer row as its TransferInfo; counts and sites are looked up unless a list passes them in."""
    if counts is None:
        counts = item_counts(session, [transfer.id]).get(transfer.id, (0, 0, 0))
    if sites is None:
        sites = _sites(session)
    source, target = sites.get(transfer.from_site_id, ("?", "")), sites.get(transfer.to_site_id, ("?", ""))
    return TransferInfo(
        id=transfer.id, kind=transfer.kind, status=transfer.status, from_code=source[0], from_name=source[1],
        to_code=target[0], to_name=target[1], return_by=transfer.return_by, created_at=transfer.created_at,
        sent_at=transfer.sent_at, received_at=transfer.received_at, note=transfer.note,
        copies=counts[0], received=counts[1], unexpected=counts[2], return_of=transfer.return_of_id, items=items)
