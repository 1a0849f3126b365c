"""Boxes of figures (Tổng quan) that read the database in a worker and show on the GUI thread.

A box defines ``load(store)`` — plain core calls in its own session, no widget touched, safe in
a worker thread — and ``show_figures(data)``, which only sets widgets. ``refresh()`` runs the
one in the task runner and the other with its result, so a box never reads on the GUI thread;
with the synchronous runner of the tests both happen at once. ``loaded`` is emitted after each
showing (the overview keeps the figures to show them at once next time, see ``FigureCache``).

While the clerk types the password, start-up reads the overview's figures ahead
(:func:`read_ahead`); the page takes them (:func:`take_ahead`) for every box whose kinds of data
no commit of this process has touched since the reading began, so it is filled when it first
appears. (Another program writing the data file meanwhile — ``xaso-admin`` — is seen at the next
refresh, as at any other moment.)
"""

from __future__ import annotations

import logging
import pickle
import threading
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def alive(widget: QWidget) -> bool:
    """False once Qt has deleted the widget (a worker may finish after its page was closed)."""
    from shiboken6 import isValid

    return isValid(widget)


class FigureBox(QWidget):
    """Base of a box whose figures are read in the background."""

    loaded = Signal(object)  # the data just shown (None: it could not be read)
    fresh = False  # True once figures read from the database were shown (not only cached ones)
    last: Any = None  # the figures read last
    _asked = 0  # reads started; only the newest one's figures are shown

    ctx: Any

    @staticmethod
    def load(store) -> Any:  # worker thread; a static method: start-up warms it (desktop/app.py)
        raise NotImplementedError("FigureBox.load")

    def show_figures(self, data: Any) -> None:  # GUI thread
        raise NotImplementedError(type(self).__name__)

    def kinds(self) -> frozenset:
        """The kinds of change this box refreshes on (its subscriptions)."""
        from desktop.ui.ops import Subscription

        found: frozenset = frozenset()
        for subscription in self.findChildren(Subscription):
            found |= subscription.kinds
        return found

    def still_valid(self, since) -> bool:
        """Figures read before the commits ``since`` (``core.ops.Changes``) still hold."""
        return not since.touches(self.kinds())

    def take(self, data: Any) -> None:
        """Show figures read ahead as read now; a read already asked for is dropped."""
        self._asked += 1
        self.show_figures(data)
        self.fresh, self.last = True, data
        self.loaded.emit(data)

    def refresh(self) -> None:
        self._asked = asked = self._asked + 1
        if self.ctx.runner.synchronous:
            self._read(asked)
        else:
            # once back in the event loop: a worker reading while the GUI thread still builds
            # the page would take the GIL from it at every Python call (0,5 s more for the
            # overview on a busy PC)
            QTimer.singleShot(0, lambda: alive(self) and self._read(asked))

    def _read(self, asked: int) -> None:
        if asked != self._asked:
            return  # a newer refresh was asked for meanwhile
        store = self.ctx.store
        self.ctx.runner.run(lambda _progress: self.load(store),
                            on_done=lambda data: self._done(data, asked),
                            on_error=lambda err: self._failed(err, asked))

    def _done(self, data: Any, asked: int) -> None:
        # two reads may overlap (changes in a row): an older one ending last is left out
        if alive(self) and asked == self._asked:
            self.show_figures(data)
            self.fresh, self.last = True, data
            self.loaded.emit(data)

    def _failed(self, err: Exception, asked: int) -> None:
        # the box keeps its last figures; the full error goes to the log for the help desk
        log.error("figures of %s not read: %s\n%s", type(self).__name__, err,
                  getattr(err, "__xaso_traceback__", ""))
        if alive(self) and asked == self._asked:
            self.fresh = True  # nothing newer will come
            self.loaded.emit(None)


_ahead_lock = threading.Lock()
_ahead: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # store -> (watch, figures)
_asked: weakref.WeakSet = weakref.WeakSet()  # stores whose overview looked for figures already


def read_ahead(store, boxes: list[type[FigureBox]]) -> None:
    """Worker thread: read every box's figures now, watching what this process commits from
    before the first read. A box whose read fails is left to read again."""
    from db import touched

    watch = touched.watch()
    figures: dict[type, Any] = {}
    for box in boxes:
        try:
            figures[box] = box.load(store)
        except Exception as err:  # noqa: BLE001  (the box reads again and reports its errors)
            log.info("figures of %s not read ahead: %s", box.__name__, err)
    with _ahead_lock:
        old = _ahead.pop(store, None)
        if old is not None:
            touched.unwatch(old[0])
        if store in _asked:  # the page was built first (a quick sign-in): it read its own
            touched.unwatch(watch)
            return
        _ahead[store] = (watch, figures)


def take_ahead(store) -> tuple[dict[type, Any], Any]:
    """The figures read ahead (once) and what was committed since their reading began
    (``core.ops.Changes``); nothing if none were read."""
    from core.ops import Changes, changes_of
    from db import touched

    with _ahead_lock:
        entry = _ahead.pop(store, None)
        _asked.add(store)
    if entry is None:
        return {}, Changes()
    watch, figures = entry
    return figures, changes_of(touched.unwatch(watch))


# what the kept figures may be made of: the core's figure objects and plain values. Anything
# else in the file (a callable such as os.system planted by someone) refuses it.
_SAFE = {
    "builtins": {"object", "set", "frozenset", "dict", "list", "tuple", "int", "float", "str",
                 "bytes", "bool", "complex"},
    "copyreg": {"_reconstructor"},
    "collections": {"OrderedDict", "defaultdict", "Counter"},
    "datetime": {"date", "datetime", "time", "timedelta", "timezone"},
    "decimal": {"Decimal"},
    "uuid": {"UUID"},
    "types": {"SimpleNamespace"},
}


class _FiguresOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if name in _SAFE.get(module, ()) or (module.split(".")[0] in ("core", "db")
                                             and not name.startswith("_")):
            found = super().find_class(module, name)
            if module in _SAFE or isinstance(found, type):  # classes only from the core
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a figure")


class FigureCache:
    """The overview's last figures, one file in the data folder, read at once at the next start
    (written by this app only; anything unreadable — another version, a damaged file, anything
    but figure objects and plain values — is ignored and the figures are read afresh)."""

    NAME = "overview-figures.pickle"
    FORMAT = 1  # raise when a figure object changes shape

    def __init__(self, folder: Path, version: str) -> None:
        self.path = folder / self.NAME
        self.version = version

    def read(self) -> dict[str, Any]:
        try:
            with self.path.open("rb") as fh:
                version, figures = _FiguresOnly(fh).load()
        except Exception:  # noqa: BLE001  (missing, damaged, classes changed: start afresh)
            return {}
        return figures if version == self.version and isinstance(figures, dict) else {}

    def write(self, figures: dict[str, Any]) -> None:
        keep = {}
        for key, data in figures.items():
            try:
                pickle.dumps(data)
            except Exception:  # noqa: BLE001  (not every figure object can be kept)
                continue
            keep[key] = data
        tmp = self.path.with_suffix(".tmp")
        try:
            tmp.write_bytes(pickle.dumps((self.version, keep)))
            tmp.replace(self.path)
        except OSError as err:  # a read-only or full folder: the next start reads afresh
            log.warning("overview figures not kept: %s", err)
