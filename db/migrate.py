"""Run Alembic migrations programmatically: which revision a database is at, and upgrade or downgrade it.

Alembic is imported only when a migration runs: opening an up-to-date database (every start of the app and
every CLI command) needs just HEAD_REVISION and one query, which keeps start-up quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from db.base import UNMANAGED_TABLE_PREFIX

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HEAD_REVISION = "0010"
"""The newest revision in migrations/versions; tests/db/test_migrations.py checks it against Alembic's head."""
APPLICATION_ID = 0x53485559
"""SQLite's `PRAGMA application_id` of a Shuyi file ("SHUY"), set when it is created or upgraded."""
MARKER_TABLE, MARKER_COLUMNS = "sites", frozenset({"id", "code", "kind", "name"})
"""What every Shuyi schema since revision 0001 has: how a file from before APPLICATION_ID is recognised."""


def made_by_shuyi(application_id: int | None, marker_columns: set[str]) -> bool:
    """Whether a database with an alembic_version table is Shuyi's (of any version) or another program's.

    application_id: the file's SQLite application id (None on PostgreSQL); marker_columns: the columns of its
    MARKER_TABLE (empty when it has none). Another program's id says no outright; with no id, the tables decide.
    """
    if application_id:
        return application_id == APPLICATION_ID
    return marker_columns >= MARKER_COLUMNS


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Full-text tables (SQLite FTS5, made by raw SQL in migrations) are not in the models: leave them be."""
    return not (type_ == "table" and name is not None and name.startswith(UNMANAGED_TABLE_PREFIX))


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)
