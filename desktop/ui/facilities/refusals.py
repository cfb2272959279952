"""A refusal in the window's words, with the words inside it (a status, a field's name) translated too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import ShuyiError
from desktop.core.i18n import Term
from desktop.ui.context import error_text


def refusal_text(exc: BaseException) -> str:
    """error_text, with each Term among the error's parameters (a status, a field, "a book's label") translated
    in the interface's language rather than left in English."""
    if not isinstance(exc, ShuyiError):
        return error_text(exc)
    params = {k: QCoreApplication.translate(v.context, v.text) if isinstance(v, Term) else v
              for k, v in exc.params.items()}
    return QCoreApplication.translate("Errors", exc.window_template or exc.template).format(**params)
