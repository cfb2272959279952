"""Opening a dialog without blocking, deleted once closed and once the tasks it started have answered."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desktop.ui.context import UiContext


def open_dialog(ctx: UiContext, dialog: QDialog) -> None:
    """Show a dialog without blocking. Once closed it is deleted only after the tasks it started have answered
    (the runner keeps order), so no callback ever reaches a deleted widget."""
    scheduled: list[bool] = []

    def closed(_result: int) -> None:
        if not scheduled:  # a save that completes after Cancel finishes the dialog a second time
            scheduled.append(True)
            ctx.tasks.submit(lambda: None, on_done=lambda _none: dialog.deleteLater())

    dialog.finished.connect(closed)
    dialog.open()
