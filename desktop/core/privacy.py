"""Personal data as it may be shown: a phone number always masked, whatever its length or validity."""

from __future__ import annotations


def mask_phone(phone: str | None) -> str:
    """138****5678 for a full number; a shorter or malformed one keeps only its last two characters: *****15."""
    if not phone:
        return ""
    if len(phone) >= 8:
        return phone[:3] + "****" + phone[-4:]
    return "*" * max(len(phone) - 2, 1) + phone[-2:] if len(phone) > 2 else "*" * len(phone)
