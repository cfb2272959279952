"""labels: imported label templates (gLabels) and per-printer calibration

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "label_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=160), nullable=False),
        sa.Column("brand", sa.String(length=64), nullable=False),
        sa.Column("part", sa.String(length=96), nullable=False),
        sa.Column("description", sa.String(length=200), server_default="", nullable=False),
        sa.Column(
            "kind",
            sa.Enum("sheet", "roll", name="label_media", native_enum=False, create_constraint=True, length=8),
            nullable=False,
        ),
        sa.Column("page_width_mm", sa.Float(), nullable=False),
        sa.Column("page_height_mm", sa.Float(), nullable=False),
        sa.Column("label_width_mm", sa.Float(), nullable=False),
        sa.Column("label_height_mm", sa.Float(), nullable=False),
        sa.Column("n_columns", sa.Integer(), nullable=False),
        sa.Column("n_rows", sa.Integer(), nullable=False),
        sa.Column("left_mm", sa.Float(), nullable=False),
        sa.Column("top_mm", sa.Float(), nullable=False),
        sa.Column("pitch_x_mm", sa.Float(), nullable=False),
        sa.Column("pitch_y_mm", sa.Float(), nullable=False),
        sa.Column("corner_radius_mm", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("length(slug) >= 1", name=op.f("ck_label_templates_slug_not_empty")),
        sa.CheckConstraint(
            "page_width_mm > 0 AND page_height_mm > 0 AND label_width_mm > 0 AND label_height_mm > 0",
            name=op.f("ck_label_templates_sizes_positive"),
        ),
        sa.CheckConstraint("n_columns >= 1 AND n_rows >= 1", name=op.f("ck_label_templates_counts_positive")),
        sa.CheckConstraint(
            "pitch_x_mm >= 0 AND pitch_y_mm >= 0 AND corner_radius_mm >= 0",
            name=op.f("ck_label_templates_pitch_not_negative"),
        ),
        sa.CheckConstraint("source IN ('glabels')", name=op.f("ck_label_templates_source_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_label_templates")),
        sa.UniqueConstraint("slug", name=op.f("uq_label_templates_slug")),
    )
    op.create_table(
        "printer_calibrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("printer", sa.String(length=200), nullable=False),
        sa.Column("offset_x_mm", sa.Float(), nullable=False),
        sa.Column("offset_y_mm", sa.Float(), nullable=False),
        sa.Column("scale_x", sa.Float(), nullable=False),
        sa.Column("scale_y", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("length(printer) >= 1", name=op.f("ck_printer_calibrations_printer_not_empty")),
        sa.CheckConstraint(
            "offset_x_mm BETWEEN -10 AND 10 AND offset_y_mm BETWEEN -10 AND 10",
            name=op.f("ck_printer_calibrations_offsets_range"),
        ),
        sa.CheckConstraint(
            "scale_x BETWEEN 0.9 AND 1.1 AND scale_y BETWEEN 0.9 AND 1.1",
            name=op.f("ck_printer_calibrations_scales_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_printer_calibrations")),
        sa.UniqueConstraint("printer", name=op.f("uq_printer_calibrations_printer")),
    )


def downgrade() -> None:
    op.drop_table("printer_calibrations")
    op.drop_table("label_templates")
