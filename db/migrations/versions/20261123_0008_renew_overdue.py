"""renew overdue: a reader-type rule, whether an overdue book may be renewed from the reader panel

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23

An overdue book scanned at the desk is returned, never renewed; renewing it from the reader panel is allowed
only for reader types with this rule. Every existing type gets no (the default), which is what the desk did
before for a book brought back late.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reader_types', schema=None) as batch_op:
        batch_op.add_column(sa.Column('renew_overdue', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('reader_types', schema=None) as batch_op:
        batch_op.drop_column('renew_overdue')
