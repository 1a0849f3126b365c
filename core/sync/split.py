"""Bounded-size export: what is pending for a peer, cut into parts of at most N MB / M changes.

Each part is an ordinary bundle (core/sync/export.py) limited to consecutive seq ranges per
origin, so the parts of one export carry ``from``..``to`` ranges that follow each other without
a gap: part 2 starts at the seq after the last of part 1. The receiver applies them like any
bundles — in order; a part that arrives before its predecessor is refused with a gap and
imported again afterwards (``order_bundles`` sorts a set of files first). Over HTTP each part
is pushed and its ACK applied before the next is written, so a sync that stops after part 2 of
5 starts again at part 3. The size is counted on the uncompressed changes, so a file on disk is
always smaller than the limit.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select

from core.sync.bundle import BundleReader
from core.sync.export import export_bundle, pending_changes, pending_ranges, snapshot
from core.sync.state import Origin, SyncIdentity, exported_tables, peer_cursors

LINE_OVERHEAD = 160  # bytes of a change line besides its payload (ids, seq, time, actor)
Part = dict[Origin, tuple[int, int]]


@dataclass(frozen=True)
class PartLimits:
    max_bytes: int = 50 * 1024 * 1024
    max_changes: int = 200_000

    @classmethod
    def from_mb(cls, mb: float, max_changes: int = 200_000) -> PartLimits:
        return cls(int(mb * 1024 * 1024), max_changes)


def plan_parts(engine: Engine, identity: SyncIdentity, peer: str, limits: PartLimits,
               commune: str | None = None) -> list[Part] | None:
    """The seq ranges of each part, or None when everything fits in one bundle."""
    commune = commune if commune is not None else identity.commune_code
    with snapshot(engine) as session, session.begin():
        ranges = pending_ranges(session, identity, peer)
        sub = pending_changes(peer, commune, list(exported_tables()),
                       cursors=peer_cursors(session, peer)).subquery()
        cols = list(sub.c)
        # one aggregate first: most exports fit in one part, without fetching and sorting
        count, length = session.execute(
            select(func.count(), func.coalesce(func.sum(func.length(cols[10])), 0))).one()
        if count <= limits.max_changes and length + count * LINE_OVERHEAD <= limits.max_bytes:
            return None
        rows = session.execute(select(cols[0], cols[1], cols[2], func.length(cols[10]))
                               .order_by(cols[0], cols[1], cols[2])).all()
    parts: list[Part] = []
    current: Part = {}
    size = count = 0
    for node_text, epoch, seq, length in rows:
        origin = (uuid.UUID(str(node_text)), epoch)
        cost = (length or 0) + LINE_OVERHEAD
        if count and (count + 1 > limits.max_changes or size + cost > limits.max_bytes):
            parts.append(current)
            current, size, count = {}, 0, 0
        lo = current[origin][0] if origin in current else seq
        current[origin] = (lo, seq)
        size += cost
        count += 1
    if current:
        parts.append(current)
    if len(parts) <= 1:
        return None
    return _close_gaps(parts, ranges)


def _close_gaps(parts: list[Part], ranges: dict[Origin, tuple[int, int]]) -> list[Part]:
    """Stretch the ranges so that, per origin, the parts cover start..top without a hole (seqs
    of tables that are not exported belong to some part, as in an unsplit bundle)."""
    last: dict[Origin, int] = {}
    for part in parts:
        for origin, (lo, hi) in part.items():
            start = last[origin] + 1 if origin in last else ranges.get(origin, (lo, hi))[0]
            part[origin] = (min(start, lo), hi)
            last[origin] = hi
    for origin, hi in last.items():
        top = ranges.get(origin, (0, hi))[1]
        for part in reversed(parts):
            if origin in part:
                part[origin] = (part[origin][0], max(hi, top))
                break
    return parts


def export_parts(engine: Engine, identity: SyncIdentity, peer: str, folder: Path,
                 limits: PartLimits | None,
                 recipient_box: str | None = None, channel: str = "file",
                 progress=None) -> Iterator:
    """Write the parts one after the other (a generator: over HTTP the caller pushes each part
    and applies its ACK before the next one is written)."""
    plan = plan_parts(engine, identity, peer, limits) if limits is not None else None
    for only in plan or [None]:
        yield export_bundle(engine, identity, peer, folder, recipient_box=recipient_box,
                            channel=channel, progress=progress, only=only)


def order_bundles(paths: list[Path]) -> list[Path]:
    """Files of a split export in the order they must be applied (by their first seq)."""
    def first_seq(path: Path) -> tuple:
        try:
            with BundleReader(path) as reader:
                manifest = reader.manifest
        except Exception:  # noqa: BLE001  (a broken file is rejected, with its name, at import)
            return (1, 0, path.name)
        starts = [r.get("from", 0) for r in manifest.get("ranges") or []]
        return (0, min(starts, default=0), path.name)

    return sorted(paths, key=first_seq)
