"""`app.settings`: the domain settings stored in the database, and the first-run choice."""

from __future__ import annotations

from typing import Any

from desktop.core import settings, sites
from desktop.core.uow import UnitOfWork


class Settings:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def values(self) -> dict[str, Any]:
        """Every setting by key, the default for those never saved."""
        with self._uow.reading() as session:
            return settings.get_all(session)

    def save(self, values: dict[str, Any]) -> None:
        """Save several settings at once: all of them or, when one is invalid, none."""
        with self._uow.writing("settings.save") as session:
            for key, value in values.items():
                settings.set_value(session, key, value)

    def first_run_pending(self) -> bool:
        """True for a database nobody has chosen for yet: no sites and no "start empty" recorded."""
        with self._uow.reading() as session:
            done = settings.get_all(session)["app.first_run_done"]
            return not done and sum(sites.count_sites(session).values()) == 0

    def mark_first_run_done(self) -> None:
        self.save({"app.first_run_done": True})

    def start_blank(self, values: dict[str, Any], first_site: sites.NewSite) -> sites.SiteInfo:
        """Start a new database blank: the organisation's settings and its first site in one transaction, so a
        refusal (a bad code, a bad value) leaves nothing half made; the first-run choice is then made."""
        with self._uow.writing("settings.start_blank") as session:
            for key, value in values.items():
                settings.set_value(session, key, value)
            settings.set_value(session, "app.first_run_done", True)
            return sites.add_site(session, first_site)
