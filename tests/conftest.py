"""Shared fixtures: an isolated home for settings and data, and real migrated SQLite files copied per test."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything reads them: no screen, and no test touches the user's real settings or data folder.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="shuyi-tests-home-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
for _var in ("SHUYI_DB", "SHUYI_LANG"):
    os.environ.pop(_var, None)

import pytest  # noqa: E402

from desktop.core.app import Shuyi  # noqa: E402
from desktop.core.database import copy_sqlite  # noqa: E402

PROJECT = Path(__file__).resolve().parents[1]
SHARED_DATA = PROJECT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to the newest schema, built once per test session."""
    path = tmp_path_factory.mktemp("templates") / "empty.db"
    Shuyi.open(path).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "demo.db"
    with Shuyi.open(path) as app:
        app.demo.load("small")
    return path


@pytest.fixture
def db_path(tmp_path: Path, empty_template: Path) -> Path:
    return copy_sqlite(empty_template, tmp_path / "shuyi.db")


@pytest.fixture
def demo_db_path(tmp_path: Path, demo_template: Path) -> Path:
    return copy_sqlite(demo_template, tmp_path / "demo.db")


@pytest.fixture
def app(db_path: Path) -> Iterator[Shuyi]:
    with Shuyi.open(db_path, create=False) as opened:
        yield opened


@pytest.fixture
def demo_app(demo_db_path: Path) -> Iterator[Shuyi]:
    with Shuyi.open(demo_db_path, create=False) as opened:
        yield opened


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real test data not present at {SHARED_DATA}")
    return SHARED_DATA
