"""Apply one chunk of received changes inside the caller's transaction.

Received rows are written with Core statements on the session's connection, so the change
capture of db/changes.py (ORM session events) does not see them: they are not re-logged with
this node's seq. Each received change is instead appended to change_log with its ORIGIN
(node, epoch, seq), which makes replays no-ops and lets this node relay it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import orjson
from sqlalchemy import UniqueConstraint, delete, select, tuple_
from sqlalchemy.orm import Session

from core.sync.bundle import BundleRejected
from core.sync.fast import (
    BulkInserts,
    insert_log,
    local_state,
    update_groups,
    versions,
    wire_columns,
    wire_id,
)
from core.sync.hooks import has_after_apply
from core.sync.rows import canonical, codec, order_key, same_data
from db.base import Base, utcnow
from db.changes import execute_update_columns, executemany
from db.errors import N_
from db.models import ChangeLog, SyncConflict, SyncQuarantine

Key = tuple[str, str]  # (table, canonical id text)
_BATCH = 500
_KEY_PARAMS = 6000  # bound values per natural-key lookup (SQLite allows 32766)


@dataclass
class Tally:
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    quarantined: int = 0
    per_table: dict[str, dict[str, int]] = field(default_factory=dict)
    # changes a hub refused one by one (a row of another commune): never applied, returned in
    # the ACK so the sender keeps them in quarantine; counted apart from the four above
    refused: list[dict[str, Any]] = field(default_factory=list)

    def count(self, table: str, kind: str, n: int = 1) -> None:
        setattr(self, kind, getattr(self, kind) + n)
        # a plain str: Table.name is SQLAlchemy's quoted_name, which JSON writers refuse as a key
        bucket = self.per_table.setdefault(str(table), {"applied": 0, "skipped": 0, "conflicts": 0,
                                                   "quarantined": 0})
        bucket[kind] += n

    def as_dict(self) -> dict[str, int]:
        return {"applied": self.applied, "skipped": self.skipped, "conflicts": self.conflicts,
                "quarantined": self.quarantined}


def _seen(session: Session, changes: list[dict[str, Any]], with_quarantine: bool) -> set:
    by_origin: dict[tuple[str, int], list[int]] = defaultdict(list)
    for c in changes:
        by_origin[(c["n"], c["e"])].append(c["s"])
    seen: set[tuple[str, int, int]] = set()
    models = [ChangeLog, SyncQuarantine] if with_quarantine else [ChangeLog]
    for (node, epoch), seqs in by_origin.items():
        for model in models:
            for (seq,) in session.execute(
                select(model.seq).where(model.node_id == uuid.UUID(node), model.epoch == epoch,
                                        model.seq.between(min(seqs), max(seqs)))
            ):
                seen.add((node, epoch, seq))
    return seen


def _ids_present(session: Session, table: str, ids: set[uuid.UUID]) -> dict[uuid.UUID, dict]:
    t = Base.metadata.tables[table]
    out: dict[uuid.UUID, dict] = {}
    id_list = list(ids)
    for start in range(0, len(id_list), _BATCH):
        part = id_list[start:start + _BATCH]
        for row in session.execute(select(t).where(t.c.id.in_(part))).mappings():
            out[row["id"]] = dict(row)
    return out


@cache
def _natural_keys(table) -> tuple[tuple[str, ...], ...]:
    """Column sets of the table's unique constraints and (unconditional) unique indexes."""
    keys = [tuple(c.name for c in u.columns) for u in table.constraints
            if isinstance(u, UniqueConstraint)]
    keys += [tuple(c.name for c in i.columns) for i in table.indexes
             if i.unique
             and not any(o.get("where") is not None for o in i.dialect_options.values())]
    return tuple(k for k in keys if k and k != ("id",))


def _local_holders(session: Session, table, columns: tuple[str, ...], rows: list[dict[str, Any]],
                   known: dict, only: tuple[str, ...] | None = None) -> dict[uuid.UUID, Any]:
    """Local rows holding the natural key ``columns`` of ``rows``: one IN query per batch
    (whole rows, or ``id``, ``columns`` and ``only``).

    A NULL in the key never clashes (SQL unique constraints allow several)."""
    wanted = [r for r in rows
              if r["id"] not in known and all(r.get(c) is not None for c in columns)]
    local: dict[tuple, Any] = {}
    batch = _KEY_PARAMS // len(columns)
    for start in range(0, len(wanted), batch):
        keys = {tuple(r[c] for c in columns) for r in wanted[start:start + batch]}
        if len(columns) == 1:
            where = table.c[columns[0]].in_([k[0] for k in keys])
        else:
            where = tuple_(*(table.c[c] for c in columns)).in_(list(keys))
        picked = [table] if only is None else [
            table.c[c] for c in dict.fromkeys(("id", *columns, *only))]
        for found in session.execute(select(*picked).where(where)).mappings():
            local.setdefault(tuple(found[c] for c in columns), found)
    out: dict[uuid.UUID, Any] = {}
    for r in wanted:
        clash = local.get(tuple(r[c] for c in columns))
        if clash is not None and clash["id"] != r["id"]:
            out[r["id"]] = clash
    return out


class ChunkMerge:
    """Decides per change: apply, skip (already seen / same data), conflict or quarantine.

    Rows are keyed by (table, id text). The common case — the row is new here, or the change
    is the next version of it — needs only the local version, so only versions are read; whole
    local rows are read (typed) just for the rows whose first change in the chunk is not the
    next version, and incoming payloads are decoded to typed values only to compare them.
    Updates are written in the driver's form straight from the payloads (fast.py).
    """

    def __init__(self, session: Session, tally: Tally) -> None:
        self.session = session
        self.tally = tally
        self.local_version: dict[Key, int] = {}  # rows this database holds: their version
        self.local_keys: dict[Key, tuple[Any, ...] | None] = {}  # and their indexed values
        self.local_rows: dict[Key, dict[str, Any]] = {}  # typed, read when a comparison needs it
        self.taken: dict[Key, dict[str, Any]] = {}  # the change whose values each row gets
        self.parents: dict[str, set[str]] = defaultdict(set)  # parent ids present here
        self.log_changes: list[dict[str, Any]] = []
        self.conflict_rows: list[dict[str, Any]] = []
        self.quarantine_rows: list[dict[str, Any]] = []
        self._nodes: dict[str, uuid.UUID] = {}
        self.origins: dict[Key, dict[str, Any]] = {}  # the change that last set each row

    def run(self, changes: list[dict[str, Any]], from_quarantine: bool = False,
            bulk: bool = False) -> dict:
        """Apply ``changes``; with ``bulk``, rows new here are first written in bulk (fast.py),
        which may raise BulkConflict: then roll back and run again without it."""
        seen = _seen(self.session, changes, not from_quarantine)
        fresh = []
        for c in changes:
            if (c["n"], c["e"], c["s"]) in seen:
                self.tally.count(c["t"], "skipped")
            else:
                fresh.append(c)
        bulk_changed: dict[str, list[uuid.UUID]] = {}
        known: set[str] = set()  # tables whose rows of this chunk were looked up already
        if bulk and fresh:
            inserts = BulkInserts(self.session.connection())
            known = {c["t"] for c in fresh}
            fresh, applied, bulk_changed = inserts.run(fresh)
            for table, n in applied.items():
                self.tally.count(table, "applied", n)
            self.local_version.update(inserts.local_version)
            self.local_keys.update(inserts.local_keys)
        self._prefetch(fresh, known)
        for c in fresh:
            self._merge(c)
        changed = self._write()
        for table, ids in bulk_changed.items():
            changed.setdefault(table, []).extend(ids)
        return changed

    def _prefetch(self, fresh: list[dict[str, Any]], known: set[str]) -> None:
        conn = self.session.connection()
        to_wire = wire_id(conn.dialect)
        wanted: dict[str, set[str]] = defaultdict(set)
        parent_ids: dict[str, set[str]] = defaultdict(set)
        first: dict[Key, dict[str, Any]] = {}
        for c in fresh:
            wanted[c["t"]].add(c["r"])
            first.setdefault((c["t"], c["r"]), c)
            payload = c["p"]
            for column, parent in codec(c["t"]).parents:
                value = payload.get(column)
                if value is not None:
                    parent_ids[parent].add(value)
        for table, ids in wanted.items():
            if table in known:
                continue
            texts = {to_wire(t): t for t in ids}
            for wire, (version, indexed) in local_state(conn, Base.metadata.tables[table],
                                                        list(texts)).items():
                self.local_version[(table, texts[wire])] = version or 0
                self.local_keys[(table, texts[wire])] = indexed
        for table, ids in parent_ids.items():
            texts = {to_wire(t): t for t in ids}
            present = versions(conn, Base.metadata.tables[table], list(texts))
            self.parents[table] = {texts[w] for w in present}
        compare = [key for key, c in first.items() if key in self.local_version
                   and _version(c) != self.local_version[key] + 1]
        self._read_rows(compare)

    def _read_rows(self, keys: list[Key]) -> None:
        by_table: dict[str, set[uuid.UUID]] = defaultdict(set)
        for table, text in keys:
            by_table[table].add(uuid.UUID(text))
        for table, ids in by_table.items():
            for row_id, row in _ids_present(self.session, table, ids).items():
                self.local_rows[(table, str(row_id))] = row

    def _current_version(self, key: Key) -> int | None:
        """The row's version as it stands in this merge; None: not here."""
        taken = self.taken.get(key)
        if taken is not None:
            return _version(taken)
        return self.local_version.get(key)

    def _current_row(self, key: Key) -> dict[str, Any]:
        taken = self.taken.get(key)
        if taken is not None:
            return _typed(taken)
        if key not in self.local_rows:
            self._read_rows([key])
        return self.local_rows[key]

    def _missing_parent(self, table: str, payload: dict[str, Any]) -> tuple[str, uuid.UUID] | None:
        for column, parent in codec(table).parents:
            value = payload.get(column)
            if value is None or value in self.parents[parent]:
                continue
            if self._current_version((parent, value)) is None:
                return parent, uuid.UUID(value)
        return None

    def _merge(self, c: dict[str, Any]) -> None:
        table, key = c["t"], (c["t"], c["r"])
        self.origins[key] = c
        local_version = self._current_version(key)
        missing = self._missing_parent(table, c["p"])
        if local_version is None or _version(c) == local_version + 1:
            if missing:
                return self._quarantine(c, missing)
            self.taken[key] = c
            self.tally.count(table, "applied")
            self.log_changes.append(c)
            return
        local, incoming = self._current_row(key), _typed(c)
        if same_data(local, incoming):
            if order_key(incoming) > order_key(local):
                self.taken[key] = c
            self.tally.count(table, "skipped")
        else:
            incoming_wins = order_key(incoming) > order_key(local)
            if incoming_wins and missing:
                return self._quarantine(c, missing)
            self.conflict_rows.append({
                "table_name": table, "row_id": incoming["id"], "origin_node": self._node(c["n"]),
                "origin_epoch": c["e"], "origin_seq": c["s"],
                "local_version": local.get("version") or 0,
                "local_payload": canonical(local).decode(),
                "incoming_version": incoming["version"],
                "incoming_payload": canonical(incoming).decode(),
                "winner": "incoming" if incoming_wins else "local", "detected_at": utcnow(),
                "resolved": False, "resolved_at": None, "resolved_by": "", "resolution": ""})
            if incoming_wins:
                self.taken[key] = c
            self.tally.count(table, "conflicts")
        self.log_changes.append(c)

    def _node(self, text: str) -> uuid.UUID:
        node = self._nodes.get(text)
        if node is None:
            node = self._nodes[text] = uuid.UUID(text)
        return node

    def _log_row(self, c: dict[str, Any]) -> dict[str, Any]:
        payload = c.get("_raw") or orjson.dumps(c["p"]).decode()
        return {"node_id": self._node(c["n"]), "epoch": c["e"], "seq": c["s"],
                "table_name": c["t"], "row_id": uuid.UUID(c["r"]), "commune_code": c["c"],
                "op": c["o"], "payload": payload, "version": c["v"], "actor": c["a"],
                "at": _at(c["at"])}

    def _quarantine(self, c: dict[str, Any], missing: tuple[str, uuid.UUID]) -> None:
        row = self._log_row(c)
        row.update(missing_table=missing[0], missing_id=str(missing[1]), received_at=utcnow(),
                   reason="", reason_params="{}")
        self.quarantine_rows.append(row)
        self.tally.count(c["t"], "quarantined")

    def _without_unique_clashes(self, table, inserts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A new row whose natural key another local row already holds (e.g. the same report
        number issued on two computers) is not written: it is kept as a conflict, local wins."""
        if not inserts:
            return inserts
        clashes: dict[uuid.UUID, Any] = {}
        for columns in _natural_keys(table):
            clashes.update(_local_holders(self.session, table, columns, inserts, clashes))
        if not clashes:
            return inserts
        kept = []
        for row in inserts:
            clash = clashes.get(row["id"])
            if clash is None:
                kept.append(row)
                continue
            c = self.origins[(table.name, str(row["id"]))]
            self.conflict_rows.append({
                "table_name": table.name, "row_id": row["id"], "origin_node": self._node(c["n"]),
                "origin_epoch": c["e"], "origin_seq": c["s"],
                "local_version": clash.get("version") or 0, "local_payload": canonical(dict(clash)).decode(),
                "incoming_version": row.get("version") or 0, "incoming_payload": canonical(row).decode(),
                "winner": "local", "detected_at": utcnow(), "resolved": False, "resolved_at": None,
                "resolved_by": "", "resolution": ""})
            self.tally.count(table.name, "conflicts")
            self.tally.count(table.name, "applied", -1)
        return kept

    def _write(self) -> dict[str, list[uuid.UUID]]:
        conn = self.session.connection()
        to_wire = wire_id(conn.dialect)
        changed: dict[str, list[uuid.UUID]] = {}
        by_table: dict[str, list[Key]] = defaultdict(list)
        for key in sorted(self.taken):  # id order (canonical text sorts as the UUID): writers
            by_table[key[0]].append(key)  # lock rows alike
        wrote = False
        for table in Base.metadata.sorted_tables:  # parents before children
            keys = by_table.get(table.name)
            if not keys:
                continue
            inserts = [_typed(self.taken[k]) for k in keys if k not in self.local_version]
            updates = [self.taken[k] for k in keys if k in self.local_version]
            inserts = self._without_unique_clashes(table, inserts)
            wrote = wrote or bool(inserts or updates)
            if inserts:
                executemany(self.session, table, inserts)
            if updates:
                names, columns = wire_columns(table, conn.dialect, [c["p"] for c in updates],
                                              [to_wire(c["r"]) for c in updates])
                stored = [self.local_keys.get((table.name, c["r"])) for c in updates]
                for group_names, group in update_groups(table, names, columns, stored):
                    execute_update_columns(conn, table, group_names, group)
            if has_after_apply(table.name):
                changed[table.name] = [uuid.UUID(k[1]) for k in keys]
        for model, rows in ((SyncConflict, self.conflict_rows),
                            (SyncQuarantine, self.quarantine_rows)):
            if rows:
                executemany(self.session, model.__table__, rows)
                wrote = True
        if self.log_changes:  # chained when this transaction holds the write lock already
            insert_log(conn, self.log_changes, [to_wire(c["r"]) for c in self.log_changes],
                       chained=wrote)
        return changed


def _version(c: dict[str, Any]) -> int:
    """The version a change gives its row (its payload's, as the decoded values would)."""
    payload = c["p"]
    if "version" in payload:
        return payload["version"] or 0
    return codec(c["t"]).defaults.get("version") or 0


class UniqueClash(BundleRejected):
    """A received update would give a row the natural key another local row holds: the bundle
    is refused whole (at the hub: ``400 rejected``, the row named)."""


_NAMING = ("full_name", "name", "title", "code", "asset_code", "record_no", "number")


def _row_name(row) -> str:
    for column in _NAMING:
        value = row.get(column)
        if value not in (None, ""):
            return str(value)
    return str(row["id"])


def _clash(table, columns: tuple[str, ...], row, holder) -> UniqueClash:
    shown = tuple(c for c in columns if c != "commune_code") or columns  # the commune is given
    return UniqueClash(
        N_("The file cannot be applied: the row {row} it changes would take the value {value}, "
           "which {other} already holds on this computer (only one row may have it). Nothing of "
           "the file was written. Correct the duplicate on one of the two computers, then sync "
           "again."),
        row=_row_name(row), value=" / ".join(str(row[c]) for c in shown),
        other=_row_name(holder), table=table.name)


class UpdateClashes:
    """The natural keys of the rows a bundle writes, gathered while it is verified.

    An insert that takes a key a local row holds is kept as a conflict (local wins); an update
    cannot be — the row is already here with its old values — and the database would refuse it
    in the middle of the import. :meth:`check` finds such an update before anything is written,
    so the bundle is refused whole, the row named. Only rows already here whose key columns
    change are looked up; a row whose holder the same bundle changes too is left to the apply
    (the holder may give the value up). A clash that appears between the check and the apply
    (another computer's import at the same moment) stops that chunk in the database: its
    transaction is rolled back and the import reports it."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[uuid.UUID, dict[str, Any]]] = defaultdict(dict)
        # per table: the columns kept and their converters, or None (no natural key)
        self._specs: dict[str, tuple[tuple[str, ...], dict[str, Any]] | None] = {}

    def _spec(self, table_name: str) -> tuple[tuple[str, ...], dict[str, Any]] | None:
        if table_name not in self._specs:
            table = Base.metadata.tables.get(table_name)
            if table is None or not _natural_keys(table):
                self._specs[table_name] = None
            else:
                wanted = {c for key in _natural_keys(table) for c in key} | {"id"}
                wanted |= {c for c in _NAMING if c in table.c}
                converters = codec(table_name).converters
                self._specs[table_name] = (tuple(wanted), {c: converters.get(c) for c in wanted})
        return self._specs[table_name]

    def add(self, table_name: str, payload: dict[str, Any]) -> None:
        """Keep the key columns of a verified line (its values already checked)."""
        spec = self._spec(table_name)
        if spec is None:
            return
        columns, converters = spec
        row = {}
        for column in columns:
            value = payload.get(column)
            convert = converters[column]
            row[column] = convert(value) if value is not None and convert else value
        self.rows[table_name][row["id"]] = row

    def check(self, session: Session) -> None:
        for name, rows in self.rows.items():
            table = Base.metadata.tables[name]
            keys = _natural_keys(table)
            key_columns = list(dict.fromkeys(c for key in keys for c in key))
            ids = list(rows)
            changed: list[uuid.UUID] = []
            for start in range(0, len(ids), 500):  # the rows already here whose key changes
                for local in session.execute(select(table.c.id, *(table.c[c] for c in key_columns))
                                             .where(table.c.id.in_(ids[start:start + 500]))):
                    row = rows[local[0]]
                    if any(row[c] != value for c, value in zip(key_columns, local[1:],
                                                                strict=True)):
                        changed.append(local[0])
            if not changed:
                continue
            updates = [rows[row_id] for row_id in sorted(changed)]
            for columns in keys:
                naming = tuple(c for c in _NAMING if c in table.c)
                for row_id, holder in sorted(_local_holders(session, table, columns, updates, {},
                                                            only=naming).items()):
                    if holder["id"] not in rows:
                        raise _clash(table, columns, rows[row_id], holder)


def _typed(c: dict[str, Any]) -> dict[str, Any]:
    values = c.get("_v")
    if values is None:
        values = c["_v"] = codec(c["t"]).decode(c["p"])
    return values


def _at(value: Any):
    from core.sync.rows import to_datetime

    return to_datetime(value) or utcnow()


def release_quarantine(session: Session, tally: Tally) -> dict[str, list[uuid.UUID]]:
    """Apply quarantined changes whose parent has arrived; repeat while that frees more."""
    changed: dict[str, list[uuid.UUID]] = defaultdict(list)
    while True:
        rows = session.execute(select(SyncQuarantine).where(SyncQuarantine.reason == "")
                               .order_by(SyncQuarantine.id)).scalars().all()
        if not rows:
            break
        present: dict[str, set[str]] = {}
        for table in {r.missing_table for r in rows}:
            ids = {uuid.UUID(r.missing_id) for r in rows if r.missing_table == table}
            present[table] = {str(i) for i in _ids_present(session, table, ids)}
        ready = [r for r in rows if r.missing_id in present[r.missing_table]]
        if not ready:
            break
        session.execute(delete(SyncQuarantine).where(SyncQuarantine.id.in_([r.id for r in ready])))
        changes = [{"n": str(r.node_id), "e": r.epoch, "s": r.seq, "t": r.table_name,
                    "r": str(r.row_id), "c": r.commune_code, "o": r.op, "v": r.version,
                    "a": r.actor, "at": r.at.isoformat(), "p": orjson.loads(r.payload)}
                   for r in ready]
        session.expunge_all()
        for table, ids in ChunkMerge(session, tally).run(changes, from_quarantine=True).items():
            changed[table].extend(ids)
    return changed
