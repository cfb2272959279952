"""Personal data as it may be shown or kept: phone numbers always masked, identity-card numbers never kept, and
a reader's name in full on staff screens but masked wherever a queue of readers may see it (docs/readers.md)."""

from __future__ import annotations

import re

_D = "0-9０-９"
ID_NUMBER = re.compile(rf"(?<![{_D}])(?:[{_D}]{{17}}[{_D}XxＸｘ]|[{_D}]{{15}})(?![{_D}XxＸｘ])")
"""A 居民身份证 number: 18 characters (17 digits and a digit or X), or the old 15-digit form; full-width too."""
MOBILE_LIKE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")


def redact_ids(text: str) -> str:
    """The text with every identity-card number in it blotted out: Shuyi keeps none (PIPL, GB/T 35273)."""
    return ID_NUMBER.sub(lambda m: "*" * len(m.group(0)), text)


def masked_for_display(text: str) -> str:
    """A cell from somebody's file, safe to show: identity numbers blotted out, mobile numbers masked."""
    return MOBILE_LIKE.sub(lambda m: mask_phone(m.group(0)), redact_ids(text))


def mask_phone(phone: str | None) -> str:
    """138****5678 for a full number; a shorter or malformed one keeps only its last two characters: *****15."""
    if not phone:
        return ""
    if len(phone) >= 8:
        return phone[:3] + "****" + phone[-4:]
    return "*" * max(len(phone) - 2, 1) + phone[-2:] if len(phone) > 2 else "*" * len(phone)


def mask_name(name: str) -> str:
    """张*, 张*丰, 欧**娜: a name as a queue of readers may see or hear it.

    The rule (docs/readers.md): what the desk says for a scan (the result banner, a customer display, a sound or
    voice, `shuyi scan`'s messages), a KEEP ASIDE notice and a hold slip mask the name; staff screens (the reader
    panel, the overdue list, the readers page, e-book and transfer lists, the command line's tables) show it in
    full. Machine output (`--json` of loans) carries no name at all, only the card code."""
    name = name.strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
