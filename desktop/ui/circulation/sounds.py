"""The desk's three sounds: a chirp for success, two beeps for a warning, a buzz for a refusal.

The tones are WAV files in resources/sounds/ (written by tools/make_sounds.py). They play through QtMultimedia's
QSoundEffect where PySide6-Addons is installed; without it a warning or a refusal still makes the system beep,
and a success stays silent (a beep for every good scan would hide the ones that matter).
"""

from __future__ import annotations

import importlib.util
from collections import deque
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

import resources

LEVELS = ("success", "warning", "refusal")


def multimedia_available() -> bool:
    try:
        return importlib.util.find_spec("PySide6.QtMultimedia") is not None
    except (ImportError, ValueError):
        return False


class Sounds(QObject):
    """Plays the sound of a result level; `played` keeps the last few levels asked for (for tests)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self.played: deque[str] = deque(maxlen=50)
        self._effects: dict[str, Any] | None = None

    def _load(self) -> dict[str, Any]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        if not multimedia_available():
            return self._effects
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # present but unloadable (e.g. libpulse0 missing on Debian)
            return self._effects
        for level in LEVELS:
            path = resources.path("sounds", f"{level}.wav")
            if path.exists():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.8)
                self._effects[level] = effect
        return self._effects

    def play(self, level: str) -> None:
        self.played.append(level)
        if not self.enabled:
            return
        effect = self._load().get(level)
        if effect is not None:
            effect.play()
        elif level != "success":
            QApplication.beep()
