"""The base of every page: a widget that re-translates itself when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.context import UiContext
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.labels import I18N_SKIP, data_label, heading, sentence

__all__ = ["I18N_SKIP", "Page", "data_label", "heading", "sentence"]
"""The label helpers live in desktop/ui/widgets/labels.py; they are named here too for the pages that import
them with the page base."""


class Page(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def retranslate(self) -> None:
        """Set every translatable text; called once after building and on each language change."""

    def finish_work(self) -> None:
        """Before the window closes: finish what the user has already handed over (nothing by default)."""

    def refresh(self) -> None:
        """Reload the data this page shows (called when it is shown and when data changed)."""

    def open_dialog(self, dialog: QDialog) -> None:
        """Show a dialog without blocking (widgets.dialogs.open_dialog)."""
        open_dialog(self.ctx, dialog)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
