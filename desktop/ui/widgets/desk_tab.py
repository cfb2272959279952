"""The base of a tab under the desk's scan box (transfers, stocktake, e-books): the page's interface, a message
line, a note of what the desk scans into, and tasks whose stale answers are dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLayout, QSplitter, QVBoxLayout, QWidget

from desktop.core.circulation.dispatch import Mode
from desktop.core.circulation.results import Action, ScanResult
from desktop.ui.context import UiContext, error_text
from desktop.ui.widgets.labels import I18N_SKIP, say, sentence

MODE_STYLE = "background: #fff4d6; color: #5c4400; border: 1px solid #e0c060; border-radius: 4px; padding: 4px 8px;"
RELOAD_DELAY_MS = 250
"""Scans come in bursts: one reload after the burst, not one per scan."""
Text = Callable[[], str]
Part = QWidget | QLayout


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
        self.mode: tuple[Mode, int | None] = (Mode.DESK, None)
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
            self.site_code, self.mode, self._message = site_code, (Mode.DESK, None), None
            self.clear()
        self.reload()

    def set_mode(self, mode: str, mode_id: int | None) -> None:
        """The desk's mode as it is now; the page calls this whenever it changes."""
        self.mode = (Mode(mode), mode_id if mode != Mode.DESK else None)
        self.retranslate()

    def scan_finished(self, result: ScanResult) -> None:
        """A committed scan; what it changed is reloaded once the burst of scans is over."""
        if result.action in self.SCANS and result.ok:
            self.scan_timer.start()

    def retranslate(self) -> None:
        text, error = self._message or (None, False)
        say(self.message, text() if text else "", error=error)

    # -- for subclasses ----------------------------------------------------------------------------------------
    def lay_out_panes(self, *panes: tuple[Part, ...], grow: tuple[QWidget, ...]) -> None:
        """The tab's layout: panes one above the other (a splitter between them), each a column of rows and
        widgets (those in `grow` take the room), and the message line under them."""
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for parts in panes:
            pane = QWidget(splitter)
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 0)
            for part in parts:
                if isinstance(part, QWidget):
                    column.addWidget(part, 1 if part in grow else 0)
                else:
                    column.addLayout(part)
            splitter.addWidget(pane)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def clear(self) -> None:
        """Forget what was shown for the previous room."""

    def reload(self) -> None:
        """Load what the tab shows for self.site_code."""

    def scans_changed(self) -> None:
        self.reload()

    def scanning(self, mode: Mode) -> int | None:
        """The id the desk is scanning into in this mode, or None."""
        return self.mode[1] if self.mode[0] is mode else None

    def request_mode(self, mode: Mode, mode_id: int | None) -> None:
        self.mode = (mode, mode_id)
        self.modeRequested.emit(mode.value, mode_id)
        self.retranslate()

    def leave_mode_of(self, mode_id: int, *modes: Mode) -> None:
        """Back to lending when the desk scans into `mode_id`, which takes no more scans."""
        if self.mode[1] == mode_id and self.mode[0] in modes:
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
