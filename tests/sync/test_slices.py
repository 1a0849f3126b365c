"""The apply commits each chunk in slices: a cut between two slices leaves whole slices and
cursors that never pass a change not applied, and importing again finishes it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select

from core.sync import service as sync_svc
from core.sync.apply import ImportCancelled, cut_in_slices, import_bundle
from core.sync.export import export_bundle
from db.changes import bulk_insert
from db.models import ChangeLog, Officer, SyncLog, SyncState
from tests.sync.conftest import open_node
from tests.sync.helpers import whole_db

ROOT = Path(__file__).resolve().parents[2]


def _officers(n: int) -> list[dict]:
    return [{"full_name": f"Cán bộ {i:05d}", "cccd": f"0301{i:08d}", "position": "Công chức"}
            for i in range(n)]


def _copy_node(store, home: Path):
    """The receiver as it is now, as a second database (the reference import goes there)."""
    store.engine.dispose()
    shutil.copytree(store.paths.home, home)
    return open_node(home)


def _received(receiver, sender) -> tuple[int, set[int]]:
    """The receiver's cursor for the sender's origin, and the sender's seqs it holds."""
    origin = sender.context
    with receiver.session() as s:
        cursor = s.scalar(select(SyncState.received_seq).where(
            SyncState.peer_id == str(origin.node_id), SyncState.node_id == origin.node_id,
            SyncState.epoch == origin.epoch)) or 0
        held = set(s.scalars(select(ChangeLog.seq).where(ChangeLog.node_id == origin.node_id,
                                                         ChangeLog.epoch == origin.epoch)))
    return cursor, held


def _assert_cursor_covers_only_what_is_here(cursor: int, held: set[int], sent: set[int]) -> None:
    """``sent``: the sender's seqs the bundle carries (a whole import holds them all)."""
    assert held and held < sent
    assert {seq for seq in sent if seq <= cursor} <= held  # nothing missing below the cursor
    assert cursor == max(held)  # and it stops at the last one applied


def test_a_cancel_between_slices_keeps_whole_slices_and_the_reimport_finishes(pair, tmp_path):
    a, b = pair
    with a.write("admin") as s:
        bulk_insert(s, Officer, _officers(40))
    bundle = export_bundle(a.engine, sync_svc.identity(a), str(b.context.node_id), tmp_path,
                           chunk_changes=16).path
    reference = _copy_node(b, tmp_path / "reference")
    asked = []

    def third_slice() -> bool:
        asked.append(1)
        return len(asked) == 3

    with pytest.raises(ImportCancelled):
        import_bundle(b.engine, sync_svc.identity(b), bundle, cancelled=third_slice,
                      slice_changes=7)
    cursor, held = _received(b, a)
    assert len(held) == 14  # two slices of 7, in the first chunk of 16
    # the same import, not cut (the local hash chain follows the order rows were written in)
    import_bundle(reference.engine, sync_svc.identity(reference), bundle, slice_changes=7)
    _assert_cursor_covers_only_what_is_here(cursor, held, _received(reference, a)[1])

    resumed = import_bundle(b.engine, sync_svc.identity(b), bundle, slice_changes=7)
    assert resumed.tally.skipped == 14
    assert whole_db(b) == whole_db(reference)
    assert _received(b, a) == _received(reference, a)
    reference.close()


def test_kill_minus_nine_between_slices_then_reimport_is_identical(pair, tmp_path):
    a, b = pair
    with a.write("admin") as s:
        bulk_insert(s, Officer, _officers(6000))
    # chunks of 2 500, slices of up to 1 000
    bundle = export_bundle(a.engine, sync_svc.identity(a), str(b.context.node_id), tmp_path,
                           chunk_changes=2500).path
    reference = _copy_node(b, tmp_path / "reference")
    secret = tmp_path / "secret"
    secret.write_text(keyring.get_password("xaso", f"node-{b.context.node_id}"))
    secret.chmod(0o600)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.import_worker", str(b.paths.home), str(bundle),
         str(b.context.node_id), str(secret), "1.0", "slice"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        for line in proc.stdout:
            if line.startswith("slice 3"):  # two slices committed, the third about to start
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL
    b = open_node(b.paths.home)
    cursor, held = _received(b, a)
    partial = len(held)
    # two whole slices: the first of 1 000 changes, the second of 100 to 1 000 (fewer when the
    # first held the write gate over 40 ms), in any case less than the first chunk of 2 500
    assert 1000 < partial <= 2000 and partial % 100 == 0
    sync_svc.import_file(reference, bundle)
    _assert_cursor_covers_only_what_is_here(cursor, held, _received(reference, a)[1])

    resumed = sync_svc.import_file(b, bundle)
    assert resumed.tally.skipped == partial
    assert whole_db(b) == whole_db(reference)
    with b.session() as s:
        statuses = list(s.scalars(select(SyncLog.status).order_by(SyncLog.id)))
    assert statuses == ["failed", "ok"]  # the killed run is shown as interrupted
    reference.close()
    b.close()


def _change(node: str, seq: int) -> dict:
    return {"n": node, "e": 1, "s": seq, "t": "officer", "r": str(uuid.uuid4())}


def test_a_slice_cursor_waits_for_a_lower_change_still_to_come():
    """A relayed origin can be out of order in a bundle (a change released from quarantine
    after its successors): its cursor must not pass the change not yet applied."""
    x, y = str(uuid.uuid4()), str(uuid.uuid4())
    seqs = [(x, 1), (x, 2), (y, 10), (x, 4), (x, 5), (y, 11), (x, 3), (x, 6)]
    slices = cut_in_slices([_change(n, s) for n, s in seqs], 3)
    assert [[c["s"] for c in part.changes] for part in slices] == [[1, 2, 10], [4, 5, 11],
                                                                    [3, 6]]
    assert [part.cursors for part in slices] == [
        {(x, 1): 2, (y, 1): 10},
        {(x, 1): 2, (y, 1): 11},  # x: 3 comes in the last slice
        {(x, 1): 6, (y, 1): 11},
    ]
    whole = cut_in_slices([_change(n, s) for n, s in seqs], 100)
    assert len(whole) == 1 and whole[0].cursors == {(x, 1): 6, (y, 1): 11}
    assert [p.changes for p in cut_in_slices([], 5)] == [[]]



def test_slices_get_fewer_changes_when_one_holds_the_gate_too_long_and_grow_back():
    from core.sync.apply import SLICE_MS, _Pace

    pace = _Pace(10)  # pieces of 100: slices of 1 000 at most
    assert pace.pieces == 10
    pace.took(SLICE_MS * 4, 10)  # a slow slice: a quarter as many next time
    assert pace.pieces == 2
    pace.took(SLICE_MS * 50, 2)
    assert pace.pieces == 1  # never none
    pace.took(SLICE_MS / 10, 1)  # fast again: back by doubling, up to the most
    assert pace.pieces == 2
    for _ in range(5):
        pace.took(1, pace.pieces)
    assert pace.pieces == 10
