"""The shape of the code, as ARCHITECTURE.md states it, checked on every run."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.uow import ACTION_RE as UOW_ACTION
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


# -- the unit of work, the services and the clock (docs/architecture.md) --------------------------------------------
SERVICES = ("sites", "settings", "demo", "catalogue", "imports", "readers", "labels", "circulation", "ebooks",
            "transfers", "stocktakes")
WRITE_ACTIONS = {
    "sites.add_site", "settings.save", "settings.start_blank", "demo.load",
    "catalogue.add_title", "catalogue.add_copies", "catalogue.update_title", "catalogue.receive_issue",
    "imports.import_books", "imports.import_readers",
    "readers.add_reader", "readers.update_reader", "readers.reveal_phone", "readers.anonymise_reader",
    "readers.save_reader_type",
    "labels.import_label_templates", "labels.set_printer_calibration", "labels.mark_printed",
    "circulation.scan", "circulation.renew", "circulation.place_hold", "circulation.cancel_hold",
    "ebooks.add_licence", "ebooks.update_licence", "ebooks.withdraw", "ebooks.revoke",
    "transfers.create", "transfers.remove_item", "transfers.cancel", "transfers.send", "transfers.finish_receive",
    "transfers.receive_all", "transfers.return_box",
    "stocktakes.start", "stocktakes.finish", "stocktakes.cancel", "stocktakes.mark_missing_lost",
}
"""Every write the app can make, by its action name: a new write path is added here on purpose."""
_FACADE_OR_SERVICE = re.compile(r"(^|\.)_?(app|core|demo_app|uow)$|\.(" + "|".join(SERVICES) + r"|notices|time)$")


def _trees(*packages: str) -> list[tuple[Path, str, ast.Module]]:
    found = []
    for package in packages:
        for path in _modules(package):
            text = path.read_text(encoding="utf-8")
            found.append((path, text, ast.parse(text)))
    return found


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PROJECT)}:{getattr(node, 'lineno', 0)}"


def test_nothing_reaches_into_the_facade_a_service_or_the_unit_of_work() -> None:
    """`app._engine`, `self._app._writing`, `app.catalogue._uow`: private members are used only by their owner."""
    bad = []
    for path, text, tree in _trees("desktop", "tests", "tools"):
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and _FACADE_OR_SERVICE.search(ast.get_source_segment(text, node.value) or "")):
                bad.append(f"{_where(path, node)} {ast.get_source_segment(text, node)}")
    assert bad == []


def test_services_get_the_unit_of_work_never_the_facade() -> None:
    bad = []
    for path, _text, tree in _trees("desktop/core/services"):
        if "desktop.core.app" in _imports(path):
            bad.append(f"{path.relative_to(PROJECT)} imports the facade")
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            init = next((f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
            params = [a.arg for a in init.args.args] if init else []
            if params != ["self", "uow"]:
                bad.append(f"{_where(path, cls)} {cls.name}.__init__{tuple(params)}")
    assert bad == []


def _writes() -> list[tuple[str, str, object]]:
    """(module, where, action) of every `….writing(...)` call in desktop/."""
    found = []
    for path, _text, tree in _trees("desktop"):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "writing":
                first = node.args[0] if node.args else None
                action = first.value if isinstance(first, ast.Constant) else first
                found.append((path.relative_to(PROJECT).as_posix(), _where(path, node), action))
    return found


def test_every_write_names_its_action_and_the_list_of_writes_is_complete() -> None:
    writes = _writes()
    outside = [where for module, where, _ in writes if not module.startswith("desktop/core/services/")]
    assert outside == [], "writes are opened by the services only"
    names = [action for _, _, action in writes]
    assert all(isinstance(a, str) for a in names), f"an action is a string literal: {names}"
    assert len(names) == len(set(names)), "each write path has its own action name"
    for module, where, action in writes:
        assert UOW_ACTION.fullmatch(str(action)), f"{where}: {action!r} is not a dotted name"
        assert str(action).split(".")[0] == Path(module).stem, f"{where}: {action} belongs to another service"
    assert set(names) == WRITE_ACTIONS


def test_only_the_unit_of_work_makes_sessions() -> None:
    """No other code opens a session, a transaction or a write engine of its own (tests and db/ aside)."""
    makers = {"sessionmaker", "Session", "writer", "scoped_session"}
    bad = []
    for path, _text, tree in _trees("desktop"):
        if path.relative_to(PROJECT).as_posix() == "desktop/core/uow.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name in makers and not (name == "writer" and "csv" in ast.dump(node.func)):
                    bad.append(f"{_where(path, node)} {name}()")
                if name == "begin" and isinstance(node.func, ast.Attribute) and "engine" in ast.dump(node.func.value):
                    bad.append(f"{_where(path, node)} engine.begin()")
    assert bad == []


def _is_wall_clock(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return name in ("utcnow", "now", "today")


def test_the_time_comes_from_the_clock_not_from_a_fallback() -> None:
    """No `now or utcnow()` outside desktop/core/clock.py, and no use case takes `now=`: the facade's clock says."""
    bad = []
    for path, text, tree in _trees("desktop", "db", "tools", "tests"):
        if path.relative_to(PROJECT).as_posix() == "desktop/core/clock.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or) and any(map(_is_wall_clock, node.values)):
                bad.append(f"{_where(path, node)} {ast.get_source_segment(text, node)}")
    for path, _text, tree in _trees("desktop/core/services"):
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and "now" in [a.arg for a in node.args.kwonlyargs + node.args.args]:
                bad.append(f"{_where(path, node)} {node.name}(now=…)")
    assert bad == []
