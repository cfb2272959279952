"""Configurable lists (station kinds, facility kinds, service categories, visitor occupations): one table of terms."""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, CheckConstraint, Integer, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, MergeIdentityMixin, TimestampMixin, str_enum


class Vocabulary(enum.StrEnum):
    STATION_KIND = "station_kind"
    FACILITY_KIND = "facility_kind"
    SERVICE_CATEGORY = "service_category"
    OCCUPATION = "occupation"


class Term(MergeIdentityMixin, TimestampMixin, Base):
    """One entry of a configurable list. `key` is the stable English name JSON and imports use; the built-in terms
    come with the schema, a union adds its own; a term in use is retired (hidden from choices), never deleted."""

    __tablename__ = "terms"
    __table_args__ = (
        UniqueConstraint("vocabulary", "key", name="vocabulary_key"),
        UniqueConstraint("vocabulary", "name_zh", name="vocabulary_name_zh"),
        CheckConstraint("length(key) >= 1 AND length(name_zh) >= 1", name="names_present"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vocabulary: Mapped[Vocabulary] = mapped_column(str_enum(Vocabulary, name="vocabulary", length=24))
    key: Mapped[str] = mapped_column(String(40))
    name_zh: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(60), default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    counted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """For facility kinds: a count of like things (8 chairs) is one asset with a quantity."""
    builtin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
