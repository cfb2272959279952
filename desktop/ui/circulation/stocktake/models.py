"""The tables of a stocktake's report: missing, in the wrong place, found but recorded as out, unknown codes."""

from __future__ import annotations

from typing import Any

from desktop.core.circulation.stocktakes import StocktakeLine
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.table_model import RowTableModel
from desktop.ui.widgets.status import copy_status


class StocktakeLineModel(RowTableModel):
    CONTEXT = "StocktakeLineModel"
    HEADERS = (QT_TRANSLATE_NOOP("StocktakeLineModel", "Code"), QT_TRANSLATE_NOOP("StocktakeLineModel", "Title"),
               QT_TRANSLATE_NOOP("StocktakeLineModel", "Call number"),
               QT_TRANSLATE_NOOP("StocktakeLineModel", "Recorded as"),
               QT_TRANSLATE_NOOP("StocktakeLineModel", "Belongs to"))
    CODE, TITLE, CALL, STATUS, BELONGS = range(5)

    def cell(self, line: StocktakeLine, column: int) -> Any:
        status = copy_status(line.status)
        return (line.code, line.title, line.call_number, status, line.belongs)[column]


REPORT_LISTS = ("missing", "misplaced", "on_loan_found", "unknown")
HIDDEN = {"missing": (StocktakeLineModel.STATUS, StocktakeLineModel.BELONGS),
          "misplaced": (StocktakeLineModel.STATUS,), "on_loan_found": (StocktakeLineModel.BELONGS,),
          "unknown": (StocktakeLineModel.TITLE, StocktakeLineModel.CALL, StocktakeLineModel.STATUS,
                      StocktakeLineModel.BELONGS)}
"""Columns that say nothing in a list: a missing copy is on the shelf by its record, an unknown code is a code."""
