"""The operations layer of the window, in the manner of Anki's ``aqt.operations``.

``ctx.ops.run(op, on_done=…, progress=…)`` runs a write on **the writer thread** (one at a
time, in the order asked; reads keep using ``ctx.runner``'s pool), shows a progress window for
a long one, turns an error into the Vietnamese message the screens show, and emits what the
write changed (``core.ops.Changes``) once, on the GUI thread, before ``on_done``.

A sync (HTTP, automatic or "Sync now", and the USB export and import) runs on a second lane,
``lane="sync"``, its own thread: it is long but writes only in short transactions, and a save
asked meanwhile runs on the writer at once instead of queueing behind the whole sync. Write
*transactions* still never overlap: each takes the database's write gate in turn
(``db/writegate.py``), so the save waits at most for the slice of the sync being committed.

Screens do not listen for table names: ``ctx.ops.subscribe(widget, {Kind.OFFICERS}, refresh)``
calls ``refresh`` when a change of those kinds happened, at once if the widget is in view,
else when it is next shown (a page out of view is only marked stale).

Tests (``TaskRunner(synchronous=True)``) still run every op on the writer thread, but the GUI
thread waits for it and the callbacks run before ``run`` returns, so a test clicks Save and
reads the result on the next line.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from core import ops as core_ops
from core.ops import Changes, Kind
from db import writegate
from desktop.i18n import tr, user_message
from desktop.ui.tasks import Cancelled, Progress

WRITER_THREAD = "xaso-writer"
SYNC_THREAD = "xaso-sync"
WRITER, SYNC = "writer", "sync"  # the lanes


class OpHandle(QObject):
    """One operation: its progress and end, posted from the writer thread to the GUI thread."""

    progressed = Signal(int, int, str)
    ended = Signal(object, object, object)  # result, error (or None), Changes

    def __init__(self) -> None:
        super().__init__()
        self.cancel_event = threading.Event()
        self.finished = False
        self.on_ended: Callable[[Any, Exception | None, Changes], None] | None = None
        self.on_progress: Callable[[int, int, str], None] | None = None
        # slots of this object (it lives in the GUI thread): queued when emitted by the writer
        self.ended.connect(self._ended)
        self.progressed.connect(self._progressed)

    def cancel(self) -> None:
        self.cancel_event.set()

    @Slot(object, object, object)
    def _ended(self, result: Any, error: Exception | None, changes: Changes) -> None:
        if self.on_ended is not None:
            self.on_ended(result, error, changes)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.on_progress is not None and not self.finished:
            self.on_progress(done, total, text)


class OpRunner(QObject):
    """The window's one writer; ``did_change(changes, initiator)`` after every write."""

    did_change = Signal(object, object)

    def __init__(self, ctx, wait: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.wait = wait  # tests: the GUI thread waits for each op (it still runs in the writer)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix=WRITER_THREAD)
        self._sync = ThreadPoolExecutor(max_workers=1, thread_name_prefix=SYNC_THREAD)
        self._running: set[OpHandle] = set()

    # running ------------------------------------------------------------------------------
    def run(
        self,
        op: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        parent: QWidget | None = None,
        title: str = "",
        progress: str | None = None,
        on_cancel: Callable[[], None] | None = None,
        initiator: object | None = None,
        lane: str = WRITER,
    ) -> OpHandle:
        """Run ``op(progress)`` on the writer thread (``lane="sync"``: on the sync thread, for a
        sync or USB import/export, which writes only in short transactions).

        ``on_error`` gets a failure; without it the error is shown in a message box titled
        ``title``. ``progress``: the text of a progress window shown when the op takes over half
        a second (with a Cancel button when ``on_cancel`` is given).
        """
        handle = OpHandle()
        self._running.add(handle)
        dialog = None if self.wait or progress is None else \
            _progress_dialog(parent, progress, cancellable=on_cancel is not None)
        if dialog is not None:
            handle.on_progress = lambda d, t, text: _show_progress(dialog, d, t, text)
            dialog.canceled.connect(handle.cancel)

        def end(result: Any, error: Exception | None, changes: Changes) -> None:
            if handle.finished:
                return
            handle.finished = True
            self._running.discard(handle)
            if dialog is not None:
                dialog.reset()
                dialog.hide()
                QTimer.singleShot(0, dialog.deleteLater)
            if changes:
                self.did_change.emit(changes, initiator)
            if isinstance(error, Cancelled):
                if on_cancel:
                    on_cancel()
            elif error is not None:
                if on_error:
                    on_error(error)
                else:
                    self.ctx.prompts.error(parent, title or tr("Error"), user_message(error))
            elif on_done:
                on_done(result)

        job = _Job(op, handle, patient=lane == SYNC)
        executor = self._lane(lane)
        if self.wait:
            executor.submit(job.run).result()
            end(job.result, job.error, job.changes)
        else:
            handle.on_ended = end
            executor.submit(job.run)
        return handle

    def _lane(self, lane: str) -> ThreadPoolExecutor:
        if lane == SYNC:
            return self._sync
        if lane == WRITER:
            return self._writer
        raise ValueError(f"no lane {lane!r}")

    def write(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[Exception], None] | None = None, **options: Any) -> OpHandle:
        """``fn(session)`` in one transaction of the signed-in user, on the writer thread."""
        ctx = self.ctx

        def op(_progress: Progress) -> Any:
            with ctx.write() as s:
                return fn(s)

        return self.run(op, on_done, on_error, **options)

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until the ops asked so far have ended on both lanes (for closing and tests)."""
        marks = [self._writer.submit(lambda: None), self._sync.submit(lambda: None)]
        return all(mark.result(timeout) is None for mark in marks)

    def shutdown(self) -> None:
        self._writer.shutdown(wait=True)
        self._sync.shutdown(wait=True)

    # subscriptions ------------------------------------------------------------------------
    def subscribe(self, widget: QWidget, kinds: Iterable[Kind],
                  refresh: Callable[..., None], with_changes: bool = False) -> Subscription:
        """Call ``refresh()`` (``refresh(changes)`` with ``with_changes``) after a change of
        ``kinds``: now if ``widget`` is in view, else when it is shown next."""
        return Subscription(self, widget, frozenset(kinds), refresh, with_changes)


class _Job:
    """What runs on a lane's thread: the op, recorded for its Changes (the recorder is a context
    variable of that thread: it sees this op's commits, never the other lane's)."""

    def __init__(self, op: Callable[[Progress], Any], handle: OpHandle,
                 patient: bool = False) -> None:
        self.op, self.handle = op, handle
        self.patient = patient  # a sync: its writes wait for the writer's long ones, not 5 s
        self.result: Any = None
        self.error: Exception | None = None
        self.changes = Changes()

    def run(self) -> None:
        progress = Progress(self.handle.progressed.emit, self.handle.cancel_event)
        with core_ops.recording() as record, \
                writegate.patient() if self.patient else contextlib.nullcontext():
            try:
                self.result = self.op(progress)
            except Exception as err:  # noqa: BLE001  (handed to the GUI thread, never swallowed)
                err.__xaso_traceback__ = traceback.format_exc()
                self.error = err
        # what was committed, also when the op failed part-way (a sync that pushed, then failed)
        self.changes = core_ops.changes_of(record)
        self.handle.ended.emit(self.result, self.error, self.changes)


class Subscription(QObject):
    """One screen's interest in some kinds of change; lives as long as its widget."""

    def __init__(self, runner: OpRunner, widget: QWidget, kinds: frozenset[Kind],
                 refresh: Callable[..., None], with_changes: bool) -> None:
        super().__init__(widget)
        self.widget, self.kinds = widget, kinds
        self.refresh, self.with_changes = refresh, with_changes
        self.stale: Changes | None = None
        runner.did_change.connect(self.changed)
        widget.installEventFilter(self)

    def changed(self, changes: Changes, _initiator: object = None) -> None:
        if not changes.touches(self.kinds):
            return
        if self._out_of_view():
            self.stale = changes if self.stale is None else self.stale | changes
            return
        self._refresh(changes)

    def _out_of_view(self) -> bool:
        # a page under another tab or section; a window never shown (a test) refreshes at once
        return self.widget.window().isVisible() and not self.widget.isVisible()

    def _refresh(self, changes: Changes) -> None:
        self.stale = None
        if self.with_changes:
            self.refresh(changes)
        else:
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale is not None:
            self._refresh(self.stale)
        return False


def _progress_dialog(parent: QWidget | None, text: str, cancellable: bool) -> QProgressDialog:
    dialog = QProgressDialog(text, tr("Cancel") if cancellable else "", 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(text)
    dialog.setMinimumWidth(380)  # a long Vietnamese label on one line
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    return dialog


def _show_progress(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
    dialog.setMaximum(max(total, 0))
    dialog.setValue(done)
    if text:
        dialog.setLabelText(text)
