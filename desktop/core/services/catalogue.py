"""`app.catalogue`: titles, their copies and periodical issues, and the catalogue search."""

from __future__ import annotations

from desktop.core import catalogue, search
from desktop.core.uow import UnitOfWork


class Catalogue:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def add_title(self, entry: catalogue.TitleInput, *, site_code: str = "", copies: int = 0) -> catalogue.TitleInfo:
        """A new title, and when asked its first copies in a room: one action, one transaction."""
        today = self._uow.clock().today
        with self._uow.writing("catalogue.add_title") as session:
            title = catalogue.add_title(session, entry, today=today)
            if copies:
                catalogue.add_copies(session, title.id, site_code=site_code, count=copies, acquired_on=today)
                title = catalogue.get_title(session, title.id)
            return title

    def add_copies(self, title_id: int, *, site_code: str, count: int = 1, shelf: str = "",
                   source: str = "") -> list[catalogue.CopyInfo]:
        today = self._uow.clock().today
        with self._uow.writing("catalogue.add_copies") as session:
            return catalogue.add_copies(session, title_id, site_code=site_code, count=count, shelf=shelf,
                                        source=source, acquired_on=today)

    def update_title(self, title_id: int, entry: catalogue.TitleInput) -> catalogue.TitleInfo:
        today = self._uow.clock().today
        with self._uow.writing("catalogue.update_title") as session:
            return catalogue.update_title(session, title_id, entry, today=today)

    def count_titles(self) -> int:
        with self._uow.reading() as session:
            return catalogue.count_titles_and_copies(session)[0]

    def title(self, title_id: int) -> tuple[catalogue.TitleInfo, list[catalogue.CopyInfo]]:
        with self._uow.reading() as session:
            return catalogue.get_title(session, title_id), catalogue.copies_of(session, title_id)

    def receive_issue(self, title_id: int, *, site_code: str, issue: str) -> catalogue.IssueInfo:
        today = self._uow.clock().today
        with self._uow.writing("catalogue.receive_issue") as session:
            return catalogue.receive_issue(session, title_id, site_code=site_code, issue=issue, received_on=today)

    def issues(self, title_id: int) -> list[catalogue.IssueInfo]:
        with self._uow.reading() as session:
            return catalogue.issues_of(session, title_id)

    def search(self, query: str, *, limit: int = 50) -> list[search.Hit]:
        with self._uow.reading() as session:
            return search.search(session, query, limit=limit)

    def list_titles(self, *, offset: int = 0, limit: int | None = None) -> list[catalogue.TitleInfo]:
        with self._uow.reading() as session:
            return catalogue.list_titles(session, offset=offset, limit=limit)

    def list_copies(self, *, site_code: str | None = None, offset: int = 0,
                    limit: int | None = None) -> list[catalogue.CopyInfo]:
        with self._uow.reading() as session:
            return catalogue.list_copies(session, site_code=site_code, offset=offset, limit=limit)
