"""The reports page: an overview of what the database holds; summary sheets and county exports come later."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stats import Stats
from desktop.ui.context import UiContext, error_text
from desktop.ui.pages.base import I18N_SKIP, Page, heading, sentence

CONTEXT = "ReportsPage"
ROWS = (
    ("sites", QT_TRANSLATE_NOOP("ReportsPage", "Sites")),
    ("reading_rooms", QT_TRANSLATE_NOOP("ReportsPage", "Reading rooms")),
    ("service_stations", QT_TRANSLATE_NOOP("ReportsPage", "Service stations")),
    ("users", QT_TRANSLATE_NOOP("ReportsPage", "Users")),
)


class ReportsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = heading(self)
        self._status = sentence(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key, _ in ROWS:
            self._labels[key] = QLabel(self)
            value = QLabel("…", self)
            value.setProperty(I18N_SKIP, True)
            self.values[key] = value
            form.addRow(self._labels[key], value)
        self._later = sentence(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(self._title)
        layout.addWidget(self._status)
        layout.addLayout(form)
        layout.addSpacing(16)
        layout.addWidget(self._later)
        layout.addStretch(1)
        self.retranslate()
        ctx.events.changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Overview"))
        for key, label in ROWS:
            self._labels[key].setText(QCoreApplication.translate(CONTEXT, label))
        self._later.setText(self.tr("Printable summary sheets and the periodic export to the county union "
                                        "will be made here."))

    def refresh(self) -> None:
        self.ctx.tasks.submit(self.ctx.app.stats, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, stats: Stats) -> None:
        self._status.clear()
        for key, value in stats.as_dict().items():
            if key in self.values:
                self.values[key].setText(str(value))

    def _failed(self, exc: BaseException) -> None:
        self._status.setText(error_text(exc))
