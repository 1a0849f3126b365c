"""Export: every change the peer has not acknowledged (nor sent us), as one signed bundle."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import (
    Engine,
    LargeBinary,
    String,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session

from core.sync.bundle import CHUNK_CHANGES, BundleWriter
from core.sync.lines import SqliteLines, hyphenated
from core.sync.state import (
    Origin,
    SyncIdentity,
    coverage,
    exported_tables,
    holds,
    peer_cursors,
    said_held,
)
from db.base import utcnow
from db.changes import PROVINCE_WIDE
from db.models import ChangeLog, SyncLog, SyncPeer, SyncState

SUFFIX = ".xaso"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    changes: int
    counts: dict[str, int]
    seq_from: int
    seq_to: int
    bundle_id: str


TO_PROVINCE = "gui-tinh"  # in a file name: from a commune computer to the province server
TO_COMMUNE = "ve-xa"  # from the province server back to a commune computer


def bundle_file_name(commune: str, node: uuid.UUID, epoch: int, seq_from: int, seq_to: int,
                     way: str = "") -> str:
    """``xaso-<commune>-[gui-tinh|ve-xa-]<node>-<epoch>-<from>-<to>.xaso``: which way the file
    goes, for the clerk carrying the stick (between two computers of a commune: no word).
    Readers go by the manifest, never the name, so files named before (no word) still import."""
    way = f"{way}-" if way else ""
    return f"xaso-{commune}-{way}{node.hex[:12]}-{epoch}-{seq_from}-{seq_to}{SUFFIX}"


def _way(identity: SyncIdentity, target: SyncPeer | None) -> str:
    if identity.commune_code is None:
        return TO_COMMUNE
    return TO_PROVINCE if target is not None and target.role == "hub" else ""


def pending_ranges(session: Session, identity: SyncIdentity, peer: str) -> dict[Origin, tuple[int, int]]:
    have = coverage(session, identity)
    sent = peer_cursors(session, peer)
    said = said_held(session, peer)
    hubs = set(session.scalars(select(SyncPeer.node_id).where(SyncPeer.role == "hub")))
    out: dict[Origin, tuple[int, int]] = {}
    for origin, top in have.items():
        if str(origin[0]) == peer and origin not in said:
            continue  # the peer's own changes: it has them, unless it said it lost them
        if identity.commune_code is not None and origin[0] in hubs:
            continue  # the province's catalogue rows: only a hub sends them
        start = sent.get(origin, 0) + 1
        if top >= start:
            out[origin] = (start, top)
    return out


def _clip(ranges: dict[Origin, tuple[int, int]],
          only: dict[Origin, tuple[int, int]]) -> dict[Origin, tuple[int, int]]:
    out = {}
    for origin, (start, top) in ranges.items():
        if origin in only and max(start, only[origin][0]) <= min(top, only[origin][1]):
            out[origin] = (max(start, only[origin][0]), min(top, only[origin][1]))
    return out


# up to this many origins the peer's cursors are written into the query; beyond, a join on
# sync_state (one index search per change, ~30 % of a 100 k export's reading time on SQLite)
_INLINE_CURSORS = 16
# the columns of a change, in bundle.LINE_FIELDS order (then the payload)
_COLUMNS = ("node_id", "epoch", "seq", "table_name", "row_id", "commune_code", "op", "version",
            "actor", "at", "payload")
_IDS_AND_TIME = ("node_id", "row_id", "at")


def _column(col, raw: bool):
    if raw and col.name not in ("epoch", "seq", "version"):
        return cast(col, LargeBinary)
    if col.name in _IDS_AND_TIME:
        # ids and time as the driver returns them (no per-row type processing); the line
        # writer makes them canonical text
        return type_coerce(col, String)
    return col


def pending_changes(peer: str, commune: str | None, tables: list[str],
             only: dict[Origin, tuple[int, int]] | None = None, wide: bool = False,
             cursors: dict[Origin, int] | None = None, raw: bool = False):
    """change_log rows beyond the peer's cursor for their origin, in local order (``only``:
    just these seq ranges per origin — one part of a split export; ``wide``: the hub also sends
    its province-wide rows, the catalogues, down; ``cursors``: ``state.peer_cursors`` read in the
    same transaction, saves the join; ``raw``: text columns as BLOBs, for ``lines.SqliteLines``)."""
    cl = ChangeLog.__table__
    columns = [_column(cl.c[name], raw) for name in _COLUMNS]
    if cursors is not None and len(cursors) <= _INLINE_CURSORS:
        query = select(*columns)
        if cursors:
            query = query.where(case(*(
                (and_(cl.c.node_id == node, cl.c.epoch == epoch), cl.c.seq > seq)
                for (node, epoch), seq in cursors.items()), else_=true()))
    else:
        state = SyncState.__table__
        cursor = func.coalesce(state.c.held_seq, case(
            (state.c.acked_seq > state.c.received_seq, state.c.acked_seq),
            else_=state.c.received_seq))
        joined = cl.outerjoin(state, and_(state.c.peer_id == literal(peer),
                                          state.c.node_id == cl.c.node_id,
                                          state.c.epoch == cl.c.epoch))
        query = select(*columns).select_from(joined).where(
            or_(state.c.id.is_(None), cl.c.seq > cursor))
    # "|| ''" keeps SQLite off the (table_name, row_id) index: a scan in id order streams
    # rows as they come instead of sorting every pending change first
    query = query.where(cl.c.table_name.concat("").in_(tables)).order_by(cl.c.id)
    if commune is not None:
        query = query.where(cl.c.commune_code.in_((commune, PROVINCE_WIDE) if wide else (commune,)))
    if only is not None:
        query = query.where(or_(false(), *(
            and_(cl.c.node_id == node, cl.c.epoch == epoch, cl.c.seq.between(lo, hi))
            for (node, epoch), (lo, hi) in only.items())))
    return query


def latest_ack_for(session: Session, peer: str) -> list[dict[str, str]]:
    ack = session.execute(
        select(SyncLog.ack).where(SyncLog.peer_id == peer, SyncLog.ack.is_not(None))
        .order_by(SyncLog.id.desc()).limit(1)
    ).scalar()
    return [orjson.loads(ack)] if ack else []


def snapshot(engine: Engine) -> Session:
    """A session whose queries all read one snapshot: on PostgreSQL (read committed by default,
    each statement its own snapshot) a hub applying another push while it exports would
    otherwise put changes beyond the declared ranges into the bundle, which the receiver
    refuses; SQLite's read transaction is one snapshot already."""
    if engine.dialect.name == "postgresql":
        return Session(engine.execution_options(isolation_level="REPEATABLE READ"))
    return Session(engine)


def export_bundle(engine: Engine, identity: SyncIdentity, peer: str, folder: Path,
                  commune: str | None = None, recipient_box: str | None = None,
                  channel: str = "file", chunk_changes: int = CHUNK_CHANGES,
                  progress=None, only: dict[Origin, tuple[int, int]] | None = None) -> ExportResult:
    """Write the bundle for ``peer`` into ``folder`` (temporary name, fsync, rename).

    One read transaction: the ranges and the rows come from the same snapshot. ``only`` limits
    the bundle to these seq ranges per origin (one part of a split export, core/sync/split.py).
    """
    commune = commune if commune is not None else identity.commune_code
    with snapshot(engine) as session, session.begin():
        target = _peer(session, peer)
        ranges = pending_ranges(session, identity, peer)
        if only is not None:
            ranges = _clip(ranges, only)
        own = ranges.get((identity.node_id, identity.epoch), (0, 0))
        header: dict[str, Any] = {
            "node_id": str(identity.node_id), "epoch": identity.epoch,
            "commune": commune or "*", "to": peer, "schema": identity.schema,
            "app_version": identity.app_version, "created_at": utcnow().isoformat(),
            "seq_from": own[0], "seq_to": own[1],
            "sign_key": identity.keys.sign_public, "box_key": identity.keys.box_public,
            "ranges": [{"node": str(n), "epoch": e, "from": a, "to": b}
                       for (n, e), (a, b) in sorted(ranges.items(), key=lambda i: (str(i[0][0]), i[0][1]))],
            "acks": latest_ack_for(session, peer),
            "holds": _holds_for(session, identity, target),
        }
        name = bundle_file_name(commune or "hub", identity.node_id, identity.epoch, *own,
                                way=_way(identity, target))
        path = folder / name
        writer = BundleWriter(path, identity.keys, header, recipient_box, chunk_changes)
        try:
            raw = engine.dialect.name == "sqlite"
            query = pending_changes(peer, commune, list(exported_tables()), only,
                             wide=identity.commune_code is None,
                             cursors=peer_cursors(session, peer), raw=raw)
            done = 0
            for data, changes, counts in _chunks(session, query, chunk_changes, raw):
                writer.add_chunk(data, changes, counts)
                done += changes
                if progress is not None and changes == chunk_changes:
                    progress(done)
            manifest = writer.close()
        except BaseException:
            writer.abort()
            raise
    from core.sync.bundle import manifest_id

    data = path_manifest_bytes(path)
    result = ExportResult(path, manifest["changes"], manifest["counts"], own[0], own[1],
                          manifest_id(data))
    log_export(engine, peer, result, channel)
    return result


def _peer(session: Session, peer: str) -> SyncPeer | None:
    try:
        return session.get(SyncPeer, uuid.UUID(peer))
    except ValueError:
        return None


def _holds_for(session: Session, identity: SyncIdentity,
               target: SyncPeer | None) -> list[dict[str, Any]]:
    """What this node holds of the origins it shares with ``target`` (manifest ``holds``)."""
    if target is None:
        return []
    return [{"node": str(n), "epoch": e, "seq": s} for (n, e), s in sorted(
        holds(session, identity, target).items(), key=lambda i: (str(i[0][0]), i[0][1]))]


def _chunks(session: Session, query, size: int, raw: bool):
    """(lines, how many, how many per table) for every ``size`` pending changes, in order; each
    line ends in a newline."""
    if raw:
        # SQLite: the driver's tuples as they are, text as bytes; no result processing
        result = session.connection().execute(query)
        cursor, lines = result.cursor, SqliteLines()
        try:
            while rows := cursor.fetchmany(size):
                data, counts = lines.chunk(rows)
                yield data, len(rows), counts
        finally:
            result.close()
        return
    result = session.execute(query, execution_options={"yield_per": size})
    text = _Canonical()
    node, row_id, at, fragment = text.node, text.uuid, text.time, orjson.Fragment
    for part in result.partitions(size):
        # one JSON line per change (bundle.LINE_FIELDS order), the stored payload as is
        lines = [orjson.dumps({"n": node(r[0]), "e": r[1], "s": r[2], "t": r[3], "r": row_id(r[4]),
                               "c": r[5], "o": r[6], "v": r[7], "a": r[8], "at": at(r[9]),
                               "p": fragment(r[10])}) for r in part]
        yield b"\n".join(lines) + b"\n", len(part), Counter(r[3] for r in part)


class _Canonical:
    """Driver values as canonical text: UUIDs with hyphens, times ISO 8601 in UTC."""

    def __init__(self) -> None:
        self._nodes: dict[Any, str] = {}

    def node(self, value: Any) -> str:
        text = self._nodes.get(value)
        if text is None:
            text = self._nodes[value] = self.uuid(value)
        return text

    @staticmethod
    def uuid(value: Any) -> str:
        return hyphenated(value) if isinstance(value, str) else str(value)

    @staticmethod
    def time(value: Any) -> str:
        if isinstance(value, str):  # SQLite: "YYYY-MM-DD HH:MM:SS.ffffff", UTC
            return value.replace(" ", "T", 1) + "+00:00"
        return value.astimezone(dt.UTC).isoformat()


def path_manifest_bytes(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return zf.read("manifest.json")


def log_export(engine: Engine, peer: str, result: ExportResult, channel: str) -> None:
    now = utcnow()
    with Session(engine) as session, session.begin():
        session.add(SyncLog(started_at=now, finished_at=now, direction="export", channel=channel,
                            peer_id=peer, file_name=result.path.name, bundle_id=result.bundle_id,
                            status="ok", changes=result.changes, applied=0, skipped=0,
                            conflicts=0, quarantined=0, message="", message_params="{}"))
