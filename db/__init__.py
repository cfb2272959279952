"""Shuyi's data layer: SQLAlchemy 2.0 models, engine set-up and Alembic migrations (no Qt, no desktop)."""
