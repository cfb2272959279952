"""The settings page: the interface language (this computer), the organisation (this database), the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import settings as core_settings
from desktop.core.i18n import LANGUAGES
from desktop.ui.context import UiContext, error_text
from desktop.ui.i18n import save_language
from desktop.ui.pages.base import I18N_SKIP, Page, data_label, heading, sentence
from desktop.ui.widgets.labels import ERROR_STYLE

CONTEXT = "SettingsPage"
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}
"""Each language is named in itself, so that anyone can find their own."""
ORG_KEYS = ("org.name", "org.region_code")


class SettingsPage(Page):
    language_chosen = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = heading(self)

        self._ui_box = QGroupBox(self)
        self.language_combo = QComboBox(self._ui_box)
        self.language_combo.setProperty(I18N_SKIP, True)
        for lang in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[lang], lang)
        self.language_combo.setCurrentIndex(LANGUAGES.index(ctx.translations.language))
        self.language_combo.currentIndexChanged.connect(self._on_language)
        self.language_combo_label = QLabel(self._ui_box)
        ui_form = QFormLayout(self._ui_box)
        ui_form.addRow(self.language_combo_label, self.language_combo)

        self._org_box = QGroupBox(self)
        org_form = QFormLayout(self._org_box)
        self._org_labels: dict[str, QLabel] = {}
        self.org_edits: dict[str, QLineEdit] = {}
        for key in ORG_KEYS:
            self._org_labels[key] = QLabel(self._org_box)
            self.org_edits[key] = QLineEdit(self._org_box)
            org_form.addRow(self._org_labels[key], self.org_edits[key])
        self.org_edits["org.region_code"].setMaxLength(6)
        self.org_edits["org.region_code"].setInputMask("")
        self.save_button = QPushButton(self._org_box)
        self.save_button.clicked.connect(self._save)
        self.org_message = sentence(self._org_box)
        self.org_message.setProperty(I18N_SKIP, True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.org_message, 1)
        buttons.addWidget(self.save_button)
        org_form.addRow(buttons)

        self._db_box = QGroupBox(self)
        db_form = QFormLayout(self._db_box)
        self._db_path_label, self._db_schema_label = QLabel(self._db_box), QLabel(self._db_box)
        self._db_path = data_label(self._db_box)
        self._db_path.setText(ctx.app.location.display)
        self._db_schema = data_label(self._db_box)
        db_form.addRow(self._db_path_label, self._db_path)
        db_form.addRow(self._db_schema_label, self._db_schema)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(self._title)
        for box in (self._ui_box, self._org_box, self._db_box):
            layout.addWidget(box)
        layout.addStretch(1)
        self._saved_ok = False
        self.retranslate()
        ctx.events.changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Settings"))
        self._ui_box.setTitle(self.tr("Interface on this computer"))
        self.language_combo_label.setText(self.tr("Language"))
        self._org_box.setTitle(self.tr("Organisation"))
        for key in ORG_KEYS:
            self._org_labels[key].setText(QCoreApplication.translate("Settings", core_settings.spec(key).label))
        self.save_button.setText(self.tr("Save"))
        self._db_box.setTitle(self.tr("Database"))
        self._db_path_label.setText(self.tr("Location"))
        self._db_schema_label.setText(self.tr("Schema version"))
        if self._saved_ok:
            self.org_message.setText(self.tr("Saved."))

    def refresh(self) -> None:
        app = self.ctx.app
        self.ctx.tasks.submit(lambda: (app.settings.values(), app.schema_revision()), on_done=self._loaded,
                              on_error=self._show_error)

    def _loaded(self, result: tuple[dict[str, Any], str]) -> None:
        values, revision = result
        self._db_schema.setText(revision)
        for key in ORG_KEYS:
            if not self.org_edits[key].isModified():  # never overwrite what the user is typing
                self.org_edits[key].setText(str(values[key]))

    def _on_language(self, index: int) -> None:
        lang = self.language_combo.itemData(index)
        save_language(lang)
        self.language_chosen.emit(lang)

    def _save(self) -> None:
        values = {key: self.org_edits[key].text() for key in ORG_KEYS}
        for key, value in values.items():  # check before anything is written: all or nothing
            try:
                core_settings.coerce(key, value)
            except Exception as exc:  # noqa: BLE001 (a ShuyiError, shown in place)
                self._show_error(exc)
                self.org_edits[key].setFocus()
                return

        self.save_button.setEnabled(False)
        self.ctx.tasks.submit(lambda: self.ctx.app.settings.save(values), on_done=self._saved,
                              on_error=self._show_error)

    def _saved(self, _result: object) -> None:
        self.save_button.setEnabled(True)
        for edit in self.org_edits.values():
            edit.setModified(False)
        self._saved_ok = True
        self.org_message.setStyleSheet("")
        self.org_message.setText(self.tr("Saved."))
        self.ctx.events.changed.emit()

    def _show_error(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._saved_ok = False
        self.org_message.setStyleSheet(ERROR_STYLE)
        self.org_message.setText(error_text(exc))
