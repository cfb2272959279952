"""`app.circulation`: the desk's use cases on an open database; each scan or desk action is one write transaction."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Copy, Loan, Reader, Title
from desktop.core import codes, errors
from desktop.core.circulation import dispatch, lending, panel
from desktop.core.circulation.dispatch import DeskState
from desktop.core.circulation.results import ScanResult
from desktop.core.clock import Clock
from desktop.core.sites import room, site_by_code
from desktop.core.uow import UnitOfWork


class Circulation:
    """The desk's use cases. Refusals of a scan come back as results (nothing changed), not exceptions."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def scan(self, state: DeskState, raw: str, *,
             with_panel: bool = False) -> tuple[ScanResult, panel.ReaderPanel | None]:
        """One scan, committed or refused; with_panel also reads the active reader's panel as it is afterwards.
        The code is cleaned here, once (trimmed, upper-case, full-width folded), for everything below."""
        clock = self._uow.clock()
        code = codes.clean(raw)
        try:
            with self._uow.writing("circulation.scan") as session:
                result = dispatch.scan(session, state, code, clock, typed=raw)
                shown = (panel.reader_panel(session, result.reader_id, clock)
                         if with_panel and result.reader_id is not None else None)
                return result, shown
        except errors.ShuyiError as exc:
            result = dispatch.refusal(codes.echo(raw), exc, state)
        shown = None
        if with_panel and state.reader_id is not None:
            shown = self._panel(state.reader_id, clock)
        return result, shown

    def panel(self, reader_id: int) -> panel.ReaderPanel:
        return self._panel(reader_id, self._uow.clock())

    def _panel(self, reader_id: int, clock: Clock) -> panel.ReaderPanel:
        with self._uow.reading() as session:
            return panel.reader_panel(session, reader_id, clock)

    def renew(self, loan_id: int) -> ScanResult:
        """Renew one open loan from the reader panel; a refusal raises its ShuyiError."""
        clock = self._uow.clock()
        with self._uow.writing("circulation.renew") as session:
            loan = session.get(Loan, loan_id)
            if loan is None or loan.returned_at is not None:
                raise errors.UnknownLoan(id=loan_id)
            copy = session.get_one(Copy, loan.copy_id)
            return lending.renew(session, code=copy.code, loan=loan, reader=session.get_one(Reader, loan.reader_id),
                                 copy=copy, title=session.get_one(Title, copy.title_id), clock=clock)

    def place_hold(self, reader_id: int, title_id: int, *, site_code: str) -> ScanResult:
        """Reserve a title for a reader, to collect at site_code; a refusal raises its ShuyiError."""
        clock = self._uow.clock()
        with self._uow.writing("circulation.place_hold") as session:
            title = session.get(Title, title_id)
            if title is None:
                raise errors.UnknownTitle(id=title_id)
            reader = session.get(Reader, reader_id)
            if reader is None:
                raise errors.UnknownReader(id=reader_id)
            return lending.place_hold(session, code=title.isbn13 or str(title.id), reader=reader, title=title,
                                      here=room(session, site_code), clock=clock)

    def cancel_hold(self, hold_id: int) -> None:
        """Cancel a hold; a copy kept aside for it goes to the next reader waiting there, or back to its room."""
        clock = self._uow.clock()
        with self._uow.writing("circulation.cancel_hold") as session:
            lending.cancel_hold(session, hold_id, clock=clock)

    def loans(self, *, site_code: str | None = None, overdue: bool = False, include_returned: bool = False,
              offset: int = 0, limit: int | None = None) -> list[panel.LoanLine]:
        clock = self._uow.clock()
        with self._uow.reading() as session:
            return panel.loans(session, clock, site_code=site_code, overdue=overdue,
                               include_returned=include_returned, offset=offset, limit=limit)

    def desk_site(self, site_code: str, *, any_site: bool = False) -> str:
        """The code of the room a desk stands in: the one named, else the only reading room (any_site: a
        service station too, for book boxes). Raises the errors a scan would (UnknownSite, RoomNeeded, …)."""
        with self._uow.reading() as session:
            if any_site and site_code.strip():
                return site_by_code(session, site_code).code
            return room(session, site_code).code

    def reader_id_by_card(self, card_code: str) -> int | None:
        with self._uow.reading() as session:
            return session.scalar(select(Reader.id).where(Reader.card_code == codes.clean(card_code)))
