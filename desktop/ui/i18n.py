"""The GUI's languages: Qt translators for Shuyi's own catalogue and Qt's standard dialogs, switched live."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

import resources
from desktop.core.i18n import DEFAULT_LANGUAGE, LANGUAGES, QT_TRANSLATE_NOOP, normalise_language
from desktop.core.i18n import ts_path as _ts_path

log = logging.getLogger(__name__)
SETTINGS_KEY = "ui/language"
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
)
"""Texts of Qt's own dialogs that Qt 6 shows but its qtbase_zh_CN.qm lacks (it has them without the '&', from
Qt 5). They are in Shuyi's catalogue under Qt's context: when the qtbase translator has no answer, Qt asks the
next translator, ours."""


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return normalise_language(str(value)) if value else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    QSettings().setValue(SETTINGS_KEY, lang)


def qm_path(lang: str) -> Path:
    """The compiled catalogue, built from the .ts by `make translations` (pyside6-lrelease).

    A source checkout installed without make (e.g. `py -m pip install -e .` on Windows) has no .qm yet:
    it is compiled here once with the lrelease that ships inside PySide6.
    """
    ts = Path(_ts_path(lang))
    qm = resources.path("i18n", f"shuyi_{lang}.qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(PySide6.__file__).with_name("lrelease")
        try:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("could not compile %s: %s", ts, exc)
    return qm


class Translations:
    """Holds the installed translators so that a language switch can replace them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, lang: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        for translator in self._installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        if lang != "en":
            own = QTranslator(app)
            if own.load(str(qm_path(lang))):
                app.installTranslator(own)
                self._installed.append(own)
            else:
                log.warning("no compiled translation for %s", lang)
            qt = QTranslator(app)
            if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                self._installed.append(qt)
        self.language = lang
