"""The stations page: the site register (reading rooms and service stations), filtered and searched, with its
actions (add, change, retire, re-open, import) and the chosen site's detail view beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.core.sites import SiteInfo, SiteKind
from desktop.ui.context import UiContext, error_text
from desktop.ui.pages.base import I18N_SKIP, Page, heading, sentence
from desktop.ui.stations.detail import SiteDetailView
from desktop.ui.stations.site_table import NAME, SiteTableModel
from desktop.ui.widgets.confirm import ask
from desktop.ui.widgets.labels import say
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.widgets.tables import table_view

FILTERS: tuple[SiteKind | None, ...] = (None, SiteKind.SERVICE_STATION, SiteKind.READING_ROOM)
STATES: tuple[bool | None, ...] = (True, False, None)
"""Open sites, retired sites, all sites."""
COLUMN_WIDTHS = (56, 104, 180, 190, 136, 70, 64)
"""Code, kind, name (stretches), hours, in charge, stars, status: the user may drag them."""


def matches(site: SiteInfo, query: str) -> bool:
    """A search over what a caretaker would type: code, name, address, host unit, person in charge, kind."""
    if not query:
        return True
    folded = query.casefold()
    kind = site.station_kind.name_zh + site.station_kind.name_en if site.station_kind else ""
    return any(folded in text.casefold() for text in (site.code, site.name, site.address, site.host_unit,
                                                      site.manager_name, kind))


class StationsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = heading(self)
        self._filter = QComboBox(self)
        self._filter.addItems(["", "", ""])
        self._filter.currentIndexChanged.connect(self.refresh)
        self._state = QComboBox(self)
        self._state.addItems(["", "", ""])
        self._state.currentIndexChanged.connect(self.refresh)
        self.search = SearchBox(self)
        self.search.setMinimumWidth(240)
        self.search.search.connect(lambda _query: self._show_rows())
        self._summary = sentence(self)
        self.message = sentence(self)
        self.message.setProperty(I18N_SKIP, True)
        self.message.hide()
        self.model = SiteTableModel()
        self.table = table_view(self.model, self, alternate=True, stretch=NAME, widths=COLUMN_WIDTHS)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.open_detail())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = SiteDetailView(ctx, self)

        self.buttons: dict[str, QPushButton] = {}
        self.actions: dict[str, QAction] = {}
        for key, slot in (("add", self.add_site), ("import", self.import_sites), ("edit", self.edit_selected),
                          ("retire", self.retire_selected), ("reopen", self.reopen_selected),
                          ("detail", self.open_detail), ("tally", self.count_visitors),
                          ("county", self.show_county)):
            self.buttons[key] = QPushButton(self)
            self.buttons[key].clicked.connect(slot)
            self.actions[key] = QAction(self)
            self.actions[key].triggered.connect(slot)

        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addStretch(1)
        top.addWidget(self.buttons["tally"])
        top.addWidget(self.buttons["county"])
        top.addSpacing(12)
        top.addWidget(self.buttons["import"])
        top.addWidget(self.buttons["add"])
        find = QHBoxLayout()
        find.addWidget(self.search, 2)
        find.addWidget(self._filter)
        find.addWidget(self._state)
        find.addWidget(self._summary, 2)
        actions = QHBoxLayout()
        for key in ("detail", "edit", "retire", "reopen"):
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        self.splitter = QSplitter(self)
        left = QWidget(self.splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(actions)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addLayout(top)
        layout.addLayout(find)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.rows: list[SiteInfo] = []
        self._first_load = True
        self._count: int | None = None
        self._error: str | None = None
        self.dialog: QWidget | None = None
        self.retranslate()
        self._update_actions()
        ctx.events.changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Site register"))
        for i, label in enumerate((self.tr("All kinds"), self.tr("Service stations"), self.tr("Reading rooms"))):
            self._filter.setItemText(i, label)
        for i, label in enumerate((self.tr("Open"), self.tr("Retired"), self.tr("Open and retired"))):
            self._state.setItemText(i, label)
        self.search.setPlaceholderText(self.tr("Code, name, address, host unit or person in charge"))
        texts = {"add": self.tr("Add site…"), "import": self.tr("Import sites…"), "edit": self.tr("Change…"),
                 "retire": self.tr("Retire…"), "reopen": self.tr("Re-open"), "detail": self.tr("Show details"),
                 "tally": self.tr("Count visitors…"), "county": self.tr("Against standards…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
            self.actions[key].setText(text)
        self.buttons["retire"].setToolTip(self.tr("Closed as of today; its history stays and it can be re-opened"))
        self.model.lang = self.ctx.translations.language
        self.model.retranslate()
        self._show_summary()

    # -- loading ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        kind = FILTERS[max(self._filter.currentIndex(), 0)]
        active = STATES[max(self._state.currentIndex(), 0)]
        sites = self.ctx.app.sites
        self.ctx.tasks.submit(lambda: sites.list_sites(kind=kind, active=active), on_done=self._loaded,
                              on_error=self._failed)

    def _loaded(self, rows: list[SiteInfo]) -> None:
        self.rows = rows
        self._error = None
        self._show_rows()

    def _show_rows(self) -> None:
        chosen = self.selected_site()
        shown = [site for site in self.rows if matches(site, self.search.query())]
        self.model.set_rows(shown)
        self._count = len(shown)
        self._show_summary()
        row = next((n for n, site in enumerate(shown) if chosen and site.code == chosen.code), None)
        if row is None and self._first_load and shown:
            row = 0  # the first time, the first site is shown in full: the page is never half empty
        self._first_load = False
        if row is not None:
            self.table.selectRow(row)
        elif chosen is not None:
            self.detail.clear()
        self._update_actions()

    def _failed(self, exc: BaseException) -> None:
        self._error = error_text(exc)
        self._show_summary()

    def _show_summary(self) -> None:
        if self._error:
            self._summary.setText(self._error)
        elif self._count == 0 and not self.rows:
            self._summary.setText(self.tr("No sites here yet: add one, or import a list of them."))
        elif self._count is not None:
            self._summary.setText(self.tr("{n} sites").format(n=self._count))
        else:
            self._summary.setText(self.tr("Loading…"))

    # -- selection and actions -----------------------------------------------------------------------------
    def selected_site(self) -> SiteInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        site = self.selected_site()
        if site is not None and site.code != self.detail.code:
            self.detail.show_site(site.code)
        self._update_actions()

    def _update_actions(self) -> None:
        site = self.selected_site()
        for key, enabled in (("edit", site is not None and site.active), ("retire", site is not None and site.active),
                             ("reopen", site is not None and not site.active), ("detail", site is not None)):
            self.buttons[key].setEnabled(enabled)
            self.actions[key].setEnabled(enabled)

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        for key in ("detail", "edit", "retire", "reopen"):
            menu.addAction(self.actions[key])
        menu.addSeparator()
        menu.addAction(self.actions["add"])
        menu.popup(self.table.viewport().mapToGlobal(point))
        self.menu = menu

    def open_detail(self) -> None:
        """Double-click, Enter or 详情: the detail view, opened at its overview if it was folded away."""
        site = self.selected_site()
        if site is None:
            return
        if self.splitter.sizes()[1] == 0:
            self.splitter.setSizes([820, 380])
        self.detail.tabs.setCurrentIndex(0)
        self.detail.show_site(site.code)

    def add_site(self) -> None:
        from desktop.ui.stations.site_form import SiteFormDialog

        self._open_form(SiteFormDialog(self.ctx, parent=self))

    def edit_selected(self) -> None:
        from desktop.ui.stations.site_form import SiteFormDialog

        site = self.selected_site()
        if site is not None and site.active:
            self._open_form(SiteFormDialog(self.ctx, site, parent=self))

    def _open_form(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.completed.connect(self._saved)  # type: ignore[attr-defined]
        self.open_dialog(dialog)  # type: ignore[arg-type]

    def _saved(self, site: SiteInfo) -> None:
        say(self.message, self.tr("Saved {code} {name}.").format(code=site.code, name=site.name))
        self.detail.code = None
        self.ctx.events.changed.emit()

    def retire_selected(self) -> None:
        site = self.selected_site()
        if site is None or not site.active:
            return
        if not ask(self, self.tr("Retire site"), self.tr("Retire {code} {name} as of today? Its history stays, and it "
                                                        "can be re-opened.").format(code=site.code, name=site.name)):
            return
        sites = self.ctx.app.sites
        self.ctx.tasks.submit(lambda: sites.retire_site(site.code), on_done=self._changed, on_error=self._refused)

    def reopen_selected(self) -> None:
        site = self.selected_site()
        if site is None or site.active:
            return
        sites = self.ctx.app.sites
        self.ctx.tasks.submit(lambda: sites.reopen_site(site.code), on_done=self._changed, on_error=self._refused)

    def _changed(self, site: SiteInfo) -> None:
        text = (self.tr("{code} {name} is open again.") if site.active else
                self.tr("{code} {name} is retired as of {day}."))
        say(self.message, text.format(code=site.code, name=site.name, day=site.closed_on))
        self.detail.code = None
        self.ctx.events.changed.emit()

    def _refused(self, exc: BaseException) -> None:
        say(self.message, error_text(exc), error=True)

    def count_visitors(self) -> None:
        """The keyboard tally of today's visitors, at the selected station when one is selected."""
        from desktop.ui.activity.tally import open_tally

        site = self.selected_site()
        code = site.code if site is not None and site.kind is SiteKind.SERVICE_STATION else ""
        self.dialog = open_tally(self.ctx, self, site_code=code)

    def show_county(self) -> None:
        """Every station against its standard, the downgrade warnings and the overdue rectifications."""
        from desktop.ui.stations.county_view import CountyComplianceDialog

        self.dialog = CountyComplianceDialog(self.ctx, self)
        self.open_dialog(self.dialog)  # type: ignore[arg-type]

    def import_sites(self) -> None:
        from desktop.ui.stations.import_wizard import SiteImportWizard

        self.dialog = SiteImportWizard(self.ctx, parent=self)
        self.open_dialog(self.dialog)  # type: ignore[arg-type]
