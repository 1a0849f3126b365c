"""Background work: run a plain function on the thread pool, results posted to the GUI thread.

``fn(progress)`` runs in a worker thread and must not touch widgets; it opens its own
session. ``progress.report(done, total, text)`` updates the caller's progress bar and
``progress.check()`` raises :class:`Cancelled` once the user pressed Cancel.
Tests pass ``TaskRunner(synchronous=True)`` to run everything inline.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.i18n import tr


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class Progress:
    def __init__(self, emit: Callable[[int, int, str], None], cancel: threading.Event) -> None:
        self._emit = emit
        self._cancel = cancel

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        self.check()
        self._emit(done, total, text)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progress = Signal(int, int, str)


class TaskHandle:
    def __init__(self) -> None:
        self.cancel_event = threading.Event()
        self.signals = _Signals()
        self.finished = False

    def cancel(self) -> None:
        self.cancel_event.set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._handle = handle

    def run(self) -> None:  # worker thread
        _execute(self._fn, self._handle)


def _execute(fn: Callable[[Progress], Any], handle: TaskHandle) -> None:
    signals = handle.signals
    progress = Progress(signals.progress.emit, handle.cancel_event)
    try:
        result = fn(progress)
    except Cancelled:
        signals.cancelled.emit()
    except Exception as err:  # noqa: BLE001  (reported to the GUI, never swallowed)
        err.__xaso_traceback__ = traceback.format_exc()
        signals.failed.emit(err)
    else:
        signals.done.emit(result)


class TaskRunner(QObject):
    """Starts tasks and keeps their handles alive until they end."""

    def __init__(self, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool.globalInstance()
        self._running: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> TaskHandle:
        handle = TaskHandle()
        self._running.add(handle)

        def finish() -> None:
            handle.finished = True
            self._running.discard(handle)

        signals = handle.signals
        if on_progress:
            signals.progress.connect(on_progress)
        signals.done.connect(lambda result: (finish(), on_done and on_done(result)))
        signals.failed.connect(lambda err: (finish(), on_error and on_error(err)))
        signals.cancelled.connect(lambda: (finish(), on_cancel and on_cancel()))
        if self.synchronous:
            _execute(fn, handle)
        else:
            self._pool.start(_Runnable(fn, handle))
        return handle

    def wait_all(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget,
    title: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_cancel: Callable[[], None] | None = None,
) -> TaskHandle:
    """Run ``fn`` with a progress dialog (shown only if it takes over half a second)."""
    dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def close() -> None:
        dialog.reset()
        dialog.hide()
        QTimer.singleShot(0, dialog.deleteLater)

    handle = runner.run(
        fn,
        on_done=lambda r: (close(), on_done(r)),
        on_error=lambda e: (close(), on_error(e)),
        on_progress=progress,
        on_cancel=lambda: (close(), on_cancel and on_cancel()),
    )
    dialog.canceled.connect(handle.cancel)
    return handle
