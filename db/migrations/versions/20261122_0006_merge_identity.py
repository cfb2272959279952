"""merge identity: a time-ordered uuid (v7) on every row that travels to the county

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

Existing rows are given their uuid in the order they were made (by id), stamped with the time they were made
where the row keeps one, so that sorting by uuid is sorting by creation here too.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

from db.uuid7 import Uuid7Sequence

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TRAVELLING = {
    # table: the column holding the moment the row was made (None: no such column, stamped with now)
    "sites": "created_at",
    "titles": "created_at",
    "copies": "created_at",
    "periodical_issues": "created_at",
    "reader_types": "created_at",
    "readers": "created_at",
    "loans": "lent_at",
    "holds": "created_at",
    "transfers": "created_at",
    "transfer_items": "added_at",
    "stocktakes": "created_at",
    "stocktake_scans": "scanned_at",
    "stocktake_missing": None,
    "ebook_licences": "created_at",
    "ebook_loans": "lent_at",
}


def _unix_ms(value: dt.datetime | str | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:  # stored as naive UTC
        value = value.replace(tzinfo=dt.UTC)
    return int(value.timestamp() * 1000)


def _backfill(table_name: str, stamp_column: str | None) -> None:
    columns = [sa.column("id", sa.Integer), sa.column("uuid", sa.Uuid())]
    if stamp_column is not None:
        columns.append(sa.column(stamp_column, sa.DateTime))
    table = sa.table(table_name, *columns)
    bind = op.get_bind()
    stamp = table.c[stamp_column] if stamp_column is not None else sa.null()
    rows = bind.execute(sa.select(table.c.id, stamp).order_by(table.c.id)).all()
    if not rows:
        return
    sequence = Uuid7Sequence()  # never goes backwards: a row made later never sorts before an earlier one
    values = [{"row_id": row_id, "new_uuid": sequence.next(_unix_ms(made))} for row_id, made in rows]
    bind.execute(sa.update(table).where(table.c.id == sa.bindparam("row_id")).values(uuid=sa.bindparam("new_uuid")),
                 values)


def upgrade() -> None:
    for table_name, stamp_column in TRAVELLING.items():
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.add_column(sa.Column('uuid', sa.Uuid(), nullable=True))
        _backfill(table_name, stamp_column)
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.alter_column('uuid', existing_type=sa.Uuid(), nullable=False)
            batch_op.create_index(batch_op.f(f'ix_{table_name}_uuid'), ['uuid'], unique=True)


def downgrade() -> None:
    for table_name in reversed(TRAVELLING):
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table_name}_uuid'))
            batch_op.drop_column('uuid')
