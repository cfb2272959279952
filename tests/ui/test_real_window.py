"""`shuyi` opens a real window on a real X server (Xvfb), as `make run` does on a desktop."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import SHUYI


def _wait_for_window(name: str, env: dict[str, str], timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=env,
                               capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            return True
        time.sleep(0.3)
    return False


@pytest.mark.slow
def test_the_app_opens_its_main_window_and_first_run_choice_under_xvfb(tmp_path: Path) -> None:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("Xvfb and xdotool are installed by `make test`; run the suite through it")
    display = f":{os.getpid() % 500 + 100}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    app = None
    try:
        time.sleep(1.0)
        assert xvfb.poll() is None, "Xvfb did not start"
        log = (tmp_path / "app.log").open("w")
        app = subprocess.Popen([SHUYI, "--db", str(tmp_path / "new.db")], env=env, stdout=log, stderr=log)
        assert _wait_for_window("书驿 — 职工书屋与户外劳动者服务站", env), (tmp_path / "app.log").read_text()
        assert _wait_for_window("欢迎使用书驿", env), "the first-run choice was not offered for a new database"
        assert app.poll() is None
    finally:
        if app is not None:
            app.terminate()
            app.wait(10)
        xvfb.terminate()
        xvfb.wait(10)
