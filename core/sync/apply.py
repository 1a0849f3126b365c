"""Import a bundle: verify all of it, then apply it chunk by chunk (DESIGN.md §4.3–4.5).

Each chunk is read (checked, decrypted, parsed) before any transaction, then applied in slices
of up to 1 000 changes (fewer when a slice takes over 40 ms: a busy machine): each slice, the
cursor advance for its origins and the release of quarantined rows commit in one short
transaction that takes the write gate in turn with the clerk's saves. A crash mid-import
leaves whole slices, and importing again skips them.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from core.sync.ack import apply_ack, make_ack
from core.sync.bundle import Limits
from core.sync.derived import register as register_derived
from core.sync.fast import BulkConflict
from core.sync.hooks import run_after_apply
from core.sync.merge import ChunkMerge, Tally, release_quarantine
from core.sync.resolutions import register as register_resolutions
from core.sync.state import SyncIdentity, advance_received, coverage, note_holds
from core.sync.verify import GapRejected, Verified, verify_bundle
from db.base import utcnow
from db.chain import chain_at_commit
from db.errors import N_, UserError
from db.models import SyncLog
from db.writegate import APPLY_TIMEOUT_S, write_gate

register_derived()
register_resolutions()


class ImportCancelled(UserError):
    pass


_CANCELLED = N_("Import cancelled. Import the same file again to finish: what was applied is "
                "kept.")


@dataclass
class ImportResult:
    bundle_id: str
    sender: str
    dry_run: bool
    changes: int
    tally: Tally
    ack: dict[str, str] | None = None
    acks_applied: int = 0
    counts: dict[str, int] = field(default_factory=dict)


_in_flight: set[int] = set()  # sync_log ids of imports running in this process (a hub runs several)
_gc_lock = threading.Lock()
_gc_pausers = 0  # imports running with the cyclic collector paused (a hub runs several)
_gc_was_enabled = False


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep Python's cyclic garbage collector off while imports run.

    Parsing a chunk makes tens of thousands of dicts; every 700 allocations start a collection,
    and the older generations walk every live object: 0.3 s of a 100 k-change import, 0.6 s of
    one of updates. What an import allocates is freed by reference counting as each chunk ends;
    the few cycles (sessions) wait for the collector, which is on again when the last running
    import finishes (if it was on when the first started). Each import ends with a collection
    of the young generations (a few ms), so a hub whose imports overlap for hours does not
    pile up their cycles."""
    global _gc_pausers, _gc_was_enabled
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()
        gc.collect(1)


def _start_log(engine: Engine, path: Path, channel: str, dry_run: bool) -> int:
    with write_gate(engine, APPLY_TIMEOUT_S), Session(engine) as s, s.begin():
        # an import still "running" was cut off (power cut, killed): say so in the history
        s.execute(update(SyncLog).where(SyncLog.status == "running",
                                        SyncLog.id.not_in(list(_in_flight))).values(
            status="failed", finished_at=utcnow(),
            message=N_("The import was interrupted. Import the same file again: what was "
                       "already applied is skipped.")))
        log = SyncLog(started_at=utcnow(), direction="dry_run" if dry_run else "import",
                      channel=channel, file_name=path.name, status="running", changes=0,
                      applied=0, skipped=0, conflicts=0, quarantined=0, message="",
                      message_params="{}", peer_id="", bundle_id="")
        s.add(log)
        s.flush()
        _in_flight.add(log.id)
        return log.id


def _finish_log(engine: Engine, log_id: int, status: str, result: ImportResult | None = None,
                error: UserError | None = None) -> None:
    values: dict[str, Any] = {"status": status, "finished_at": utcnow()}
    if result is not None:
        values.update(peer_id=result.sender, bundle_id=result.bundle_id, changes=result.changes,
                      **result.tally.as_dict())
        if result.ack is not None:
            values["ack"] = orjson.dumps(result.ack).decode()
    if error is not None:
        values.update(message=error.template, message_params=orjson.dumps(
            {k: str(v) for k, v in error.params.items()}).decode())
    with write_gate(engine, APPLY_TIMEOUT_S), Session(engine) as s, s.begin():
        s.execute(update(SyncLog).where(SyncLog.id == log_id).values(**values))
    _in_flight.discard(log_id)


SLICE_CHANGES = 1000  # changes per write transaction of the apply at most (a chunk: 5 000)
SLICE_MS = 40  # … and fewer when a slice holds the write gate longer than this (a busy machine)
PIECE_CHANGES = 100  # slices are made of whole pieces: the cursors are known at each piece's end


class _Pace:
    """How many pieces the next slice takes: as many as fit in ``SLICE_MS`` by the last slice's
    time, between one piece and ``SLICE_CHANGES``."""

    def __init__(self, most: int) -> None:
        self.most = self.pieces = max(most, 1)

    def took(self, ms: float, pieces: int) -> None:
        fit = int(pieces * SLICE_MS / max(ms, 1.0))
        self.pieces = max(1, min(self.most, fit, self.pieces * 2))  # grows back by doubling


@dataclass
class _Slice:
    """Changes of one chunk applied in one write transaction, and the cursor each origin may
    advance to once they are committed (every lower change of the chunk is then in)."""

    changes: list[dict[str, Any]]
    cursors: dict[tuple[str, int], int]


def _read_chunk(verified: Verified, index: int, identity: SyncIdentity, tally: Tally,
                size: int | None = None) -> list[_Slice]:
    """Chunk ``index`` checked, decrypted and parsed (outside any transaction), cut in slices of
    ``size`` changes (None: the whole chunk in one)."""
    changes = verified.reader.chunk_lines(index, identity.keys, raw_payload=True)
    slices = cut_in_slices(changes, size or max(len(changes), 1))
    if verified.refused:  # rows of another commune: refused alone, the cursor still moves on
        for part in slices:
            part.changes = _without_refused(part.changes, verified.refused, tally)
    return slices


def cut_in_slices(changes: list[dict[str, Any]], size: int) -> list[_Slice]:
    """``changes`` in slices of ``size``, each with the cursor its origins may advance to once
    it and the slices before it are committed.

    An origin's cursor moves to the highest seq of it seen so far with nothing lower still to
    come in the later slices: a bundle lists each origin in ascending seq, but a relayed origin
    may not be (a change released from quarantine after its successors), and then the cursor
    waits for it, so a cut between slices never leaves a cursor past a change not applied."""
    parts = [changes[i:i + size] for i in range(0, len(changes), size)] or [[]]
    lows: list[dict[tuple[str, int], int]] = []  # per slice: lowest seq per origin after it
    later_low: dict[tuple[str, int], int] = {}
    for part in reversed(parts):
        lows.append(dict(later_low))
        for c in part:
            origin = (c["n"], c["e"])
            if origin not in later_low or c["s"] < later_low[origin]:
                later_low[origin] = c["s"]
    lows.reverse()
    slices: list[_Slice] = []
    top: dict[tuple[str, int], int] = {}
    for part, low in zip(parts, lows, strict=True):
        for c in part:
            origin = (c["n"], c["e"])
            if c["s"] > top.get(origin, 0):
                top[origin] = c["s"]
        slices.append(_Slice(part, {o: min(seq, low[o] - 1) if o in low else seq
                                    for o, seq in top.items()}))
    return slices


def _apply_slice(session: Session, verified: Verified, part: _Slice, tally: Tally,
                 bulk: bool = True) -> None:
    changed = ChunkMerge(session, tally).run(part.changes, bulk=bulk)
    for table, ids in release_quarantine(session, tally).items():
        changed.setdefault(table, []).extend(ids)
    run_after_apply(session, changed)
    peer = str(verified.peer.node_id)
    for (node, epoch), seq in part.cursors.items():
        if seq > 0:
            advance_received(session, peer, (uuid.UUID(node), epoch), seq)
    # PostgreSQL inserts received changes unchained; SQLite chains them as they are written once
    # the transaction holds the write lock, and here the rows written before it got it
    chain_at_commit(session.connection())


def _without_refused(changes: list[dict[str, Any]], refused: dict[tuple[str, str], str],
                     tally: Tally) -> list[dict[str, Any]]:
    kept = []
    for c in changes:
        owner = refused.get((c["t"], c["r"]))
        if owner is None:
            kept.append(c)
        else:
            tally.refused.append({"node": c["n"], "epoch": c["e"], "seq": c["s"], "table": c["t"],
                                  "row": c["r"], "reason": "other_commune",
                                  "params": {"commune": owner}})
    return kept


def _commit_chunk(engine: Engine, verified: Verified, index: int, identity: SyncIdentity,
                  tally: Tally, bulk: bool = True, slice_changes: int = SLICE_CHANGES,
                  cancelled: Callable[[], bool] | None = None, pace: _Pace | None = None) -> None:
    """Chunk ``index``, read before any transaction, then applied slice by slice: each slice
    with its cursor advance and the release of quarantined rows in one short write transaction
    (holding the write gate, so a save waiting meanwhile goes between two slices). A slice is
    at most ``slice_changes`` changes, fewer when the last one held the gate over ``SLICE_MS``.

    New rows go in bulk; if that breaks a constraint, the slice is rolled back and applied
    again change by change (which keeps the clash as a conflict). ``cancelled`` is asked before
    each slice: a cancel stops between two slices, as a crash would."""
    piece = min(PIECE_CHANGES, slice_changes)
    pace = pace or _Pace(slice_changes // piece)
    pieces = _read_chunk(verified, index, identity, tally, piece)
    at = 0
    while at < len(pieces):
        if cancelled is not None and cancelled():
            raise ImportCancelled(_CANCELLED)
        group = pieces[at:at + pace.pieces]
        # the cursors after the last piece hold for the whole slice: they are cumulative
        part = _Slice([c for p in group for c in p.changes], group[-1].cursors)
        pace.took(_commit_slice(engine, verified, part, tally, bulk), len(group))
        at += len(group)


def _commit_slice(engine: Engine, verified: Verified, part: _Slice, tally: Tally,
                  bulk: bool) -> float:
    """Commit one slice; the ms it held the write gate."""
    held = 0.0
    if bulk:
        before = copy.deepcopy(tally)
        try:
            with write_gate(engine, APPLY_TIMEOUT_S):
                start = time.perf_counter()
                with Session(engine) as s, s.begin():
                    _apply_slice(s, verified, part, tally)
            return (time.perf_counter() - start) * 1000
        except BulkConflict:
            held = (time.perf_counter() - start) * 1000
            tally.__dict__.update(before.__dict__)
    with write_gate(engine, APPLY_TIMEOUT_S):
        start = time.perf_counter()
        with Session(engine) as s, s.begin():
            _apply_slice(s, verified, part, tally, bulk=False)
    return held + (time.perf_counter() - start) * 1000


def _finish(session: Session, verified: Verified, identity: SyncIdentity,
            result: ImportResult) -> None:
    peer = str(verified.peer.node_id)
    for origin, (_start, end) in verified.ranges.items():
        advance_received(session, peer, origin, end)
    for signed in verified.manifest.get("acks") or []:
        try:
            apply_ack(session, identity, signed)
            result.acks_applied += 1
        except UserError:
            continue  # an ACK for someone else, or stale: the changes still count
    session.flush()
    have = coverage(session, identity)
    # what the sender says it holds: it is sent back what it lost (it restored a backup), and
    # the ACK tells it what this node lacks of it (this node was restored), so it sends that
    said = note_holds(session, identity, verified.peer, verified.manifest.get("holds"), have)
    cursors = {o: have.get(o, 0) for o in (*verified.ranges, *said)}
    result.ack = make_ack(identity.keys, identity.node_id, verified.peer.node_id,
                          result.bundle_id, result.tally.as_dict(), cursors,
                          refused=result.tally.refused)


def import_bundle(engine: Engine, identity: SyncIdentity, path: Path, dry_run: bool = False,
                  channel: str = "file", limits: Limits | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None, bulk: bool = True,
                  slice_changes: int = SLICE_CHANGES) -> ImportResult:
    """Verify then apply ``path``, each chunk in write transactions of ``slice_changes``
    changes; a dry run applies in one transaction and rolls it back.

    ``bulk=False`` applies every change through the merge, never the bulk insert (tests compare
    the two)."""
    with _collector_paused():
        return _import(engine, identity, path, dry_run, channel, limits, progress, cancelled,
                       bulk, slice_changes)


def _import(engine: Engine, identity: SyncIdentity, path: Path, dry_run: bool, channel: str,
            limits: Limits | None, progress: Callable[[int, int], None] | None,
            cancelled: Callable[[], bool] | None, bulk: bool,
            slice_changes: int = SLICE_CHANGES) -> ImportResult:
    log_id = _start_log(engine, path, channel, dry_run)
    try:
        with Session(engine) as s:
            verified = verify_bundle(s, identity, path, limits)
    except GapRejected as err:
        with Session(engine) as s:
            have = coverage(s, identity)
        result = ImportResult("", str(err.peer.node_id), dry_run, 0, Tally())
        result.ack = make_ack(identity.keys, identity.node_id, err.peer.node_id, "",
                              result.tally.as_dict(), {o: have.get(o, 0) for o in err.ranges})
        _finish_log(engine, log_id, "rejected", result, err)
        raise
    except UserError as err:
        _finish_log(engine, log_id, "rejected", error=err)
        raise
    result = ImportResult(verified.reader.bundle_id, str(verified.peer.node_id), dry_run,
                          verified.manifest.get("changes", 0), Tally(),
                          counts=dict(verified.counts))
    chunks = len(verified.manifest["chunks"])
    try:
        with verified.reader:
            if dry_run:
                _dry_run(engine, verified, identity, result, chunks, bulk)
            else:
                piece = min(PIECE_CHANGES, slice_changes)
                pace = _Pace(slice_changes // piece)
                for index in range(1, chunks + 1):
                    _commit_chunk(engine, verified, index, identity, result.tally, bulk,
                                  slice_changes, cancelled, pace)
                    if progress is not None:
                        progress(index, chunks)
                with write_gate(engine, APPLY_TIMEOUT_S), Session(engine) as s, s.begin():
                    _finish(s, verified, identity, result)
    except UserError as err:
        _finish_log(engine, log_id, "failed", result, err)
        raise
    except Exception as err:
        failure = UserError(N_("The import stopped: {reason}. Nothing of the unfinished part "
                               "was saved; import the same file again."), reason=str(err))
        _finish_log(engine, log_id, "failed", result, failure)
        raise failure from err
    _finish_log(engine, log_id, "ok", result)
    return result


def _dry_run(engine: Engine, verified: Verified, identity: SyncIdentity, result: ImportResult,
             chunks: int, bulk: bool) -> None:
    for attempt in (True, False) if bulk else (False,):  # broken in bulk: change by change
        result.tally = Tally()
        with Session(engine) as s:
            s.begin()
            try:
                for index in range(1, chunks + 1):
                    for part in _read_chunk(verified, index, identity, result.tally):
                        _apply_slice(s, verified, part, result.tally, attempt)
                return
            except BulkConflict:
                continue
            finally:
                s.rollback()


def verify_only(engine: Engine, identity: SyncIdentity, path: Path,
                limits: Limits | None = None) -> Verified:
    with Session(engine) as s:
        verified = verify_bundle(s, identity, path, limits)
    verified.reader.close()
    return verified



