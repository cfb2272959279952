"""Stocktake (盘点) of the desk's room: start one (the whole room or a call-number range), scan the shelves through
the desk, finish, and read what is missing, what is in the wrong place, what was found but is recorded as out,
and which codes name no copy; then record the missing copies as lost in one step.

An open stocktake is the room's until finished or cancelled: after a restart it is shown again, to resume.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.circulation.dispatch import Mode
from desktop.core.circulation.results import Action
from desktop.core.circulation.stocktakes import StocktakeInfo, StocktakeReport
from desktop.ui.circulation.stocktake.dialogs import StartStocktakeDialog
from desktop.ui.circulation.stocktake.models import HIDDEN, REPORT_LISTS, StocktakeLineModel
from desktop.ui.context import UiContext
from desktop.ui.widgets.confirm import ask
from desktop.ui.widgets.dates import day
from desktop.ui.widgets.desk_tab import DeskTab
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.labels import I18N_SKIP, data_label
from desktop.ui.widgets.tables import table_view

COUNT_STYLE = "font-size: 20px; font-weight: bold;"

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
            stretch = StocktakeLineModel.TITLE if key != "unknown" else 0
            view = table_view(model, self.tabs, compact=True, stretch=stretch)
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
