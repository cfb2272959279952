"""Both first-run paths as a new user takes them, on a real X server (Xvfb) with the real `shuyi` process and a
keyboard-wedge scanner simulated by xdotool: load the demo and lend at the desk; start blank, make the
organisation and its first room, and lend there too. What the window did is read back through `shuyi` itself."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.cli.test_cli import SHUYI

MAIN_TITLE = "书驿 — 职工书屋与户外劳动者服务站"
WELCOME = "欢迎使用书驿"
START_BLANK = "新建数据库"


class Screen:
    """One Xvfb display and the `shuyi` window on it, driven with xdotool."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30)
        return done.stdout.strip() if done.returncode == 0 else ""

    def window(self, name: str, timeout: float = 60) -> str:
        """The id of the visible window with this exact title, waiting for it to appear."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.xdotool("search", "--onlyvisible", "--name", f"^{name}$")
            if found:
                return found.splitlines()[0]
            time.sleep(0.3)
        raise AssertionError(f"no window {name!r} appeared; the app said:\n{self.log.read_text()}")

    def gone(self, name: str, timeout: float = 60) -> None:
        until(lambda: not self.xdotool("search", "--onlyvisible", "--name", f"^{name}$"), timeout,
              f"the window {name!r} stayed open")

    def focus(self, window: str) -> None:
        self.xdotool("windowfocus", "--sync", window)  # no window manager on Xvfb: give it the keyboard itself

    def keys(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "20", text)

    def shot(self, path: Path) -> Path:
        """The whole screen as a PNG: what a failed step left on it."""
        from PIL import ImageGrab

        ImageGrab.grab(xdisplay=self.env["DISPLAY"]).save(path)
        return path

    def lent(self, db: Path, copy: str, card: str, shot: Path) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if on_loan(db, copy, card):
                return
            time.sleep(0.3)
        raise AssertionError(f"{copy} was not lent to {card}: see {self.shot(shot)}; the app said:\n"
                             f"{self.log.read_text()}")

    def scan(self, code: str) -> None:
        """As a keyboard-wedge scanner does: the characters, then Return."""
        self.type(code)
        self.keys("Return")


def until(check: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.3)
    raise AssertionError(what)


def shuyi_json(db: Path, *args: str) -> list[dict]:
    done = subprocess.run([SHUYI, *args, "--db", str(db), "--json"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def on_loan(db: Path, copy: str, card: str) -> bool:
    return any(row["code"] == copy and row["reader"] == card for row in shuyi_json(db, "loans"))


@contextmanager
def shuyi_on_xvfb(tmp_path: Path, db: Path) -> Iterator[tuple[Screen, subprocess.Popen]]:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("Xvfb and xdotool are installed by `make test`; run the suite through it")
    display = f":{os.getpid() % 400 + 520}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    home = tmp_path / "home"  # the per-computer preferences (QSettings) of a computer that never ran Shuyi
    home.mkdir()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "LANG": "zh_CN.UTF-8"}
    log = tmp_path / "app.log"
    app = None
    try:
        time.sleep(1.0)
        assert xvfb.poll() is None, "Xvfb did not start"
        with log.open("w") as out:
            app = subprocess.Popen([SHUYI, "--db", str(db)], env=env, stdout=out, stderr=out)
            yield Screen(env, log), app
    finally:
        if app is not None and app.poll() is None:
            app.terminate()
            app.wait(20)
        xvfb.terminate()
        xvfb.wait(10)


def _borrower_and_copy(db: Path) -> tuple[str, str]:
    """A demo reader who may borrow now, and a copy on a shelf that is not kept aside for anyone."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        card = conn.execute(
            "SELECT r.card_code FROM readers r JOIN reader_types t ON t.id = r.type_id "
            "WHERE r.status = 'active' AND r.anonymised_at IS NULL AND NOT EXISTS (SELECT 1 FROM loans l "
            "WHERE l.reader_id = r.id AND l.returned_at IS NULL AND l.due_on < date('now', '+1 day')) "
            "AND (SELECT count(*) FROM loans l WHERE l.reader_id = r.id AND l.returned_at IS NULL) < t.max_loans "
            "ORDER BY r.id LIMIT 1").fetchone()[0]
        copy = conn.execute(
            "SELECT c.code FROM copies c WHERE c.status = 'on_shelf' AND NOT EXISTS (SELECT 1 FROM holds h "
            "WHERE h.title_id = c.title_id AND h.status IN ('waiting', 'ready')) ORDER BY c.id LIMIT 1").fetchone()[0]
    return card, copy


@pytest.mark.slow
def test_load_the_demo_then_lend_at_the_desk(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with shuyi_on_xvfb(tmp_path, db) as (screen, app):
        main = screen.window(MAIN_TITLE)
        welcome = screen.window(WELCOME)
        screen.focus(welcome)
        screen.keys("Return")  # 载入演示数据 is the default button
        screen.gone(WELCOME)
        until(lambda: len(shuyi_json(db, "list", "sites")) == 10, 120, "the demo did not load")
        card, copy = _borrower_and_copy(db)

        screen.focus(main)
        screen.keys("ctrl+1")  # the circulation page
        time.sleep(1.0)
        # three reading rooms and none chosen on this computer: the page asks; Alt+R reaches the choice, Down
        # takes the first room (JH01, the borrower's), and the keyboard goes back to the scan box
        screen.keys("alt+r", "Down")
        time.sleep(0.5)
        screen.scan(card)
        screen.scan(copy)
        screen.lent(db, copy, card, tmp_path / "screen.png")
        assert app.poll() is None


@pytest.mark.slow
def test_start_blank_then_the_window_is_usable(tmp_path: Path) -> None:
    db = tmp_path / "blank.db"
    with shuyi_on_xvfb(tmp_path, db) as (screen, app):
        main = screen.window(MAIN_TITLE)
        screen.focus(screen.window(WELCOME))
        screen.keys("alt+e")  # 从空白开始(&E)
        wizard = screen.window(START_BLANK)
        screen.focus(wizard)
        screen.type("Funing County Federation of Trade Unions")
        screen.keys("Tab")
        screen.type("320923")
        screen.keys("Return")  # next: the first room
        screen.type("fn01")
        screen.keys("Return")  # on to its name
        screen.type("Chengnan Reading Room")
        screen.keys("Return")  # create
        screen.gone(START_BLANK)
        screen.gone(WELCOME)
        [site] = shuyi_json(db, "list", "sites")
        assert (site["code"], site["name"], site["kind"]) == ("FN01", "Chengnan Reading Room", "reading_room")

        # a reader and a book, as the readers and catalogue pages (or an import) add them
        (tmp_path / "readers.csv").write_text("姓名,单位\n王小明,城南环卫所\n", encoding="utf-8")
        (tmp_path / "books.csv").write_text("题名,ISBN\n平凡的世界,9787530212004\n", encoding="utf-8")
        for kind in ("readers", "books"):
            done = subprocess.run([SHUYI, "import", kind, str(tmp_path / f"{kind}.csv"), "--db", str(db)],
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stderr
        [reader] = shuyi_json(db, "list", "readers")
        [copy] = shuyi_json(db, "list", "copies")

        screen.focus(main)
        screen.keys("ctrl+1")
        time.sleep(1.0)
        screen.scan(reader["code"])
        screen.scan(copy["code"])
        screen.lent(db, copy["code"], reader["code"], tmp_path / "screen.png")
        assert app.poll() is None
