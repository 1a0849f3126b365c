"""The write gate: first come first served between threads, re-entrant for one thread, SQLite only."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import exc, text

from db.engine import make_engine
from db.writegate import WriteGate, gate_for, write_gate


def _wait_queued(gate: WriteGate, n: int) -> None:
    done = threading.Event()
    while gate.waiting() < n:  # the threads have asked, in the order they were started
        done.wait(0.005)


def test_waiting_threads_get_the_gate_in_the_order_they_asked():
    gate = WriteGate(timeout=30)
    order: list[str] = []
    assert gate.acquire()  # a sync's slice holds it

    def write(name: str) -> None:
        assert gate.acquire()
        order.append(name)
        gate.release()

    threads = []
    for n, name in enumerate(["save 1", "save 2", "save 3"], start=1):
        thread = threading.Thread(target=write, args=(name,))
        thread.start()
        threads.append(thread)
        _wait_queued(gate, n)
    order.append("slice")
    gate.release()
    for thread in threads:
        thread.join(10)
    assert order == ["slice", "save 1", "save 2", "save 3"]
    assert gate.owner is None and gate.waiting() == 0


def test_a_thread_asking_again_after_its_release_goes_behind_the_one_waiting():
    """The apply commits a slice and asks for the next: a save already waiting goes first."""
    gate = WriteGate(timeout=30)
    order: list[str] = []
    assert gate.acquire()
    saver = threading.Thread(target=lambda: (gate.acquire(), order.append("save"),
                                             gate.release()))
    saver.start()
    _wait_queued(gate, 1)
    order.append("slice 1")
    gate.release()
    assert gate.acquire()  # the next slice
    order.append("slice 2")
    gate.release()
    saver.join(10)
    assert order == ["slice 1", "save", "slice 2"]


def test_the_same_thread_takes_the_gate_again_and_it_opens_after_the_last_release():
    gate = WriteGate(timeout=30)
    assert gate.acquire() and gate.acquire()  # a write inside a write: no deadlock
    got: list[bool] = []
    other = threading.Thread(target=lambda: got.append(gate.acquire(timeout=0.05)))
    other.start()
    other.join(10)
    assert got == [False]  # still held after one release of two …
    gate.release()
    other = threading.Thread(target=lambda: got.append(gate.acquire(timeout=0.05)))
    other.start()
    other.join(10)
    assert got == [False, False]
    gate.release()  # … and free after the second
    assert gate.owner is None
    other = threading.Thread(target=lambda: (got.append(gate.acquire(timeout=5)), gate.release()))
    other.start()
    other.join(10)
    assert got == [False, False, True]


def test_a_waiter_that_gives_up_leaves_the_queue_to_the_next():
    gate = WriteGate(timeout=30)
    assert gate.acquire()
    results: dict[str, bool] = {}

    def ask(name: str, timeout: float) -> None:
        results[name] = gate.acquire(timeout)
        if results[name]:
            gate.release()

    quick = threading.Thread(target=ask, args=("quick", 0.05))
    quick.start()
    _wait_queued(gate, 1)
    patient = threading.Thread(target=ask, args=("patient", 30))
    patient.start()
    quick.join(10)
    assert results == {"quick": False}
    gate.release()
    patient.join(10)
    assert results == {"quick": False, "patient": True}
    with pytest.raises(RuntimeError):
        gate.release()  # not held by this thread


def test_store_engines_have_a_gate_and_a_timed_out_write_says_the_database_is_locked(tmp_path):
    engine = make_engine(tmp_path / "x.sqlite", busy_timeout_ms=50)
    gate = gate_for(engine)
    assert gate is not None and gate.timeout == pytest.approx(0.05)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (n INTEGER)"))
    holder_in, release = threading.Event(), threading.Event()

    def hold() -> None:
        with write_gate(engine), engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
            holder_in.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    holder_in.wait(10)
    with pytest.raises(exc.OperationalError, match="locked"):
        with write_gate(engine):
            pass
    release.set()
    holder.join(10)
    with write_gate(engine), engine.begin() as conn:  # free again, and re-entrant inside
        with write_gate(engine):
            conn.execute(text("INSERT INTO t VALUES (2)"))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 2
    engine.dispose()


def test_no_gate_on_postgresql():
    engine = make_engine("postgresql+psycopg://xaso@127.0.0.1:1/none")  # never connected
    assert gate_for(engine) is None
    with write_gate(engine):  # nothing to wait for: the server orders its writers
        pass
    engine.dispose()


def test_a_patient_writer_waits_past_the_busy_timeout_for_a_long_write(tmp_path):
    """A sync on its lane (``patient``) waits for the clerk's long write instead of failing."""
    from db.writegate import patient

    engine = make_engine(tmp_path / "x.sqlite", busy_timeout_ms=20)
    holder_in, let_go = threading.Event(), threading.Event()

    def long_write() -> None:
        with write_gate(engine):
            holder_in.set()
            let_go.wait(10)

    holder = threading.Thread(target=long_write)
    holder.start()
    holder_in.wait(10)
    with pytest.raises(exc.OperationalError):
        with write_gate(engine):  # a save: the busy timeout
            pass
    threading.Timer(0.2, let_go.set).start()  # ten busy timeouts later
    with patient(30), write_gate(engine):
        assert gate_for(engine).owner == threading.get_ident()
    holder.join(10)
    engine.dispose()
