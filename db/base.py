"""Declarative base with a constraint naming convention, plus the column types and mixins every model shares."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any
from uuid import UUID

from sqlalchemy import DateTime, Enum, MetaData, String, TypeDecorator, Uuid, func
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.uuid7 import uuid7

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A point in time stored as naive UTC (SQLite has no time zones) and handed back timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs an aware datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text, e.g. from server_default
            value = dt.datetime.fromisoformat(value)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def str_enum(enum_cls: type[enum.Enum], *, name: str, length: int = 32) -> Enum:
    """An enum stored as its string value with a CHECK constraint, the same on SQLite and PostgreSQL."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class TimestampMixin:
    """created_at / updated_at kept by the database layer."""

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow, server_default=func.now()
    )


class MergeIdentityMixin:
    """A row that travels to the county: its uuid (v7, time-ordered) names it the same in every database.

    The integer id stays the local key every foreign key uses; the uuid is what a merge of 100 sites' rows
    matches on. Set on creation by the column default (also for Core inserts), unique and indexed.
    """

    uuid: Mapped[UUID] = mapped_column(Uuid(), default=uuid7, unique=True, index=True)


UNMANAGED_TABLE_PREFIX = "fts_"
"""Tables made by raw SQL in migrations (SQLite FTS5 and its shadow tables), outside the models."""

Code = String(16)
"""A short printed or typed code (site code, later copy and reader codes)."""
