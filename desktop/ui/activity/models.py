"""Table models of the activity panel: services held, visitors by occupation, shifts and the roster's gaps."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.stations.roster import Gap, ShiftInfo
from desktop.core.stations.service_events import ServiceInfo
from desktop.core.stations.visits import OccupationTotal
from desktop.ui.table_model import RowTableModel

WEEKDAYS = (QT_TRANSLATE_NOOP("ActivityPanel", "Monday"), QT_TRANSLATE_NOOP("ActivityPanel", "Tuesday"),
            QT_TRANSLATE_NOOP("ActivityPanel", "Wednesday"), QT_TRANSLATE_NOOP("ActivityPanel", "Thursday"),
            QT_TRANSLATE_NOOP("ActivityPanel", "Friday"), QT_TRANSLATE_NOOP("ActivityPanel", "Saturday"),
            QT_TRANSLATE_NOOP("ActivityPanel", "Sunday"))
SHORT_DAYS = {"Mo": QT_TRANSLATE_NOOP("ActivityPanel", "Mon"), "Tu": QT_TRANSLATE_NOOP("ActivityPanel", "Tue"),
              "We": QT_TRANSLATE_NOOP("ActivityPanel", "Wed"), "Th": QT_TRANSLATE_NOOP("ActivityPanel", "Thu"),
              "Fr": QT_TRANSLATE_NOOP("ActivityPanel", "Fri"), "Sa": QT_TRANSLATE_NOOP("ActivityPanel", "Sat"),
              "Su": QT_TRANSLATE_NOOP("ActivityPanel", "Sun"), "off": QT_TRANSLATE_NOOP("ActivityPanel", "closed"),
              "24/7": QT_TRANSLATE_NOOP("ActivityPanel", "round the clock")}
_HOURS_WORDS = re.compile(r"24/7|\b(?:Mo|Tu|We|Th|Fr|Sa|Su|off)\b")
GAP_COLOUR = QBrush(QColor("#b3261e"))


def hours_shown(text: str) -> str:
    """Opening hours in the interface language: "Mo-Fr 08:00-18:00; Sa off" → "周一-周五 08:00-18:00; 周六 闭站"."""
    return _HOURS_WORDS.sub(lambda m: QCoreApplication.translate("ActivityPanel", SHORT_DAYS[m.group(0)]), text)


class ServiceTableModel(RowTableModel[ServiceInfo]):
    CONTEXT = "ActivityPanel"
    HEADERS = (QT_TRANSLATE_NOOP("ActivityPanel", "Date"), QT_TRANSLATE_NOOP("ActivityPanel", "Category"),
               QT_TRANSLATE_NOOP("ActivityPanel", "Title"), QT_TRANSLATE_NOOP("ActivityPanel", "Hours"),
               QT_TRANSLATE_NOOP("ActivityPanel", "Attendance"), QT_TRANSLATE_NOOP("ActivityPanel", "Organiser"))
    NUMERIC = frozenset({3, 4})
    language = "zh_CN"

    def cell(self, s: ServiceInfo, column: int) -> str:
        category = s.category_en if self.language.startswith("en") and s.category_en else s.category_zh
        return (s.held_on.isoformat(), category, s.title, f"{s.hours:g}", str(s.attendance), s.organiser)[column]


class OccupationTableModel(RowTableModel[OccupationTotal]):
    CONTEXT = "ActivityPanel"
    HEADERS = (QT_TRANSLATE_NOOP("ActivityPanel", "Occupation"), QT_TRANSLATE_NOOP("ActivityPanel", "Visitors"),
               QT_TRANSLATE_NOOP("ActivityPanel", "Share"))
    NUMERIC = frozenset({1, 2})
    language = "zh_CN"

    def cell(self, t: OccupationTotal, column: int) -> str:
        total = sum(r.visits for r in self._rows) or 1
        name = t.name_en if self.language.startswith("en") and t.name_en else t.name_zh
        return (name, str(t.visits), f"{100 * t.visits / total:.0f}%")[column]


class ShiftTableModel(RowTableModel[ShiftInfo | Gap]):
    """The roster's shifts, then the gaps the check found (in red, with the words saying so too)."""

    CONTEXT = "ActivityPanel"
    HEADERS = (QT_TRANSLATE_NOOP("ActivityPanel", "Day"), QT_TRANSLATE_NOOP("ActivityPanel", "Time"),
               QT_TRANSLATE_NOOP("ActivityPanel", "On duty"))

    def cell(self, row: ShiftInfo | Gap, column: int) -> str:
        if isinstance(row, Gap):
            closed = self.tr_(QT_TRANSLATE_NOOP("ActivityPanel", "{person}, while closed"))
            who = closed.format(person=row.person) if row.person else self.tr_(
                QT_TRANSLATE_NOOP("ActivityPanel", "nobody on duty"))
        else:
            who = row.person
        return (self.tr_(WEEKDAYS[row.weekday]), row.span, who)[column]

    def foreground(self, row: ShiftInfo | Gap) -> QBrush | None:
        return GAP_COLOUR if isinstance(row, Gap) else None
