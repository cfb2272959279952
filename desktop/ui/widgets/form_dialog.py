"""A dialog of one sentence, a form, a refusal's reason in place, and a button that runs one task."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.context import UiContext, error_text
from desktop.ui.widgets.labels import error_box, say, sentence


class FormDialog(QDialog):
    """Subclasses add rows, set their texts in retranslate() and submit() a task in accept_input(); on success
    completed(its value) is emitted and the dialog closes, on a refusal the reason shows and the input stays."""

    completed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(460)
        self.intro = sentence(self)
        self.form = QFormLayout()
        self.error = error_box(self)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.box.accepted.connect(self.accept_input)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.box)

    def add_row(self, field: QWidget) -> None:
        """A row of the form, its caption (set in retranslate) the buddy of the field: form.labelForField(field)."""
        label = QLabel(self)
        label.setBuddy(field)
        self.form.addRow(label, field)

    def retranslate(self) -> None:
        """Subclasses set their texts here, the OK button's too."""

    def accept_input(self) -> None:
        """Subclasses submit() the task."""

    def submit(self, fn: Callable[[], Any]) -> None:
        self.ok_button.setEnabled(False)
        self.ctx.tasks.submit(fn, on_done=self._done, on_error=lambda exc: self.refuse(error_text(exc)))

    def _done(self, value: Any) -> None:
        self.completed.emit(value)
        self.accept()

    def refuse(self, text: str) -> None:
        say(self.error, text, error=True)
        self.ok_button.setEnabled(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
