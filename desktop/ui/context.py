"""What every page is given: the core facade, the task runner, the translations and a data-changed signal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.errors import ShuyiError
from desktop.core.i18n import Term

if TYPE_CHECKING:  # the window's frame is drawn before the core (SQLAlchemy, the models) is imported
    from desktop.core.app import Shuyi
    from desktop.ui.i18n import Translations
    from desktop.ui.tasks import TaskRunner


class DataEvents(QObject):
    changed = Signal()
    """Emitted after an action changed data, so that pages showing it reload."""


@dataclass(frozen=True)
class UiContext:
    app: Shuyi
    tasks: TaskRunner
    translations: Translations
    events: DataEvents


def error_text(exc: BaseException) -> str:
    """A user-facing message for an error from a task, in the current GUI language (in the window's words: no
    command-line option)."""
    if isinstance(exc, ShuyiError):
        template = exc.window_template or exc.template
        params = {key: QCoreApplication.translate(value.context, value.text) if isinstance(value, Term) else value
                  for key, value in exc.params.items()}  # a word in the sentence (a status, a field) in its language
        return QCoreApplication.translate("Errors", template).format(**params)
    detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return QCoreApplication.translate("Errors", "Something went wrong: {detail}").format(detail=detail)
