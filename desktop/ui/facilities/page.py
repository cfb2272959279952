"""The 设施 page: every facility across sites with filters and an asset-tag scan box, the chosen one's history and
log beside the list, the actions on it (add, edit, status, maintenance, plan, expiry, print tags), and a second
tab, 到期提醒, the due and overdue calendar a caretaker opens on Monday."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.stations.facilities import FacilityInfo
from desktop.core.stations.facilities_detail import FacilityDetail
from desktop.core.stations.facilities_words import STATUS_LABELS
from desktop.core.stations.terms import TermInfo, Vocabulary
from desktop.ui.context import UiContext
from desktop.ui.facilities import dialogs
from desktop.ui.facilities.detail import FacilityDetailView
from desktop.ui.facilities.due import DueCalendar
from desktop.ui.facilities.models import FacilityTableModel, status_text
from desktop.ui.facilities.refusals import refusal_text
from desktop.ui.facilities.sites import SiteFilter
from desktop.ui.pages.base import I18N_SKIP, Page, data_label, heading, sentence
from desktop.ui.widgets.labels import say
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.widgets.tables import table_view

ACTIONS = ("add", "edit", "status", "service", "plan", "expiry", "print")


class FacilitiesPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.lang = ctx.translations.language
        self.kinds: list[TermInfo] = []
        self.detail: FacilityDetail | None = None
        self._want = ""
        """An asset tag to select once the list is in (scanned, or opened from elsewhere)."""
        self._title = heading(self)
        self.scan = QLineEdit(self)
        self.scan.setObjectName("assetScan")
        self.scan.setClearButtonEnabled(True)
        self.scan.setMinimumWidth(240)
        self.scan.returnPressed.connect(lambda: self.open_asset(self.scan.text()))
        self.site = SiteFilter(ctx, self)
        self.kind = QComboBox(self)
        self.kind.setProperty(I18N_SKIP, True)  # the list's kinds are data (a union adds its own)
        self.status = QComboBox(self)
        self.search = SearchBox(self)
        self.search.setMinimumWidth(160)
        self.message = data_label(self)  # names sites and kinds (data)
        self.message.hide()
        self.summary = sentence(self)
        self.model = FacilityTableModel(self.lang)
        self.table = table_view(self.model, self, stretch=6, multi=True, compact=True)
        self.table.setObjectName("facilityTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.detail_view = FacilityDetailView(self, lang=self.lang)
        self.buttons = {key: QPushButton(self) for key in ACTIONS}
        for key, slot in (("add", self.add_facility), ("edit", self.edit_facility), ("status", self.change_status),
                          ("service", self.record_service), ("plan", self.add_plan), ("expiry", self.add_expiry),
                          ("print", self.print_tags)):
            self.buttons[key].clicked.connect(slot)
        self.calendar = DueCalendar(ctx, self, lang=self.lang)
        self.calendar.open_requested.connect(self.open_asset)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._register_tab(), "")
        self.tabs.addTab(self.calendar, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addStretch(1)
        top.addWidget(self.scan)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        for combo in (self.site, self.kind, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.search.connect(lambda _text: self.refresh())
        self.retranslate()
        ctx.events.changed.connect(self.refresh)
        self.site.reload()
        service = ctx.app.terms
        ctx.tasks.submit(lambda: service.list(Vocabulary.FACILITY_KIND), on_done=self._kinds_loaded)
        self.refresh()

    def _register_tab(self) -> QWidget:
        tab = QWidget(self)
        filters = QHBoxLayout()
        for widget in (self.site, self.kind, self.status):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        for key in ACTIONS:
            if key == "print":
                actions.addStretch(1)
            actions.addWidget(self.buttons[key])
        split = QSplitter(Qt.Orientation.Horizontal, tab)
        split.addWidget(self.table)
        split.addWidget(self.detail_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        column = QVBoxLayout(tab)
        column.setContentsMargins(8, 8, 8, 8)
        column.addLayout(filters)
        column.addLayout(actions)
        column.addWidget(self.summary)
        column.addWidget(split, 1)
        return tab

    def retranslate(self) -> None:
        self._title.setText(self.tr("Facilities"))
        self.scan.setPlaceholderText(self.tr("Scan or type an asset tag (A…) and press Enter"))
        self.search.setPlaceholderText(self.tr("Search brand, model, note, site…"))
        self.site.setItemText(0, self.tr("All sites"))
        self._fill_kinds()
        keep = self.status.currentIndex()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Every status"), "")
        for status in STATUS_LABELS:
            self.status.addItem(status_text(status), status.value)
        self.status.setCurrentIndex(max(keep, 0))
        self.status.blockSignals(False)
        for key, text in (("add", self.tr("Add…")), ("edit", self.tr("Edit…")), ("status", self.tr("Change status…")),
                          ("service", self.tr("Record maintenance…")), ("plan", self.tr("Add plan…")),
                          ("expiry", self.tr("Add expiry date…")), ("print", self.tr("Print tags…"))):
            self.buttons[key].setText(text)
        self.tabs.setTabText(0, self.tr("Facilities"))
        self.tabs.setTabText(1, self.tr("Due and overdue"))
        self.model.retranslate()
        self._show_summary()
        self._enable()

    def _kinds_loaded(self, kinds: list[TermInfo]) -> None:
        self.kinds = kinds
        self._fill_kinds()

    def _fill_kinds(self) -> None:
        keep = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Every kind"), "")
        for term in self.kinds:
            self.kind.addItem(term.name(self.lang), term.key)
        self.kind.setCurrentIndex(max(self.kind.findData(keep), 0))
        self.kind.blockSignals(False)

    # -- the list ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        service = self.ctx.app.facilities
        site, kind, status, text = self.site.code(), str(self.kind.currentData() or ""), \
            str(self.status.currentData() or ""), self.search.query()
        self.ctx.tasks.submit(lambda: service.list(site_code=site, kind=kind, status=status, text=text),
                              on_done=self._loaded, on_error=self._failed)
        self.calendar.refresh()

    def _loaded(self, rows: list[FacilityInfo]) -> None:
        keep = self._want or (self.detail.facility.code if self.detail else "")
        self.model.set_rows(rows)
        self._show_summary()
        row = next((n for n, f in enumerate(rows) if f.code == keep), None)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        elif self._want and self._filtered():  # filtered out: show every facility, then select it
            self._clear_filters()
            return
        self._want = ""
        self._selection_changed()

    def _failed(self, exc: BaseException) -> None:
        say(self.message, refusal_text(exc), error=True)

    def _filtered(self) -> bool:
        return any(combo.currentIndex() > 0 for combo in (self.site, self.kind, self.status)) or bool(
            self.search.query())

    def _clear_filters(self) -> None:
        for combo in (self.site, self.kind, self.status):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.search.cancel()
        self.refresh()

    def _show_summary(self) -> None:
        rows = self.model.rows()
        broken = sum(1 for f in rows if f.status.value in ("broken", "repairing"))
        self.summary.setText(self.tr("{n} facilities, {broken} broken or being repaired").format(
            n=len(rows), broken=broken))

    def selected(self) -> list[FacilityInfo]:
        return [self.model.row(index.row()) for index in self.table.selectionModel().selectedRows()]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            self.detail = None
            self.detail_view.show_detail(None)
            self._enable()
            return
        self._load_detail(chosen[0].code)

    def _load_detail(self, code: str) -> None:
        service = self.ctx.app.facilities
        self.ctx.tasks.submit(lambda: service.get(code), on_done=self._detail_loaded, on_error=self._failed)

    def _detail_loaded(self, detail: FacilityDetail) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and chosen[0].code != detail.facility.code:
            return  # the selection moved on since this was asked
        self.detail = detail
        self.detail_view.show_detail(detail)
        self._enable()

    def _enable(self) -> None:
        one = self.detail is not None and len(self.selected()) == 1
        live = one and self.detail is not None and self.detail.facility.status.value != "scrapped"
        for key in ("edit", "status", "service", "plan", "expiry"):
            self.buttons[key].setEnabled(live)
        self.buttons["print"].setEnabled(bool(self.selected()))

    # -- a scanned tag -----------------------------------------------------------------------------------------
    def open_asset(self, text: str) -> None:
        """Open the facility an asset tag names (scanned here, chosen in the calendar, or from the desk); a tag
        that names nothing, or a code of another kind, is answered in words."""
        text = text.strip()
        if not text:
            return
        self.tabs.setCurrentIndex(0)
        service = self.ctx.app.facilities
        self.ctx.tasks.submit(lambda: service.get(text), on_done=self._scanned, on_error=self._scan_refused)

    def _scanned(self, detail: FacilityDetail) -> None:
        f = detail.facility
        say(self.message, self.tr("{code}: {kind} at {site}, {status}").format(
            code=f.code, kind=f.kind_name(self.lang), site=f.site_name, status=status_text(f.status)))
        self.scan.clear()
        self.detail = detail
        self._want = f.code
        self.refresh()

    def _scan_refused(self, exc: BaseException) -> None:
        say(self.message, refusal_text(exc), error=True)
        self.scan.selectAll()

    # -- actions -----------------------------------------------------------------------------------------------
    def _after(self, dialog: dialogs.FormDialog) -> None:
        def done(value: object) -> None:
            code = getattr(value, "code", None) or getattr(value, "facility_code", "")
            self._want = str(code)
            self.ctx.events.changed.emit()

        dialog.completed.connect(done)
        self.open_dialog(dialog)

    def add_facility(self) -> None:
        self._after(dialogs.FacilityDialog(self.ctx, self.site.sites, self.kinds, lang=self.lang,
                                           site_code=self.site.code(), parent=self))

    def edit_facility(self) -> None:
        if self.detail is not None:
            self._after(dialogs.FacilityDialog(self.ctx, self.site.sites, self.kinds, lang=self.lang,
                                               facility=self.detail.facility, parent=self))

    def change_status(self) -> None:
        if self.detail is not None:
            self._after(dialogs.StatusDialog(self.ctx, self.detail.facility, parent=self))

    def record_service(self) -> None:
        if self.detail is not None:
            self._after(dialogs.ServiceDialog(self.ctx, self.detail, parent=self))

    def add_plan(self) -> None:
        if self.detail is not None:
            self._after(dialogs.PlanDialog(self.ctx, self.detail.facility, parent=self))

    def add_expiry(self) -> None:
        if self.detail is not None:
            self._after(dialogs.ExpiryDialog(self.ctx, self.detail, parent=self))

    def print_tags(self) -> None:
        from desktop.ui.labels.assets import AssetTagDialog

        codes = tuple(f.code for f in self.selected())
        if codes:
            self.open_dialog(AssetTagDialog(self.ctx, preselect_codes=codes, parent=self))
