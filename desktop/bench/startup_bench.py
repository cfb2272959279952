"""`shuyi bench startup`: seconds from launching `shuyi` to its main window's first paint, beside a bare PySide6 window.

Each run launches, as new processes, the real entry point (`shuyi --db COPY`, on a fresh copy of a demo database,
with its own empty settings folder) and a bare PySide6 script showing one QWidget; each writes the time of its
window's first paint to a file (SHUYI_STARTUP_PROBE, desktop/ui/startup_probe.py) and quits. The figure is that
time minus the moment just before the process was started. `shuyi` paints its window's frame (menus, navigation,
status bar) before it opens the database, then writes a second time: the first paint of the desk page in that
window, over the opened database (`page_s`). One launch of each comes first and is not counted
(it writes the bytecode caches an installed copy already has, and reads the files into the system's cache); then
runs alternate which of the two goes first; the figures are medians. Under Xvfb when it is installed (a real X
server, as a desktop would have), else Qt's offscreen platform.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.core.app import Shuyi

RUNS = 5
TIMEOUT_S = 60
BARE_QT = """\
import sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            open(sys.argv[1], "w").write(repr(time.time()))
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1200, 760)
probe = FirstPaint(window)
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


def shuyi_command() -> list[str]:
    """The installed `shuyi` beside this interpreter, else the same entry point as `python -m desktop`."""
    found = shutil.which("shuyi", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "desktop"]


@contextmanager
def display() -> Iterator[dict[str, str]]:
    """Environment for a GUI process: a private Xvfb server when Xvfb is installed, else the offscreen platform."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
    finally:
        server.terminate()
        server.wait(timeout=10)


def _launch(command: list[str], probe: Path, env: dict[str, str]) -> list[float]:
    """Start `command`; seconds until each time it wrote to `probe` (its first paint, then perhaps its page's)."""
    probe.unlink(missing_ok=True)
    start = time.time()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          timeout=TIMEOUT_S, check=False)
    if done.returncode != 0 or not probe.exists():
        raise RuntimeError(f"{command[0]} ended with {done.returncode} before its window was painted: "
                           f"{done.stderr.strip()[-500:]}")
    return [float(line) - start for line in probe.read_text(encoding="ascii").split()]


def _demo_database(folder: Path) -> Path:
    template = folder / "demo.db"
    with Shuyi.open(template) as app:
        app.demo.load("small")
    raw = sqlite3.connect(template)
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    return template


def run(*, runs: int = RUNS, report: Callable[[str], None] = lambda _m: None) -> dict[str, Any]:
    if runs < 1:
        raise ValueError("at least one run")
    window: list[float] = []
    page: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, display() as screen:
        folder = Path(tmp)
        template = _demo_database(folder)
        probe = folder / "painted"
        home = folder / "home"
        env = {**os.environ, **screen, "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
               "SHUYI_STARTUP_PROBE": str(probe)}
        env.pop("SHUYI_LANG", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its .pyc files; do not time compiling
        bare_qt = [sys.executable, "-c", BARE_QT, str(probe)]
        warm = folder / "warm-up.db"
        shutil.copyfile(template, warm)
        report("warming up")
        _launch([*shuyi_command(), "--db", str(warm)], probe, env)
        _launch(bare_qt, probe, env)
        for n in range(runs):
            report(f"run {n + 1} of {runs}")
            database = folder / f"run{n}.db"
            shutil.copyfile(template, database)
            shuyi = [*shuyi_command(), "--db", str(database)]
            order = ((shuyi, (window, page)), (bare_qt, (bare,)))
            for command, figures in order if n % 2 == 0 else reversed(order):
                for figure, seconds in zip(figures, _launch(command, probe, env), strict=True):
                    figure.append(seconds)
    window_s = statistics.median(window)
    bare_s = statistics.median(bare)
    return {"benchmark": "startup", "window_s": round(window_s, 3), "bare_qt_s": round(bare_s, 3),
            "ratio": round(window_s / bare_s, 2), "page_s": round(statistics.median(page), 3), "runs": runs,
            "platform": screen["QT_QPA_PLATFORM"], "window_runs_s": [round(s, 3) for s in window],
            "page_runs_s": [round(s, 3) for s in page], "bare_qt_runs_s": [round(s, 3) for s in bare],
            "command": Path(shuyi_command()[0]).name, "python": sys.version.split()[0]}
