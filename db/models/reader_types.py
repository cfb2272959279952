"""Reader types: the loan rules (how many, how long, how many renewals) a group of readers borrows under."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column

from db import bounds
from db.base import Base, MergeIdentityMixin, TimestampMixin


class ReaderType(MergeIdentityMixin, TimestampMixin, Base):
    __tablename__ = "reader_types"
    __table_args__ = (
        CheckConstraint(" AND ".join((bounds.MAX_LOANS.sql("max_loans"), bounds.LOAN_DAYS.sql("loan_days"),
                                      bounds.MAX_RENEWALS.sql("max_renewals"))), name="rules_sane"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    max_loans: Mapped[int] = mapped_column(Integer, default=5)
    loan_days: Mapped[int] = mapped_column(Integer, default=30)
    max_renewals: Mapped[int] = mapped_column(Integer, default=1)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    renew_overdue: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # from the panel
