"""The quick tally screen: a caretaker counts visitors by occupation with the keyboard alone.

Digits 1–8 (one per occupation, as many as the list has, up to 9) add one visitor each; Backspace undoes the
last; Enter saves the taps to the chosen day (added to what is already saved); Esc asks before discarding taps
not yet saved. The station (remembered on this computer) and the day (today unless changed) sit above the grid:
Alt+S and Alt+D reach them, and the grid takes the keys back as soon as either is chosen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sites import SiteInfo, SiteKind
from desktop.core.stations.terms import TermInfo, Vocabulary
from desktop.ui.activity.dialogs import day_edit
from desktop.ui.context import UiContext, error_text
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.labels import I18N_SKIP, say, sentence

SETTINGS_KEY = "activity/tally_site"
MAX_KEYS = 9


class TallyGrid(QFrame):
    """The big grid of occupations with their counts; it holds the keyboard while the caretaker counts."""

    tapped = Signal(int)
    """The index of the occupation a digit named."""
    undo = Signal()
    save = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(10)
        self.cells: list[tuple[QLabel, QLabel, QLabel]] = []
        """Per occupation: its key and name, the day's count, the taps not saved yet."""

    def set_names(self, names: list[str]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.cells = []
        for n, name in enumerate(names):
            name_label = QLabel(f"{n + 1}  {name}", self)
            count_label = QLabel("0", self)
            pending_label = QLabel("", self)
            for label in (name_label, count_label, pending_label):
                label.setProperty(I18N_SKIP, True)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = count_label.font()
            font.setPointSizeF(font.pointSizeF() * 2.4)
            font.setBold(True)
            count_label.setFont(font)
            box = QFrame(self)
            box.setFrameShape(QFrame.Shape.Box)
            inner = QVBoxLayout(box)
            inner.addWidget(name_label)
            inner.addWidget(count_label)
            inner.addWidget(pending_label)
            self.grid.addWidget(box, n // 4, n % 4)
            self.cells.append((name_label, count_label, pending_label))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if Qt.Key.Key_1.value <= key <= Qt.Key.Key_9.value and key - Qt.Key.Key_1.value < len(self.cells):
            self.tapped.emit(key - Qt.Key.Key_1.value)
        elif key == Qt.Key.Key_Backspace:
            self.undo.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save.emit()
        else:
            super().keyPressEvent(event)


class TallyDialog(QDialog):
    """Count visitors for one station and day; `taps` holds what is not saved yet, in order."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, site_code: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.occupations: list[TermInfo] = []
        self.stations: list[SiteInfo] = []
        self.saved: dict[str, int] = {}
        self.taps: list[int] = []
        self.discard_box: QMessageBox | None = None
        self._wanted = site_code or str(QSettings().value(SETTINGS_KEY, "") or "")
        self.station = QComboBox(self)
        self.station.setProperty(I18N_SKIP, True)
        self.day = day_edit(ctx, self)
        self.grid = TallyGrid(self)
        self.help = sentence(self)
        self.status = sentence(self)
        self.status.setProperty(I18N_SKIP, True)
        self.form = QFormLayout()
        self._station_label = QLabel(self)
        self._station_label.setBuddy(self.station)
        self._day_label = QLabel(self)
        self._day_label.setBuddy(self.day)
        self.form.addRow(self._station_label, self.station)
        self.form.addRow(self._day_label, self.day)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.help)
        layout.addWidget(self.status)
        self.setMinimumSize(640, 420)
        self.grid.tapped.connect(self._tap)
        self.grid.undo.connect(self._undo)
        self.grid.save.connect(self.save)
        self.station.activated.connect(lambda _i: self._changed())
        self.day.dateChanged.connect(lambda _d: self._changed())
        self.day.editingFinished.connect(self.grid.setFocus)
        self.retranslate()
        self.grid.setFocus()
        terms, sites = ctx.app.terms, ctx.app.sites
        ctx.tasks.submit(lambda: (terms.list(Vocabulary.OCCUPATION)[:MAX_KEYS],
                                  [s for s in sites.list_sites(kind=SiteKind.SERVICE_STATION) if s.active]),
                         on_done=self._loaded, on_error=self._failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Visitor tally"))
        self._station_label.setText(self.tr("&Station:"))
        self._day_label.setText(self.tr("&Day:"))
        self.help.setText(self.tr("Press 1–{n} for each visitor as they come in; Backspace undoes the last one; "
                                  "Enter saves the count for the day; Esc closes.").format(n=len(self.occupations)
                                                                                          or 8))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state -------------------------------------------------------------------------------------------------
    @property
    def site_code(self) -> str:
        return str(self.station.currentData() or "")

    @property
    def chosen_day(self) -> dt.date:
        return self.day.date().toPython()  # type: ignore[no-any-return]

    def unsaved(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for index in self.taps:
            key = self.occupations[index].key
            counts[key] = counts.get(key, 0) + 1
        return counts

    def _loaded(self, loaded: tuple[list[TermInfo], list[SiteInfo]]) -> None:
        self.occupations, self.stations = loaded
        self.grid.set_names([t.name(self.ctx.translations.language) for t in self.occupations])
        for site in self.stations:
            self.station.addItem(f"{site.code}  {site.name}", site.code)
        index = self.station.findData(self._wanted)
        self.station.setCurrentIndex(index if index >= 0 else 0)
        self.retranslate()
        self._changed()

    def _failed(self, exc: BaseException) -> None:
        say(self.status, error_text(exc), error=True)

    def _changed(self) -> None:
        """Another station or day: its saved figures are read; taps not yet saved stay for it."""
        self.grid.setFocus()
        if not self.site_code:
            say(self.status, self.tr("There is no service station to count visitors for yet."), error=True)
            return
        QSettings().setValue(SETTINGS_KEY, self.site_code)
        code, day = self.site_code, self.chosen_day
        activity = self.ctx.app.activity
        self.ctx.tasks.submit(lambda: activity.day_tally(code, day), on_done=self._saved_figures,
                              on_error=self._failed)

    def _saved_figures(self, tally: object) -> None:
        self.saved = dict(getattr(tally, "counts", {}))
        self._show()

    def _tap(self, index: int) -> None:
        if self.site_code:
            self.taps.append(index)
            self._show()

    def _undo(self) -> None:
        if self.taps:
            self.taps.pop()
            self._show()

    def _show(self) -> None:
        pending = self.unsaved()
        for term, (_name, count, unsaved) in zip(self.occupations, self.grid.cells, strict=False):
            saved, new = self.saved.get(term.key, 0), pending.get(term.key, 0)
            count.setText(str(saved + new))
            unsaved.setText(self.tr("+{n} not saved").format(n=new) if new else "")
        if self.taps:
            say(self.status, self.tr("{n} visitor(s) counted, not saved yet: press Enter to save").format(
                n=len(self.taps)))

    # -- save, discard -----------------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.taps or not self.site_code:
            return
        code, day, counts = self.site_code, self.chosen_day, self.unsaved()
        taken = len(self.taps)
        activity = self.ctx.app.activity
        self.ctx.tasks.submit(lambda: activity.tally(code, day, counts),
                              on_done=lambda tally: self._stored(tally, taken), on_error=self._failed)

    def _stored(self, tally: object, taken: int) -> None:
        del self.taps[:taken]
        self.saved = dict(getattr(tally, "counts", {}))
        self.ctx.events.changed.emit()
        self._show()
        say(self.status, self.tr("Saved: {total} visitors on {day} at {site}").format(
            total=getattr(tally, "total", 0), day=self.chosen_day.isoformat(), site=self.site_code))

    def reject(self) -> None:
        """Esc or closing: straight away when every tap is saved, else after asking."""
        if not self.taps:
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Visitor tally"),
                          self.tr("{n} visitor(s) counted are not saved. Close and discard them?").format(
                              n=len(self.taps)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(self._answered)
        self.discard_box = box
        box.open()

    def _answered(self, answer: int) -> None:
        self.discard_box = None
        if answer == QMessageBox.StandardButton.Yes:
            self.taps.clear()
            super().reject()
        else:
            self.grid.setFocus()


def open_tally(ctx: UiContext, parent: QWidget | None = None, *, site_code: str = "") -> TallyDialog:
    """The lead's entry point (the 驿站 page's "Count visitors" action): open the tally screen without blocking."""
    dialog = TallyDialog(ctx, parent, site_code=site_code)
    open_dialog(ctx, dialog)
    dialog.grid.setFocus()
    return dialog
