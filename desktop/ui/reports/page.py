"""The reports page: the figures a trade union counts (sites, stock, readers, loans now and this month, holds,
e-books), from the core's overview; printable summary sheets and county exports come later."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stats import Overview
from desktop.ui.context import UiContext, error_text
from desktop.ui.pages.base import I18N_SKIP, Page, heading, sentence

CONTEXT = "ReportsPage"
GROUPS = (
    (QT_TRANSLATE_NOOP("ReportsPage", "Sites"), (
        ("reading_rooms", QT_TRANSLATE_NOOP("ReportsPage", "Reading rooms")),
        ("service_stations", QT_TRANSLATE_NOOP("ReportsPage", "Service stations")),
    )),
    (QT_TRANSLATE_NOOP("ReportsPage", "Collection"), (
        ("titles", QT_TRANSLATE_NOOP("ReportsPage", "Titles")),
        ("copies", QT_TRANSLATE_NOOP("ReportsPage", "Copies")),
    )),
    (QT_TRANSLATE_NOOP("ReportsPage", "Readers"), (
        ("readers", QT_TRANSLATE_NOOP("ReportsPage", "Registered")),
        ("readers_active", QT_TRANSLATE_NOOP("ReportsPage", "Active")),
        ("new_readers", QT_TRANSLATE_NOOP("ReportsPage", "Registered this month")),
    )),
    (QT_TRANSLATE_NOOP("ReportsPage", "Loans now"), (
        ("open_loans", QT_TRANSLATE_NOOP("ReportsPage", "Books on loan")),
        ("overdue_loans", QT_TRANSLATE_NOOP("ReportsPage", "Overdue")),
        ("holds_open", QT_TRANSLATE_NOOP("ReportsPage", "Reservations open")),
        ("ebook_loans_open", QT_TRANSLATE_NOOP("ReportsPage", "E-book loans running")),
    )),
    (QT_TRANSLATE_NOOP("ReportsPage", "This month"), (
        ("loans_this_month", QT_TRANSLATE_NOOP("ReportsPage", "Loans")),
        ("returns_this_month", QT_TRANSLATE_NOOP("ReportsPage", "Returns")),
        ("borrowers_this_month", QT_TRANSLATE_NOOP("ReportsPage", "Readers who borrowed")),
        ("ebook_loans_this_month", QT_TRANSLATE_NOOP("ReportsPage", "E-book loans")),
    )),
    (QT_TRANSLATE_NOOP("ReportsPage", "Stations now"), (
        ("facilities", QT_TRANSLATE_NOOP("ReportsPage", "Facilities")),
        ("facilities_out_of_order", QT_TRANSLATE_NOOP("ReportsPage", "Broken or under repair")),
        ("expiries_passed", QT_TRANSLATE_NOOP("ReportsPage", "Past their expiry date")),
        ("rectifications_open", QT_TRANSLATE_NOOP("ReportsPage", "Rectifications open")),
        ("rectifications_overdue", QT_TRANSLATE_NOOP("ReportsPage", "Rectifications overdue")),
    )),
    (QT_TRANSLATE_NOOP("ReportsPage", "Stations this month"), (
        ("visits_this_month", QT_TRANSLATE_NOOP("ReportsPage", "Visits (person-times)")),
        ("services_this_month", QT_TRANSLATE_NOOP("ReportsPage", "Service events")),
        ("service_attendance_this_month", QT_TRANSLATE_NOOP("ReportsPage", "Attendance at services")),
        ("inspections_this_month", QT_TRANSLATE_NOOP("ReportsPage", "Inspections")),
    )),
)
COLUMNS = 3


class ReportsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = heading(self)
        self._status = sentence(self)
        self._status.setProperty(I18N_SKIP, True)  # an error message, already translated
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        self._boxes: list[QGroupBox] = []
        self._labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for n, (_title, rows) in enumerate(GROUPS):
            box = QGroupBox(self)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            for key, _label in rows:
                self._labels[key] = QLabel(box)
                value = QLabel("…", box)
                value.setProperty(I18N_SKIP, True)
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                font = value.font()
                font.setPointSizeF(font.pointSizeF() * 1.25)
                font.setBold(True)
                value.setFont(font)
                self.values[key] = value
                form.addRow(self._labels[key], value)
            self._boxes.append(box)
            grid.addWidget(box, n // COLUMNS, n % COLUMNS, Qt.AlignmentFlag.AlignTop)
        self._month = sentence(self)
        self._month.setProperty(I18N_SKIP, True)
        self._later = sentence(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(self._title)
        layout.addWidget(self._status)
        layout.addLayout(grid)
        layout.addWidget(self._month)
        layout.addSpacing(16)
        layout.addWidget(self._later)
        layout.addStretch(1)
        self.overview: Overview | None = None
        self.retranslate()
        ctx.events.changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Overview"))
        for box, (title, rows) in zip(self._boxes, GROUPS, strict=True):
            box.setTitle(QCoreApplication.translate(CONTEXT, title))
            for key, label in rows:
                self._labels[key].setText(QCoreApplication.translate(CONTEXT, label))
        self._later.setText(self.tr("Printable summary sheets and the periodic export to the county union "
                                    "will be made here."))
        self._show_month()

    def _show_month(self) -> None:
        month = self.overview.month if self.overview is not None else None
        self._month.setText(self.tr("“This month” is {month}, counted from the 1st.").format(
            month=f"{month.year}-{month.month:02d}") if month else "")

    def refresh(self) -> None:
        self.ctx.tasks.submit(self.ctx.app.overview, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, overview: Overview) -> None:
        self.overview = overview
        self._status.clear()
        for key, value in overview.as_dict().items():
            if key in self.values:
                self.values[key].setText(f"{value:,}")
        self._show_month()

    def _failed(self, exc: BaseException) -> None:
        self._status.setText(error_text(exc))
