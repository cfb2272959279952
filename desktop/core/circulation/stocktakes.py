"""Stocktakes (盘点) of a reading room, or of a call-number range of its shelves.

Each scanned code is committed as it is read (one StocktakeScan per code), so a stocktake interrupted by closing
the program resumes where it stopped. The report compares the scans with what should be on those shelves now:
copies missing, copies found that belong elsewhere, copies found that are recorded on loan / in transit / lost,
and codes that name no copy.

Every function works in the caller's transaction and raises a ShuyiError before changing anything when it refuses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.models import (
    Copy,
    CopyStatus,
    Hold,
    HoldStatus,
    Site,
    SiteKind,
    Stocktake,
    StocktakeMissing,
    StocktakeScan,
    StocktakeStatus,
    Title,
)
from desktop.core import callnumbers, errors
from desktop.core.circulation.results import Action, Level, Say, ScanResult, word
from desktop.core.circulation.rules import ready_hold_on, shelf_room_id
from desktop.core.clock import Clock
from desktop.core.i18n import QT_TRANSLATE_NOOP

# Desk messages (context "Desk"), said after each scan in stocktake mode.
COUNTED = QT_TRANSLATE_NOOP("Desk", "{title}: counted ({count} so far)")
ALREADY_COUNTED = QT_TRANSLATE_NOOP("Desk", "{code} was already counted: nothing changed")
OTHER_ROOM = QT_TRANSLATE_NOOP("Desk", "{title} belongs on the shelves of {site}: recorded, set it aside")
OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Desk", "{title} ({call}) is outside the range being counted: recorded, shelve it in its place")
FOUND_ON_LOAN = QT_TRANSLATE_NOOP(
    "Desk", "{title} is recorded as on loan but is here: recorded, check it in after the stocktake")
FOUND_IN_TRANSIT = QT_TRANSLATE_NOOP(
    "Desk", "{title} is recorded as in transit but is here: recorded, receive it after the stocktake")
FOUND_LOST = QT_TRANSLATE_NOOP(
    "Desk", "{title} is recorded as lost but is here: recorded, check it in after the stocktake")
FOUND_WITHDRAWN = QT_TRANSLATE_NOOP("Desk", "{title} is withdrawn from the collection: recorded, take it off the shelf")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("Desk", "{code} names no copy: recorded as unknown")

_FOUND_AS = {CopyStatus.ON_LOAN: FOUND_ON_LOAN, CopyStatus.IN_TRANSIT: FOUND_IN_TRANSIT, CopyStatus.LOST: FOUND_LOST,
             CopyStatus.WITHDRAWN: FOUND_WITHDRAWN}
_CODE_LENGTH = 64
_END = "\U0010ffff"
"""Sorts after every character: "I3" as the end of a range takes in all of class I3 (I313/5 …)."""


class StocktakeWrongRoom(errors.ShuyiError):
    code = "stocktake.wrong_room"
    template = QT_TRANSLATE_NOOP("Errors", "Stocktake {id} counts the shelves of {site}, not of {here}")


class StocktakeNotFinished(errors.ShuyiError):
    code = "stocktake.not_finished"
    template = QT_TRANSLATE_NOOP("Errors", "Stocktake {id} is {status}: only a finished stocktake can mark copies lost")


class BadStocktakeRange(errors.ShuyiError):
    code = "stocktake.bad_range"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The range {call_from} to {call_to} is empty: the first call number must come before the last")


@dataclass(frozen=True)
class StocktakeInfo:
    id: int
    site_code: str
    site_name: str
    status: StocktakeStatus
    call_from: str
    call_to: str
    """The range as typed, normalised (empty: from the start / to the end of the room)."""
    started_at: dt.datetime
    finished_at: dt.datetime | None
    scanned: int
    """Distinct codes scanned so far."""


@dataclass(frozen=True)
class StocktakeLine:
    code: str
    """The copy's code (for an unknown code, the code as scanned)."""
    title: str
    call_number: str
    status: str
    """The copy's recorded status (CopyStatus value); empty for an unknown code."""
    belongs: str
    """The code of the room whose shelf the copy belongs to; empty for an unknown code."""


@dataclass(frozen=True)
class StocktakeReport:
    stocktake: StocktakeInfo
    expected: int
    """Copies that should be on these shelves: on the shelf of this room, in the range, not kept for a hold."""
    found: int
    """Expected copies that were scanned."""
    missing: tuple[StocktakeLine, ...]
    misplaced: tuple[StocktakeLine, ...]
    """Scanned, on the shelf by their record, but belonging to another room or outside the range."""
    on_loan_found: tuple[StocktakeLine, ...]
    """Scanned, but recorded on loan, in transit, lost or withdrawn."""
    unknown: tuple[StocktakeLine, ...]
    missing_ids: tuple[int, ...] = ()
    markable: int = 0
    """Missing copies that "Mark missing as lost" would mark now (finished, not marked, unchanged since)."""


@dataclass(frozen=True)
class _Range:
    low: str | None
    high: str | None

    def holds(self, key: str) -> bool:
        return (self.low is None or key >= self.low) and (self.high is None or key <= self.high)


def _range(call_from: str, call_to: str) -> _Range:
    """Shelf keys bounding a typed range, both ends inclusive; a bare class as the end includes its subclasses."""
    low = callnumbers.parse(call_from).shelf_key if call_from.strip() else None
    high = None
    if call_to.strip():
        end = callnumbers.parse(call_to)
        high = end.shelf_key if end.order else end.clc + _END
    return _Range(low, high)


# -- the life of a stocktake ------------------------------------------------------------------------------------
def start(session: Session, *, site: Site, call_from: str, call_to: str, clock: Clock) -> StocktakeInfo:
    """Open a stocktake of a reading room (one open at a time per room); an empty range is the whole room."""
    if site.kind is not SiteKind.READING_ROOM:
        raise errors.NotAReadingRoom(code=site.code)
    typed_from = str(callnumbers.parse(call_from)) if call_from.strip() else ""
    typed_to = str(callnumbers.parse(call_to)) if call_to.strip() else ""
    bounds = _range(typed_from, typed_to)
    if bounds.low is not None and bounds.high is not None and bounds.low > bounds.high:
        raise BadStocktakeRange(call_from=typed_from, call_to=typed_to)
    already = current(session, site)
    if already is not None:
        raise errors.StocktakeOpen(id=already.id, site=site.code)
    take = Stocktake(site_id=site.id, status=StocktakeStatus.OPEN, call_from=typed_from, call_to=typed_to,
                     started_at=clock.now)
    session.add(take)
    session.flush()
    return _info(session, take)


def scan(session: Session, *, code: str, stocktake_id: int, copy: Copy | None, title: Title | None, here: Site,
         clock: Clock) -> ScanResult:
    """Record one code read on the shelves, and say at once whether the copy belongs there."""
    take = _open(session, stocktake_id)
    if take.site_id != here.id:
        raise StocktakeWrongRoom(id=take.id, site=_code(session, take.site_id), here=here.code)
    if not code or len(code) > _CODE_LENGTH:
        raise errors.ForeignCode(code=code)
    seen = or_(StocktakeScan.code == code, StocktakeScan.copy_id == copy.id) if copy else StocktakeScan.code == code
    if session.scalar(select(StocktakeScan.id).where(StocktakeScan.stocktake_id == take.id, seen).limit(1)):
        return ScanResult(code=code, action=Action.STOCKTAKE, level=Level.WARNING, panel_changed=False,
                          say=Say(ALREADY_COUNTED, {"code": copy.code if copy else code}),
                          copy_code=copy.code if copy else None, title=title.title if title else None)
    session.add(StocktakeScan(stocktake_id=take.id, code=code, copy_id=copy.id if copy else None,
                              scanned_at=clock.now))
    session.flush()
    if copy is None or title is None:
        return ScanResult(code=code, action=Action.STOCKTAKE, level=Level.WARNING,
                          say=Say(UNKNOWN_CODE, {"code": code}))
    base = {"title": title.title}
    if copy.status in _FOUND_AS:
        say, level = Say(_FOUND_AS[copy.status], base), Level.WARNING
    elif _held_here(session, copy.id, take.site_id):  # on this room's hold shelf, whichever room owns it
        say, level = Say(COUNTED, base | {"count": _scanned(session, take.id)}), Level.SUCCESS
    elif shelf_room_id(copy) != take.site_id:
        say, level = Say(OTHER_ROOM, base | {"site": _code(session, shelf_room_id(copy))}), Level.WARNING
    elif not _range(take.call_from, take.call_to).holds(copy.shelf_key):
        say, level = Say(OUT_OF_RANGE, base | {"call": copy.call_number}), Level.WARNING
    else:
        say, level = Say(COUNTED, base | {"count": _scanned(session, take.id)}), Level.SUCCESS
    return ScanResult(code=code, action=Action.STOCKTAKE, level=level, say=say, copy_code=copy.code,
                      title=title.title)


def finish(session: Session, stocktake_id: int, clock: Clock) -> StocktakeReport:
    """Close the count and keep what it missed as it stands now: the shelves change afterwards (a copy on loan
    during the count comes back), and the missing list — and marking it lost — must not change with them."""
    take = _open(session, stocktake_id)
    counted = report(session, take.id, clock)
    take.status, take.finished_at = StocktakeStatus.FINISHED, clock.now
    take.expected, take.found = counted.expected, counted.found
    stamps = dict(session.execute(select(Copy.id, Copy.updated_at).where(Copy.id.in_(counted.missing_ids))).all())
    session.add_all(StocktakeMissing(stocktake_id=take.id, copy_id=copy_id, copy_updated_at=stamps.get(copy_id))
                    for copy_id in counted.missing_ids)
    session.flush()
    return report(session, take.id, clock)


def cancel(session: Session, stocktake_id: int, clock: Clock) -> StocktakeInfo:
    """Give up an open stocktake (its scans are kept, but nothing is reported from it)."""
    take = _open(session, stocktake_id)
    take.status, take.finished_at = StocktakeStatus.CANCELLED, clock.now
    session.flush()
    return _info(session, take)


def mark_missing_lost(session: Session, stocktake_id: int, clock: Clock) -> int:
    """Record the copies a finished stocktake missed as lost, in one step; returns how many. Only copies still
    as they were when it finished: one lent, returned, moved or changed since is left alone (it was seen)."""
    take = _get(session, stocktake_id)
    if take.status is not StocktakeStatus.FINISHED:
        raise StocktakeNotFinished(id=take.id, status=word("stocktake_open" if take.status is StocktakeStatus.OPEN
                                                             else take.status))
    marked = 0
    for missing, copy in session.execute(_unmarked(take.id)).all():
        if _markable(missing, copy):
            copy.status = CopyStatus.LOST
            missing.marked_lost_at = clock.now
            marked += 1
    session.flush()
    return marked


def _held_here(session: Session, copy_id: int, site_id: int) -> bool:
    held = ready_hold_on(session, copy_id)
    return held is not None and held.pickup_site_id == site_id


def _unmarked(stocktake_id: int):  # noqa: ANN202 (a Select of StocktakeMissing, Copy)
    return (select(StocktakeMissing, Copy).join(Copy, Copy.id == StocktakeMissing.copy_id)
            .where(StocktakeMissing.stocktake_id == stocktake_id, StocktakeMissing.marked_lost_at.is_(None)))


def _markable(missing: StocktakeMissing, copy: Copy) -> bool:
    """Still as it was when the stocktake finished: on the shelf by its record and not changed since."""
    return copy.status is CopyStatus.ON_SHELF and copy.updated_at == missing.copy_updated_at


# -- reading ----------------------------------------------------------------------------------------------------
def current(session: Session, site: Site) -> StocktakeInfo | None:
    """The open stocktake of a room, to resume after a restart."""
    take = session.scalars(select(Stocktake).where(Stocktake.site_id == site.id,
                                                   Stocktake.status == StocktakeStatus.OPEN)
                           .order_by(Stocktake.id.desc()).limit(1)).first()
    return _info(session, take) if take is not None else None


def get(session: Session, stocktake_id: int) -> StocktakeInfo:
    return _info(session, _get(session, stocktake_id))


def list_stocktakes(session: Session, site: Site | None) -> list[StocktakeInfo]:
    query = select(Stocktake).order_by(Stocktake.id.desc())
    if site is not None:
        query = query.where(Stocktake.site_id == site.id)
    return [_info(session, take) for take in session.scalars(query)]


def report(session: Session, stocktake_id: int, clock: Clock) -> StocktakeReport:
    """The scans compared with the shelves as the records say they are now."""
    take = _get(session, stocktake_id)
    sites: dict[int, str] = {row.id: row.code for row in session.execute(select(Site.id, Site.code))}
    bounds = _range(take.call_from, take.call_to)
    expected = _expected(session, take)
    expected_ids = {copy.id for copy, _ in expected}
    scanned_ids: set[int] = set()
    misplaced: list[StocktakeLine] = []
    on_loan: list[StocktakeLine] = []
    unknown: list[StocktakeLine] = []
    for row, copy, title in session.execute(
            select(StocktakeScan, Copy, Title.title).outerjoin(Copy, Copy.id == StocktakeScan.copy_id)
            .outerjoin(Title, Title.id == Copy.title_id).where(StocktakeScan.stocktake_id == take.id)
            .order_by(StocktakeScan.id)).all():
        if copy is None:
            unknown.append(StocktakeLine(code=row.code, title="", call_number="", status="", belongs=""))
            continue
        scanned_ids.add(copy.id)
        if copy.id in expected_ids:
            continue
        line = _line(copy, title, sites)
        if copy.status is not CopyStatus.ON_SHELF:
            on_loan.append(line)
        elif _held_here(session, copy.id, take.site_id):
            continue  # kept aside on this room's hold shelf for a reader: where it should be
        elif shelf_room_id(copy) != take.site_id or not bounds.holds(copy.shelf_key):
            misplaced.append(line)
        # else: on this room's shelf and in range but kept aside for a hold: where it should be
    if take.status is StocktakeStatus.FINISHED and take.expected is not None:  # as it was when it finished
        kept = session.execute(
            select(Copy, Title.title).join(StocktakeMissing, StocktakeMissing.copy_id == Copy.id)
            .join(Title, Title.id == Copy.title_id).where(StocktakeMissing.stocktake_id == take.id)
            .order_by(Copy.shelf_key, Copy.code)).all()
        missing_rows = [(copy, title) for copy, title in kept]
        counts = (take.expected, take.found or 0)
        markable = sum(1 for row in session.execute(_unmarked(take.id)).all() if _markable(*row))
    else:
        missing_rows = [(copy, title) for copy, title in expected if copy.id not in scanned_ids]
        counts = (len(expected), len(expected_ids & scanned_ids))
        markable = 0
    return StocktakeReport(stocktake=_info(session, take), expected=counts[0], found=counts[1],
                           missing=tuple(_line(copy, title, sites) for copy, title in missing_rows),
                           misplaced=tuple(misplaced), on_loan_found=tuple(on_loan), unknown=tuple(unknown),
                           missing_ids=tuple(copy.id for copy, _ in missing_rows), markable=markable)


# -- helpers ------------------------------------------------------------------------------------------------------
def _get(session: Session, stocktake_id: int) -> Stocktake:
    take = session.get(Stocktake, stocktake_id)
    if take is None:
        raise errors.UnknownStocktake(id=stocktake_id)
    return take


def _open(session: Session, stocktake_id: int) -> Stocktake:
    take = session.get(Stocktake, stocktake_id)
    if take is None or take.status is not StocktakeStatus.OPEN:
        raise errors.UnknownStocktake(id=stocktake_id)
    return take


def _expected(session: Session, take: Stocktake) -> list[tuple[Copy, str]]:
    """Copies that should be on the shelves counted, in shelf order."""
    bounds = _range(take.call_from, take.call_to)
    held = select(Hold.copy_id).where(Hold.status == HoldStatus.READY, Hold.copy_id.is_not(None))
    query = (select(Copy, Title.title).join(Title, Title.id == Copy.title_id)
             .where(func.coalesce(Copy.shelved_at_id, Copy.home_site_id) == take.site_id,
                    Copy.status == CopyStatus.ON_SHELF, Copy.id.not_in(held))
             .order_by(Copy.shelf_key, Copy.code))
    if bounds.low is not None:
        query = query.where(Copy.shelf_key >= bounds.low)
    if bounds.high is not None:
        query = query.where(Copy.shelf_key <= bounds.high)
    return [(copy, title) for copy, title in session.execute(query).all()]


def _scanned_copy_ids(session: Session, stocktake_id: int) -> set[int]:
    return set(session.scalars(select(StocktakeScan.copy_id).where(StocktakeScan.stocktake_id == stocktake_id,
                                                                   StocktakeScan.copy_id.is_not(None))))


def _scanned(session: Session, stocktake_id: int) -> int:
    return session.scalar(select(func.count()).select_from(StocktakeScan)
                          .where(StocktakeScan.stocktake_id == stocktake_id)) or 0


def _code(session: Session, site_id: int) -> str:
    return session.scalar(select(Site.code).where(Site.id == site_id)) or "?"


def _line(copy: Copy, title: str, sites: dict[int, str]) -> StocktakeLine:
    return StocktakeLine(code=copy.code, title=title, call_number=copy.call_number, status=copy.status.value,
                         belongs=sites.get(shelf_room_id(copy), "?"))


def _info(session: Session, take: Stocktake) -> StocktakeInfo:
    site = session.get_one(Site, take.site_id)
    return StocktakeInfo(id=take.id, site_code=site.code, site_name=site.name, status=take.status,
                         call_from=take.call_from, call_to=take.call_to, started_at=take.started_at,
                         finished_at=take.finished_at, scanned=_scanned(session, take.id))
