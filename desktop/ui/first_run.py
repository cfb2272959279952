"""The first-run window: a new database starts empty or with the demo county, as the user chooses."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.demo import COUNTY_NAME


class FirstRunDialog(QDialog):
    EMPTY, DEMO = 10, 11  # distinct from QDialog.Accepted / Rejected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Shuyi"))
        text = QLabel(self)
        text.setWordWrap(True)
        text.setText(
            self.tr("This database is new. Start with an empty one for your own reading rooms and stations, "
                    "or load demo data from {county} to look around first.").format(county=COUNTY_NAME)
        )
        buttons = QDialogButtonBox(self)
        self.empty_button = QPushButton(self.tr("Start empty"), self)
        self.demo_button = QPushButton(self.tr("Load demo data"), self)
        self.demo_button.setDefault(True)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.empty_button.clicked.connect(lambda: self.done(self.EMPTY))
        self.demo_button.clicked.connect(lambda: self.done(self.DEMO))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
