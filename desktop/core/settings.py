"""Domain settings, each declared once with its type, default and translatable label; values live in the database.

Per-computer preferences (window geometry, the UI language) are the GUI's and live in QSettings instead.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Setting
from desktop.core import errors
from desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    label: str
    """English source text, translated in context "Settings"."""
    check: Callable[[Any], bool] = lambda value: True
    user_visible: bool = True


def _region_code_ok(value: str) -> bool:
    return value == "" or re.fullmatch(r"\d{6}", value) is not None


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "org.name", str, "", QT_TRANSLATE_NOOP("Settings", "Union or organisation name"),
        check=lambda v: len(v) <= 100,
    ),
    SettingSpec(
        "org.region_code", str, "", QT_TRANSLATE_NOOP("Settings", "Administrative division code (6 digits)"),
        check=_region_code_ok,
    ),
    SettingSpec(
        "app.first_run_done", bool, False, QT_TRANSLATE_NOOP("Settings", "First-run choice made"),
        user_visible=False,
    ),
)
BY_KEY = {spec.key: spec for spec in SPECS}


def spec(key: str) -> SettingSpec:
    try:
        return BY_KEY[key]
    except KeyError:
        raise errors.UnknownSetting(key=key) from None


def coerce(key: str, value: Any) -> Any:
    """Check a value against its declared type and rule; raise InvalidSettingValue when it does not fit."""
    s = spec(key)
    if s.type is str and isinstance(value, str):
        value = value.strip()
    if type(value) is not s.type or not s.check(value):
        raise errors.InvalidSettingValue(key=key, value=value)
    return value


def get_all(session: Session) -> dict[str, Any]:
    values = {s.key: s.default for s in SPECS}
    for row in session.scalars(select(Setting).where(Setting.key.in_(BY_KEY))):
        # a damaged or outdated value falls back to its default rather than breaking the app
        with contextlib.suppress(ValueError, errors.ShuyiError):
            values[row.key] = coerce(row.key, json.loads(row.value_json))
    return values


def set_value(session: Session, key: str, value: Any) -> None:
    value = coerce(key, value)
    row = session.get(Setting, key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value_json=text))
    else:
        row.value_json = text
    session.flush()
