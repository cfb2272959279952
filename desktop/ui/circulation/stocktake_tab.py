"""Stocktake (盘点) of the desk's room: start one (the whole room or a call-number range), scan the shelves through
the desk, finish, and read what is missing, what is in the wrong place, what was found but is recorded as out,
and which codes name no copy; then record the missing copies as lost in one step.

An open stocktake is the room's until finished or cancelled: after a restart it is shown again, to resume.
This module also holds what the three tabs under the desk share (DeskTab, FormDialog): the page's interface
(modeRequested, scan_finished, set_site, set_mode), a message line, and tasks with stale answers dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.circulation.dispatch import Mode
from desktop.core.circulation.results import Action, ScanResult
from desktop.core.circulation.stocktakes import StocktakeInfo, StocktakeLine, StocktakeReport
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.catalogue.tables import STATUS_LABELS
from desktop.ui.circulation.reader_panel import table_view
from desktop.ui.context import UiContext, error_text
from desktop.ui.pages.base import I18N_SKIP, data_label, sentence
from desktop.ui.table_model import RowTableModel

ERROR_STYLE = "color: #a30000;"
MODE_STYLE = "background: #fff4d6; color: #5c4400; border: 1px solid #e0c060; border-radius: 4px; padding: 4px 8px;"
COUNT_STYLE = "font-size: 20px; font-weight: bold;"
RELOAD_DELAY_MS = 250
"""Scans come in bursts: one reload after the burst, not one per scan."""
Text = Callable[[], str]


def day(value: dt.date | dt.datetime | None) -> str:
    """A date as 2026-11-21 (a stored moment on the local calendar)."""
    if value is None:
        return ""
    return (value.astimezone().date() if isinstance(value, dt.datetime) else value).isoformat()


def ask(parent: QWidget, title: str, text: str) -> bool:
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, yes | no, no) == yes


def open_dialog(ctx: UiContext, dialog: QDialog) -> None:
    """Show a dialog without blocking; once closed it is deleted only after the tasks it started have answered
    (the runner keeps order), so no callback reaches a deleted widget (as Page.open_dialog)."""
    scheduled: list[bool] = []

    def closed(_result: int) -> None:
        if not scheduled:
            scheduled.append(True)
            ctx.tasks.submit(lambda: None, on_done=lambda _none: dialog.deleteLater())

    dialog.finished.connect(closed)
    dialog.open()


class DeskTab(QWidget):
    """A tab under the desk's scan box; subclasses load in reload() and set their texts in retranslate()."""

    modeRequested = Signal(str, object)  # noqa: N815 (the page's interface)
    """(Mode value, id): scan into a transfer or stocktake, receive a transfer, or ("desk", None) to lend."""
    SCANS: ClassVar[frozenset[Action]] = frozenset()
    """Scan results that change what the tab shows."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.site_code = ""
        self.mode: tuple[str, int | None] = (Mode.DESK.value, None)
        self._message: tuple[Text, bool] | None = None
        self._request = 0
        self.message = sentence(self)
        self.message.setProperty(I18N_SKIP, True)  # set translated; may name titles and rooms
        self.mode_note = QLabel(self)  # what the desk scans into now, when it is this tab's
        self.mode_note.setStyleSheet(MODE_STYLE)
        self.mode_note.setWordWrap(True)
        self.mode_note.hide()
        self.scan_timer = QTimer(self)
        self.scan_timer.setSingleShot(True)
        self.scan_timer.setInterval(RELOAD_DELAY_MS)
        self.scan_timer.timeout.connect(self.scans_changed)

    # -- the page's interface ----------------------------------------------------------------------------------
    def set_site(self, site_code: str) -> None:
        """The desk serves another room (its desk is back to lending): show that room's."""
        if site_code != self.site_code:
            self.site_code, self.mode, self._message = site_code, (Mode.DESK.value, None), None
            self.clear()
        self.reload()

    def set_mode(self, mode: str, mode_id: int | None) -> None:
        """The desk's mode as it is now; the page calls this whenever it changes."""
        self.mode = (mode, mode_id if mode != Mode.DESK.value else None)
        self.retranslate()

    def scan_finished(self, result: ScanResult) -> None:
        """A committed scan; what it changed is reloaded once the burst of scans is over."""
        if result.action in self.SCANS and result.ok:
            self.scan_timer.start()

    def retranslate(self) -> None:
        text, error = self._message or (None, False)
        self.message.setText(text() if text else "")
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))

    # -- for subclasses ----------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget what was shown for the previous room."""

    def reload(self) -> None:
        """Load what the tab shows for self.site_code."""

    def scans_changed(self) -> None:
        self.reload()

    def scanning(self, mode: Mode) -> int | None:
        """The id the desk is scanning into in this mode, or None."""
        return self.mode[1] if self.mode[0] == mode.value else None

    def request_mode(self, mode: Mode, mode_id: int | None) -> None:
        self.mode = (mode.value, mode_id)
        self.modeRequested.emit(mode.value, mode_id)
        self.retranslate()

    def leave_mode_of(self, mode_id: int, *modes: Mode) -> None:
        """Back to lending when the desk scans into `mode_id`, which takes no more scans."""
        if self.mode[1] == mode_id and self.mode[0] in {m.value for m in modes}:
            self.request_mode(Mode.DESK, None)

    def load(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Read on the runner; an answer meant for an earlier room or an earlier load is dropped."""
        self._request += 1
        request = self._request
        self.ctx.tasks.submit(fn, on_done=lambda got: done(got) if request == self._request else None,
                              on_error=lambda exc: self.failed(exc) if request == self._request else None)

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Change something on the runner; then reload. A refusal is shown and changes nothing."""
        def finished(value: Any) -> None:
            done(value)
            self.reload()

        self.ctx.tasks.submit(fn, on_done=finished, on_error=self.failed)

    def say(self, text: Text, *, error: bool = False) -> None:
        """Show a message, asked again on each change of language."""
        self._message = (text, error)
        self.retranslate()

    def failed(self, exc: BaseException) -> None:
        self.say(lambda: error_text(exc), error=True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FormDialog(QDialog):
    """A sentence, a form, a refusal's reason in place, and a button that runs one task: completed(its value)."""

    completed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(460)
        self.intro = sentence(self)
        self.form = QFormLayout()
        self.error = sentence(self)
        self.error.setProperty(I18N_SKIP, True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.box.accepted.connect(self.accept_input)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.box)

    def add_row(self, field: QWidget) -> None:
        """A row of the form, its caption (set in retranslate) the buddy of the field: form.labelForField(field)."""
        label = QLabel(self)
        label.setBuddy(field)
        self.form.addRow(label, field)

    def retranslate(self) -> None:
        """Subclasses set their texts here, the OK button's too."""

    def accept_input(self) -> None:
        """Subclasses submit() the task."""

    def submit(self, fn: Callable[[], Any]) -> None:
        self.ok_button.setEnabled(False)
        self.ctx.tasks.submit(fn, on_done=self._done, on_error=lambda exc: self.refuse(error_text(exc)))

    def _done(self, value: Any) -> None:
        self.completed.emit(value)
        self.accept()

    def refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.ok_button.setEnabled(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# -- the stocktake --------------------------------------------------------------------------------------------
class StocktakeLineModel(RowTableModel):
    CONTEXT = "StocktakeLineModel"
    HEADERS = (QT_TRANSLATE_NOOP("StocktakeLineModel", "Code"), QT_TRANSLATE_NOOP("StocktakeLineModel", "Title"),
               QT_TRANSLATE_NOOP("StocktakeLineModel", "Call number"),
               QT_TRANSLATE_NOOP("StocktakeLineModel", "Recorded as"),
               QT_TRANSLATE_NOOP("StocktakeLineModel", "Belongs to"))
    CODE, TITLE, CALL, STATUS, BELONGS = range(5)

    def cell(self, line: StocktakeLine, column: int) -> Any:
        status = QCoreApplication.translate("CopyTableModel", STATUS_LABELS.get(line.status, line.status))
        return (line.code, line.title, line.call_number, status, line.belongs)[column]


REPORT_LISTS = ("missing", "misplaced", "on_loan_found", "unknown")
HIDDEN = {"missing": (StocktakeLineModel.STATUS, StocktakeLineModel.BELONGS),
          "misplaced": (StocktakeLineModel.STATUS,), "on_loan_found": (StocktakeLineModel.BELONGS,),
          "unknown": (StocktakeLineModel.TITLE, StocktakeLineModel.CALL, StocktakeLineModel.STATUS,
                      StocktakeLineModel.BELONGS)}
"""Columns that say nothing in a list: a missing copy is on the shelf by its record, an unknown code is a code."""


class StartStocktakeDialog(FormDialog):
    """The whole room, or the shelves from one call number to another; completed(StocktakeInfo) when opened."""

    def __init__(self, ctx: UiContext, site_code: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.site_code = site_code
        self.from_edit, self.to_edit = QLineEdit(self), QLineEdit(self)
        for edit in (self.from_edit, self.to_edit):
            self.add_row(edit)
            edit.setMaxLength(40)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Start stocktake"))
        self.intro.setText(self.tr("Count the shelves of {room}: scan every copy on them, then Finish. Leave both "
                                   "call numbers empty to count the whole room.").format(room=self.site_code))
        self.form.labelForField(self.from_edit).setText(self.tr("Call numbers &from"))
        self.form.labelForField(self.to_edit).setText(self.tr("&To"))
        self.from_edit.setPlaceholderText(self.tr("e.g. I2 (empty: the first shelf)"))
        self.to_edit.setPlaceholderText(self.tr("e.g. I3 (empty: the last shelf)"))
        self.ok_button.setText(self.tr("Start"))

    def accept_input(self) -> None:
        low, high = self.from_edit.text(), self.to_edit.text()
        stocktakes, site = self.ctx.app.stocktakes, self.site_code
        self.submit(lambda: stocktakes.start(site_code=site, call_from=low, call_to=high))


class StocktakeTab(DeskTab):
    SCANS = frozenset({Action.STOCKTAKE})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.shown: StocktakeInfo | None = None
        self.report: StocktakeReport | None = None
        self.earlier: list[StocktakeInfo] = []
        self.dialog: StartStocktakeDialog | None = None
        self.buttons = {key: QPushButton(self) for key in ("start", "scan", "desk", "finish", "cancel", "lost")}
        for key, button in self.buttons.items():
            button.clicked.connect(getattr(self, f"do_{key}"))
        self.earlier_caption = QLabel(self)
        self.earlier_combo = QComboBox(self)
        self.earlier_combo.setProperty(I18N_SKIP, True)  # dates and call numbers
        self.earlier_combo.activated.connect(lambda _n: self.reload())
        self.heading = data_label(self)
        self.counts = data_label(self)
        self.counts.setStyleSheet(COUNT_STYLE)
        self.lists = {key: StocktakeLineModel() for key in REPORT_LISTS}
        self.tabs = QTabWidget(self)
        for key, model in self.lists.items():
            view = table_view(model, self.tabs, stretch=StocktakeLineModel.TITLE if key != "unknown" else 0)
            for column in HIDDEN[key]:
                view.setColumnHidden(column, True)
            self.tabs.addTab(view, "")
        top = QHBoxLayout()
        for key in ("start", "scan", "desk", "finish", "cancel"):
            top.addWidget(self.buttons[key])
        top.addStretch(1)
        top.addWidget(self.earlier_caption)
        top.addWidget(self.earlier_combo)
        count_row = QHBoxLayout()
        count_row.addWidget(self.counts, 1)
        count_row.addWidget(self.buttons["lost"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.mode_note)
        layout.addLayout(count_row)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)  # takes the room of the report while there is none
        layout.addWidget(self.message)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.shown, self.report, self.earlier = None, None, []
        self.earlier_combo.clear()
        self._show_report(None)

    def reload(self) -> None:
        """The room's open stocktake (to resume), else the one chosen among the earlier ones (the latest)."""
        site = self.site_code
        if not site:
            return
        chosen = self.earlier_combo.currentData()
        stocktakes = self.ctx.app.stocktakes

        def job() -> tuple[list[StocktakeInfo], StocktakeReport | None]:
            done = [s for s in stocktakes.list_stocktakes(site_code=site) if s.status.value == "finished"]
            take = stocktakes.current(site)
            if take is None:
                take = next((s for s in done if s.id == chosen), done[0] if done else None)
            return done, stocktakes.report(take.id) if take is not None else None

        self.load(job, self._loaded)

    def _loaded(self, got: tuple[list[StocktakeInfo], StocktakeReport | None]) -> None:
        self.earlier, report = got
        self.earlier_combo.clear()
        for take in self.earlier:
            span = f" ({take.call_from or '…'} – {take.call_to or '…'})" if take.call_from or take.call_to else ""
            self.earlier_combo.addItem(f"{take.id}: {day(take.finished_at)}{span}", take.id)
        shown = report.stocktake if report is not None else None
        index = self.earlier_combo.findData(shown.id) if shown is not None else -1
        self.earlier_combo.setCurrentIndex(index)
        self.shown = shown
        self._show_report(report)

    def scans_changed(self) -> None:
        """A scan counted: only the count of the stocktake shown changes (the report is read when finished)."""
        shown = self.shown
        if shown is None or shown.status.value != "open":
            return
        stocktakes = self.ctx.app.stocktakes
        self.load(lambda: stocktakes.get(shown.id), self._counted)

    def _counted(self, info: StocktakeInfo) -> None:
        self.shown = info
        self.reload() if info.status.value != "open" else self.retranslate()  # finished meanwhile: its report

    def _show_report(self, report: StocktakeReport | None) -> None:
        self.report = report
        finished = report is not None and report.stocktake.status.value == "finished"
        for key, model in self.lists.items():
            model.set_rows(getattr(report, key) if finished and report is not None else [])
        self.tabs.setVisible(finished)
        self.retranslate()

    # -- actions -----------------------------------------------------------------------------------------------
    def do_start(self) -> None:
        if not self.site_code:
            return
        self.dialog = StartStocktakeDialog(self.ctx, self.site_code, self)
        self.dialog.completed.connect(self._started)
        open_dialog(self.ctx, self.dialog)

    def _started(self, info: StocktakeInfo) -> None:
        self.shown = info
        self.say(lambda: self.tr("Stocktake {id} is open: scan every copy on the shelves.").format(id=info.id))
        self.request_mode(Mode.STOCKTAKE, info.id)
        self.reload()

    def do_scan(self) -> None:
        if self.shown is not None and self.shown.status.value == "open":
            self.request_mode(Mode.STOCKTAKE, self.shown.id)

    def do_desk(self) -> None:
        self.request_mode(Mode.DESK, None)

    def do_finish(self) -> None:
        take = self.shown
        if take is None or not ask(self, self.tr("Finish stocktake"), self.tr(
                "Finish stocktake {id}? Copies not scanned by now are reported missing.").format(id=take.id)):
            return
        stocktakes = self.ctx.app.stocktakes

        def done(report: StocktakeReport) -> None:
            self.leave_mode_of(take.id, Mode.STOCKTAKE)
            self.say(lambda: self.tr("Stocktake {id} is finished: {found} of {expected} copies found.").format(
                id=take.id, found=report.found, expected=report.expected))

        self.run(lambda: stocktakes.finish(take.id), done)

    def do_cancel(self) -> None:
        take = self.shown
        if take is None or not ask(self, self.tr("Cancel stocktake"), self.tr(
                "Cancel stocktake {id}? Nothing will be reported from it.").format(id=take.id)):
            return
        stocktakes = self.ctx.app.stocktakes

        def done(_info: StocktakeInfo) -> None:
            self.leave_mode_of(take.id, Mode.STOCKTAKE)
            self.shown = None
            self.say(lambda: self.tr("Stocktake {id} is cancelled.").format(id=take.id))

        self.run(lambda: stocktakes.cancel(take.id), done)

    def do_lost(self) -> None:
        report = self.report
        if report is None or not report.markable or not ask(self, self.tr("Mark missing as lost"), self.tr(
                "Record the {n} missing copies as lost? A copy found later is checked in at the desk as found.")
                .format(n=report.markable)):
            return
        stocktakes, take = self.ctx.app.stocktakes, report.stocktake.id
        self.run(lambda: stocktakes.mark_missing_lost(take), lambda n: self.say(
            lambda: self.tr("{n} copies are now recorded as lost.").format(n=n)))

    # -- texts -------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {"start": self.tr("Start stocktake…"), "scan": self.tr("Scan shelves"),
                 "desk": self.tr("Back to lending"), "finish": self.tr("Finish"), "cancel": self.tr("Cancel stocktake"),
                 "lost": self.tr("Mark missing as lost")}
        for key, button in self.buttons.items():
            button.setText(texts[key])
        take, report = self.shown, self.report
        is_open = take is not None and take.status.value == "open"
        scanning = take is not None and self.scanning(Mode.STOCKTAKE) == take.id
        self.buttons["start"].setVisible(not is_open)
        self.buttons["scan"].setVisible(is_open and not scanning)
        self.buttons["desk"].setVisible(self.mode[0] != Mode.DESK.value)
        self.buttons["finish"].setVisible(is_open)
        self.buttons["cancel"].setVisible(is_open)
        finished = report is not None and not is_open and report.stocktake.status.value == "finished"
        self.buttons["lost"].setVisible(finished)
        self.buttons["lost"].setEnabled(finished and report is not None and report.markable > 0)
        self.earlier_caption.setText(self.tr("Earlier stocktakes:"))
        for widget in (self.earlier_caption, self.earlier_combo):
            widget.setVisible(not is_open and bool(self.earlier))
        self.mode_note.setText(self.tr("Counting the shelves: every code scanned at the desk goes into stocktake "
                                       "{id}.").format(id=take.id) if scanning and take is not None else "")
        self.mode_note.setVisible(scanning)
        self._texts_of_shown(take, report, is_open)
        titles = {"missing": self.tr("Missing ({n})"), "misplaced": self.tr("In the wrong place ({n})"),
                  "on_loan_found": self.tr("Found, but recorded as out ({n})"),
                  "unknown": self.tr("Unknown codes ({n})")}
        for n, (key, model) in enumerate(self.lists.items()):
            self.tabs.setTabText(n, titles[key].format(n=model.rowCount()))
            model.retranslate()
        super().retranslate()

    def _texts_of_shown(self, take: StocktakeInfo | None, report: StocktakeReport | None, is_open: bool) -> None:
        if take is None:
            self.heading.setText(self.tr("No stocktake is open in {room}.").format(room=self.site_code)
                                 if self.site_code else self.tr("Choose the desk's room first."))
            self.counts.setText("")
            return
        span = (self.tr("call numbers {low} to {high}").format(low=take.call_from or "…", high=take.call_to or "…")
                if take.call_from or take.call_to else self.tr("the whole room"))
        self.heading.setText(
            (self.tr("Stocktake {id} of {room}, {span}: open since {start}") if is_open else
             self.tr("Stocktake {id} of {room}, {span}: finished on {end}")).format(
                id=take.id, room=f"{take.site_code} {take.site_name}", span=span, start=day(take.started_at),
                end=day(take.finished_at)))
        expected = report.expected if report is not None else 0
        self.counts.setText(self.tr("{scanned} scanned, {expected} expected on these shelves").format(
            scanned=take.scanned, expected=expected) if is_open else
            self.tr("{found} of {expected} expected found").format(found=report.found if report else 0,
                                                                   expected=expected))
