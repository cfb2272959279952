"""The checks an inspector makes at every station besides its standard's items (DOMAIN.md, 暗访 and 自查), as data.

Each has a stable key (what `--pass`/`--fail` and JSON use) and a label translated where shown. An inspection's
checklist is the site's standard items followed by these; a check whose key a standard item already uses (六有's
`rules_posted`) is the same question, asked once under the standard's label.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Inspections"


@dataclass(frozen=True)
class Check:
    key: str
    label: str
    """English source, translated by `label_in`."""

    def label_in(self, lang: str) -> str:
        return translate(CONTEXT, self.label, lang)


CHECKS: tuple[Check, ...] = (
    Check("hours_kept", QT_TRANSLATE_NOOP("Inspections", "Open at the posted hours")),
    Check("fire_safety", QT_TRANSLATE_NOOP("Inspections", "Fire safety (extinguisher in date, exits clear)")),
    Check("medicine_expiry", QT_TRANSLATE_NOOP("Inspections", "Medicines in the first-aid kit within date")),
    Check("facilities_working", QT_TRANSLATE_NOOP("Inspections", "Every facility working and not locked away")),
    Check("rules_posted", QT_TRANSLATE_NOOP("Inspections", "Rules posted")),
    Check("hotline_12351", QT_TRANSLATE_NOOP("Inspections", "12351 hotline sign posted")),
    Check("records_book", QT_TRANSLATE_NOOP("Inspections", "Records book (台账) up to date")),
    Check("visitor_flow", QT_TRANSLATE_NOOP("Inspections", "Visitors coming in (visitor flow)")),
)
CHECK_KEYS = tuple(c.key for c in CHECKS)
BY_KEY = {c.key: c for c in CHECKS}
