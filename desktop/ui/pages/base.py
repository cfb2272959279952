"""The base of every page: a widget that re-translates itself when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from desktop.ui.context import UiContext

I18N_SKIP = "i18n_skip"
"""Dynamic property on widgets that show data or language names, not translatable UI text."""


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
        """Show a dialog without blocking. Once closed it is deleted only after the tasks it started have
        answered (the runner keeps order), so no callback ever reaches a deleted widget."""
        scheduled: list[bool] = []

        def closed(_result: int) -> None:
            if not scheduled:  # a save that completes after Cancel finishes the dialog a second time
                scheduled.append(True)
                self.ctx.tasks.submit(lambda: None, on_done=lambda _none: dialog.deleteLater())

        dialog.finished.connect(closed)
        dialog.open()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def sentence(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def data_label(parent: QWidget) -> QLabel:
    label = sentence(parent)
    label.setProperty(I18N_SKIP, True)
    return label
