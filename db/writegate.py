"""A fair gate for the write transactions of one SQLite database (DESIGN.md, the one writer).

SQLite lets one transaction write at a time; a second one waits in the busy handler, which
sleeps 1, 2, 5 … 100 ms between tries and can miss the short gap between two transactions of
a long sync again and again. The gate makes the waiting fair: write transactions of one engine
take it in the order they asked (first come, first served), so when a sync commits one slice
and asks again, a clerk's save already waiting goes first.

The same thread may take it again while it holds it (a write inside a write). It is not used on
PostgreSQL, whose server handles concurrent writers itself (the hub applies pushes in
parallel there): :func:`gate_for` gives None and :func:`write_gate` does nothing.
"""

from __future__ import annotations

import contextvars
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, exc

# the sync's apply waits longer than a save: a long write of the clerk (a list import, a file
# link) may hold the gate for tens of seconds, and a sync should wait for it, not fail
APPLY_TIMEOUT_S = 600.0


class WriteGate:
    """A re-entrant first-come-first-served lock (a queue of waiting threads)."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout  # seconds a write waits by default (the busy timeout)
        self._cond = threading.Condition(threading.Lock())
        self._queue: deque[int] = deque()  # idents of the threads waiting, first asked first
        self._owner: int | None = None
        self._depth = 0

    @property
    def owner(self) -> int | None:
        return self._owner

    def acquire(self, timeout: float | None = None) -> bool:
        """Wait for the gate (at most ``timeout`` seconds, default the gate's); False if it did
        not come in time."""
        me = threading.get_ident()
        wait = self.timeout if timeout is None else timeout
        with self._cond:
            if self._owner == me:
                self._depth += 1
                return True
            if self._owner is None and not self._queue:
                self._owner, self._depth = me, 1
                return True
            self._queue.append(me)
            deadline = time.monotonic() + wait
            try:
                while self._owner is not None or self._queue[0] != me:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return False
                    self._cond.wait(left)
            finally:
                self._queue.remove(me)
                self._cond.notify_all()  # the next in line may now be first
            self._owner, self._depth = me, 1
            return True

    def release(self) -> None:
        with self._cond:
            if self._owner != threading.get_ident():
                raise RuntimeError("the write gate is released by a thread that does not hold it")
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._cond.notify_all()

    def waiting(self) -> int:
        with self._cond:
            return len(self._queue)


_patient: contextvars.ContextVar[float | None] = contextvars.ContextVar("xaso_gate_patience",
                                                                      default=None)


@contextmanager
def patient(timeout: float = APPLY_TIMEOUT_S) -> Iterator[None]:
    """In this block (on this thread) writes wait up to ``timeout`` for the gate: a sync on its
    own lane waits for a long write of the clerk's to end rather than fail after 5 s."""
    token = _patient.set(timeout)
    try:
        yield
    finally:
        _patient.reset(token)


_gates: WeakKeyDictionary[Engine, WriteGate] = WeakKeyDictionary()
_gates_lock = threading.Lock()


def install(engine: Engine, timeout: float) -> WriteGate | None:
    """Give ``engine`` its gate (SQLite only); ``timeout``: how long a write waits for it."""
    if engine.dialect.name != "sqlite":
        return None
    with _gates_lock:
        gate = _gates.get(engine)
        if gate is None:
            gate = _gates[engine] = WriteGate(timeout)
        return gate


def gate_for(engine: Engine) -> WriteGate | None:
    """The engine's gate; None on PostgreSQL or for an engine made without one."""
    return _gates.get(engine)


@contextmanager
def write_gate(engine: Engine, timeout: float | None = None) -> Iterator[None]:
    """Hold the engine's gate for the block (a write transaction); waits at most ``timeout``
    seconds, then raises OperationalError "database is locked" as SQLite's busy timeout does."""
    gate = gate_for(engine)
    if gate is None:
        yield
        return
    if timeout is None:
        timeout = _patient.get()
    if not gate.acquire(timeout):
        raise exc.OperationalError(
            None, None, Exception("database is locked (waiting for another write)"))
    try:
        yield
    finally:
        gate.release()
