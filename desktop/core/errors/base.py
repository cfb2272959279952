"""The base of every domain error: a stable code and parameters, with an English template translated where shown."""

from __future__ import annotations

from typing import Any, ClassVar

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate, translate_params

CONTEXT = "Errors"


class ShuyiError(Exception):
    """Base of every error a user can cause; `code` is stable, `template` is translated where shown."""

    code: ClassVar[str] = "error"
    template: ClassVar[str] = QT_TRANSLATE_NOOP("Errors", "Something went wrong: {detail}")
    window_template: ClassVar[str | None] = None
    """What the window says instead, when `template` names a command-line option (a window has none)."""

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        return translate(CONTEXT, self.template, lang).format(**translate_params(self.params, lang))
