"""The circulation page: one scan box for every code, the answer to each scan at once (colour, mark, sound),
the reader at the desk, the log of scans, and the room's overdue list.

Scan a reader card: that reader's panel opens. Scan books: each is lent at once. Scan a book with no reader
active: it is returned, and the desk says when it must be kept aside for a hold or sent to another room.
The core Desk owns the room, the mode, the active reader and the idle end; the page shows what its answers say.
The page is a set of tabs under the scan box; other tabs join with add_tab(). The transfers, stocktake and
e-books tabs are built when first opened (desk_tabs.py), and then follow the desk like the others.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.circulation.desk import DeskAnswer, DeskView
from desktop.core.circulation.dispatch import Mode
from desktop.core.circulation.panel import ReaderPanel
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.circulation.banner import ResultBanner
from desktop.ui.circulation.camera import (
    CameraLink,
    camera_available,
    camera_missing,
    decoder_available,
    read_codes_from_file,
)
from desktop.ui.circulation.desk_tabs import DeskTabs, TabTitle, tab_class
from desktop.ui.circulation.dialogs import ReserveDialog
from desktop.ui.circulation.overdue import OverdueTab
from desktop.ui.circulation.queue import ScanQueue
from desktop.ui.circulation.reader_actions import ReaderActions
from desktop.ui.circulation.reader_panel import ReaderPanelView
from desktop.ui.circulation.room import ROOM_KEY, DeskRoom
from desktop.ui.circulation.scan_box import KeyRedirect, ScanBox
from desktop.ui.circulation.sounds import Sounds
from desktop.ui.circulation.tables import EntryKind, ScanEntry, ScanLogModel
from desktop.ui.context import UiContext
from desktop.ui.pages.base import I18N_SKIP, Page
from desktop.ui.widgets.desk_tab import DeskTab
from desktop.ui.widgets.labels import sentence
from desktop.ui.widgets.tables import table_view

if TYPE_CHECKING:
    from desktop.ui.circulation.ebooks.tab import EbooksTab
    from desktop.ui.circulation.stocktake.tab import StocktakeTab
    from desktop.ui.circulation.transfers.tab import TransfersTab

__all__ = ["ROOM_KEY", "CirculationPage"]
NO_CODE_IN_IMAGE = QT_TRANSLATE_NOOP("CirculationPage", "No barcode or QR code found in {file}")
IDLE_MARGIN_MS = 50
"""The idle poll comes this long after the desk's deadline, so that the desk finds the time passed."""
LATER_TABS = (("transfers", "desktop.ui.circulation.transfers.tab", "TransfersTab"),
              ("stocktake", "desktop.ui.circulation.stocktake.tab", "StocktakeTab"),
              ("ebooks", "desktop.ui.circulation.ebooks.tab", "EbooksTab"))
"""The tabs built when first opened: key, module, class."""


class CirculationPage(Page, ReaderActions):
    """Tabs added with add_tab() follow the desk through three signals and one method: scan_done (every
    answered scan's ScanResult), room_changed (the room code), mode_changed (mode value, id, once in effect),
    and enter_mode() to scan into a transfer or a stocktake (Mode.DESK goes back to lending)."""

    scan_done = Signal(object)
    room_changed = Signal(str)
    mode_changed = Signal(str, object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.sounds = Sounds(self)
        self.log = ScanLogModel()
        self.queue = ScanQueue(ctx.tasks, ctx.app.circulation, ctx.app.time, self)
        self.queue.entry_added.connect(self._entry_added)
        self.queue.entry_done.connect(self._entry_done)
        self.queue.desk_changed.connect(self._desk_changed)
        self.queue.mode_entered.connect(self._say_mode)
        self.queue.pending_changed.connect(lambda _n: self._show_status())
        self.scans_finished = self.queue.scans_finished
        self._mode: tuple[Mode, int | None] = (Mode.DESK, None)

        self.room = DeskRoom(ctx, self)
        self.room.room_changed.connect(self._room_known)
        self.room.settled.connect(self._rooms_settled)
        self.room.chosen.connect(lambda _code: self.scan_box.setFocus())
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
        self.banner.asset_requested.connect(self.open_asset)

        self.panel_view = ReaderPanelView(self)
        self.panel_view.renew_requested.connect(self.renew)
        self.panel_view.cancel_hold_requested.connect(self.cancel_hold)
        self.panel_view.reserve_requested.connect(self.reserve)
        self.panel_view.qr_requested.connect(self.banner.show_qr)
        self.log_view = table_view(self.log, self, stretch=ScanLogModel.MESSAGE, compact=True)
        self.log_view.setObjectName("scanLog")
        self.log_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long title gives way, not the due date
        self.log_caption = QLabel(self)
        self.splitter = self._desk_split()
        desk = QWidget(self)
        desk_column = QVBoxLayout(desk)
        desk_column.setContentsMargins(8, 8, 8, 8)
        desk_column.addWidget(self.splitter)
        self.overdue = OverdueTab(ctx, self)
        self.tabs = DeskTabs(self, self._tab_built)
        self.add_tab(desk, lambda: self.tr("Desk"))
        self.add_tab(self.overdue, lambda: self.tr("Overdue in this room"))
        titles = {"transfers": lambda: self.tr("Transfers and book boxes"), "stocktake": lambda: self.tr("Stocktake"),
                  "ebooks": lambda: self.tr("E-books")}
        for key, module, name in LATER_TABS:
            self.tabs.add_later(key, lambda module=module, name=name: tab_class(module, name)(ctx, self), titles[key])

        self.session_label = sentence(self)
        self.session_label.setProperty(I18N_SKIP, True)  # names the reader
        self.session_label.setWordWrap(False)
        self.queue_label = QLabel(self)
        self.queue_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._lay_out()

        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.end_reader)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redirect = KeyRedirect(self, self.scan_box)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.queue.tick)  # the desk decides whether the session is over
        self.reserve_dialog: ReserveDialog | None = None
        self.retranslate()
        ctx.events.changed.connect(self._data_changed)

    def _desk_split(self) -> QSplitter:
        log_pane = QWidget(self)
        log_column = QVBoxLayout(log_pane)
        log_column.setContentsMargins(0, 0, 0, 0)
        log_column.addWidget(self.log_caption)
        log_column.addWidget(self.log_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.panel_view)
        splitter.addWidget(log_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.room)
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

    # -- what the desk is --------------------------------------------------------------------------------------
    @property
    def view(self) -> DeskView:
        """The desk as its last answer showed it."""
        return self.queue.view

    @property
    def reader_id(self) -> int | None:
        return self.view.reader_id

    @property
    def room_code(self) -> str:
        """The room this desk serves ("" while none is chosen)."""
        return self.room.code or ""

    # -- tabs ----------------------------------------------------------------------------------------------
    def add_tab(self, widget: QWidget, title: TabTitle) -> int:
        """Add a tab under the scan box; a callable title is asked again on each change of language."""
        return self.tabs.add(widget, title)

    @property
    def transfers_tab(self) -> TransfersTab:
        return self.tabs.built("transfers")  # type: ignore[return-value]

    @property
    def stocktake_tab(self) -> StocktakeTab:
        return self.tabs.built("stocktake")  # type: ignore[return-value]

    @property
    def ebooks_tab(self) -> EbooksTab:
        return self.tabs.built("ebooks")  # type: ignore[return-value]

    def _tab_built(self, _key: str, tab: QWidget) -> None:
        """A tab opened for the first time follows the desk from now on, starting from where the desk is."""
        assert isinstance(tab, DeskTab)
        tab.modeRequested.connect(self.enter_mode)
        self.mode_changed.connect(tab.set_mode)
        self.scan_done.connect(tab.scan_finished)
        self.room_changed.connect(tab.set_site)
        if self.room_code:
            tab.set_site(self.room_code)  # (a tab's room is set first: a new room puts it back to lending)
        tab.set_mode(self._mode[0].value, self._mode[1])

    # -- texts ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.room.retranslate()
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
        self.tabs.retranslate()
        self.log.retranslate()
        self.banner.retranslate()
        self.panel_view.retranslate()
        self.overdue.retranslate()
        self._show_status()

    def _show_status(self) -> None:
        panel, since = self.panel_view.panel, self.view.reader_since
        if panel is not None and since is not None:
            self.session_label.setText(self.tr("At the desk: {name} ({card}) since {time}").format(
                name=panel.reader.name, card=panel.reader.card_code, time=since.astimezone().strftime("%H:%M")))
        else:
            self.session_label.setText(self.tr("No reader at the desk"))
        pending = self.queue.pending_count()
        self.queue_label.setText(self.tr("{n} scan(s) waiting").format(n=pending) if pending
                                 else self.tr("All scans handled"))
        self.queue_label.setMinimumWidth(self.queue_label.sizeHint().width() + 6)  # no clipped last letter

    # -- rooms ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """When the page is shown: rooms may have been added, and the reader's loans changed elsewhere."""
        self._data_changed()

    def _data_changed(self) -> None:
        if not self.room.code:
            self.queue.await_site()  # a room may just have been made: scans wait for the rooms, not refused
        self.room.reload()
        if self.reader_id is not None:
            self._reload_panel(self.reader_id)

    def set_room(self, code: str) -> None:
        """Serve another reading room from this desk (the reader session ends)."""
        self.room.set_room(code)

    def _rooms_settled(self, code: str) -> None:
        if self.queue.site_code is None:  # scans waited for this reading of the rooms
            self.queue.set_site(code)

    def _room_known(self, code: str) -> None:
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
        if entry.level and entry.kind is not EntryKind.IDLE:  # nobody may be at the desk to hear an idle end
            self.sounds.play(entry.level)
        if answer is not None and answer.result is not None:
            self.scan_done.emit(answer.result)

    def _desk_changed(self, answer: DeskAnswer) -> None:
        """Show the desk as the answer says it is: its reader (and panel), its mode, its idle deadline."""
        view = answer.view
        assert view is not None
        if view.reader_id is None:
            self.panel_view.show_panel(None)
        elif answer.panel is not None:
            self.panel_view.show_panel(answer.panel)
        elif self.panel_view.panel is None or self.panel_view.panel.reader.id != view.reader_id:
            self._reload_panel(view.reader_id)  # its panel could not be read with the scan
        if view.idle_deadline is None:
            self.idle_timer.stop()
        else:
            self.idle_timer.start(max(0, int((view.idle_deadline - time.monotonic()) * 1000)) + IDLE_MARGIN_MS)
        if (view.mode, view.mode_id) != self._mode:
            self._say_mode(view)
        self._show_status()

    def _say_mode(self, view: DeskView) -> None:
        self._mode = (view.mode, view.mode_id)
        self.mode_changed.emit(view.mode.value, view.mode_id)

    def _reload_panel(self, reader_id: int) -> None:
        circulation = self.ctx.app.circulation
        self.ctx.tasks.submit(lambda: circulation.panel(reader_id),
                              on_done=lambda panel: self._panel_loaded(reader_id, panel))

    def _panel_loaded(self, reader_id: int, panel: ReaderPanel) -> None:
        if reader_id == self.reader_id:
            self.panel_view.show_panel(panel)
            self._show_status()

    def _dialog_closed(self, dialog: ReserveDialog) -> None:
        if self.reserve_dialog is dialog:
            self.reserve_dialog = None
        self.scan_box.setFocus()

    def open_asset(self, code: str) -> None:
        """An asset tag scanned at the desk: open its facility on the facilities page of this window."""
        window = self.window()
        show, page = getattr(window, "show_page", None), getattr(window, "page", None)
        if show is not None and page is not None:
            show("facilities")
            page("facilities").open_asset(code)

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
            self._note(NO_CODE_IN_IMAGE, {"file": Path(path).name}, level="warning")
        return found

    # -- showing -------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.redirect.attach()
        self.scan_box.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.redirect.detach()
        super().hideEvent(event)
