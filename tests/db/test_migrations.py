"""Migrations: empty → head → base → head, each step both ways, and no drift between models and migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from db import migrate
from db.base import Base
from db.engine import make_engine


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    eng = make_engine(f"sqlite:///{tmp_path / 'm.db'}", foreign_keys=False)
    yield eng
    eng.dispose()


def _tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def test_head_revision_constant_matches_the_migrations() -> None:
    assert migrate.script_directory().get_current_head() == migrate.HEAD_REVISION


def test_empty_to_head_to_base_to_head(engine: Engine) -> None:
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert {"sites", "settings", "users", "titles", "copies", "readers", "fts_titles"} <= _tables(engine)
    migrate.downgrade(engine, "base")
    assert migrate.current_revision(engine) is None
    assert _tables(engine) == {"alembic_version"}  # the FTS tables went too
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_every_revision_upgrades_and_downgrades_one_step(engine: Engine) -> None:
    revisions = [rev.revision for rev in reversed(list(migrate.script_directory().walk_revisions()))]
    assert len(revisions) >= 2
    for rev in revisions:
        migrate.upgrade(engine, rev)
        assert migrate.current_revision(engine) == rev
        migrate.downgrade(engine, "-1")
        migrate.upgrade(engine, rev)
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_models_and_migrations_do_not_drift(engine: Engine) -> None:
    migrate.upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": False, "include_name": migrate.include_name}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_constraint_names_follow_the_convention(engine: Engine) -> None:
    migrate.upgrade(engine)
    with engine.connect() as conn:
        insp = inspect(conn)
        assert insp.get_pk_constraint("sites")["name"] == "pk_sites"
        assert {u["name"] for u in insp.get_unique_constraints("sites")} == {"uq_sites_code"}
        assert {f["name"] for f in insp.get_foreign_keys("users")} == {"fk_users_home_site_id_sites"}
        checks = {c["name"] for c in insp.get_check_constraints("sites")}
        assert "ck_sites_coordinate_complete" in checks
