"""`app.labels`: label templates, printer calibration, and printing book labels, spine labels, reader cards and
facilities' asset tags.

The PDF writer (reportlab, qrcode) loads when something is printed, not before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import settings
from desktop.core.labels import selection
from desktop.core.labels import templates as tmpl
from desktop.core.sites import site_by_code
from desktop.core.uow import UnitOfWork

if TYPE_CHECKING:
    from desktop.core.labels import printing


class Labels:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # -- templates and printers ------------------------------------------------------------------------------
    def label_templates(self) -> list[tmpl.Template]:
        """Built-in sheets and rolls first, then those imported from gLabels files, by name."""
        with self._uow.reading() as session:
            return tmpl.list_templates(session)

    def label_template(self, name: str) -> tmpl.Template:
        """A template by slug or "Brand Part", case and spaces ignored; UnknownTemplate names close ones."""
        with self._uow.reading() as session:
            return tmpl.find_template(session, name)

    def import_label_templates(self, path: Path) -> tmpl.TemplateImportReport:
        """Every rectangular template of a gLabels file, in one transaction; an invalid one imports nothing."""
        parsed = tmpl.read_glabels(path)  # read before the write transaction takes the lock
        with self._uow.writing("labels.import_label_templates") as session:
            return tmpl.import_glabels(session, path, parsed=parsed)

    def printer_calibration(self, printer: str) -> tmpl.Calibration:
        with self._uow.reading() as session:
            return tmpl.get_calibration(session, printer)

    def set_printer_calibration(self, printer: str, *, offset_x_mm: float, offset_y_mm: float, scale_x: float,
                                scale_y: float) -> tmpl.Calibration:
        """Offsets within ±10 mm and scales within 0.9–1.1, or InvalidCalibration and nothing saved."""
        with self._uow.writing("labels.set_printer_calibration") as session:
            return tmpl.set_calibration(session, printer, offset_x_mm=offset_x_mm, offset_y_mm=offset_y_mm,
                                        scale_x=scale_x, scale_y=scale_y)

    # -- printing ----------------------------------------------------------------------------------------------
    def print_copy_labels(self, choice: selection.CopyChoice, *, template: str, out: Path, skip: int = 0,
                          spine: bool = False, printer: str = "",
                          progress: Callable[[int, int], object] | None = None,
                          mark: bool = True) -> printing.LabelRun:
        """Book labels (or spine labels) for the chosen copies, as a PDF; book labels are then marked printed.

        Read, render, record: the PDF is written outside any transaction, and the copies are marked only once
        it exists, so a failed or cancelled run marks nothing.
        """
        with self._uow.reading() as session:
            found = tmpl.find_template(session, template)
            chosen = selection.copies(session, choice)
            calibration = tmpl.get_calibration(session, printer) if printer else None
        from desktop.core.labels import printing

        items, left_out = printing.book_items(chosen, spine=spine)
        run = printing.render(items, found, out, skip=skip, calibration=calibration, progress=progress,
                              left_out=left_out)
        if not spine and mark:
            at = self._uow.clock().now
            with self._uow.writing("labels.mark_printed") as session:
                selection.mark_printed(session, [c.id for c in chosen], at=at)
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
        with self._uow.reading() as session:
            found = tmpl.find_template(session, template)
            chosen = selection.readers(session, codes_=codes, since=since)
            organisation = settings.get_all(session)["org.name"]
            calibration = tmpl.get_calibration(session, printer) if printer else None
        from desktop.core.labels import printing

        return printing.render(printing.card_items(chosen, organisation), found, out, skip=skip,
                               calibration=calibration, progress=progress)

    def print_asset_tags(self, *, codes: tuple[str, ...] = (), site_code: str = "", template: str, out: Path,
                         skip: int = 0, printer: str = "",
                         progress: Callable[[int, int], object] | None = None) -> printing.LabelRun:
        """Asset tags of station facilities (these codes, or every one not scrapped, of a site or of all)."""
        with self._uow.reading() as session:
            found = tmpl.find_template(session, template)
            if site_code.strip():
                site_by_code(session, site_code)  # an unknown site is refused, not printed as nothing
            chosen = selection.assets(session, codes_=codes, site_code=site_code)
            calibration = tmpl.get_calibration(session, printer) if printer else None
        from desktop.core.labels import printing

        return printing.render(printing.asset_items(chosen), found, out, skip=skip, calibration=calibration,
                               progress=progress)

    def copy_label_codes(self, choice: selection.CopyChoice) -> tuple[str, ...]:
        """The codes of the copies a label choice picks, in label order: what a PDF saved now holds."""
        with self._uow.reading() as session:
            return tuple(c.code for c in selection.copies(session, choice))

    def mark_labels_printed(self, codes: tuple[str, ...]) -> int:
        """Mark these copies' book labels printed (a saved PDF was printed elsewhere); returns how many."""
        at = self._uow.clock().now
        with self._uow.writing("labels.mark_saved_printed") as session:
            ids = [c.id for start in range(0, len(codes), 500)
                   for c in selection.copies(session, selection.CopyChoice(codes=codes[start:start + 500]))]
            selection.mark_printed(session, ids, at=at)
        return len(ids)
