"""The label dialog's "Mark as printed", for book labels saved as a PDF and printed from elsewhere.

Saving a PDF marks nothing (it may be printed later, elsewhere, or never); this button, offered once a PDF of book
labels is saved, marks exactly the copies that PDF holds, after the user confirms.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from desktop.ui.context import UiContext
from desktop.ui.labels.preview import Saved
from desktop.ui.pages.base import I18N_SKIP


class MarkAsPrinted(QObject):
    marked = Signal(int)
    """How many copies were marked."""
    failed = Signal(object)

    def __init__(self, ctx: UiContext, buttons: QDialogButtonBox, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self._parent = ctx, parent
        self.saved: Saved | None = None
        self.confirm: QMessageBox | None = None
        self.button = buttons.addButton(self.tr("Mark as printed…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.button.setToolTip(self.tr("Once the saved PDF is printed and the labels are on the books: mark these "
                                       "copies, so that “never printed” leaves them out."))
        self.button.hide()  # until book labels are saved as a PDF
        self.button.clicked.connect(self.ask)

    def offer(self, saved: Saved) -> None:
        """A PDF was saved: offer to mark its copies (none for spine labels and reader cards)."""
        self.saved = saved if saved.codes else None
        self.button.setVisible(self.saved is not None)

    def ask(self) -> None:
        saved = self.saved
        if saved is None or self.confirm is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Mark as printed"), self.tr(
            "Mark the {n} copies in {file} as printed?\n\nDo this once the labels are printed and on the books: "
            "“Copies whose label was never printed” then leaves them out.").format(
            n=len(saved.codes), file=saved.run.file.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._parent)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setProperty(I18N_SKIP, True)  # it names a file
        box.finished.connect(lambda answer: self._answered(box, answer == QMessageBox.StandardButton.Yes))
        self.confirm = box
        box.open()

    def _answered(self, box: QMessageBox, yes: bool) -> None:
        self.confirm = None
        box.deleteLater()
        saved = self.saved
        if not yes or saved is None:
            return
        app = self.ctx.app
        self.ctx.tasks.submit(lambda: app.labels.mark_labels_printed(saved.codes), on_done=self._done,
                              on_error=self.failed.emit)

    def _done(self, n: int) -> None:
        self.saved = None
        self.button.hide()
        self.marked.emit(n)
