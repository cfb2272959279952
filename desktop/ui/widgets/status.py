"""Status words of a copy as tables show them (context "CopyTableModel", where they were first translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "CopyTableModel"
COPY_STATUS = {
    "on_shelf": QT_TRANSLATE_NOOP("CopyTableModel", "On shelf"),
    "on_loan": QT_TRANSLATE_NOOP("CopyTableModel", "On loan"),
    "in_transit": QT_TRANSLATE_NOOP("CopyTableModel", "In transit"),
    "lost": QT_TRANSLATE_NOOP("CopyTableModel", "Lost"),
    "withdrawn": QT_TRANSLATE_NOOP("CopyTableModel", "Withdrawn"),
}


def copy_status(status: object) -> str:
    """A copy's status (an enum or its value) in the interface's language."""
    value = str(getattr(status, "value", status))
    return QCoreApplication.translate(CONTEXT, COPY_STATUS[value]) if value in COPY_STATUS else value
