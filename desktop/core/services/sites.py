"""`app.sites`: the register of reading rooms and service stations: add, edit, retire, re-open, facts, import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import sites
from desktop.core.uow import UnitOfWork

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from sqlalchemy.orm import Session

    from desktop.core.stations import facts, register_detail, site_import
    from desktop.core.stations.terms import TermInfo


def _with_facts(session: Session, code: str, facts: Mapping[str, bool], today: dt.date) -> sites.SiteInfo:
    from desktop.core.stations import facts as site_facts

    site = sites.site_by_code(session, code)
    for fact, present in facts.items():
        site_facts.set_fact(session, site.id, fact, present, noted_on=today)
    return sites.site_info(session, site)


class Sites:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def list_sites(self, *, kind: sites.SiteKind | None = None, limit: int | None = None,
                   active: bool | None = None) -> list[sites.SiteInfo]:
        with self._uow.reading() as session:
            return sites.list_sites(session, kind=kind, limit=limit, active=active)

    def add_site(self, new: sites.NewSite, *, facts: Mapping[str, bool] | None = None) -> sites.SiteInfo:
        """A new site, with the facts given recorded as of today, all in one transaction."""
        today = self._uow.clock().today
        with self._uow.writing("sites.add_site") as session:
            added = sites.add_site(session, new, today=today)
            return _with_facts(session, added.code, facts, today) if facts else added

    def site(self, code: str) -> sites.SiteInfo:
        with self._uow.reading() as session:
            return sites.site_info(session, sites.site_by_code(session, code))

    def form_choices(self) -> tuple[list[TermInfo], list[str]]:
        """What the site form offers: the station kinds (not retired) and the standards' names."""
        from desktop.core.stations import register, terms

        with self._uow.reading() as session:
            return terms.list_terms(session, terms.Vocabulary.STATION_KIND), register.standard_names(session)

    def site_detail(self, code: str) -> register_detail.SiteDetail:
        """The site with its facts and the counts of what hangs on it, for the detail view and `site show`."""
        from desktop.core.stations import register_detail

        today = self._uow.clock().today
        with self._uow.reading() as session:
            return register_detail.site_detail(session, code, today=today)

    def edit_site(self, code: str, changes: dict[str, Any], *,
                  facts: Mapping[str, bool] | None = None) -> sites.SiteInfo:
        """Change the given attributes (names of NewSite's fields) and facts; the whole site is checked again."""
        from desktop.core.stations import register_edit

        today = self._uow.clock().today
        with self._uow.writing("sites.edit") as session:
            edited = register_edit.edit_site(session, code, changes, today=today)
            return _with_facts(session, edited.code, facts, today) if facts else edited

    def retire_site(self, code: str) -> sites.SiteInfo:
        from desktop.core.stations import register_edit

        today = self._uow.clock().today
        with self._uow.writing("sites.retire") as session:
            return register_edit.retire_site(session, code, today=today)

    def reopen_site(self, code: str) -> sites.SiteInfo:
        from desktop.core.stations import register_edit

        today = self._uow.clock().today
        with self._uow.writing("sites.reopen") as session:
            return register_edit.reopen_site(session, code, today=today)

    def set_fact(self, code: str, fact: str, present: bool, *, noted_by: str = "") -> facts.FactInfo:
        """Record one fact (地图可查, 12351 …) about a site as of today."""
        from desktop.core.stations import facts

        today = self._uow.clock().today
        with self._uow.writing("sites.set_fact") as session:
            site = sites.site_by_code(session, code)
            return facts.set_fact(session, site.id, fact, present, noted_on=today, noted_by=noted_by)

    def preview_import(self, path: Path) -> site_import.SitePreview:
        """A spreadsheet's first rows and the column mapping guessed for it (the wizard's mapping step)."""
        from desktop.core.stations import site_import

        return site_import.preview(path)

    def import_sites(self, path: Path, *, datum: str = "", mapping: Mapping[int, str] | None = None
                     ) -> site_import.SiteImportReport:
        """Every good row in (one transaction), every bad one reported with its row; a row already there is
        counted, not added."""
        from desktop.core.stations import site_import

        rows = site_import.read_rows(path, datum=datum, mapping=mapping)
        today = self._uow.clock().today
        with self._uow.writing("sites.import") as session:
            return site_import.import_sites(session, rows, today=today)
