"""The desk's room: which reading room this computer's desk serves, chosen once and remembered per computer.

With one open reading room the desk serves it; with several, the one chosen on this computer before (QSettings
"circulation/room"), else nobody has chosen yet and the page asks in its own words, prominently, above the scan
box. The rooms are read again when data changes (a demo loaded, a room added), so the desk knows its room without
another page being visited.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.core.sites import SiteInfo
from desktop.ui.context import UiContext
from desktop.ui.widgets.rooms import RoomCombo

ROOM_KEY = "circulation/room"
"""The reading room this computer's desk serves, remembered per computer."""
PROMPT_STYLE = ("background: #fff4d6; color: #5c4400; border: 2px solid #e0a000; border-radius: 4px; "
                "padding: 6px 10px; font-weight: bold;")


def saved_room() -> str:
    return str(QSettings().value(ROOM_KEY, "") or "")


class DeskRoom(QWidget):
    """A caption and the room combo; room_changed(code) once the room is known ("" : none chosen yet)."""

    room_changed = Signal(str)
    settled = Signal(str)
    """After every reading of the rooms, the room served ("" : none), whether or not it changed."""
    chosen = Signal(str)
    """The user chose a room in the combo (after room_changed): the page hands the keyboard back to the scan box."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code: str | None = None
        """The room the desk serves (None until the rooms are in, "" while none is chosen)."""
        self.caption = QLabel(self)
        self.combo = RoomCombo(ctx, self, pick_first=False)
        self.combo.setMinimumWidth(100)  # the whole name where there is room; a narrow window elides it
        self.combo.setSizeAdjustPolicy(RoomCombo.SizeAdjustPolicy.AdjustToContents)
        self.combo.loaded.connect(self._loaded)
        self.combo.activated.connect(self._chosen)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("roomPrompt")
        self.prompt.setStyleSheet(PROMPT_STYLE)
        self.prompt.setBuddy(self.combo)  # Alt+R (its mnemonic) opens the choice from the keyboard
        self.prompt.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.prompt)
        row.addWidget(self.caption)
        row.addWidget(self.combo)

    @property
    def rooms(self) -> list[SiteInfo]:
        return self.combo.rooms

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Room:"))
        self.prompt.setText(self.tr("Choose this desk's &reading room:"))
        self.combo.setToolTip(self.tr("The reading room this computer's desk serves; it is remembered on this "
                                      "computer"))

    def reload(self) -> None:
        """Read the open reading rooms again (a room may have been added, closed or loaded with the demo)."""
        self.combo.reload()

    def set_room(self, code: str) -> None:
        """Serve this room from now on (for this session; a choice in the combo is also remembered)."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(code) if code else -1)
        self.combo.blockSignals(False)
        self._serve(code)

    def _loaded(self, rooms: list[SiteInfo]) -> None:
        codes = [room.code for room in rooms]
        wanted = self.code or saved_room()
        if wanted in codes:
            self.set_room(wanted)
        elif len(codes) == 1:
            self.set_room(codes[0])
        else:
            self.set_room("")  # several rooms and none chosen here (or none at all): ask
        self.settled.emit(self.code or "")

    def _chosen(self, index: int) -> None:
        code = str(self.combo.itemData(index) or "")
        if code:
            QSettings().setValue(ROOM_KEY, code)
            self._serve(code)
            self.chosen.emit(code)

    def _serve(self, code: str) -> None:
        asking = not code and len(self.rooms) > 1
        self.prompt.setVisible(asking)
        self.caption.setVisible(not asking)  # the prompt says it
        if code != self.code:
            self.code = code
            self.room_changed.emit(code)
