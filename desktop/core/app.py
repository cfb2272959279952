"""The facade every front end drives: one session per user action, plain frozen dataclasses out.

    app = Shuyi.open("/path/shuyi.db")      # or a URL; creates or upgrades the schema (backup first)
    app.stats(); app.list_sites(); app.load_demo()
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db import migrate
from db.engine import writer
from desktop.core import catalogue, database, demo, errors, readers, search, settings, sites, stats
from desktop.core.database import Location, OpenResult

if TYPE_CHECKING:
    from desktop.core import (
        importing,  # MARC and spreadsheet readers load when a file is opened
        reader_history,
    )
    from desktop.core.circulation.ebooks_service import Ebooks
    from desktop.core.circulation.moves_service import Stocktakes, Transfers
    from desktop.core.circulation.service import Circulation
    from desktop.core.labels import printing  # reportlab and qrcode load when something is printed
from desktop.core.labels import selection
from desktop.core.labels import templates as tmpl


@contextmanager
def _typed_errors(location: Location) -> Iterator[None]:
    """Turn the database's own operational failures into errors a user can be told about."""
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise errors.DatabaseBusy() from exc
        if "readonly" in text or "read-only" in text or "read only" in text:
            raise errors.DatabaseReadOnly() from exc
        if "full" in text:
            raise errors.DatabaseFull() from exc
        raise errors.DatabaseUnavailable(url=location.display, reason=str(exc.orig).strip().splitlines()[0]) from exc


class Shuyi:
    """An open Shuyi database and the use cases on it. Thread-safe: each call opens its own session."""

    def __init__(self, engine: Engine, location: Location, opened: OpenResult) -> None:
        self.location = location
        self.opened = opened
        self._engine = engine
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(bind=writer(engine), expire_on_commit=False)

    # The circulation use cases load on first use (the desk, a command that scans): not at every start.
    @functools.cached_property
    def circulation(self) -> Circulation:
        from desktop.core.circulation.service import Circulation

        return Circulation(self)

    @functools.cached_property
    def ebooks(self) -> Ebooks:
        from desktop.core.circulation.ebooks_service import Ebooks

        return Ebooks(self)

    @functools.cached_property
    def transfers(self) -> Transfers:
        from desktop.core.circulation.moves_service import Transfers

        return Transfers(self)

    @functools.cached_property
    def stocktakes(self) -> Stocktakes:
        from desktop.core.circulation.moves_service import Stocktakes

        return Stocktakes(self)

    @classmethod
    def open(
        cls, location: str | os.PathLike[str] | None = None, *, create: bool = True, busy_timeout_ms: int | None = None
    ) -> Shuyi:
        resolved = database.resolve(location)
        engine, opened = database.open_engine(resolved, create=create, busy_timeout_ms=busy_timeout_ms)
        return cls(engine, resolved, opened)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Shuyi:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- units of work ---------------------------------------------------------------------------------
    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with _typed_errors(self.location), self._read_sessions() as session, session.begin():
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE on SQLite): committed on success, rolled back on any error."""
        with _typed_errors(self.location), self._write_sessions() as session, session.begin():
            yield session

    # -- use cases -------------------------------------------------------------------------------------
    def stats(self) -> stats.Stats:
        with self._reading() as session:
            return stats.collect(session)

    def list_sites(self, *, kind: sites.SiteKind | None = None, limit: int | None = None) -> list[sites.SiteInfo]:
        with self._reading() as session:
            return sites.list_sites(session, kind=kind, limit=limit)

    def add_site(self, new: sites.NewSite) -> sites.SiteInfo:
        with self._writing() as session:
            return sites.add_site(session, new)

    def load_demo(self, size: demo.DemoSize = "small") -> demo.DemoSummary:
        with self._writing() as session:
            summary = demo.load(session, size)
            settings.set_value(session, "app.first_run_done", True)
            return summary

    def settings(self) -> dict[str, Any]:
        with self._reading() as session:
            return settings.get_all(session)

    def set_settings(self, values: dict[str, Any]) -> None:
        """Save several settings at once: all of them or, when one is invalid, none."""
        with self._writing() as session:
            for key, value in values.items():
                settings.set_value(session, key, value)

    def mark_first_run_done(self) -> None:
        self.set_settings({"app.first_run_done": True})

    def schema_revision(self) -> str:
        """The schema version this database is at (the newest, once it has been opened)."""
        return migrate.current_revision(self._engine) or ""

    # -- catalogue ---------------------------------------------------------------------------------------
    def add_title(self, entry: catalogue.TitleInput, *, site_code: str = "", copies: int = 0) -> catalogue.TitleInfo:
        """A new title, and when asked its first copies in a room: one action, one transaction."""
        with self._writing() as session:
            title = catalogue.add_title(session, entry)
            if copies:
                catalogue.add_copies(session, title.id, site_code=site_code, count=copies)
                title = catalogue.get_title(session, title.id)
            return title

    def add_copies(self, title_id: int, *, site_code: str, count: int = 1, shelf: str = "",
                   source: str = "") -> list[catalogue.CopyInfo]:
        with self._writing() as session:
            return catalogue.add_copies(session, title_id, site_code=site_code, count=count, shelf=shelf,
                                        source=source)

    def update_title(self, title_id: int, entry: catalogue.TitleInput) -> catalogue.TitleInfo:
        with self._writing() as session:
            return catalogue.update_title(session, title_id, entry)

    def count_titles(self) -> int:
        with self._reading() as session:
            return catalogue.count_titles_and_copies(session)[0]

    def preview_import(
        self, path: Path, *, readers: bool
    ) -> tuple[importing.ImportFormat, importing.TablePreview | None]:
        """The file's format and, for a spreadsheet, its first rows with the guessed column mapping."""
        from desktop.core import importing

        fmt = importing.detect_format(path)
        if fmt in ("marc", "marcxml"):
            return fmt, None
        return fmt, importing.preview(path, fmt, readers=readers)

    def title(self, title_id: int) -> tuple[catalogue.TitleInfo, list[catalogue.CopyInfo]]:
        with self._reading() as session:
            return catalogue.get_title(session, title_id), catalogue.copies_of(session, title_id)

    def receive_issue(self, title_id: int, *, site_code: str, issue: str) -> catalogue.IssueInfo:
        with self._writing() as session:
            return catalogue.receive_issue(session, title_id, site_code=site_code, issue=issue)

    def issues(self, title_id: int) -> list[catalogue.IssueInfo]:
        with self._reading() as session:
            return catalogue.issues_of(session, title_id)

    def search(self, query: str, *, limit: int = 50) -> list[search.Hit]:
        with self._reading() as session:
            return search.search(session, query, limit=limit)

    def list_titles(self, *, offset: int = 0, limit: int | None = None) -> list[catalogue.TitleInfo]:
        with self._reading() as session:
            return catalogue.list_titles(session, offset=offset, limit=limit)

    def list_copies(self, *, site_code: str | None = None, offset: int = 0,
                    limit: int | None = None) -> list[catalogue.CopyInfo]:
        with self._reading() as session:
            return catalogue.list_copies(session, site_code=site_code, offset=offset, limit=limit)

    def import_books(self, path: Path, *, site_code: str, fmt: importing.ImportFormat | None = None,
                     mapping: Mapping[int, str] | None = None,
                     progress: importing.Progress | None = None) -> importing.ImportReport:
        """Every good record in and every bad one reported, in one transaction; cancelling imports nothing."""
        from desktop.core import importing

        fmt = fmt or importing.detect_format(path)
        source = importing.book_source(path, fmt, mapping)
        with self._writing() as session:
            return importing.import_books(session, source, path=path, fmt=fmt, site_code=site_code,
                                          progress=progress)

    def import_readers(self, path: Path, *, site_code: str = "", fmt: importing.ImportFormat | None = None,
                       mapping: Mapping[int, str] | None = None,
                       progress: importing.Progress | None = None) -> importing.ImportReport:
        from desktop.core import importing

        fmt = fmt or importing.detect_format(path)
        records, total = importing.reader_source(path, fmt, mapping)
        with self._writing() as session:
            return importing.import_readers(session, records, path=path, fmt=fmt, site_code=site_code,
                                            total=total, progress=progress)

    # -- readers -------------------------------------------------------------------------------------------
    def add_reader(self, entry: readers.ReaderInput) -> readers.ReaderInfo:
        with self._writing() as session:
            return readers.add_reader(session, entry)

    def update_reader(self, reader_id: int, entry: readers.ReaderInput, *,
                      status: readers.ReaderStatus) -> readers.ReaderInfo:
        with self._writing() as session:
            return readers.update_reader(session, reader_id, entry, status=status)

    def reader(self, reader_id: int) -> readers.ReaderInfo:
        with self._reading() as session:
            return readers.get_reader(session, reader_id)

    def search_readers(self, query: str, *, limit: int = 50) -> list[readers.ReaderInfo]:
        with self._reading() as session:
            return readers.search_readers(session, query, limit=limit)

    def list_readers(self, *, offset: int = 0, limit: int | None = None) -> list[readers.ReaderInfo]:
        with self._reading() as session:
            return readers.list_readers(session, offset=offset, limit=limit)

    def reveal_phone(self, reader_id: int, *, channel: Literal["gui", "cli"]) -> str:
        """A deliberate, logged showing of one reader's full phone number."""
        with self._writing() as session:
            return readers.reveal_phone(session, reader_id, channel=channel)

    def anonymise_reader(self, reader_id: int) -> readers.ReaderInfo:
        with self._writing() as session:
            return readers.anonymise(session, reader_id)

    def reader_types(self) -> list[readers.ReaderTypeInfo]:
        with self._reading() as session:
            return readers.list_types(session)

    def save_reader_type(self, info: readers.ReaderTypeInfo | None, *, name: str, max_loans: int, loan_days: int,
                         max_renewals: int) -> readers.ReaderTypeInfo:
        with self._writing() as session:
            return readers.save_type(session, info, name=name, max_loans=max_loans, loan_days=loan_days,
                                     max_renewals=max_renewals)

    def first_run_pending(self) -> bool:
        """True for a database nobody has chosen for yet: no sites and no "start empty" recorded."""
        with self._reading() as session:
            done = settings.get_all(session)["app.first_run_done"]
            return not done and sum(sites.count_sites(session).values()) == 0

    # -- labels: templates and printers ---------------------------------------------------------------------
    def label_templates(self) -> list[tmpl.Template]:
        """Built-in sheets and rolls first, then those imported from gLabels files, by name."""
        with self._reading() as session:
            return tmpl.list_templates(session)

    def label_template(self, name: str) -> tmpl.Template:
        """A template by slug or "Brand Part", case and spaces ignored; UnknownTemplate names close ones."""
        with self._reading() as session:
            return tmpl.find_template(session, name)

    def import_label_templates(self, path: Path) -> tmpl.TemplateImportReport:
        """Every rectangular template of a gLabels file, in one transaction; an invalid one imports nothing."""
        parsed = tmpl.read_glabels(path)  # read before the write transaction takes the lock
        with self._writing() as session:
            return tmpl.import_glabels(session, path, parsed=parsed)

    def printer_calibration(self, printer: str) -> tmpl.Calibration:
        with self._reading() as session:
            return tmpl.get_calibration(session, printer)

    def set_printer_calibration(self, printer: str, *, offset_x_mm: float, offset_y_mm: float, scale_x: float,
                                scale_y: float) -> tmpl.Calibration:
        """Offsets within ±10 mm and scales within 0.9–1.1, or InvalidCalibration and nothing saved."""
        with self._writing() as session:
            return tmpl.set_calibration(session, printer, offset_x_mm=offset_x_mm, offset_y_mm=offset_y_mm,
                                        scale_x=scale_x, scale_y=scale_y)
    # -- end of labels: templates and printers ---------------------------------------------------------------

    # -- labels: printing ------------------------------------------------------------------------------------
    def print_copy_labels(self, choice: selection.CopyChoice, *, template: str, out: Path, skip: int = 0,
                          spine: bool = False, printer: str = "",
                          progress: Callable[[int, int], object] | None = None,
                          mark: bool = True) -> printing.LabelRun:
        """Book labels (or spine labels) for the chosen copies, as a PDF; book labels are then marked printed.

        Read, render, record: the PDF is written outside any transaction, and the copies are marked only once
        it exists, so a failed or cancelled run marks nothing.
        """
        with self._reading() as session:
            found = tmpl.find_template(session, template)
            chosen = selection.copies(session, choice)
            calibration = tmpl.get_calibration(session, printer) if printer else None
        from desktop.core.labels import printing

        items, left_out = printing.book_items(chosen, spine=spine)
        run = printing.render(items, found, out, skip=skip, calibration=calibration, progress=progress,
                              left_out=left_out)
        if not spine and mark:
            with self._writing() as session:
                selection.mark_printed(session, [c.id for c in chosen])
        return run

    def preview_copy_labels(self, choice: selection.CopyChoice, *, template: str, out: Path, skip: int = 0,
                            spine: bool = False) -> printing.LabelRun:
        """Exactly what print_copy_labels would write, for a preview: nothing is marked printed."""
        return self.print_copy_labels(choice, template=template, out=out, skip=skip, spine=spine, mark=False)

    def preview_reader_cards(self, *, codes: tuple[str, ...] = (), since: dt.date | None = None, template: str,
                             out: Path, skip: int = 0) -> printing.LabelRun:
        """Exactly what print_reader_cards would write (cards are never marked, so the same call)."""
        return self.print_reader_cards(codes=codes, since=since, template=template, out=out, skip=skip)

    def print_reader_cards(self, *, codes: tuple[str, ...] = (), since: dt.date | None = None, template: str,
                           out: Path, skip: int = 0, printer: str = "",
                           progress: Callable[[int, int], object] | None = None) -> printing.LabelRun:
        with self._reading() as session:
            found = tmpl.find_template(session, template)
            chosen = selection.readers(session, codes_=codes, since=since)
            organisation = settings.get_all(session)["org.name"]
            calibration = tmpl.get_calibration(session, printer) if printer else None
        from desktop.core.labels import printing

        return printing.render(printing.card_items(chosen, organisation), found, out, skip=skip,
                               calibration=calibration, progress=progress)
    # -- end of labels: printing -----------------------------------------------------------------------------

    # -- added by the window helper (issue 9), small on purpose: to be moved into the services -------------------
    def copy_label_codes(self, choice: selection.CopyChoice) -> tuple[str, ...]:
        """The codes of the copies a label choice picks, in label order: what a PDF saved now holds."""
        with self._reading() as session:
            return tuple(c.code for c in selection.copies(session, choice))

    def mark_labels_printed(self, codes: tuple[str, ...]) -> int:
        """Mark these copies' book labels printed (a saved PDF was printed elsewhere); returns how many."""
        with self._writing() as session:
            ids = [c.id for start in range(0, len(codes), 500)
                   for c in selection.copies(session, selection.CopyChoice(codes=codes[start:start + 500]))]
            selection.mark_printed(session, ids)
        return len(ids)

    def overview(self) -> stats.Overview:
        """The figures the reports page shows: sites, stock, readers, loans now and this month, holds, e-books."""
        with self._reading() as session:
            return stats.overview(session)

    def reader_history(self, reader_id: int, *, now: dt.datetime | None = None) -> reader_history.ReaderHistory:
        """A reader's loans (open and returned), reservations and e-book loans, for the readers page."""
        from db.base import utcnow
        from desktop.core import reader_history
        from desktop.core.circulation.lending import Clock

        with self._reading() as session:
            return reader_history.reader_history(session, reader_id, Clock(now or utcnow()))
