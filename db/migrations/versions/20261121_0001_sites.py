"""sites: reading rooms and service stations with codes and tagged coordinates

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_COORDS = ("coord_system", "coord_lng", "coord_lat", "lng_wgs84", "lat_wgs84")


def upgrade() -> None:
    op.create_table(
        "sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("reading_room", "service_station", name="site_kind", native_enum=False,
                    create_constraint=True, length=32),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=200), server_default="", nullable=False),
        sa.Column("region_code", sa.String(length=12), nullable=True),
        sa.Column(
            "coord_system",
            sa.Enum("wgs84", "gcj02", "bd09", name="coord_system", native_enum=False,
                    create_constraint=True, length=8),
            nullable=True,
        ),
        sa.Column("coord_lng", sa.Float(), nullable=True),
        sa.Column("coord_lat", sa.Float(), nullable=True),
        sa.Column("lng_wgs84", sa.Float(), nullable=True),
        sa.Column("lat_wgs84", sa.Float(), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint(
            "(" + " AND ".join(f"{c} IS NULL" for c in _COORDS) + ") OR ("
            + " AND ".join(f"{c} IS NOT NULL" for c in _COORDS) + ")",
            name=op.f("ck_sites_coordinate_complete"),
        ),
        sa.CheckConstraint(
            "closed_on IS NULL OR opened_on IS NULL OR closed_on >= opened_on", name=op.f("ck_sites_dates_order")
        ),
        sa.CheckConstraint(
            "lat_wgs84 IS NULL OR (lat_wgs84 BETWEEN -90 AND 90 AND lng_wgs84 BETWEEN -180 AND 180)",
            name=op.f("ck_sites_coordinate_range"),
        ),
        sa.CheckConstraint("length(code) >= 2", name=op.f("ck_sites_code_length")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("code", name=op.f("uq_sites_code")),
    )
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sites_kind"), ["kind"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sites_kind"))
    op.drop_table("sites")
