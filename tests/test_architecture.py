"""The shape of the code, as ARCHITECTURE.md states it, checked on every run."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT

MAX_LINES = 500


def _modules(package: str) -> list[Path]:
    return sorted(p for p in (PROJECT / package).rglob("*.py") if "migrations/versions" not in p.as_posix())


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _offending(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in paths:
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{path.relative_to(PROJECT)} imports {name}")
    return bad


def test_core_and_db_never_load_qt_in_a_fresh_interpreter() -> None:
    code = (
        "import sys\n"
        "import db.models, db.engine, db.migrate\n"
        "import desktop.core.app, desktop.core.demo, desktop.core.stats, desktop.core.coords\n"
        "import desktop.cli.main, desktop.cli.commands\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "loaded += sorted(m for m in sys.modules if m.startswith('desktop.ui'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT, check=True)
    assert result.stdout.strip() == ""


def test_heavy_and_occasional_modules_stay_off_start_up() -> None:
    """Opening the facade or parsing a command loads none of what only some actions need (docs/performance.md)."""
    heavy = ("pypinyin", "reportlab", "qrcode", "openpyxl", "pymarc", "alembic", "zxingcpp",
             "desktop.core.importing", "desktop.core.circulation", "desktop.core.demo_circulation")
    code = (
        "import sys\n"
        "import desktop.core.app, desktop.cli.main, desktop.cli.commands\n"
        f"heavy = {heavy!r}\n"
        "print(','.join(sorted(m for m in sys.modules if any(m == h or m.startswith(h + '.') for h in heavy))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT, check=True)
    assert result.stdout.strip() == ""


def test_db_imports_neither_qt_nor_desktop() -> None:
    assert _offending(_modules("db"), ("PySide6", "shiboken6", "desktop")) == []


def test_core_imports_neither_qt_nor_ui_nor_cli() -> None:
    assert _offending(_modules("desktop/core"), ("PySide6", "shiboken6", "desktop.ui", "desktop.cli")) == []


def test_ui_and_cli_reach_data_only_through_core() -> None:
    paths = _modules("desktop/ui") + _modules("desktop/cli")
    assert _offending(paths, ("sqlalchemy", "db", "alembic")) == []


def test_qt_is_imported_only_in_desktop_ui() -> None:
    others = [p for p in _modules("desktop") if "desktop/ui/" not in p.as_posix()] + _modules("db")
    assert _offending(others, ("PySide6", "shiboken6")) == []


@pytest.mark.parametrize("package", ["desktop", "db", "resources"])
def test_modules_are_small_and_say_what_they_hold(package: str) -> None:
    for path in _modules(package):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= MAX_LINES, f"{path} is longer than {MAX_LINES} lines"
        if text.strip():
            assert ast.get_docstring(ast.parse(text)), f"{path} has no module docstring"
