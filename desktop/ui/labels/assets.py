"""The label dialog for asset tags of station facilities: the facilities chosen on the facilities page, or every
one not scrapped; previewed, saved as PDF or printed like any label (asset tags are never marked printed)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.context import UiContext
from desktop.ui.labels.dialog import ALL, SELECTED, LabelPrintDialog


class AssetTagDialog(LabelPrintDialog):
    def __init__(self, ctx: UiContext, *, preselect_codes: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, readers=True, preselect_codes=preselect_codes, parent=parent)  # by code, no rooms
        self.setWindowTitle(self.tr("Print asset tags"))
        self.since.hide()  # no "since" choice for asset tags

    def _kinds(self) -> tuple[tuple[str, str], ...]:
        return ((self.tr("Asset tags"), "asset"),)

    def _options(self) -> list[tuple[int, str]]:
        n = len(self.preselect)
        chosen = [(SELECTED, self.tr("The selected facilities ({n})").format(n=n))] if n else []
        return [*chosen, (ALL, self.tr("Every facility not scrapped, at every site"))]
