"""One scan at the desk: read the code, find what it names, and do what the desk's mode and state call for.

Routing (docs/circulation.md):
  reader card      → that reader becomes active (the same card again ends the session)
  copy, reader     → lend; a copy the active reader already holds is renewed, or returned when it is overdue
  copy, no reader  → return (or receive a copy in transit here, or record a lost copy found)
  ISBN, reader     → reserve the title (when no copy is on the shelf here)
  ISBN, no reader  → what the room has of the title
  e-book slip (E)  → with a reader, an e-book loan; without, how many licences are in use
  asset tag (A)    → what the facility is (kind, site, status), nothing changed; the window offers to open it
In a transfer or stocktake mode, copies go into the transfer or the stocktake instead.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from db.models import Copy, CopyStatus, EbookLicence, Hold, HoldStatus, Reader, ReaderType, Site, Title
from desktop.core import codes, errors
from desktop.core import isbn as isbns
from desktop.core.circulation import lending, rules
from desktop.core.circulation import results as r
from desktop.core.circulation.results import Action, Level, Say, ScanResult, refused, word
from desktop.core.clock import Clock
from desktop.core.privacy import mask_name
from desktop.core.sites import room, site_by_code


class Mode(enum.StrEnum):
    DESK = "desk"
    TRANSFER_BUILD = "transfer_build"
    """Scanned copies go into the open transfer mode_id (at its sending room)."""
    TRANSFER_RECEIVE = "transfer_receive"
    """Scanned copies are received from the sent transfer mode_id (at its destination)."""
    STOCKTAKE = "stocktake"
    """Scanned codes are recorded in the open stocktake mode_id."""


@dataclass(frozen=True)
class DeskState:
    site_code: str
    reader_id: int | None = None
    mode: Mode = Mode.DESK
    mode_id: int | None = None


_COPY = select(Copy).where(Copy.code == bindparam("code"))
_READER = select(Reader).where(Reader.card_code == bindparam("code"))


def scan(session: Session, state: DeskState, text: str, clock: Clock, *, typed: str = "") -> ScanResult:
    """Handle one scan in the caller's write transaction; raises ShuyiError (a refusal) before changing anything.
    `text` is the code as codes.clean() made it (the service cleans it once); `typed`, what was typed, is what a
    refusal of a string that is none of our codes echoes (a typed "hello" is not answered with "HELLO")."""
    if state.mode in (Mode.TRANSFER_BUILD, Mode.TRANSFER_RECEIVE):
        here = site_by_code(session, state.site_code)  # book boxes go to work sites (service stations) too
    else:
        here = room(session, state.site_code)
    if state.mode is Mode.DESK:
        lending.expire_holds(session, clock)
    if state.mode is Mode.STOCKTAKE:
        return _stocktake(session, state, text, here, clock)
    kind = codes.classify(text)
    if kind is codes.CodeKind.ISBN:
        copy = _legacy_copy(session, text, here)  # an old system's numeric barcode may look like an ISBN-10
        if copy is not None:
            return _copy(session, state, text, copy, here, clock)
        return _isbn(session, state, text, here, clock)
    if kind is not codes.CodeKind.CODE:
        copy = _legacy_copy(session, text, here)
        if copy is None:
            raise errors.ForeignCode(code=codes.echo(typed or text))
        return _copy(session, state, text, copy, here, clock)
    parsed = codes.parse(text)
    if parsed.type is codes.CodeType.READER:
        if state.mode is not Mode.DESK:
            raise errors.NotInMode(code=text, what=word(state.mode))
        return _reader(session, state, parsed.text, clock)
    if parsed.type is codes.CodeType.COPY:
        copy = session.scalars(_COPY, {"code": parsed.text}).one_or_none()
        if copy is None:
            raise errors.UnknownCode(code=parsed.text)
        return _copy(session, state, parsed.text, copy, here, clock)
    if parsed.type is codes.CodeType.EBOOK:
        if state.mode is not Mode.DESK:
            raise errors.NotInMode(code=text, what=word(state.mode))
        return _ebook(session, state, parsed.text, here, clock)
    if parsed.type is codes.CodeType.ASSET:
        return _asset(session, parsed.text, state)
    raise errors.WrongCodeType(code=parsed.text)


def _reader(session: Session, state: DeskState, code: str, clock: Clock) -> ScanResult:
    reader = session.scalars(_READER, {"code": code}).one_or_none()
    if reader is None:
        raise errors.UnknownCode(code=code)
    loans = rules.open_loan_count(session, reader.id)
    if reader.id == state.reader_id:
        return ScanResult(code=code, action=Action.END_SESSION, level=Level.SUCCESS, reader_id=None,
                          say=Say(r.SESSION_ENDED, {"name": mask_name(reader.name)}))
    rtype = session.get_one(ReaderType, reader.type_id)
    blocked = rules.why_blocked(session, reader, rtype, clock.today)
    if blocked is not None and not isinstance(blocked, errors.LoanLimitReached):
        return ScanResult(code=code, action=Action.READER, level=Level.WARNING, reader_id=reader.id,
                          say=Say(r.READER_ACTIVE_BLOCKED, {"name": mask_name(reader.name), "loans": loans}))
    return ScanResult(code=code, action=Action.READER, level=Level.SUCCESS, reader_id=reader.id,
                      say=Say(r.READER_ACTIVE, {"name": mask_name(reader.name), "loans": loans,
                                                "left": max(rtype.max_loans - loans, 0)}))


def _copy(session: Session, state: DeskState, code: str, copy: Copy, here: Site, clock: Clock) -> ScanResult:
    title = session.get_one(Title, copy.title_id)
    if state.mode is Mode.TRANSFER_BUILD:
        from desktop.core.circulation import transfers

        return transfers.scan_into(session, code=code, transfer_id=_mode_id(state), copy=copy, title=title,
                                   here=here, clock=clock)
    if state.mode is Mode.TRANSFER_RECEIVE:
        from desktop.core.circulation import transfers

        return transfers.scan_receive(session, code=code, transfer_id=_mode_id(state), copy=copy, title=title,
                                      here=here, clock=clock)
    if state.reader_id is None:
        return lending.check_in(session, code=code, copy=copy, title=title, here=here, clock=clock)
    reader = session.get_one(Reader, state.reader_id)
    return lending.lend(session, code=code, reader=reader, copy=copy, title=title, here=here, clock=clock)


def _isbn(session: Session, state: DeskState, text: str, here: Site, clock: Clock) -> ScanResult:
    try:
        isbn13 = isbns.normalise(text)
    except errors.InvalidIsbn:
        raise errors.BadIsbn(code=text) from None
    title = session.scalars(select(Title).where(Title.isbn13 == isbn13).order_by(Title.id).limit(1)).first()
    if title is None:
        raise errors.UnknownIsbn(isbn=isbn13)
    if state.mode is not Mode.DESK:
        raise errors.NotInMode(code=text, what=word(state.mode))
    if state.reader_id is not None:
        reader = session.get_one(Reader, state.reader_id)
        return lending.place_hold(session, code=text, reader=reader, title=title, here=here, clock=clock)
    here_n = lending.available_here(session, title.id, here.id)
    loaned = session.scalar(select(func.count()).select_from(Copy).where(
        Copy.title_id == title.id, Copy.status == CopyStatus.ON_LOAN)) or 0
    waiting = session.scalar(select(func.count()).select_from(Hold).where(
        Hold.title_id == title.id, Hold.status == HoldStatus.WAITING)) or 0
    return ScanResult(code=text, action=Action.INFO, level=Level.SUCCESS, title=title.title, panel_changed=False,
                      say=Say(r.TITLE_INFO, {"title": title.title, "here": here_n, "loaned": loaned,
                                             "holds": waiting}))


def _ebook(session: Session, state: DeskState, code: str, here: Site, clock: Clock) -> ScanResult:
    from desktop.core.circulation import ebooks

    licence = session.scalars(select(EbookLicence).where(EbookLicence.code == code)).one_or_none()
    if licence is None:
        raise errors.UnknownCode(code=code)
    if state.reader_id is None:
        return ebooks.status(session, code=code, licence=licence, clock=clock)
    reader = session.get_one(Reader, state.reader_id)
    return ebooks.lend(session, code=code, licence=licence, reader=reader, here=here, clock=clock)


def _asset(session: Session, code: str, state: DeskState) -> ScanResult:
    """An asset tag scanned at the desk: say what the facility is; the reader at the desk stays."""
    from desktop.core.stations.facilities import by_tag, info_of
    from desktop.core.stations.facilities_words import status_word

    found = info_of(session, by_tag(session, code))
    return ScanResult(code=code, action=Action.INFO, level=Level.SUCCESS, reader_id=state.reader_id,
                      asset_code=found.code, panel_changed=False,
                      say=Say(r.ASSET_INFO, {"code": found.code, "kind": found.kind_zh, "site": found.site_name,
                                             "status": status_word(found.status)}))


def _stocktake(session: Session, state: DeskState, text: str, here: Site, clock: Clock) -> ScanResult:
    """Every code on a shelf counts in a stocktake: copies, and codes that name nothing here (kept as unknown)."""
    from desktop.core.circulation import stocktakes

    copy: Copy | None = None
    kind = codes.classify(text)
    if kind is codes.CodeKind.CODE:
        parsed = codes.parse(text)  # a misread refuses: scan it again rather than record rubbish
        if parsed.type is not codes.CodeType.COPY:
            raise errors.NotInMode(code=text, what=word(state.mode))
        copy = session.scalars(select(Copy).where(Copy.code == parsed.text)).one_or_none()
    else:
        copy = _legacy_copy(session, text, here)
    title = session.get_one(Title, copy.title_id) if copy is not None else None
    return stocktakes.scan(session, code=text, stocktake_id=_mode_id(state), copy=copy, title=title, here=here,
                           clock=clock)


def _legacy_copy(session: Session, text: str, here: Site) -> Copy | None:
    """A copy by the barcode an earlier system printed on it: this room's first, else the only one anywhere."""
    if not text or len(text) > 64:
        return None
    found = list(session.scalars(select(Copy).where(Copy.legacy_barcode == text).limit(5)))
    mine = [c for c in found if c.home_site_id == here.id]
    if mine:
        return mine[0]
    return found[0] if len(found) == 1 else None


def _mode_id(state: DeskState) -> int:
    if state.mode_id is None:
        raise ValueError(f"mode {state.mode} needs an id")
    return state.mode_id


_UNREADABLE = (errors.ForeignCode, errors.BadCheckCharacter, errors.UnknownCode, errors.BadIsbn, errors.UnknownIsbn,
               errors.WrongCodeType, errors.NotInMode, errors.NonAsciiCode)
_MODE_ACTION = {Mode.STOCKTAKE: Action.STOCKTAKE, Mode.TRANSFER_BUILD: Action.TRANSFER_ADD,
                Mode.TRANSFER_RECEIVE: Action.TRANSFER_RECEIVE}


def refusal(code: str, error: errors.ShuyiError, state: DeskState) -> ScanResult:
    """The answer for a scan that was refused: nothing changed, and the active reader stays active."""
    attempted = getattr(error, "attempted", None)
    if isinstance(error, _UNREADABLE):
        action = Action.REFUSED
    elif attempted is not None:
        action = attempted
    elif state.mode in _MODE_ACTION:
        action = _MODE_ACTION[state.mode]
    elif isinstance(error, errors.RenewalLimit | errors.RenewalHeld | errors.RenewalOverdue):
        action = Action.RENEW
    elif isinstance(error, errors.HoldNotNeeded | errors.AlreadyBorrowed):
        action = Action.HOLD
    elif isinstance(error, errors.EbookCapReached | errors.EbookInactive) or code.startswith(codes.CodeType.EBOOK):
        action = Action.EBOOK_LEND
    else:  # refused before it got far (the database busy, read-only, damaged): what this kind of code would do
        action = _attempted(code, state)
    reader_id = state.reader_id
    if code.startswith(codes.CodeType.READER) and codes.classify(code) is codes.CodeKind.CODE:
        reader_id = None  # a card that could not be read is somebody else's: never lend to the previous reader
    return refused(code, error, action=action, reader_id=reader_id)


def _attempted(code: str, state: DeskState) -> Action:
    """What a scan of this code does at the desk: a card makes a reader active, an ISBN reserves or informs."""
    kind = codes.classify(code)
    if kind is codes.CodeKind.CODE and code.startswith(codes.CodeType.READER):
        return Action.READER
    if kind is codes.CodeKind.ISBN:
        return Action.HOLD if state.reader_id is not None else Action.INFO
    return Action.LEND if state.reader_id is not None else Action.RETURN
