"""A station's compliance with a standard, for its detail view: the standard chosen, each item met or missing with
the reason, the star pre-score and its rule in words, and a downgrade warning when serious rectifications are open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stations.compliance import ItemResult, SiteCompliance
from desktop.core.stations.compliance_words import say
from desktop.core.stations.standards import DEFAULT_STANDARD, REQUIRED_CAP
from desktop.ui.compliance.chooser import StandardBar
from desktop.ui.context import UiContext, error_text
from desktop.ui.table_model import RowTableModel
from desktop.ui.widgets.labels import ERROR_STYLE, data_label, sentence
from desktop.ui.widgets.tables import table_view

MISSING_COLOUR = QColor("#b3261e")


class ItemModel(RowTableModel[ItemResult]):
    CONTEXT = "CompliancePanel"
    HEADERS = (QT_TRANSLATE_NOOP("CompliancePanel", "Met"), QT_TRANSLATE_NOOP("CompliancePanel", "Item"),
               QT_TRANSLATE_NOOP("CompliancePanel", "Required"), QT_TRANSLATE_NOOP("CompliancePanel", "Why"))
    lang = "zh_CN"

    def cell(self, item: ItemResult, column: int) -> Any:
        if column == 0:
            return "✓" if item.met else "✗"
        if column == 1:
            return item.item.label(self.lang)
        if column == 2:
            return self.tr_(QT_TRANSLATE_NOOP("CompliancePanel", "required")) if item.item.required else ""
        return say(item.reason, self.lang)

    def foreground(self, item: ItemResult) -> Any:
        return None if item.met else QBrush(MISSING_COLOUR)


class CompliancePanel(QWidget):
    """Plugged into a station's detail view by the stations page: `CompliancePanel(ctx, "JH11", parent)`."""

    def __init__(self, ctx: UiContext, site_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.site_code = site_code
        self.bar = StandardBar(ctx, self, own_first=True)
        self.chooser = self.bar.chooser
        self.score = sentence(self)
        self.rule = data_label(self)
        self.warning = data_label(self)
        self.warning.setStyleSheet(ERROR_STYLE)
        self.model = ItemModel()
        self.table = table_view(self.model, self, stretch=3, compact=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.score)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rule)
        self.found: SiteCompliance | None = None
        self._warned: tuple[int, ...] = ()
        self.retranslate()
        ctx.events.changed.connect(self.refresh)
        self.bar.changed.connect(self._standards_changed)

    def _lang(self) -> str:
        return self.ctx.translations.language

    def retranslate(self) -> None:
        self.bar.title.setText(self.tr("Standard and compliance"))
        self.bar.caption.setText(self.tr("Measured against"))
        self.bar.set_own_text(self.tr("Its own standard (else {name})").format(name=DEFAULT_STANDARD))
        self.model.lang = self._lang()
        self.model.retranslate()
        self._show()

    def _standards_changed(self) -> None:
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        standard = self.bar.standard()
        site = self.site_code

        def load() -> tuple[SiteCompliance, tuple[int, ...]]:
            found = self.ctx.app.standards.compliance(site, standard)
            warnings = self.ctx.app.inspections.downgrade_warnings(site_code=site)
            return found, warnings[0].rectification_ids if warnings else ()

        self.ctx.tasks.submit(load, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, result: tuple[SiteCompliance, tuple[int, ...]]) -> None:
        self.found, self._warned = result
        self.model.set_rows(self.found.items)
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.score.setText(error_text(exc))

    def _show(self) -> None:
        found = self.found
        if found is None:
            self.score.setText(self.tr("Loading…"))
            self.rule.setText("")
            self.warning.hide()
            return
        text = self.tr("{standard}: {met} of {total} items met; pre-score {score}%, {stars} star(s)").format(
            standard=found.standard, met=len(found.met), total=len(found.items), score=f"{found.score:g}",
            stars=found.stars)
        if found.capped:
            text += self.tr(" (a required item is missing: at most {cap} stars)").format(cap=REQUIRED_CAP)
        if found.star_rating:
            text += self.tr("; awarded: {stars} star(s)").format(stars=found.star_rating)
        self.score.setText(text)
        self.rule.setText(found.rule(self._lang()))
        self.warning.setVisible(bool(self._warned))
        self.warning.setText(self.tr("Downgrade warning: serious rectification(s) {ids} still open. The stars "
                                     "awarded are changed only by the city union.").format(
            ids=", ".join(map(str, self._warned))))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

