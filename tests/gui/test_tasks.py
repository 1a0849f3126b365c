"""Background tasks on the real thread pool: result, progress, error and cancel reach the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from desktop.ui.tasks import TaskRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen: dict = {"progress": [], "threads": set()}
    gui = QThread.currentThread()

    def work(progress):
        seen["worker"] = threading.get_ident()
        for i in range(1, 4):
            progress.report(i, 3, f"bước {i}")
        return 42

    def on_progress(done, total, text):
        seen["progress"].append((done, total, text))
        seen["threads"].add(QThread.currentThread() is gui)

    results = []
    handle = runner.run(work, on_done=results.append, on_progress=on_progress)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert seen["worker"] != threading.get_ident()
    assert seen["progress"] == [(1, 3, "bước 1"), (2, 3, "bước 2"), (3, 3, "bước 3")]
    assert seen["threads"] == {True}
    assert handle.finished


def test_errors_are_delivered_not_swallowed(qtbot):
    runner = TaskRunner()
    errors = []
    runner.run(lambda _p: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    assert "ZeroDivisionError" in errors[0].__xaso_traceback__


def test_cancel_stops_the_task_at_its_next_check(qtbot):
    runner = TaskRunner()
    started = threading.Event()
    outcome = []

    def long_work(progress):
        started.set()
        for i in range(1000):
            progress.report(i, 1000)
            time.sleep(0.005)
        return "done"

    handle = runner.run(long_work, on_done=outcome.append, on_cancel=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5000)
    assert runner.wait_all(5000)
