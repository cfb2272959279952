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

MAX_LINES = 400


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
    heavy = ("pypinyin", "reportlab", "qrcode", "openpyxl", "pymarc", "alembic", "zxingcpp", "numpy", "scipy",
             "desktop.core.importing", "desktop.core.circulation", "desktop.core.demo.circulation")
    code = (
        "import sys\n"
        "import desktop.core.app, desktop.cli.main, desktop.cli.commands\n"
        f"heavy = {heavy!r}\n"
        "print(','.join(sorted(m for m in sys.modules if any(m == h or m.startswith(h + '.') for h in heavy))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT, check=True)
    assert result.stdout.strip() == ""


def test_core_and_db_never_import_the_benchmarks() -> None:
    """desktop/bench drives the core as the CLI does; the core never depends on it."""
    assert _offending(_modules("desktop/core") + _modules("db"), ("desktop.bench",)) == []


OUR_PACKAGES = ("desktop", "db", "resources")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PROJECT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(dotted: str) -> bool:
    where = PROJECT.joinpath(*dotted.split("."))
    return where.with_suffix(".py").is_file() or (where / "__init__.py").is_file()


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _source(node: ast.ImportFrom, here: str, package: bool) -> str:
    """The absolute module an import takes names from (relative imports resolved against `here`)."""
    if node.level == 0:
        return node.module or ""
    base = here.split(".") if package else here.split(".")[:-1]
    base = base[:len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def private_names_taken(path: Path, module: str | None = None) -> list[str]:
    """`from X import _name`, and `module._name` on a module it imported, where X is another of our modules.

    `module` is the file's dotted name (by default, from its place in the project)."""
    here, package = module or _module_name(path), path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bound: dict[str, str] = {}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            source = _source(node, here, package)
            if source.split(".")[0] not in OUR_PACKAGES:
                continue
            for alias in node.names:
                if _is_private(alias.name) and source != here:
                    found.append(f"line {node.lineno}: from {source} import {alias.name}")
                if _is_module(f"{source}.{alias.name}"):
                    bound[alias.asname or alias.name] = f"{source}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in OUR_PACKAGES:
                    name = alias.asname or alias.name.split(".")[0]
                    bound[name] = alias.name if alias.asname else name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _is_private(node.attr):
            chain, value = [], node.value
            while isinstance(value, ast.Attribute):
                chain.append(value.attr)
                value = value.value
            if isinstance(value, ast.Name) and value.id in bound:
                dotted = ".".join([bound[value.id], *reversed(chain)])
                if _is_module(dotted) and dotted != here:
                    found.append(f"line {node.lineno}: {dotted}.{node.attr}")
    return found


def test_the_private_name_scan_finds_both_forms(tmp_path: Path) -> None:
    """The scan below would see a private function taken from another module either way it can be written."""
    sample = tmp_path / "sample.py"
    sample.write_text('"""Sample."""\nfrom desktop.core.labels.render import _check\n'
                      "from desktop.core import errors\nfrom desktop.core.labels import render as r\n"
                      "import desktop.core.pdf.output\n"
                      "x = (r._title, errors._x, desktop.core.pdf.output._umask, errors.ShuyiError)\n"
                      "from . import _private_sibling\n", encoding="utf-8")
    assert sorted(private_names_taken(sample, "desktop.core.sample")) == [
        "line 2: from desktop.core.labels.render import _check", "line 6: desktop.core.errors._x",
        "line 6: desktop.core.labels.render._title", "line 6: desktop.core.pdf.output._umask",
        "line 7: from desktop.core import _private_sibling"]


def test_no_module_takes_a_private_name_from_another() -> None:
    """A name starting with "_" is its module's own: another module that needs it needs a public one."""
    taken = {str(p.relative_to(PROJECT)): found for p in _modules("desktop") + _modules("db")
             if (found := private_names_taken(p))}
    assert taken == {}


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
    long, bare = [], []
    for path in _modules(package):
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > MAX_LINES:
            long.append(f"{path.relative_to(PROJECT)}: {len(text.splitlines())} lines")
        if text.strip() and not ast.get_docstring(ast.parse(text)):
            bare.append(str(path.relative_to(PROJECT)))
    assert long == [], f"longer than {MAX_LINES} lines"
    assert bare == [], "no module docstring"


# -- the unit of work, the services and the clock (docs/architecture.md) --------------------------------------------
SERVICES = ("sites", "settings", "demo", "catalogue", "imports", "readers", "labels", "circulation", "ebooks",
            "transfers", "stocktakes", "standards", "inspections", "activity", "facilities", "coverage_data",
            "coverage")
WRITE_ACTIONS = {
    "sites.add_site", "sites.edit", "sites.retire", "sites.reopen", "sites.set_fact", "sites.import",
    "settings.save", "settings.start_blank", "demo.load",
    "catalogue.add_title", "catalogue.add_copies", "catalogue.update_title", "catalogue.receive_issue",
    "imports.import_books", "imports.import_readers",
    "readers.add_reader", "readers.update_reader", "readers.reveal_phone", "readers.anonymise_reader",
    "readers.save_reader_type",
    "labels.import_label_templates", "labels.set_printer_calibration", "labels.mark_printed",
    "labels.mark_saved_printed",
    "circulation.scan", "circulation.renew", "circulation.place_hold", "circulation.cancel_hold",
    "ebooks.add_licence", "ebooks.update_licence", "ebooks.withdraw", "ebooks.revoke",
    "transfers.create", "transfers.remove_item", "transfers.cancel", "transfers.send", "transfers.finish_receive",
    "transfers.receive_all", "transfers.return_box",
    "stocktakes.start", "stocktakes.finish", "stocktakes.cancel", "stocktakes.mark_missing_lost",
    "terms.add", "terms.set_retired",
    "standards.import_standard", "standards.set_thresholds", "standards.assign",
    "inspections.add", "inspections.recheck", "inspections.record_fix",
    "activity.add_service", "activity.tally", "activity.import_visits", "activity.add_shifts", "activity.remove_shift",
    "facilities.add", "facilities.edit", "facilities.set_status", "facilities.add_plan", "facilities.set_plan_active",
    "facilities.record_service", "facilities.add_expiry", "facilities.close_expiry",
    "coverage_data.import_boundaries", "coverage_data.import_demand", "coverage_data.make_grid",
    "coverage_data.delete_layer",
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


# -- the UI's shared parts (docs/ui.md) -------------------------------------------------------------------------------
WIDGETS = "desktop/ui/widgets/"
SHARED_PARTS = {"DeskTab", "FormDialog", "SearchBox", "RoomCombo", "ask", "day", "open_dialog", "table_view",
                "error_box", "room_combo", "heading", "sentence", "data_label", "copy_status"}
"""Names only desktop/ui/widgets/ defines: one home for each shared part."""
SHARED_CONSTANTS = re.compile(r"(SEARCH_DELAY_MS|ERROR_STYLE|.*_DELAY_MS)$")
UI_PAGES = ("catalogue", "circulation", "labels", "readers", "reports", "settings", "stations")
ENTRY_DIALOGS = {"desktop.ui.labels.dialog", "desktop.ui.catalogue.import_wizard"}
"""What one page may open of another: the label printing dialog and the import wizard, by their module."""
UI_ALLOWED_DELAYS = {("desktop/ui/labels/dialog.py", "PREVIEW_DELAY_MS")}
"""A delay that is no search box: the label preview waits for the form to settle."""


def _ui_trees() -> list[tuple[Path, str, ast.Module]]:
    return [t for t in _trees("desktop/ui") if not t[0].relative_to(PROJECT).as_posix().startswith(WIDGETS)]


def test_the_shared_ui_parts_live_only_in_widgets() -> None:
    """No module outside desktop/ui/widgets/ defines a shared part again: a tab base, a form dialog, a confirm, a
    date helper, a table-view set-up, a debounced search box (its delay or its timer), an error style, the words
    of a copy's status. (A QTableWidget of cells, as the import wizard's column mapping, is no table-view set-up.)"""
    bad = []
    for path, text, tree in _ui_trees():
        module = path.relative_to(PROJECT).as_posix()
        for node in tree.body:
            if isinstance(node, ast.ClassDef | ast.FunctionDef) and node.name in SHARED_PARTS:
                bad.append(f"{_where(path, node)} defines {node.name}")
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign) else []
            for target in targets:
                if (isinstance(target, ast.Name) and SHARED_CONSTANTS.fullmatch(target.id)
                        and (module, target.id) not in UI_ALLOWED_DELAYS):
                    bad.append(f"{_where(path, node)} defines {target.id}")
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            source = ast.get_source_segment(text, node) or ""
            if name in ("QTableView", "setSelectionBehavior"):
                bad.append(f"{_where(path, node)} sets up a table view: {name}")
            if name == "QT_TRANSLATE_NOOP" and "On shelf" in source:
                bad.append(f"{_where(path, node)} names a copy status: {source}")
            if name == "connect" and ".textChanged" in source and ("start" in source or "timer" in source.lower()):
                bad.append(f"{_where(path, node)} debounces a text box: {source}")
    assert bad == []


def test_no_page_reaches_into_a_sibling_page() -> None:
    """A page package imports from no other page package, except the dialogs one page opens of another
    (ENTRY_DIALOGS), and no two page packages import each other (no labels → catalogue back-arrow)."""
    bad, edges = [], set()
    for path, _text, _tree in _ui_trees():
        parts = path.relative_to(PROJECT / "desktop/ui").parts
        if len(parts) < 2 or parts[0] not in UI_PAGES:
            continue
        for name in _imports(path):
            target = name.split(".")
            if name.startswith("desktop.ui.") and len(target) > 3 and target[2] in UI_PAGES and target[2] != parts[0]:
                edges.add((parts[0], target[2]))
                if name not in ENTRY_DIALOGS:
                    bad.append(f"{path.relative_to(PROJECT)} imports {name}")
    bad += [f"{a} and {b} import each other" for a, b in sorted(edges) if (b, a) in edges]
    assert bad == []
