"""Fixtures of the circulation tests: the demo on a fixed clock, and `w`, a World on it with no circulation history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.app import Shuyi
from desktop.core.clock import FixedTime
from tests.core.circulation.world import T0, World, clear_circulation


@pytest.fixture
def demo_app(demo_db_path: Path) -> Iterator[Shuyi]:
    """The demo opened on a fixed clock, at T0 until a test moves it (`app.time.set`)."""
    with Shuyi.open(demo_db_path, create=False, time=FixedTime(T0)) as opened:
        yield opened


@pytest.fixture
def world_type() -> type[World]:
    """The class `w` is made of; a test module overrides this fixture with its subclass of World."""
    return World


@pytest.fixture
def w(demo_app: Shuyi, demo_db_path: Path, world_type: type[World]) -> World:
    """The demo with no circulation history (the demo's own is made relative to the wall clock)."""
    clear_circulation(demo_db_path)
    return world_type(demo_app, demo_db_path)
