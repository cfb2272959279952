"""`app.readers`: readers (with their privacy rules) and reader types."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from desktop.core import readers
from desktop.core.uow import UnitOfWork

if TYPE_CHECKING:
    from desktop.core import reader_history


class Readers:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def add_reader(self, entry: readers.ReaderInput) -> readers.ReaderInfo:
        today = self._uow.clock().today
        with self._uow.writing("readers.add_reader") as session:
            return readers.add_reader(session, entry, today=today)

    def update_reader(self, reader_id: int, entry: readers.ReaderInput, *,
                      status: readers.ReaderStatus) -> readers.ReaderInfo:
        with self._uow.writing("readers.update_reader") as session:
            return readers.update_reader(session, reader_id, entry, status=status)

    def reader(self, reader_id: int) -> readers.ReaderInfo:
        with self._uow.reading() as session:
            return readers.get_reader(session, reader_id)

    def search_readers(self, query: str, *, limit: int = 50) -> list[readers.ReaderInfo]:
        with self._uow.reading() as session:
            return readers.search_readers(session, query, limit=limit)

    def list_readers(self, *, offset: int = 0, limit: int | None = None) -> list[readers.ReaderInfo]:
        with self._uow.reading() as session:
            return readers.list_readers(session, offset=offset, limit=limit)

    def reveal_phone(self, reader_id: int, *, channel: Literal["gui", "cli"]) -> str:
        """A deliberate, logged showing of one reader's full phone number."""
        with self._uow.writing("readers.reveal_phone") as session:
            return readers.reveal_phone(session, reader_id, channel=channel)

    def anonymise_reader(self, reader_id: int) -> readers.ReaderInfo:
        at = self._uow.clock().now
        with self._uow.writing("readers.anonymise_reader") as session:
            return readers.anonymise(session, reader_id, at=at)

    def reader_types(self) -> list[readers.ReaderTypeInfo]:
        with self._uow.reading() as session:
            return readers.list_types(session)

    def save_reader_type(self, info: readers.ReaderTypeInfo | None, *, name: str, max_loans: int, loan_days: int,
                         max_renewals: int, renew_overdue: bool | None = None) -> readers.ReaderTypeInfo:
        with self._uow.writing("readers.save_reader_type") as session:
            return readers.save_type(session, info, name=name, max_loans=max_loans, loan_days=loan_days,
                                     max_renewals=max_renewals, renew_overdue=renew_overdue)

    def reader_history(self, reader_id: int) -> reader_history.ReaderHistory:
        """A reader's loans (open and returned), reservations and e-book loans, for the readers page."""
        from desktop.core import reader_history

        clock = self._uow.clock()
        with self._uow.reading() as session:
            return reader_history.reader_history(session, reader_id, clock)
