"""The common case of an import, written in bulk: rows that are new to this computer.

A received change needs no merge decision when this computer does not hold its row, it is the
only change of that row in the chunk and the rows it points to are here: it is applied as sent.
Such changes, and their change_log entries, are written with one executemany per table of
values already in the driver's form — no typed Python values, no per-row ORM or bind
processing. Every other change goes through ChunkMerge (merge.py) in the same transaction.

When a bulk insert breaks a constraint (a local row already holds the same natural key, e.g. a
CCCD number), :class:`BulkConflict` is raised: the caller rolls the chunk back and applies it
again through ChunkMerge alone, which keeps the clash as a conflict.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter, defaultdict
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import Boolean, Connection, Table, UniqueConstraint, Uuid, select
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError

from core.sync.hooks import has_after_apply
from core.sync.rows import codec, converter_of, defaults_of
from db import chain
from db.base import Base, utcnow
from db.changes import execute_columns
from db.models import ChangeLog

_HEX32 = re.compile(r"[0-9a-f]{32}")
_IN_BATCH = 900  # ids per IN (...) lookup
LOG_KEYS = chain.FIELDS  # change_log columns written, in the order the chain hashes them


class BulkConflict(Exception):
    """A bulk insert broke a constraint: apply the chunk again, change by change."""


def _text_uuid(dialect: Dialect) -> bool:
    return not dialect.supports_native_uuid


def _hex(text: str) -> str:
    value = text.replace("-", "").lower()
    if not _HEX32.fullmatch(value):
        raise ValueError(f"not a UUID: {text!r}")
    return value


def _dashless(text: str) -> str:
    return text.replace("-", "")


def _native_uuid(text: str) -> uuid.UUID:
    return uuid.UUID(text)


def _wire_converter(column, dialect: Dialect):
    """JSON value -> the value the database driver takes, for one column (None: as it is)."""
    kind = column.type
    if isinstance(kind, Uuid):
        return _hex if _text_uuid(dialect) else _native_uuid
    typed = converter_of(column)
    process = kind._cached_bind_processor(dialect)
    if typed is None:
        if process is None or isinstance(kind, Boolean) and dialect.name == "sqlite":
            return None  # JSON's int/str/bool is already what the driver takes
        return process
    if process is None:
        convert = typed
    else:
        def convert(value: Any, typed=typed, process=process) -> Any:
            return process(typed(value))
    return lru_cache(maxsize=4096)(convert)  # dates and times repeat: convert each text once


@cache
def _plan(table: Table, dialect: Dialect) -> tuple[tuple[str, ...], tuple, dict[str, Any]]:
    keys = tuple(c.key for c in table.columns)
    converters = tuple(_wire_converter(table.c[k], dialect) for k in keys)
    return keys, converters, defaults_of(table)


def _column(values: list[Any], convert) -> list[Any]:
    if convert is None:
        return values
    return [None if v is None else convert(v) for v in values]


def wire_columns(table: Table, dialect: Dialect, payloads: list[dict[str, Any]],
                 ids: list[Any]) -> tuple[tuple[str, ...], list[list[Any]]]:
    """Every column of ``table`` for the rows ``payloads`` (JSON values as sent), in the
    driver's form; ``ids``: the rows' ids, already converted. A key missing from a payload (a
    NULL left out, an older schema) takes the column default; keys this schema lacks are not
    read."""
    keys, converters, defaults = _plan(table, dialect)
    if payloads:  # all columns read in one pass in C: each payload over the defaults, by key
        base = {k: defaults.get(k) for k in keys}
        read = list(zip(*map(itemgetter(*keys), map(base.__or__, payloads)), strict=True))
    else:
        read = [[] for _k in keys]
    columns = [ids if k == "id" else _column(values, conv)
               for k, values, conv in zip(keys, read, converters, strict=True)]
    return keys, columns


def wire_id(dialect: Dialect):
    """Canonical UUID text (a checked row id) -> the driver's form."""
    return _dashless if _text_uuid(dialect) else _native_uuid


def log_columns(dialect: Dialect, changes: list[dict[str, Any]],
                row_ids: list[Any]) -> list[list[Any]]:
    """change_log columns (``LOG_KEYS``) for received ``changes``, in the driver's form."""
    keys, converters, _ = _plan(ChangeLog.__table__, dialect)
    conv = dict(zip(keys, converters, strict=True))
    nodes = {n: conv["node_id"](n) for n in {c["n"] for c in changes}}
    now = utcnow().isoformat()
    return [
        [nodes[c["n"]] for c in changes],
        [c["e"] for c in changes],
        [c["s"] for c in changes],
        [c["t"] for c in changes],
        row_ids,
        [c["c"] for c in changes],
        [c["o"] for c in changes],
        [c.get("_raw") or orjson.dumps(c["p"]).decode() for c in changes],
        [c["v"] for c in changes],
        [c["a"] for c in changes],
        _column([c["at"] or now for c in changes], conv["at"]),
    ]


def insert_log(conn: Connection, changes: list[dict[str, Any]], row_ids: list[Any],
               chained: bool = True) -> None:
    """The change_log rows of received ``changes`` (``row_ids``: their rows' ids, driver form).

    With ``chained`` — only once this transaction has written something, so that it holds
    SQLite's write lock and no other writer can chain in between — they are chained now on
    SQLite (db/chain.py); otherwise the next local save chains them, reading back and
    updating every one (~4 s after 100 k received updates)."""
    columns = log_columns(conn.dialect, changes, row_ids)
    keys = LOG_KEYS
    if chained and conn.dialect.name == "sqlite":
        keys = (*keys, "chain_hash")
        columns.append(chain.stamp_stored_columns(conn, columns))
    execute_columns(conn, ChangeLog.__table__, keys, columns)


def versions(conn: Connection, table: Table, wire_ids: list[Any]) -> dict[Any, int]:
    """Of ``wire_ids`` (driver form), those this database holds in ``table``, with their
    version."""
    if not wire_ids:
        return {}
    if conn.dialect.name == "sqlite":  # one query, the ids as one JSON array
        return dict(conn.exec_driver_sql(
            f"SELECT id, version FROM {table.name} WHERE id IN (SELECT value FROM json_each(?))",
            (orjson.dumps(wire_ids).decode(),)).all())
    found: dict[Any, int] = {}
    for start in range(0, len(wire_ids), _IN_BATCH):
        part = wire_ids[start:start + _IN_BATCH]
        found.update(conn.execute(select(table.c.id, table.c.version)
                                  .where(table.c.id.in_(part))).all())
    return found


@cache
def indexed_columns(table: Table) -> tuple[str, ...]:
    """Keys of the columns, other than ``id``, in an index or unique constraint of ``table``: an
    SQLite UPDATE that sets one rewrites its index entries, even to the value they hold."""
    names = [c.key for index in table.indexes for c in index.columns]
    names += [c.key for u in table.constraints if isinstance(u, UniqueConstraint)
              for c in u.columns]
    return tuple(dict.fromkeys(n for n in names if n != "id" and n in table.c))


def local_state(conn: Connection, table: Table,
                wire_ids: list[Any]) -> dict[Any, tuple[int, tuple[Any, ...] | None]]:
    """Of ``wire_ids`` (driver form), those this database holds in ``table``: their version
    and, on SQLite, their stored values of :func:`indexed_columns` (None elsewhere)."""
    if not wire_ids or conn.dialect.name != "sqlite":
        return {w: (v, None) for w, v in versions(conn, table, wire_ids).items()}
    keys = indexed_columns(table)
    extra = "".join(f", {table.c[k].name}" for k in keys)
    rows = conn.exec_driver_sql(
        f"SELECT id, version{extra} FROM {table.name} "  # noqa: S608 (names from the schema)
        "WHERE id IN (SELECT value FROM json_each(?))",
        (orjson.dumps(wire_ids).decode(),)).all()
    return {row[0]: (row[1], row[2:]) for row in rows}


def _same_stored(stored: Any, value: Any) -> bool:
    """``value`` (driver form) is what SQLite holds already (a bool is stored as 0/1)."""
    return stored == value and (type(stored) is type(value) or type(value) is bool)


def update_groups(table: Table, keys: tuple[str, ...], columns: list[list[Any]],
                  stored: list[tuple[Any, ...] | None]) -> list[tuple[tuple[str, ...],
                                                                   list[list[Any]]]]:
    """The UPDATEs of rows given column by column (``keys[i]``: ``columns[i]``), split in two
    executemany: the rows that keep every indexed value (``stored[i]``: row i's values of
    :func:`indexed_columns`, None when unknown) set none of those columns, so SQLite rewrites no
    index entry for them; the other rows, in their order, set the indexed columns that change
    in at least one of them. The rows written are the same: a value left out is the one the
    row holds, and the rows whose unique values change are updated in the same order."""
    checked = [(j, keys.index(k)) for j, k in enumerate(indexed_columns(table)) if k in keys]
    if not checked or not stored:
        return [(keys, columns)]
    same: list[list[bool]] = []  # per checked column, per row: the value is already there
    for j, pos in checked:
        same.append([old is not None and _same_stored(old[j], new)
                     for old, new in zip(stored, columns[pos], strict=True)])
    keeps = list(map(all, zip(*same)))
    moving = [i for i, kept in enumerate(keeps) if not kept]
    out = []
    for rows, left_out in (
            ([i for i, kept in enumerate(keeps) if kept], {pos for _j, pos in checked}),
            (moving, {pos for (_j, pos), flags in zip(checked, same, strict=True)
                      if all(flags[i] for i in moving)})):
        if not rows:
            continue
        kept_columns = [pos for pos in range(len(keys)) if pos not in left_out]
        if len(rows) == len(stored):
            part = [columns[pos] for pos in kept_columns]
        else:
            part = [[columns[pos][i] for i in rows] for pos in kept_columns]
        out.append((tuple(keys[pos] for pos in kept_columns), part))
    return out


class BulkInserts:
    """Picks the changes that are plain inserts and writes them; returns the others."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect
        self.wire_uuid = _hex if _text_uuid(self.dialect) else _native_uuid
        self.row_id = wire_id(self.dialect)
        self.local_version: dict[tuple[str, str], int] = {}  # rows looked up that are here
        self.local_keys: dict[tuple[str, str], tuple[Any, ...] | None] = {}  # indexed values

    def run(self, fresh: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, int],
                                                        dict[str, list[uuid.UUID]]]:
        """Write the plain inserts among ``fresh``; return (the rest, applied per table, ids of
        changed rows per table — only for tables whose derived data is rebuilt after apply)."""
        rest_ids = {i for i, n in Counter(c["r"] for c in fresh).items() if n > 1}
        by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in fresh:
            by_table[c["t"]].append(c)
        taken: dict[str, list[dict[str, Any]]] = {}
        accepted: dict[str, set[str]] = defaultdict(set)  # text ids written in this chunk
        for table in Base.metadata.sorted_tables:  # parents before children
            changes = by_table.get(table.name)
            if not changes:
                continue
            for c in changes:  # "r" is a checked canonical UUID, equal to the payload's id
                c["_w"] = self.row_id(c["r"])
            here = local_state(self.conn, table, [c["_w"] for c in changes])
            for c in changes:
                found = here.get(c["_w"])
                if found is not None:
                    key = (table.name, c["r"])
                    self.local_version[key] = found[0] or 0
                    self.local_keys[key] = found[1]
            picked = [c for c in changes if c["_w"] not in here and c["r"] not in rest_ids]
            picked = self._with_parents(table.name, picked, accepted, by_table)
            if picked:
                taken[table.name] = picked
                accepted[table.name] = {c["r"] for c in picked}
        if not taken:
            return fresh, {}, {}
        done: set[int] = set()
        applied: dict[str, int] = {}
        changed: dict[str, list[uuid.UUID]] = {}
        try:
            for table in Base.metadata.sorted_tables:
                picked = taken.get(table.name)
                if not picked:
                    continue
                self._insert_rows(table, picked)
                done.update(id(c) for c in picked)
                applied[table.name] = len(picked)
                if has_after_apply(table.name):
                    changed[table.name] = [uuid.UUID(c["r"]) for c in picked]
            self._insert_log([c for picked in taken.values() for c in picked])
        except IntegrityError as err:
            raise BulkConflict from err
        return [c for c in fresh if id(c) not in done], applied, changed

    def _with_parents(self, table: str, picked: list[dict[str, Any]],
                      accepted: dict[str, set[str]],
                      by_table: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
        """Keep the changes whose parent rows are here or written earlier in this chunk."""
        parents = codec(table).parents
        if not parents or not picked:
            return picked
        wanted: dict[str, set[str]] = defaultdict(set)
        for c in picked:
            payload = c["p"]
            for column, parent in parents:
                value = payload.get(column)
                if value is not None and value not in accepted[parent]:
                    wanted[parent].add(value)
        known: dict[str, set[str]] = {}
        for parent, ids in wanted.items():
            if parent == table and any(c["r"] in ids for c in by_table[table]):
                known[parent] = set()  # a parent in the same chunk and table: merge path
                ids = ids - {c["r"] for c in by_table[table]}
            texts = sorted(ids)
            wire = [self.wire_uuid(t) for t in texts]
            here = versions(self.conn, Base.metadata.tables[parent], wire)
            known.setdefault(parent, set()).update(t for t, w in zip(texts, wire) if w in here)
        kept = []
        for c in picked:
            payload = c["p"]
            if all(payload.get(column) is None or payload[column] in accepted[parent]
                   or payload[column] in known.get(parent, ()) for column, parent in parents):
                kept.append(c)
        return kept

    def _insert_rows(self, table: Table, picked: list[dict[str, Any]]) -> None:
        keys, columns = wire_columns(table, self.dialect, [c["p"] for c in picked],
                                     [c["_w"] for c in picked])
        execute_columns(self.conn, table, keys, columns)

    def _insert_log(self, changes: list[dict[str, Any]]) -> None:
        insert_log(self.conn, changes, [c["_w"] for c in changes])
