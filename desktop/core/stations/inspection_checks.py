"""The checks an inspector makes at every station besides its standard's items (DOMAIN.md, 暗访 and 自查), as data.

Each has a stable key (what `--pass`/`--fail` and JSON use) and a label in Chinese and English, held here like a
standard item's (so no translation catalogue is read to list them). An inspection's checklist is the site's
standard items followed by these; a check whose key a standard item already uses (六有's `rules_posted`) is the
same question, asked once under the standard's label.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Check:
    key: str
    label_zh: str
    label_en: str

    def label_in(self, lang: str) -> str:
        return self.label_en if lang.startswith("en") else self.label_zh


CHECKS: tuple[Check, ...] = (
    Check("hours_kept", "按公示时间开放", "Open at the posted hours"),
    Check("fire_safety", "消防安全（灭火器在有效期内，通道畅通）", "Fire safety (extinguisher in date, exits clear)"),
    Check("medicine_expiry", "药箱药品在有效期内", "Medicines in the first-aid kit within date"),
    Check("facilities_working", "设施完好可用，未上锁闲置", "Every facility working and not locked away"),
    Check("rules_posted", "制度上墙", "Rules posted"),
    Check("hotline_12351", "张贴12351热线标识", "12351 hotline sign posted"),
    Check("records_book", "台账记录及时完整", "Records book (台账) up to date"),
    Check("visitor_flow", "有职工使用（人流量）", "Visitors coming in (visitor flow)"),
)
CHECK_KEYS = tuple(c.key for c in CHECKS)
BY_KEY = {c.key: c for c in CHECKS}
