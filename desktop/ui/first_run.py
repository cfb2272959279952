"""The first-run window: a new database starts with the demo county, or blank through a short wizard (the
organisation, then its first reading room or service station) after which the desk can lend as soon as a reader
and a book exist. The wizard asks in its own words: no command-line option appears in it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.demo import COUNTY_NAME
from desktop.core.errors import InvalidSettingValue, ShuyiError
from desktop.core.sites import NewSite, SiteInfo, SiteKind
from desktop.core.stations.register_position import parse_position
from desktop.core.stations.terms import TermInfo
from desktop.ui.context import UiContext, error_text
from desktop.ui.pages.base import I18N_SKIP

ORGANISATION, ROOM = 0, 1
"""The wizard's two steps."""


class FirstRunDialog(QDialog):
    EMPTY, DEMO = 10, 11  # distinct from QDialog.Accepted / Rejected

    def __init__(self, parent: QWidget | None = None, ctx: UiContext | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx if ctx is not None else getattr(parent, "ctx", None)
        self.wizard: StartBlankDialog | None = None
        self.setWindowTitle(self.tr("Welcome to Shuyi"))
        text = QLabel(self)
        text.setWordWrap(True)
        text.setText(
            self.tr("This database is new. Start with an empty one for your own reading rooms and stations, "
                    "or load demo data from {county} to look around first.").format(county=COUNTY_NAME)
        )
        buttons = QDialogButtonBox(self)
        self.empty_button = QPushButton(self.tr("Start &empty"), self)
        self.demo_button = QPushButton(self.tr("Load &demo data"), self)
        self.demo_button.setDefault(True)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.empty_button.clicked.connect(self.start_blank)
        self.demo_button.clicked.connect(lambda: self.done(self.DEMO))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def start_blank(self) -> None:
        """The wizard; once it has made the organisation and its first room this dialog ends with EMPTY, and a
        cancelled wizard comes back here having made nothing."""
        if self.ctx is None:  # no database to write to (never the case in the window)
            self.done(self.EMPTY)
            return
        self.wizard = StartBlankDialog(self.ctx, self)
        self.wizard.accepted.connect(lambda: self.done(self.EMPTY))
        self.wizard.open()


class StartBlankDialog(QDialog):
    """Two steps: the organisation (name, region code), then the first site: its code and name, a reading room or
    a service station (of which kind), and its position if known. Nothing is written until Create, and then all
    of it in one transaction or none of it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: SiteInfo | None = None
        self.working = False
        self.setWindowTitle(self.tr("Start a new database"))
        self.setMinimumWidth(480)
        self.pages = QStackedWidget(self)

        self.org_name = self._field(self.tr("e.g. 建湖县总工会"))
        self.region_code = self._field(self.tr("6 digits, e.g. 320925 (optional)"), max_length=6)
        self._step(self.tr("Step 1 of 2: the trade union or organisation whose reading rooms these are."),
                   [(self.tr("&Organisation name"), self.org_name), (self.tr("&Region code"), self.region_code)])
        self.site_code = self._field(self.tr("e.g. JH01"), max_length=6)
        self.site_name = self._field(self.tr("e.g. 城南环卫所职工书屋"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Reading room (lends books to readers)"), SiteKind.READING_ROOM)
        self.kind.addItem(self.tr("Service station (rest, water and charging for outdoor workers)"),
                          SiteKind.SERVICE_STATION)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.station_kind = QComboBox(self)
        self.station_kind.setProperty(I18N_SKIP, True)  # the configurable list's names (data)
        self.position = self._field(self.tr("optional, as a map picker gives it: 119.7985,33.4712"), max_length=60)
        from desktop.ui.stations.site_form import DATUMS  # the stations page's modules load with that page

        self.datum = QComboBox(self)
        for system, label in DATUMS:
            self.datum.addItem(QCoreApplication.translate("SiteFormDialog", label), system)
        self._step(self.tr("Step 2 of 2: the first reading room or service station. Its code stands in every label "
                           "and card printed there: 2 to 6 capital letters or digits, starting with a letter."),
                   [(self.tr("&Code"), self.site_code), (self.tr("&Name"), self.site_name),
                    (self.tr("&Kind"), self.kind), (self.tr("&Station kind"), self.station_kind),
                    (self.tr("&Position"), self.position), (self.tr("Coordinate s&ystem"), self.datum)])
        self._kind_changed()
        sites = ctx.app.sites
        ctx.tasks.submit(sites.form_choices, on_done=self._choices)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setProperty(I18N_SKIP, True)
        self.error.hide()
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.create_button = QPushButton(self.tr("&Create"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.back_button.clicked.connect(lambda: self.show_step(ORGANISATION))
        self.next_button.clicked.connect(self.next_step)
        self.create_button.clicked.connect(self.create)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.create_button, self.cancel_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.show_step(ORGANISATION)

    def _field(self, placeholder: str, *, max_length: int = 100) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length)
        return edit

    def _step(self, intro: str, rows: list[tuple[str, QWidget]]) -> None:
        """One step of the wizard: what it is for, and its fields."""
        page = QWidget(self.pages)
        text = QLabel(intro, page)
        text.setWordWrap(True)
        form = QFormLayout()
        for label, edit in rows:
            form.addRow(label, edit)
        column = QVBoxLayout(page)
        column.addWidget(text)
        column.addLayout(form)
        column.addStretch(1)
        self.pages.addWidget(page)

    def _choices(self, choices: tuple[list[TermInfo], list[str]]) -> None:
        lang = self.ctx.translations.language
        for term in choices[0]:
            self.station_kind.addItem(term.name(lang), term.key)

    def _kind_changed(self) -> None:
        station = self.kind.currentData() == SiteKind.SERVICE_STATION
        self.station_kind.setEnabled(station)
        example = self.tr("e.g. 城南骑手之家") if station else self.tr("e.g. 城南环卫所职工书屋")
        self.site_name.setPlaceholderText(example)

    def show_step(self, step: int, error: str = "") -> None:
        self.pages.setCurrentIndex(step)
        self.back_button.setVisible(step == ROOM)
        self.next_button.setVisible(step == ORGANISATION)
        self.create_button.setVisible(step == ROOM)
        self.error.setText(error)
        self.error.setVisible(bool(error))
        (self.org_name if step == ORGANISATION else self.site_code).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Enter goes on: to the next step, from the room's code to its name, then Create."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
        elif self.pages.currentIndex() == ORGANISATION:
            self.next_step()
        elif self.focusWidget() is self.site_code and not self.site_name.text().strip():
            self.site_name.setFocus()
        elif self.create_button.isEnabled():
            self.create()

    def next_step(self) -> None:
        if not self.org_name.text().strip():
            self.show_step(ORGANISATION, self.tr("Enter the organisation's name."))
            return
        self.show_step(ROOM)

    def create(self) -> None:
        if not self.org_name.text().strip():
            self.show_step(ORGANISATION, self.tr("Enter the organisation's name."))
            return
        if not self.site_code.text().strip() or not self.site_name.text().strip():
            self.show_step(ROOM, self.tr("Enter the site's code and name."))
            return
        try:
            position, _swapped = parse_position(self.position.text(), self.datum.currentData())
        except ShuyiError as exc:
            self.show_step(ROOM, error_text(exc))
            return
        values = {"org.name": self.org_name.text().strip(), "org.region_code": self.region_code.text().strip()}
        kind = SiteKind(self.kind.currentData())
        station_kind = str(self.station_kind.currentData() or "") if kind is SiteKind.SERVICE_STATION else ""
        site = NewSite(code=self.site_code.text(), kind=kind, name=self.site_name.text(),
                       region_code=values["org.region_code"] or None, position=position, station_kind=station_kind)
        self._busy(True)
        settings = self.ctx.app.settings
        self.ctx.tasks.submit(lambda: settings.start_blank(values, site), on_done=self._created,
                              on_error=self._failed)

    def reject(self) -> None:
        if not self.working:  # once Create is under way it ends in the database's answer, not half way
            super().reject()

    def _busy(self, busy: bool) -> None:
        self.working = busy
        for button in (self.back_button, self.create_button, self.cancel_button):
            button.setEnabled(not busy)

    def _created(self, site: SiteInfo) -> None:
        self.working = False
        self.created = site
        self.ctx.events.changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        """A refusal is shown on the step it concerns; nothing was made."""
        self._busy(False)
        step = ORGANISATION if isinstance(exc, InvalidSettingValue) else ROOM
        self.show_step(step, error_text(exc))
