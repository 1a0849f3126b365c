"""Tamper evidence for the change log: every row carries a hash chained to the row before it.

``chain_hash(n) = SHA-256(chain_hash(n-1) || canonical text of row n)`` in local insertion
order (the autoincrement id), whatever the row's origin node. Editing, inserting or deleting a
row in the middle breaks the chain from that row on; :func:`verify_chain` finds the first one.

Rows written through :mod:`db.changes` are chained as they are logged; rows inserted any other
way (e.g. received from another node by code that writes change_log directly) are chained at the
commit of their transaction by :func:`chain_pending`, which also covers rows older than the
chain column.

On SQLite every write also checks the end of the chain before it extends it, in two index
lookups (no scan of the log): the newest chained row must still carry the hash this database
last gave it (its first 32 bits kept in the file header, ``PRAGMA user_version``), and rows
without a hash may only
follow every chained row. Clearing a row's hash to have it re-chained (which would hide an
edit) therefore stops every write with :class:`ChainBroken` until an administrator repairs the
chain (``xaso-admin audit --repair``: :func:`rechain_from`, recorded as an audited event).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event, select
from sqlalchemy.orm import Session

from db.errors import N_, DatabaseError
from db.models import ChangeLog

GENESIS = "0" * 64
_FIELDS = ("node_id", "epoch", "seq", "table_name", "row_id", "commune_code", "op", "payload",
           "version", "actor", "at")
FIELDS = _FIELDS
_table = ChangeLog.__table__


class ChainBroken(DatabaseError):
    """The change log was altered: writes stop until an administrator repairs the chain."""


def _broken(row: int | None) -> ChainBroken:
    return ChainBroken(N_("The change log of this computer was altered (at change {row}), so "
                          "nothing more can be saved. An administrator must run xaso-admin audit "
                          "--repair, which keeps a copy of the altered data for the province "
                          "help desk and records the repair in the change log."),
                       row=str(row) if row is not None else "?")


def _sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _mark(head: str) -> int:
    """The first 32 bits of a chain hash as SQLite's signed ``user_version`` (0 = none kept)."""
    value = int(head[:8], 16)
    return value - (1 << 32) if value >= 1 << 31 else value


def recorded_head(conn: Connection) -> int | None:
    value = conn.exec_driver_sql("PRAGMA user_version").scalar()
    return value or None


def _record_head(conn: Connection, head: str) -> None:
    """Kept in the database header (``PRAGMA user_version``, written in the same transaction):
    no table, so a staff account's write needs no right to change settings."""
    if not _sqlite(conn):
        return  # a hub on PostgreSQL chains concurrent imports at commit: no head to keep
    if not conn.connection.dbapi_connection.in_transaction:  # the rows are written after this:
        conn.exec_driver_sql("BEGIN")  # the header must commit or roll back with them
    conn.exec_driver_sql(f"PRAGMA user_version = {_mark(head)}")


def _check_head(conn: Connection, last: str, first_unchained: int | None = None) -> None:
    """The newest chained row still carries the hash last recorded, and no chained row follows
    a row without a hash (SQLite; a missing record — a database from before — is not checked)."""
    if not _sqlite(conn):
        return
    if first_unchained is not None:
        later = conn.exec_driver_sql(
            "SELECT id FROM change_log WHERE id > ? AND chain_hash IS NOT NULL LIMIT 1",
            (first_unchained,)).scalar()
        if later is not None:
            raise _broken(first_unchained)
    recorded = recorded_head(conn)
    if recorded is not None and recorded != _mark(last):
        raise _broken(first_unchained)


def _text(value: Any) -> str:
    """The text SQLite stores for the value, so raw rows hash without conversion."""
    if type(value) is str:  # most fields: no conversion
        return value
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, uuid.UUID):
        return value.hex
    return str(value)


def row_hash(previous: str, row: dict[str, Any] | Any) -> str:
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k)
    text = "\x1f".join(_text(get(name)) for name in _FIELDS)
    return hashlib.sha256((previous + "\x1e" + text).encode("utf-8")).hexdigest()


def _scalar(conn: Connection, query, sqlite: str, *params: Any) -> Any:
    """``query``; on SQLite the same query as ``sqlite``, whose INDEXED BY / NOT INDEXED keeps
    the planner on the id order (with statistics from PRAGMA optimize it may otherwise sort the
    whole log through the (node, epoch, seq) index for every write)."""
    if conn.dialect.name == "sqlite":
        return conn.exec_driver_sql(sqlite, params).scalar()
    return conn.execute(query).scalar()


def _last_hash(conn: Connection) -> str:
    last = _scalar(
        conn,
        select(_table.c.chain_hash).where(_table.c.chain_hash.is_not(None))
        .order_by(_table.c.id.desc()).limit(1),
        "SELECT chain_hash FROM change_log NOT INDEXED WHERE chain_hash IS NOT NULL "
        "ORDER BY id DESC LIMIT 1")
    return last or GENESIS


def stamp_new_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Give rows about to be inserted their chain hashes (called by db.changes)."""
    conn = session.connection()
    lock_chain(conn)
    pending = chain_pending(conn)
    previous = _last_hash(conn)
    if not pending:
        _check_head(conn, previous)
    sha256 = hashlib.sha256
    for row, text in zip(rows, _texts(rows), strict=True):
        previous = row["chain_hash"] = sha256((previous + "\x1e" + text).encode("utf-8")).hexdigest()
    if rows:
        _record_head(conn, previous)


def stamp_stored_columns(conn: Connection, columns: list[list[Any]]) -> list[str]:
    """Chain hashes for rows about to be inserted, given column by column in ``_FIELDS`` order
    and already as the database stores them (SQLite's text). Call it after the transaction has
    written something, so that no other writer can chain in between."""
    pending = chain_pending(conn)
    previous = _last_hash(conn)
    if not pending:
        _check_head(conn, previous)
    sha256 = hashlib.sha256
    texts = []
    for column in columns:
        kinds = set(map(type, column))  # one pass in C rather than a test per value
        texts.append(column if kinds <= {str} else list(map(str, column)) if kinds == {int}
                     else [_text(v) for v in column])
    out = []
    for text in map("\x1f".join, zip(*texts, strict=True)):
        previous = sha256((previous + "\x1e" + text).encode("utf-8")).hexdigest()
        out.append(previous)
    if out:
        _record_head(conn, previous)
    return out


def _texts(rows: list[dict[str, Any]]) -> list[str]:
    """Each row's hashed text (as :func:`row_hash`), converted field by field over the batch: a
    value identical (``is``) to the first row's — the node, time, actor — is converted once."""
    if not rows:
        return []
    columns = []
    for name in _FIELDS:
        values = [row[name] for row in rows]
        first = values[0]
        done = _text(first)
        columns.append([done if v is first else _text(v) for v in values])
    return ["\x1f".join(parts) for parts in zip(*columns, strict=True)]


def chain_pending(conn: Connection) -> int:
    """Chain every row still without a hash, in id order; returns how many were chained."""
    first = _scalar(
        conn,
        select(_table.c.id).where(_table.c.chain_hash.is_(None)).order_by(_table.c.id).limit(1),
        "SELECT id FROM change_log INDEXED BY ix_change_log_unchained WHERE chain_hash IS NULL "
        "ORDER BY id LIMIT 1")
    if first is None:
        return 0
    previous = _scalar(
        conn,
        select(_table.c.chain_hash).where(_table.c.id < first).order_by(_table.c.id.desc()).limit(1),
        "SELECT chain_hash FROM change_log NOT INDEXED WHERE id < ? ORDER BY id DESC LIMIT 1",
        first) or GENESIS
    _check_head(conn, previous, first)  # never re-chain over an altered row
    return _rechain(conn, first, previous)


def _rechain(conn: Connection, first: int, previous: str) -> int:
    """New hashes from row ``first`` on, read and written in slices of the id (a log of millions
    of rows is never held whole). Raw rows, as verify_chain reads them: the stored text is what
    is hashed, and no type conversion (it took most of the time on a large log)."""
    pg = conn.dialect.name == "postgresql"
    mark = "%s" if pg else "?"
    select_sql = (f"SELECT id, {', '.join(_FIELDS)} FROM change_log "  # noqa: S608
                  f"WHERE id >= {mark} ORDER BY id LIMIT 20000")
    update_sql = f"UPDATE change_log SET chain_hash = {mark} WHERE id = {mark}"  # noqa: S608
    sha256 = hashlib.sha256
    count = 0
    after = first
    while True:
        rows = conn.exec_driver_sql(select_sql, (after,)).all()
        if not rows:
            break
        updates = []
        for row_id, *values in rows:
            text = "\x1f".join(map(_text, values))
            previous = sha256((previous + "\x1e" + text).encode("utf-8")).hexdigest()
            updates.append((previous, row_id))
        conn.exec_driver_sql(update_sql, updates)
        count += len(updates)
        after = rows[-1][0] + 1
    if count:
        _record_head(conn, previous)
    return count


def rechain_from(conn: Connection, first: int) -> int:
    """The administrator's repair: new hashes for every row from ``first`` (the first altered
    one) on, and the head recorded again. The caller keeps a copy of the altered data and logs
    the repair (core/audit/log.py)."""
    previous = conn.execute(select(_table.c.chain_hash).where(_table.c.id < first)
                            .order_by(_table.c.id.desc()).limit(1)).scalar() or GENESIS
    return _rechain(conn, first, previous)


@dataclass(frozen=True)
class ChainReport:
    rows: int
    broken_at: int | None  # change_log.id of the first row whose hash does not match
    head: str

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_chain(conn: Connection, progress: Callable[[int], None] | None = None) -> ChainReport:
    """Recompute the chain from the first row; stops at the first mismatch."""
    previous = GENESIS
    count = 0
    columns = ", ".join(_FIELDS)
    # raw rows (no type conversion): the stored text is what was hashed
    result = conn.execution_options(stream_results=True).exec_driver_sql(
        f"SELECT id, chain_hash, {columns} FROM change_log ORDER BY id")  # noqa: S608
    sha256 = hashlib.sha256
    for row_id, stored, *values in result:
        count += 1
        text = "\x1f".join(map(_text, values))
        expected = sha256((previous + "\x1e" + text).encode("utf-8")).hexdigest()
        if stored != expected:
            return ChainReport(count, row_id, previous)
        previous = expected
        if progress and count % 5000 == 0:
            progress(count)
    return ChainReport(count, None, previous)


# PostgreSQL: one transaction at a time chains (held until its commit); the hub applies pushes
# of several computers at once, and two transactions chaining side by side would each hash
# their rows after the last row *they* see, so the chain would break at the later one's rows
_PG_CHAIN_LOCK = 0x7861736F  # "xaso"


def lock_chain(conn: Connection) -> None:
    """Wait for the right to chain (PostgreSQL; SQLite's single writer already has it)."""
    if not _sqlite(conn):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_CHAIN_LOCK})")


def chain_at_commit(conn: Connection) -> int:
    """Chain the rows without a hash, just before the transaction commits (PostgreSQL: received
    changes are inserted unchained, since the hub applies several pushes at once).

    Under the chain lock, every visible row without a hash is chained from the first one on,
    including rows other transactions chained since (a transaction that began earlier may hold
    lower ids): the rows visible after each commit always form one unbroken chain."""
    lock_chain(conn)
    return chain_pending(conn)


@event.listens_for(Session, "before_commit")
def _chain_at_commit(session: Session) -> None:
    if session.info.get("change_context") is not None:
        chain_at_commit(session.connection())
