"""The task runner: work off the GUI thread, one at a time and in order, errors delivered as values."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from desktop.core import errors
from desktop.ui.tasks import TaskRunner


def test_tasks_run_in_order_on_one_worker_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    main_thread = threading.get_ident()
    threads: set[int] = set()
    results: list[int] = []
    running = [0]
    overlap = []

    def job(n: int) -> int:
        running[0] += 1
        overlap.append(running[0])
        threads.add(threading.get_ident())
        time.sleep(0.001)
        running[0] -= 1
        return n

    callback_threads: set[int] = set()

    def done(n: int) -> None:
        callback_threads.add(threading.get_ident())
        results.append(n)

    for n in range(50):
        runner.submit(lambda n=n: job(n), on_done=done)
    assert runner.busy
    assert runner.wait_idle()
    assert results == list(range(50))
    assert len(threads) == 1 and main_thread not in threads
    assert max(overlap) == 1
    assert callback_threads == {main_thread}  # results are delivered on the GUI thread
    runner.shutdown()


def test_errors_come_back_to_the_caller_as_values(qtbot: QtBot) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []
    unhandled: list[BaseException] = []
    runner.on_unhandled_error = unhandled.append

    def refuse() -> None:
        raise errors.InvalidSiteCode(code="??")

    error_threads: list[int] = []
    runner.submit(refuse, on_error=lambda e: (error_threads.append(threading.get_ident()), failures.append(e)))
    runner.submit(lambda: 1 / 0)
    done: list[int] = []
    runner.submit(lambda: 7, on_done=done.append)  # an error never blocks the next task
    assert runner.wait_idle()
    assert [type(e) for e in failures] == [errors.InvalidSiteCode]
    assert [type(e) for e in unhandled] == [ZeroDivisionError]
    assert done == [7]
    assert error_threads == [threading.get_ident()]
    runner.shutdown()
