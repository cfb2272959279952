"""The facade every front end drives: an open database, its unit of work, and the use cases grouped by domain.

    app = Shuyi.open("/path/shuyi.db")      # or a URL; creates or upgrades the schema (backup first)
    app.stats(); app.sites.list_sites(); app.catalogue.search("红楼梦"); app.circulation.scan(state, code)

Each domain's use cases are a service (desktop/core/services/) made on first use, so what only some actions
need (circulation, importing, printing) loads only when one of them runs. Services get the unit of work, never
the facade. Tests inject the time: `Shuyi.open(path, time=FixedTime(t))`, then `app.time.set(t2)`.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from db import migrate
from desktop.core import database, stats
from desktop.core.clock import SystemTime, TimeSource
from desktop.core.database import Location, OpenResult
from desktop.core.notices import Notices
from desktop.core.uow import UnitOfWork

if TYPE_CHECKING:
    from desktop.core.services.activity import Activity
    from desktop.core.services.catalogue import Catalogue
    from desktop.core.services.circulation import Circulation
    from desktop.core.services.coverage import Coverage
    from desktop.core.services.coverage_data import CoverageData
    from desktop.core.services.demo import Demo
    from desktop.core.services.ebooks import Ebooks
    from desktop.core.services.facilities import Facilities
    from desktop.core.services.imports import Imports
    from desktop.core.services.inspections import Inspections
    from desktop.core.services.labels import Labels
    from desktop.core.services.readers import Readers
    from desktop.core.services.settings import Settings
    from desktop.core.services.sites import Sites
    from desktop.core.services.standards import Standards
    from desktop.core.services.stocktakes import Stocktakes
    from desktop.core.services.terms import Terms
    from desktop.core.services.transfers import Transfers


class Shuyi:
    """An open Shuyi database and the use cases on it. Thread-safe: each call opens its own session."""

    def __init__(self, engine: Engine, location: Location, opened: OpenResult, *,
                 time: TimeSource | None = None) -> None:
        self.location = location
        self.opened = opened
        self._engine = engine
        self.uow = UnitOfWork(engine, location, time or SystemTime())
        """Sessions, the clock and the write hooks (before_commit, after_commit) every service goes through."""

    @classmethod
    def open(
        cls, location: str | os.PathLike[str] | None = None, *, create: bool = True, busy_timeout_ms: int | None = None,
        time: TimeSource | None = None,
    ) -> Shuyi:
        resolved = database.resolve(location)
        engine, opened = database.open_engine(resolved, create=create, busy_timeout_ms=busy_timeout_ms)
        return cls(engine, resolved, opened, time=time)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Shuyi:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def time(self) -> TimeSource:
        """Where every use case reads "now" from (the system clock unless one was injected)."""
        return self.uow.time

    @property
    def notices(self) -> Notices:
        """Subscribe here to be told of every committed write (desktop/core/notices.py)."""
        return self.uow.notices

    def stats(self) -> stats.Stats:
        today = self.uow.clock().today
        with self.uow.reading() as session:
            return stats.collect(session, today=today)

    def overview(self) -> stats.Overview:
        """The figures the reports page shows: sites, stock, readers, loans now and this month, holds, e-books."""
        clock = self.uow.clock()
        with self.uow.reading() as session:
            return stats.overview(session, clock)

    def schema_revision(self) -> str:
        """The schema version this database is at (the newest, once it has been opened)."""
        return migrate.current_revision(self._engine) or ""

    # -- the services, each made on first use ------------------------------------------------------------------
    @functools.cached_property
    def sites(self) -> Sites:
        from desktop.core.services.sites import Sites

        return Sites(self.uow)

    @functools.cached_property
    def terms(self) -> Terms:
        from desktop.core.services.terms import Terms

        return Terms(self.uow)

    @functools.cached_property
    def activity(self) -> Activity:
        from desktop.core.services.activity import Activity

        return Activity(self.uow)

    @functools.cached_property
    def facilities(self) -> Facilities:
        from desktop.core.services.facilities import Facilities

        return Facilities(self.uow)

    @functools.cached_property
    def settings(self) -> Settings:
        from desktop.core.services.settings import Settings

        return Settings(self.uow)

    @functools.cached_property
    def coverage(self) -> Coverage:
        from desktop.core.services.coverage import Coverage

        return Coverage(self.uow)

    @functools.cached_property
    def demo(self) -> Demo:
        from desktop.core.services.demo import Demo

        return Demo(self.uow)

    @functools.cached_property
    def catalogue(self) -> Catalogue:
        from desktop.core.services.catalogue import Catalogue

        return Catalogue(self.uow)

    @functools.cached_property
    def imports(self) -> Imports:
        from desktop.core.services.imports import Imports

        return Imports(self.uow)

    @functools.cached_property
    def readers(self) -> Readers:
        from desktop.core.services.readers import Readers

        return Readers(self.uow)

    @functools.cached_property
    def labels(self) -> Labels:
        from desktop.core.services.labels import Labels

        return Labels(self.uow)

    @functools.cached_property
    def circulation(self) -> Circulation:
        from desktop.core.services.circulation import Circulation

        return Circulation(self.uow)

    @functools.cached_property
    def ebooks(self) -> Ebooks:
        from desktop.core.services.ebooks import Ebooks

        return Ebooks(self.uow)

    @functools.cached_property
    def transfers(self) -> Transfers:
        from desktop.core.services.transfers import Transfers

        return Transfers(self.uow)

    @functools.cached_property
    def stocktakes(self) -> Stocktakes:
        from desktop.core.services.stocktakes import Stocktakes

        return Stocktakes(self.uow)

    @functools.cached_property
    def standards(self) -> Standards:
        from desktop.core.services.standards import Standards

        return Standards(self.uow)

    @functools.cached_property
    def inspections(self) -> Inspections:
        from desktop.core.services.inspections import Inspections

        return Inspections(self.uow)

    @functools.cached_property
    def coverage_data(self) -> CoverageData:
        from desktop.core.services.coverage_data import CoverageData

        return CoverageData(self.uow)
