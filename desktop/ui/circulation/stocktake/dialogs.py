"""Starting a stocktake: the whole room, or the shelves from one call number to another."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLineEdit,
    QWidget,
)

from desktop.ui.context import UiContext
from desktop.ui.widgets.form_dialog import FormDialog


class StartStocktakeDialog(FormDialog):
    """The whole room, or the shelves from one call number to another; completed(StocktakeInfo) when opened."""

    def __init__(self, ctx: UiContext, site_code: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.site_code = site_code
        self.from_edit = QLineEdit(self)
        self.to_edit = QLineEdit(self)
        for edit in (self.from_edit, self.to_edit):
            self.add_row(edit)
            edit.setMaxLength(40)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Start stocktake"))
        self.intro.setText(self.tr("Count the shelves of {room}: scan every copy on them, then Finish. Leave both "
                                   "call numbers empty to count the whole room.").format(room=self.site_code))
        self.form.labelForField(self.from_edit).setText(self.tr("Call numbers &from"))
        self.form.labelForField(self.to_edit).setText(self.tr("&To"))
        self.from_edit.setPlaceholderText(self.tr("e.g. I2 (empty: the first shelf)"))
        self.to_edit.setPlaceholderText(self.tr("e.g. I3 (empty: the last shelf)"))
        self.ok_button.setText(self.tr("Start"))

    def accept_input(self) -> None:
        low, high = self.from_edit.text(), self.to_edit.text()
        stocktakes, site = self.ctx.app.stocktakes, self.site_code
        self.submit(lambda: stocktakes.start(site_code=site, call_from=low, call_to=high))
