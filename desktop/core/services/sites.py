"""`app.sites`: the register of reading rooms and service stations."""

from __future__ import annotations

from desktop.core import sites
from desktop.core.uow import UnitOfWork


class Sites:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def list_sites(self, *, kind: sites.SiteKind | None = None, limit: int | None = None) -> list[sites.SiteInfo]:
        with self._uow.reading() as session:
            return sites.list_sites(session, kind=kind, limit=limit)

    def add_site(self, new: sites.NewSite) -> sites.SiteInfo:
        with self._uow.writing("sites.add_site") as session:
            return sites.add_site(session, new)
