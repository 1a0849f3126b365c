"""Change capture: every write to a synced table appends change_log rows in the same transaction.

ORM writes (``session.add``, attribute changes, ``obj.deleted = True``) are captured by session
events. Set-based writes go through :func:`bulk_insert` / :func:`bulk_update`, which log every
row they touch. Any other set-based INSERT/UPDATE/DELETE on a synced table issued through a
Session is refused. Hard deletes of synced rows are refused too: a synced row is only ever
tombstoned (``deleted = True``).

Not guarded, so never do it: raw SQL (``text("UPDATE …")``, ``Connection.execute``) on a synced
table. Such a write would not be logged, so sync and audit would not see it.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

import orjson
from sqlalchemy import Connection, Table, bindparam, event, func, insert, inspect, select, update
from sqlalchemy.orm import Session

from db import chain, touched
from db.base import Synced, utcnow
from db.errors import N_, ValidationError
from db.ids import uuid7, uuid7_batch
from db.models import ChangeLog, synced_models


@dataclasses.dataclass(frozen=True)
class ChangeContext:
    """Who writes: stamped on every change_log row a session produces."""

    node_id: uuid.UUID
    epoch: int
    commune_code: str
    actor: str = "system"


_PENDING = "_xaso_pending_changes"
PROVINCE_WIDE = "*"  # commune_code of rows the province publishes to every commune (hub only)
_BULK_OPTION = "xaso_capture"


class ChangeCaptureError(RuntimeError):
    """A write that would bypass the change log."""


def context_of(session: Session) -> ChangeContext:
    ctx = session.info.get("change_context")
    if ctx is None:
        raise ChangeCaptureError(
            "this session has no change context; open it from make_session_factory(engine, ctx)"
        )
    return ctx


def json_default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in the change log")


def dump_payload(values: dict[str, Any]) -> str:
    return orjson.dumps(values, default=json_default, option=orjson.OPT_NON_STR_KEYS).decode()


def _row_values(obj: Synced) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    redact = type(obj).__change_redact__
    return {
        attr.key: getattr(obj, attr.key)
        for attr in mapper.column_attrs
        if attr.key not in redact
    }


def _allocate_seq(session: Session, ctx: ChangeContext, count: int) -> int:
    """First of ``count`` new sequence numbers for (node, epoch).

    Called after the flush has written, so on SQLite this transaction already holds the write
    lock; the unique (node_id, epoch, seq) constraint guards every other backend.
    """
    last = session.execute(
        select(func.max(ChangeLog.seq)).where(
            ChangeLog.node_id == ctx.node_id, ChangeLog.epoch == ctx.epoch
        )
    ).scalar()
    return (last or 0) + 1


def _log_rows(
    session: Session, ctx: ChangeContext, entries: Sequence[tuple[str, dict[str, Any], str]]
) -> None:
    """Append change_log rows for (table, row values, op) entries, in this transaction."""
    if not entries:
        return
    first = _allocate_seq(session, ctx, len(entries))
    now = utcnow()
    rows = [
        {
            "node_id": ctx.node_id,
            "epoch": ctx.epoch,
            "seq": first + i,
            "table_name": table,
            "row_id": values["id"],
            "commune_code": values.get("commune_code") or ctx.commune_code,
            "op": op,
            "payload": dump_payload(values),
            "version": values["version"],
            "actor": ctx.actor,
            "at": now,
        }
        for i, (table, values, op) in enumerate(entries)
    ]
    chain.stamp_new_rows(session, rows)
    executemany(session, ChangeLog.__table__, rows)
    lots = [values.get("lot_id") for table, values, _op in entries if table == "backlog_record"]
    if lots:  # what the op layer reports as the lots touched (db/touched.py)
        touched.note_lots(session.connection(), lots, len(lots))


def log_event(session: Session, table: str, values: dict[str, Any], op: str = "update") -> None:
    """One change_log row that no ORM write produced (e.g. the repair of the audit chain);
    ``values`` needs "id" and "version", like a row."""
    _log_rows(session, context_of(session), [(table, values, op)])


def executemany(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """One INSERT executed for many rows, converting values with each column's bind processor.

    The same as ``session.execute(insert(table), rows)`` but without SQLAlchemy's per-row
    parameter processing, which costs more than SQLite's own work on bulk inserts. A value
    identical (``is``) to the first row's — the shared timestamp, actor, commune — is
    converted once. Every row must have the same keys.
    """
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    keys = tuple(rows[0])
    converted: list[list[Any]] = []
    for key in keys:
        values = [row[key] for row in rows]
        process = table.c[key].type._cached_bind_processor(dialect)
        if process is not None:
            first = values[0]
            first_done = process(first)
            values = [first_done if v is first else process(v) for v in values]
        converted.append(values)
    execute_columns(conn, table, keys, converted)


_compiled: dict[tuple, tuple[str, tuple[str, ...], tuple[int, ...] | None]] = {}


def _run_columns(conn: Connection, cache_key: tuple, build, names: tuple[str, ...],
                 columns: Sequence[Sequence[Any]]) -> None:
    """Execute the statement ``build()`` once per row; ``columns[i]`` holds the values of the
    bind parameter ``names[i]``."""
    found = _compiled.get(cache_key)
    if found is None:
        stmt, column_keys = build()
        compiled = stmt.compile(dialect=conn.dialect, column_keys=column_keys)
        order = None
        if compiled.positional:
            position = {name: i for i, name in enumerate(names)}
            order = tuple(position[name] for name in compiled.positiontup)
        found = _compiled[cache_key] = (compiled.string, names, order)
    sql, names, order = found
    if order is not None:
        params: list[Any] = list(zip(*(columns[i] for i in order)))
    else:
        params = [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]
    conn.exec_driver_sql(sql, params)


def execute_columns(conn: Connection, table: Table, keys: Sequence[str],
                    columns: Sequence[Sequence[Any]]) -> None:
    """One INSERT of many rows given column by column (``columns[i]`` holds ``keys[i]``), the
    values already in the database driver's form."""
    keys = tuple(keys)
    _run_columns(conn, ("insert", table, conn.dialect, keys), lambda: (insert(table), list(keys)),
                 keys, columns)


def execute_update_columns(conn: Connection, table: Table, keys: Sequence[str],
                           columns: Sequence[Sequence[Any]]) -> None:
    """UPDATE … WHERE id = … for many rows given column by column (one of ``keys`` is "id"),
    the values already in the database driver's form."""
    keys = tuple(keys)
    names = tuple(f"w_{key}" for key in keys)

    def build():
        return update(table).where(table.c.id == bindparam("w_id")).values(
            {key: bindparam(f"w_{key}") for key in keys if key != "id"}), None

    _run_columns(conn, ("update", table, conn.dialect, keys), build, names, columns)


def _only_the_province(obj: Synced, ctx: ChangeContext) -> None:
    """Province-wide rows (targets, required courses) are written at the hub only."""
    if obj.commune_code == PROVINCE_WIDE != ctx.commune_code:
        raise ValidationError(N_("This entry was published by the province; only the province "
                                 "can change it."))


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _flush_context, _instances) -> None:
    pending: list[tuple[Synced, str]] = session.info.setdefault(_PENDING, [])
    synced_new = [o for o in session.new if isinstance(o, Synced)]
    synced_dirty = [o for o in session.dirty if isinstance(o, Synced)]
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise ChangeCaptureError(
                f"hard delete of a synced {type(obj).__tablename__} row; set deleted=True instead"
            )
    if not synced_new and not synced_dirty:
        return
    ctx = context_of(session)
    now = utcnow()
    for obj in synced_new:
        _only_the_province(obj, ctx)
        if obj.id is None:
            obj.id = uuid7()
        if not obj.commune_code:
            obj.commune_code = ctx.commune_code
        obj.version = obj.version or 1
        obj.updated_at = now
        obj.updated_by = ctx.actor
        obj.deleted = bool(obj.deleted)
        pending.append((obj, "insert"))
    for obj in synced_dirty:
        if not session.is_modified(obj, include_collections=False):
            continue
        _only_the_province(obj, ctx)
        state = inspect(obj)
        deleted_hist = state.attrs.deleted.history
        op = "update"
        if deleted_hist.has_changes() and obj.deleted and not any(deleted_hist.deleted or []):
            op = "delete"
        version_hist = state.attrs.version.history
        if not version_hist.has_changes():  # the caller may set an explicit version (sync apply)
            obj.version = (obj.version or 0) + 1
        obj.updated_at = now
        obj.updated_by = ctx.actor
        pending.append((obj, op))


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush_context) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    ctx = context_of(session)
    _log_rows(
        session,
        ctx,
        [(type(obj).__tablename__, _row_values(obj), op) for obj, op in pending],
    )


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


@event.listens_for(Session, "do_orm_execute")
def _guard_set_based_writes(state) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    if state.execution_options.get(_BULK_OPTION):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name in synced_models():
        raise ChangeCaptureError(
            f"set-based write to {name} bypasses the change log; use db.changes.bulk_insert/bulk_update"
        )


def _static_defaults(model: type[Synced]) -> dict[str, Any]:
    """Column defaults evaluated once per batch (scalars, and callables other than id/time)."""
    out: dict[str, Any] = {}
    for column in model.__table__.columns:
        default = column.default
        if default is None or column.key in ("id", "updated_at"):
            continue
        if default.is_scalar:
            out[column.key] = default.arg
        elif default.is_callable:
            out[column.key] = default.arg(None)
    return out


def bulk_insert(session: Session, model: type[Synced], rows: Iterable[dict[str, Any]]) -> int:
    """Insert many rows with one statement and log each one; returns the row count.

    The fast path for imports and generated data. Rows are plain dicts of column values, all
    with the same keys; missing columns take the model's defaults, the sync columns are
    stamped here.
    """
    ctx = context_of(session)
    rows = list(rows)
    if not rows:
        return 0
    now = utcnow()
    base = _static_defaults(model)
    base.update(commune_code=ctx.commune_code, version=1, updated_at=now,
                updated_by=ctx.actor, deleted=False)
    fresh_ids = iter(uuid7_batch(sum(1 for r in rows if r.get("id") is None)))
    prepared: list[dict[str, Any]] = []
    for row in rows:
        values = {**base, **row}
        if values.get("id") is None:
            values["id"] = next(fresh_ids)
        if not values["commune_code"]:
            values["commune_code"] = ctx.commune_code
        values["updated_at"] = now
        values["updated_by"] = ctx.actor
        prepared.append(values)
    keys = prepared[0].keys()
    if any(p.keys() != keys for p in prepared):
        raise ValueError("bulk_insert: every row must have the same columns")
    executemany(session, model.__table__, prepared)
    redact = model.__change_redact__
    table = model.__tablename__
    if redact:
        logged = [{k: v for k, v in p.items() if k not in redact} for p in prepared]
    else:
        logged = prepared
    _log_rows(session, ctx, [(table, values, "insert") for values in logged])
    return len(prepared)


def bulk_update(
    session: Session, model: type[Synced], ids: Sequence[uuid.UUID], values: dict[str, Any]
) -> int:
    """Set ``values`` on the rows with ``ids``, bump their versions and log each row."""
    if not ids:
        return 0
    ctx = context_of(session)
    now = utcnow()
    table = model.__table__
    op = "delete" if values.get("deleted") is True else "update"
    stamp = dict(values, updated_at=now, updated_by=ctx.actor)
    count = 0
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        stmt = (
            update(table)
            .where(table.c.id.in_(bindparam("ids", expanding=True)))
            .values(version=table.c.version + 1, **stamp)
        )
        result = session.execute(stmt, {"ids": chunk}, execution_options={_BULK_OPTION: "bulk"})
        count += result.rowcount
        rows = session.execute(
            select(table).where(table.c.id.in_(chunk)).order_by(table.c.id)
        ).mappings()
        redact = model.__change_redact__
        _log_rows(
            session,
            ctx,
            [
                (model.__tablename__, {k: v for k, v in row.items() if k not in redact}, op)
                for row in rows
            ],
        )
    session.expire_all()
    return count
