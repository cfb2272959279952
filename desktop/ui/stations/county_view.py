"""The whole county's stations against their standards (the compliance overview) in a window of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.ui.compliance.overview import ComplianceOverview
from desktop.ui.context import UiContext


class CountyComplianceDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stations against their standards"))
        self.overview = ComplianceOverview(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview, 1)
        layout.addWidget(buttons)
        self.resize(1100, 640)
