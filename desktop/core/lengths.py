"""Declared text lengths, enforced in the core: a value longer than its column is refused with a typed error.

SQLite stores any length in a VARCHAR(500); PostgreSQL refuses it mid-transaction. So every text a user types or
imports is measured against its column here, before it is written: `check` for values about to be written
(one imported row is refused, not the file), and a before-flush guard on every ORM write as the backstop. The
few unbounded TEXT columns a user types into (notes, subject headings) get a limit of their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from desktop.core import errors
from desktop.core.i18n import QT_TRANSLATE_NOOP, Term

TEXT_LIMITS = {"subjects": 4000, "note": 2000}
"""Limits of the TEXT columns a user types into, by column name."""
_LABELS = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"), "author": QT_TRANSLATE_NOOP("Fields", "Author"),
    "publisher": QT_TRANSLATE_NOOP("Fields", "Publisher"), "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "year": QT_TRANSLATE_NOOP("Fields", "Year"), "pages": QT_TRANSLATE_NOOP("Fields", "Pages"),
    "price": QT_TRANSLATE_NOOP("Fields", "Price"), "clc": QT_TRANSLATE_NOOP("Fields", "Class number"),
    "subjects": QT_TRANSLATE_NOOP("Fields", "Subjects"), "shelf": QT_TRANSLATE_NOOP("Fields", "Shelf"),
    "legacy_barcode": QT_TRANSLATE_NOOP("Fields", "Old barcode"), "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit"), "union_card": QT_TRANSLATE_NOOP("Fields", "Member card no."),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"), "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "issue": QT_TRANSLATE_NOOP("Fields", "Issue"), "printer": QT_TRANSLATE_NOOP("Fields", "Printer"),
    "access_url": QT_TRANSLATE_NOOP("Fields", "Address (URL)"),
}


def label(field: str) -> Term | str:
    """The field's name as shown to a user (translated where shown); the column name when it has none."""
    return Term("Fields", _LABELS[field]) if field in _LABELS else field


def limit(model: Any, field: str) -> int | None:
    """The most characters `model.field` holds: its declared length, or TEXT_LIMITS for a TEXT a user types."""
    column = model.__table__.columns.get(field)
    if column is None:
        return None
    if isinstance(column.type, String) and column.type.length:
        return int(column.type.length)
    return TEXT_LIMITS.get(field)


def check(model: Any, values: Mapping[str, object]) -> None:
    """Raise errors.TextTooLong for the first text in `values` longer than its column of `model` allows."""
    for field, value in values.items():
        if isinstance(value, str):
            most = limit(model, field)
            if most is not None and len(value) > most:
                raise errors.TextTooLong(field=label(field), length=len(value), limit=most)


def clip_words(text: str, most: int) -> str:
    """A space-separated derived value (pinyin of a name) cut to whole words that fit in `most` characters."""
    if len(text) <= most:
        return text
    cut = text[: most + 1].rsplit(" ", 1)[0]
    return cut if len(cut) <= most else text[:most]


@event.listens_for(Session, "before_flush")
def _guard(session: Session, _context: object, _instances: object) -> None:
    """Every ORM write: the texts it adds or changes fit their columns (values already stored are left alone)."""
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        changed = {}
        for attr in state.mapper.column_attrs:
            history = state.attrs[attr.key].history
            if history.added:
                changed[attr.key] = history.added[0]
        check(type(obj), changed)
