"""Fixtures of the circulation tests: `w`, a World on a copy of the small demo with no circulation history."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.app import Shuyi
from tests.core.circulation.world import World, clear_circulation


@pytest.fixture
def world_type() -> type[World]:
    """The class `w` is made of; a test module overrides this fixture with its subclass of World."""
    return World


@pytest.fixture
def w(demo_app: Shuyi, demo_db_path: Path, world_type: type[World]) -> World:
    """The demo with no circulation history (the demo's own is made relative to the wall clock)."""
    clear_circulation(demo_db_path)
    return world_type(demo_app, demo_db_path)
