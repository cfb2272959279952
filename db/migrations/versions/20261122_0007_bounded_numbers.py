"""bounded numbers: CHECKs from db.bounds on loan rules, e-book terms, and titles' year, pages and price

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22

Titles keep year, pages and price as catalogued text; the numbers they stand for go into year_number,
page_count and price_fen (db.textnumbers), each bounded by a CHECK. Existing titles are read once: a number
outside the bounds is left out (NULL), the text stays. Loan rules and e-book terms beyond the new upper bounds
are lowered to them before the CHECKs are tightened.
"""

from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from db import bounds, textnumbers

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TIGHTENED = {
    # table: (constraint, {column: bound}, the CHECK before this revision)
    "reader_types": ("ck_reader_types_rules_sane",
                     {"max_loans": bounds.MAX_LOANS, "loan_days": bounds.LOAN_DAYS,
                      "max_renewals": bounds.MAX_RENEWALS},
                     "max_loans >= 0 AND loan_days >= 1 AND max_renewals >= 0"),
    "ebook_licences": ("ck_ebook_licences_limits_sane",
                       {"max_concurrent": bounds.EBOOK_CAP, "loan_days": bounds.EBOOK_LOAN_DAYS},
                       "max_concurrent >= 1 AND loan_days >= 1"),
}
TITLE_NUMBERS = {
    "year_number": ("ck_titles_year_number_range", bounds.PUBLICATION_YEAR),
    "page_count": ("ck_titles_page_count_range", bounds.PAGES),
    "price_fen": ("ck_titles_price_fen_range", bounds.PRICE_FEN),
}


def _kept(value: int | Decimal | None, bound: bounds.Bound) -> int | None:
    if value is None or isinstance(value, Decimal) and not value.is_finite():
        return None
    number = textnumbers.fen(value) if isinstance(value, Decimal) else value
    return number if bound.holds(number) else None


def _backfill_titles() -> None:
    titles = sa.table("titles", sa.column("id", sa.Integer), sa.column("year", sa.String),
                      sa.column("pages", sa.String), sa.column("price", sa.String),
                      *(sa.column(name, sa.Integer) for name in TITLE_NUMBERS))
    bind = op.get_bind()
    rows = []
    for title_id, year, pages, price in bind.execute(
            sa.select(titles.c.id, titles.c.year, titles.c.pages, titles.c.price)).all():
        numbers = {
            "year_number": _kept(textnumbers.year_of(year), bounds.PUBLICATION_YEAR),
            "page_count": _kept(textnumbers.pages_of(pages), bounds.PAGES),
            "price_fen": _kept(textnumbers.price_of(price), bounds.PRICE_FEN),
        }
        if any(v is not None for v in numbers.values()):
            rows.append({"row_id": title_id, **{f"new_{k}": v for k, v in numbers.items()}})
    if rows:
        bind.execute(sa.update(titles).where(titles.c.id == sa.bindparam("row_id"))
                     .values({name: sa.bindparam(f"new_{name}") for name in TITLE_NUMBERS}), rows)


def _lower_to_bounds(table_name: str, columns: dict[str, bounds.Bound]) -> None:
    for column, bound in columns.items():
        op.execute(f"UPDATE {table_name} SET {column} = {bound.high} WHERE {column} > {bound.high}")


def upgrade() -> None:
    with op.batch_alter_table('titles', schema=None) as batch_op:
        for name in TITLE_NUMBERS:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=True))
    _backfill_titles()
    with op.batch_alter_table('titles', schema=None) as batch_op:
        for name, (constraint, bound) in TITLE_NUMBERS.items():
            batch_op.create_check_constraint(batch_op.f(constraint), bound.sql(name, nullable=True))
    for table_name, (constraint, columns, _before) in TIGHTENED.items():
        _lower_to_bounds(table_name, columns)
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(constraint), type_='check')
            batch_op.create_check_constraint(
                batch_op.f(constraint), " AND ".join(bound.sql(column) for column, bound in columns.items()))


def downgrade() -> None:
    for table_name, (constraint, _columns, before) in TIGHTENED.items():
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(constraint), type_='check')
            batch_op.create_check_constraint(batch_op.f(constraint), before)
    with op.batch_alter_table('titles', schema=None) as batch_op:
        for name, (constraint, _bound) in TITLE_NUMBERS.items():
            batch_op.drop_constraint(batch_op.f(constraint), type_='check')
            batch_op.drop_column(name)
