"""Pages whose capability is not built yet: one calm sentence about what will come there, and no dead buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.context import UiContext
from desktop.ui.pages.base import Page, heading, sentence

CONTEXT = "PlaceholderPage"

COMING = {
    "circulation": (
        QT_TRANSLATE_NOOP("PlaceholderPage", "Circulation desk"),
        QT_TRANSLATE_NOOP("PlaceholderPage", "Lending, returns, renewals and holds by scanning reader cards and "
                                             "book codes will be done here."),
    ),
    "facilities": (
        QT_TRANSLATE_NOOP("PlaceholderPage", "Facilities"),
        QT_TRANSLATE_NOOP("PlaceholderPage", "The air conditioners, water dispensers, microwaves and first-aid "
                                             "kits of each station, with their status and upkeep, will be kept here."),
    ),
    "coverage": (
        QT_TRANSLATE_NOOP("PlaceholderPage", "15-minute service circle"),
        QT_TRANSLATE_NOOP("PlaceholderPage", "How well the stations reach outdoor workers, where the gaps are and "
                                             "where the next station helps most will be shown here on a map."),
    ),
}


class PlaceholderPage(Page):
    def __init__(self, ctx: UiContext, key: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title_src, self._text_src = COMING[key]
        self._title = heading(self)
        self._text = sentence(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(self._title)
        layout.addSpacing(8)
        layout.addWidget(self._text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(QCoreApplication.translate(CONTEXT, self._title_src))
        self._text.setText(QCoreApplication.translate(CONTEXT, self._text_src))
