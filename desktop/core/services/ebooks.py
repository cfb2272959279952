"""`app.ebooks`: e-book licences and loans on an open database, one transaction per call; refusals raise.

Lending happens at the desk (`app.circulation.scan` of a licence's E code with a reader active); this is the
rest: licensing a title, changing or withdrawing a licence, revoking a loan, the lists, and a loan's slip.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core import errors
from desktop.core.circulation import ebooks
from desktop.core.circulation.ebooks import EbookLoanInfo, LicenceInfo
from desktop.core.sites import room
from desktop.core.uow import UnitOfWork


class Ebooks:
    """The e-book use cases; every refusal is a ShuyiError raised before anything changed."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def add_licence(self, title_id: int, *, access_url: str, max_concurrent: int,
                    loan_days: int = ebooks.DEFAULT_LOAN_DAYS, site_code: str) -> LicenceInfo:
        """Licence a title, its E code from the reading room site_code (empty: the only one there is). A title
        already licensed gets these terms and is lent again, keeping its code."""
        clock = self._uow.clock()
        with self._uow.writing("ebooks.add_licence") as session:
            return ebooks.add_licence(session, title_id=title_id, access_url=access_url,
                                      max_concurrent=max_concurrent, loan_days=loan_days,
                                      site=room(session, site_code), clock=clock)

    def update_licence(self, code: str, *, access_url: str | None = None, max_concurrent: int | None = None,
                       loan_days: int | None = None, active: bool | None = None) -> LicenceInfo:
        """Change the terms of the licence with E code `code` (None: unchanged); running loans are not touched."""
        clock = self._uow.clock()
        with self._uow.writing("ebooks.update_licence") as session:
            return ebooks.update_licence(session, code, access_url=access_url, max_concurrent=max_concurrent,
                                         loan_days=loan_days, active=active, clock=clock)

    def withdraw(self, code: str) -> LicenceInfo:
        """Lend this e-book no more; its running loans keep running."""
        clock = self._uow.clock()
        with self._uow.writing("ebooks.withdraw") as session:
            return ebooks.withdraw_licence(session, code, clock=clock)

    def revoke(self, loan_id: int) -> EbookLoanInfo:
        """End a current loan now: a licence frees up at once."""
        clock = self._uow.clock()
        with self._uow.writing("ebooks.revoke") as session:
            return ebooks.revoke(session, loan_id, clock=clock)

    def licences(self) -> list[LicenceInfo]:
        clock = self._uow.clock()
        with self._uow.reading() as session:
            return ebooks.list_licences(session, clock)

    def licence(self, code: str) -> LicenceInfo:
        clock = self._uow.clock()
        with self._uow.reading() as session:
            return ebooks.licence_info(session, ebooks.licence_by_code(session, code), clock)

    def loans(self, licence_code: str | None = None, *, site_code: str | None = None,
              include_ended: bool = False) -> list[EbookLoanInfo]:
        """Current loans, the first to end first: of one licence (with include_ended, its past ones too), or of
        every licence (of one lending room when site_code is given)."""
        clock = self._uow.clock()
        with self._uow.reading() as session:
            if licence_code is not None:
                licence = ebooks.licence_by_code(session, licence_code)
                found = ebooks.loans_of(session, licence.id, clock, include_ended=include_ended)
                return [loan for loan in found if not site_code or loan.site_code == site_code.strip().upper()]
            return ebooks.current_loans(session, clock, site_code=site_code)

    def loan(self, loan_id: int) -> EbookLoanInfo:
        """One loan, current or ended (see .current); errors.UnknownEbookLoan when there is no such loan."""
        clock = self._uow.clock()
        with self._uow.reading() as session:
            return ebooks.loan_info(session, loan_id, clock)

    def print_slip(self, loan_id: int, out: Path) -> EbookLoanInfo:
        """Write the A6 PDF slip of a current loan (its QR, title and end date) to `out`; UnknownEbookLoan when
        the loan has ended, FileNotWritable when `out` cannot be written."""
        from desktop.core.circulation.ebook_qr import loan_slip_pdf

        loan = self.loan(loan_id)
        if not loan.current:
            raise errors.UnknownEbookLoan(id=loan_id)
        loan_slip_pdf(loan.url, loan.title, loan.expires_on, Path(out))
        return loan
