"""The circulation page: one scan box for every code, the answer to each scan at once (colour, mark, sound),
the reader at the desk, the log of scans, and the room's overdue list.

Scan a reader card: that reader's panel opens. Scan books: each is lent at once. Scan a book with no reader
active: it is returned, and the desk says when it must be kept aside for a hold or sent to another room.
The page is a set of tabs under the scan box; other tabs (transfers, stocktake, e-books) join with add_tab().
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.circulation.desk import IDLE_SECONDS, DeskAnswer
from desktop.core.circulation.dispatch import Mode
from desktop.core.circulation.panel import ReaderPanel
from desktop.core.circulation.results import Action, ScanResult, refused
from desktop.core.errors import ShuyiError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sites import SiteInfo, SiteKind
from desktop.ui.circulation.banner import ResultBanner
from desktop.ui.circulation.camera import (
    CameraLink,
    camera_available,
    camera_missing,
    decoder_available,
    read_codes_from_file,
)
from desktop.ui.circulation.dialogs import ReserveDialog
from desktop.ui.circulation.ebooks_tab import EbooksTab
from desktop.ui.circulation.overdue import OverdueTab
from desktop.ui.circulation.reader_panel import ReaderPanelView, table_view
from desktop.ui.circulation.scan_box import KeyRedirect, ScanBox, ScanQueue
from desktop.ui.circulation.sounds import Sounds
from desktop.ui.circulation.stocktake_tab import StocktakeTab
from desktop.ui.circulation.tables import ScanEntry, ScanLogModel
from desktop.ui.circulation.transfers_tab import TransfersTab
from desktop.ui.context import UiContext
from desktop.ui.pages.base import I18N_SKIP, Page, sentence

ROOM_KEY = "circulation/room"
"""The reading room this computer's desk serves, remembered per computer."""
CONTEXT = "CirculationPage"
HOLD_CANCELLED = QT_TRANSLATE_NOOP("CirculationPage", "The hold on {title} is cancelled")
NO_CODE_IN_IMAGE = QT_TRANSLATE_NOOP("CirculationPage", "No barcode or QR code found in {file}")
TabTitle = str | Callable[[], str]


class CirculationPage(Page):
    """Tabs added with add_tab() follow the desk through three signals and one method: scan_done (every
    answered scan's ScanResult), room_changed (the room code), mode_changed (mode value, id, once in effect),
    and enter_mode() to scan into a transfer or a stocktake (Mode.DESK goes back to lending)."""

    scan_done = Signal(object)
    room_changed = Signal(str)
    mode_changed = Signal(str, object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.sites: list[SiteInfo] = []
        self.reader_id: int | None = None
        self.session_since: dt.datetime | None = None
        self.sounds = Sounds(self)
        self.log = ScanLogModel()
        self.queue = ScanQueue(ctx.tasks, ctx.app.circulation, self)
        self.queue.entry_added.connect(self._entry_added)
        self.queue.entry_done.connect(self._entry_done)
        self.queue.pending_changed.connect(lambda _n: self._show_status())
        self.queue.state_reset.connect(self._session_over)
        self.queue.mode_entered.connect(self.mode_changed)
        self.scans_finished = self.queue.scans_finished

        self._room_caption = QLabel(self)
        self.room_combo = QComboBox(self)
        self.room_combo.setProperty(I18N_SKIP, True)  # room names are data
        self.room_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.room_combo.setMinimumWidth(100)  # the whole name where there is room; a narrow window elides it
        self.room_combo.currentIndexChanged.connect(self._room_chosen)
        self.scan_box = ScanBox(self)
        font = self.scan_box.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.scan_box.setFont(font)
        self.scan_box.setMinimumWidth(140)
        self.scan_box.scanned.connect(self.queue.submit)
        self.end_button = QPushButton(self)
        self.end_button.clicked.connect(self.end_reader)
        self.image_button = QPushButton(self)
        self.image_button.clicked.connect(self.choose_image)
        self.image_button.setEnabled(decoder_available())
        self.camera_button = QPushButton(self)
        self.camera_button.setEnabled(camera_available())
        self.camera = CameraLink(self)
        self.camera.code_read.connect(self.queue.submit)
        self.camera_button.clicked.connect(self.camera.open)
        self.banner = ResultBanner(self.log, self)

        self.panel_view = ReaderPanelView(self)
        self.panel_view.renew_requested.connect(self.renew)
        self.panel_view.cancel_hold_requested.connect(self.cancel_hold)
        self.panel_view.reserve_requested.connect(self.reserve)
        self.panel_view.qr_requested.connect(self.banner.show_qr)
        self.log_view = table_view(self.log, self, stretch=ScanLogModel.MESSAGE)
        self.log_view.setObjectName("scanLog")
        self.log_view.horizontalHeader().setSectionResizeMode(ScanLogModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.log_caption = QLabel(self)
        log_pane = QWidget(self)
        log_column = QVBoxLayout(log_pane)
        log_column.setContentsMargins(0, 0, 0, 0)
        log_column.addWidget(self.log_caption)
        log_column.addWidget(self.log_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.panel_view)
        self.splitter.addWidget(log_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        desk = QWidget(self)
        desk_column = QVBoxLayout(desk)
        desk_column.setContentsMargins(8, 8, 8, 8)
        desk_column.addWidget(self.splitter)
        self.overdue = OverdueTab(ctx, self)
        self.tabs = QTabWidget(self)
        self._tab_titles: list[tuple[QWidget, TabTitle]] = []
        self.add_tab(desk, lambda: self.tr("Desk"))
        self.add_tab(self.overdue, lambda: self.tr("Overdue in this room"))
        self.transfers_tab = TransfersTab(ctx, self)
        self.stocktake_tab = StocktakeTab(ctx, self)
        self.ebooks_tab = EbooksTab(ctx, self)
        self.add_tab(self.transfers_tab, lambda: self.tr("Transfers and book boxes"))
        self.add_tab(self.stocktake_tab, lambda: self.tr("Stocktake"))
        self.add_tab(self.ebooks_tab, lambda: self.tr("E-books"))
        for tab in (self.transfers_tab, self.stocktake_tab, self.ebooks_tab):
            tab.modeRequested.connect(self.enter_mode)
            self.mode_changed.connect(tab.set_mode)
            self.scan_done.connect(tab.scan_finished)
            self.room_changed.connect(tab.set_site)

        self.session_label = sentence(self)
        self.session_label.setProperty(I18N_SKIP, True)  # names the reader
        self.session_label.setWordWrap(False)
        self.queue_label = QLabel(self)
        self.queue_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        top.addWidget(self._room_caption)
        top.addWidget(self.room_combo)
        top.addSpacing(8)
        top.addWidget(self.scan_box, 1)
        top.addWidget(self.end_button)
        top.addWidget(self.image_button)
        top.addWidget(self.camera_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.session_label, 1)
        bottom.addWidget(self.queue_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.end_reader)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redirect = KeyRedirect(self, self.scan_box)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(int(IDLE_SECONDS * 1000))
        self._idle.timeout.connect(self._idle_timeout)
        self.reserve_dialog: ReserveDialog | None = None
        self.retranslate()
        self._load_rooms()

    # -- tabs ----------------------------------------------------------------------------------------------
    def add_tab(self, widget: QWidget, title: TabTitle) -> int:
        """Add a tab under the scan box; a callable title is asked again on each change of language."""
        index = self.tabs.addTab(widget, title() if callable(title) else title)
        self._tab_titles.append((widget, title))
        return index

    # -- texts ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._room_caption.setText(self.tr("Room:"))
        self.scan_box.setPlaceholderText(self.tr("Scan any code: reader card, book, ISBN or e-book slip"))
        self.scan_box.setToolTip(self.tr("A scanner types here wherever you clicked on this page; Enter submits"))
        self.end_button.setText(self.tr("End reader"))
        self.end_button.setToolTip(self.tr("The reader is done (Esc): the next book scanned is returned, not lent"))
        self.image_button.setText(self.tr("Scan image…"))
        self.image_button.setToolTip(self.tr("Read the barcodes and QR codes in a picture file")
                                     if self.image_button.isEnabled()
                                     else self.tr("Reading codes from pictures needs zxing-cpp, which is not "
                                                  "installed"))
        self.camera_button.setText(self.tr("Camera"))
        self.camera_button.setToolTip(self.tr("Scan with a webcam") if self.camera_button.isEnabled()
                                      else camera_missing())
        self.log_caption.setText(self.tr("Scans, newest first"))
        for widget, title in self._tab_titles:
            self.tabs.setTabText(self.tabs.indexOf(widget), title() if callable(title) else title)
        self.log.retranslate()
        self.banner.retranslate()
        self.panel_view.retranslate()
        self.overdue.retranslate()
        self._show_status()

    def _show_status(self) -> None:
        panel = self.panel_view.panel
        if panel is not None and self.session_since is not None:
            self.session_label.setText(self.tr("At the desk: {name} ({card}) since {time}").format(
                name=panel.reader.name, card=panel.reader.card_code, time=self.session_since.strftime("%H:%M")))
        else:
            self.session_label.setText(self.tr("No reader at the desk"))
        pending = self.queue.pending_count()
        self.queue_label.setText(self.tr("{n} scan(s) waiting").format(n=pending) if pending
                                 else self.tr("All scans handled"))
        self.queue_label.setMinimumWidth(self.queue_label.sizeHint().width() + 6)  # no clipped last letter

    # -- rooms ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """When the page is shown: rooms may have been added, and the reader's loans changed elsewhere."""
        self._load_rooms()
        if self.reader_id is not None:
            self._reload_panel(self.reader_id)

    def _load_rooms(self) -> None:
        app = self.ctx.app
        self.ctx.tasks.submit(lambda: app.sites.list_sites(kind=SiteKind.READING_ROOM), on_done=self._rooms_loaded)

    def _rooms_loaded(self, sites: list[SiteInfo]) -> None:
        self.sites = [s for s in sites if s.active]
        wanted = self.queue.site_code or str(QSettings().value(ROOM_KEY, "") or "")
        codes = [s.code for s in self.sites]
        chosen = wanted if wanted in codes else (codes[0] if codes else "")
        self.room_combo.blockSignals(True)
        self.room_combo.clear()
        for site in self.sites:
            self.room_combo.addItem(f"{site.code} {site.name}", site.code)
        self.room_combo.setCurrentIndex(codes.index(chosen) if chosen in codes else -1)
        self.room_combo.blockSignals(False)
        if chosen != self.queue.site_code:
            self.set_room(chosen)

    def _room_chosen(self, index: int) -> None:
        code = self.room_combo.itemData(index)
        if code and code != self.queue.site_code:
            QSettings().setValue(ROOM_KEY, code)
            self.set_room(code)

    def set_room(self, code: str) -> None:
        """Serve another reading room from this desk (the reader session ends)."""
        index = self.room_combo.findData(code)
        if index >= 0 and index != self.room_combo.currentIndex():
            self.room_combo.blockSignals(True)
            self.room_combo.setCurrentIndex(index)
            self.room_combo.blockSignals(False)
        self.queue.set_site(code)
        self.overdue.set_site(code or None)
        self.room_changed.emit(code)

    def finish_work(self, timeout_ms: int = 30_000) -> None:
        """Handle every scan already queued before the window closes: a scan the scanner typed is never dropped."""
        deadline = QDeadlineTimer(timeout_ms)
        while not self.queue.idle() and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def enter_mode(self, mode: Mode | str, mode_id: int | None = None) -> None:
        """Scan into a transfer or a stocktake from now on (after what is queued); the reader session ends."""
        self.queue.enter_mode(Mode(mode), mode_id)

    # -- scans ---------------------------------------------------------------------------------------------
    def submit(self, code: str) -> ScanEntry:
        """Put a code into the queue as if it had been scanned."""
        return self.queue.submit(code)

    def pending_count(self) -> int:
        return self.queue.pending_count()

    def end_reader(self) -> None:
        """End the reader at the desk, after the books already scanned for them."""
        self.queue.end_session()
        self.scan_box.setFocus()

    def _entry_added(self, entry: ScanEntry) -> None:
        self.log.add(entry)
        self._show_status()

    def _entry_done(self, entry: ScanEntry, answer: DeskAnswer | None) -> None:
        self.log.changed(entry)
        self.banner.show_entry(entry)
        if entry.level:
            self.sounds.play(entry.level)
        if entry.kind == "end" and entry.state == "done":
            self._session_over()
        elif answer is not None:
            self._follow(answer.result, answer.panel)
            self.scan_done.emit(answer.result)
        if self.reader_id is not None:
            self._idle.start()
        self._show_status()

    def _follow(self, result: ScanResult, panel: ReaderPanel | None) -> None:
        """Keep the panel on the reader the desk has active after this result."""
        if result.reader_id is None:
            self._session_over()
            return
        if result.reader_id != self.reader_id:
            self.session_since = dt.datetime.now()
        self.reader_id = result.reader_id
        if panel is not None:
            self.panel_view.show_panel(panel)
        elif self.panel_view.panel is None or self.panel_view.panel.reader.id != result.reader_id:
            self._reload_panel(result.reader_id)

    def _session_over(self) -> None:
        self.reader_id = None
        self.session_since = None
        self._idle.stop()
        self.panel_view.show_panel(None)
        self._show_status()

    def _idle_timeout(self) -> None:
        if self.reader_id is not None and self.queue.idle():
            self.end_reader()

    def _reload_panel(self, reader_id: int) -> None:
        circulation = self.ctx.app.circulation
        self.ctx.tasks.submit(lambda: circulation.panel(reader_id),
                              on_done=lambda panel: self._panel_loaded(reader_id, panel))

    def _panel_loaded(self, reader_id: int, panel: ReaderPanel) -> None:
        if reader_id == self.reader_id:
            self.panel_view.show_panel(panel)
            self._show_status()

    # -- pictures and the camera ---------------------------------------------------------------------------
    def choose_image(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Scan codes in a picture"), "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"))
        if path:
            self.scan_image(path)

    def scan_image(self, path: str) -> list[str]:
        """Queue every code found in a picture file, in the order zxing-cpp reads them."""
        found = read_codes_from_file(path)
        for code in found:
            self.queue.submit(code)
        if not found:
            from pathlib import Path

            self._note(NO_CODE_IN_IMAGE, {"file": Path(path).name}, level="warning", code="")
        return found

    # -- the reader panel's actions ------------------------------------------------------------------------
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
        site = self.queue.site_code
        if panel is None or not site:
            return
        reader_id = panel.reader.id
        title = next((h.title for h in panel.holds if h.hold_id == hold_id), "")
        circulation = self.ctx.app.circulation

        def job() -> ReaderPanel:
            circulation.cancel_hold(hold_id)
            return circulation.panel(reader_id)

        def done(shown: ReaderPanel) -> None:
            self._note(HOLD_CANCELLED, {"title": title}, level="success", code="")
            self._panel_loaded(reader_id, shown)

        self.ctx.tasks.submit(job, on_done=done, on_error=self._action_failed)

    def reserve(self) -> None:
        panel = self.panel_view.panel
        if panel is None or not self.queue.site_code:
            return
        dialog = ReserveDialog(self.ctx, reader_id=panel.reader.id, reader_name=panel.reader.name,
                               site_code=self.queue.site_code, parent=self)
        reader_id = panel.reader.id
        dialog.reserved.connect(lambda result: self._actions_done(reader_id, [result], None))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.reserve_dialog = dialog
        self.open_dialog(dialog)
        dialog.search.setFocus()

    def _forget_dialog(self, dialog: ReserveDialog) -> None:
        if self.reserve_dialog is dialog:
            self.reserve_dialog = None
        self.scan_box.setFocus()

    def _actions_done(self, reader_id: int, results: list[ScanResult], panel: ReaderPanel | None) -> None:
        for result in results:
            entry = ScanEntry(code=result.code, at=0.0, clock=dt.datetime.now(), kind="action", state="done",
                              result=result)
            self.log.add(entry)
            self.banner.show_entry(entry)
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
        entry = ScanEntry(code="", at=0.0, clock=dt.datetime.now(), kind="action", state="failed", error=exc)
        self.log.add(entry)
        self.banner.show_entry(entry)
        self.sounds.play("refusal")

    def _note(self, template: str, params: dict, *, level: str, code: str) -> None:
        entry = ScanEntry(code=code, at=0.0, clock=dt.datetime.now(), kind="action", state="done",
                          note=(CONTEXT, template, params), note_level=level)
        self.log.add(entry)
        self.banner.show_entry(entry)
        self.sounds.play(level)

    # -- showing -------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.redirect.attach()
        self.scan_box.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.redirect.detach()
        super().hideEvent(event)
