"""What the reader panel's buttons do at the desk: renew loans, cancel a hold, reserve a title; each answer goes
into the scan log and the banner like a scan's, with its sound."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from desktop.core.circulation.panel import ReaderPanel
from desktop.core.circulation.results import Action, ScanResult, refused
from desktop.core.errors import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.circulation.banner import ResultBanner
from desktop.ui.circulation.dialogs import ReserveDialog
from desktop.ui.circulation.reader_panel import ReaderPanelView
from desktop.ui.circulation.sounds import Sounds
from desktop.ui.circulation.tables import EntryKind, EntryState, ScanEntry, ScanLogModel
from desktop.ui.context import UiContext

CONTEXT = "CirculationPage"
HOLD_CANCELLED = QT_TRANSLATE_NOOP("CirculationPage", "The hold on {title} is cancelled")


class ReaderActions:
    """Mixed into the circulation page (after Page), which provides what is declared here."""

    ctx: UiContext
    log: ScanLogModel
    banner: ResultBanner
    sounds: Sounds
    panel_view: ReaderPanelView
    reserve_dialog: ReserveDialog | None
    reader_id: int | None
    room_code: str

    open_dialog: Callable[[Any], None]
    _panel_loaded: Callable[[int, ReaderPanel], None]
    _reload_panel: Callable[[int], None]
    _dialog_closed: Callable[[ReserveDialog], None]

    def renew(self, loan_ids: list[int]) -> None:
        panel = self.panel_view.panel
        if panel is None:
            return
        reader_id = panel.reader.id
        codes = {loan.loan_id: loan.copy_code for loan in panel.loans}
        circulation = self.ctx.app.circulation

        def job() -> tuple[list[ScanResult], ReaderPanel]:
            results = []
            for loan_id in loan_ids:
                try:
                    results.append(circulation.renew(loan_id))
                except ShuyiError as exc:  # refused: nothing changed, say why
                    results.append(refused(codes.get(loan_id, ""), exc, action=Action.RENEW, reader_id=reader_id))
            return results, circulation.panel(reader_id)

        self.ctx.tasks.submit(job, on_done=lambda done: self._actions_done(reader_id, *done),
                              on_error=self._action_failed)

    def cancel_hold(self, hold_id: int) -> None:
        panel = self.panel_view.panel
        if panel is None or not self.room_code:
            return
        reader_id = panel.reader.id
        title = next((h.title for h in panel.holds if h.hold_id == hold_id), "")
        circulation = self.ctx.app.circulation

        def job() -> ReaderPanel:
            circulation.cancel_hold(hold_id)
            return circulation.panel(reader_id)

        def done(shown: ReaderPanel) -> None:
            self._note(HOLD_CANCELLED, {"title": title}, level="success")
            self._panel_loaded(reader_id, shown)

        self.ctx.tasks.submit(job, on_done=done, on_error=self._action_failed)

    def reserve(self) -> None:
        panel = self.panel_view.panel
        if panel is None or not self.room_code:
            return
        reader_id = panel.reader.id
        dialog = ReserveDialog(self.ctx, reader_id=reader_id, reader_name=panel.reader.name,
                               site_code=self.room_code, parent=self.panel_view)
        dialog.reserved.connect(lambda result: self._actions_done(reader_id, [result], None))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.reserve_dialog = dialog
        self.open_dialog(dialog)
        dialog.search.setFocus()

    def _actions_done(self, reader_id: int, results: list[ScanResult], panel: ReaderPanel | None) -> None:
        for result in results:
            self._show(ScanEntry(code=result.code, at=0.0, clock=dt.datetime.now(), kind=EntryKind.ACTION,
                                 state=EntryState.DONE, result=result))
        levels = [r.level.value for r in results]
        for level in ("refusal", "warning", "success"):
            if level in levels:
                self.sounds.play(level)
                break
        if panel is not None:
            self._panel_loaded(reader_id, panel)
        elif reader_id == self.reader_id:
            self._reload_panel(reader_id)

    def _action_failed(self, exc: BaseException) -> None:
        self._show(ScanEntry(code="", at=0.0, clock=dt.datetime.now(), kind=EntryKind.ACTION,
                             state=EntryState.FAILED, error=exc))
        self.sounds.play("refusal")

    def _note(self, template: str, params: dict, *, level: str, code: str = "") -> None:
        """A message of the window itself in the log and the banner (context CirculationPage)."""
        self._show(ScanEntry(code=code, at=0.0, clock=dt.datetime.now(), kind=EntryKind.ACTION,
                             state=EntryState.DONE, note=(CONTEXT, template, params), note_level=level))
        self.sounds.play(level)

    def _show(self, entry: ScanEntry) -> None:
        self.log.add(entry)
        self.banner.show_entry(entry)
