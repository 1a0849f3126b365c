"""Which tables a transaction changed, seen where every write passes: the statements sent to the
database.

Every INSERT, UPDATE, DELETE or REPLACE that changed at least one row names its table on the
connection; the names move to the current :class:`Touched` recorder when the transaction
commits and are dropped when it rolls back. This covers ORM flushes, the bulk paths of
``db.changes``, the sync apply and raw SQL alike, and the tables without a change log
(``setting``, ``account``, ``sync_log``). ``core.ops`` turns a recorder into a ``Changes``.

Only the thread that opened a recorder is watched (a context variable), so a recorder in a
writer thread never sees another thread's writes. A *watch* (:func:`watch`) sees the commits
of every thread of the process: what the overview read ahead during the sign-in is shown only if
nothing it depends on was committed since.
"""

from __future__ import annotations

import contextvars
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, event

_WRITE = re.compile(
    r'^\s*(?:(?:INSERT|REPLACE)(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+'
    r'(?:"?main"?\.)?"?([A-Za-z_][A-Za-z0-9_]*)"?',
    re.IGNORECASE,
)
_PENDING = "xaso_touched_tables"
_LOTS = "xaso_touched_lots"  # lots of backlog records noted by db.changes, and how many rows
_RECORDS = "backlog_record"


def written_table(statement: str) -> str | None:
    """The table an INSERT/UPDATE/DELETE/REPLACE statement writes, else None."""
    found = _WRITE.match(statement)
    return found.group(1).lower() if found else None


@dataclass
class Touched:
    """What the committed transactions of one piece of work changed."""

    tables: set[str] = field(default_factory=set)
    lots: set[uuid.UUID] = field(default_factory=set)
    records_written: int = 0  # backlog_record rows changed …
    records_noted: int = 0  # … and how many of them named their lot
    events: set[str] = field(default_factory=set)  # not a table: e.g. a backup file made

    @property
    def lots_known(self) -> bool:
        return self.records_noted >= self.records_written


_current: contextvars.ContextVar[Touched | None] = contextvars.ContextVar("xaso_touched",
                                                                         default=None)


@contextmanager
def recording() -> Iterator[Touched]:
    """Record what the commits made in this block (on this thread) changed."""
    touched = Touched()
    token = _current.set(touched)
    try:
        yield touched
    finally:
        _current.reset(token)


_watches: list[Touched] = []  # process-wide watches (every thread's commits)


def watch() -> Touched:
    """Start seeing the commits of every thread; :func:`unwatch` when done."""
    touched = Touched()
    _watches.append(touched)
    return touched


def unwatch(touched: Touched) -> Touched:
    for i, watching in enumerate(_watches):
        if watching is touched:
            del _watches[i]
            break
    return touched


def current() -> Touched | None:
    return _current.get()


def note_event(name: str) -> None:
    """Something that is not a table row changed (a backup file); recorded if anyone listens."""
    for watching in tuple(_watches):
        watching.events.add(name)
    touched = _current.get()
    if touched is not None:
        touched.events.add(name)


def note_lots(connection, lot_ids, rows: int) -> None:
    """``rows`` backlog records of these lots are written in the connection's transaction."""
    if _current.get() is None:
        return
    pending = connection.info.setdefault(_LOTS, [set(), 0])
    pending[0].update(lot for lot in lot_ids if lot is not None)
    pending[1] += rows


@event.listens_for(Engine, "after_cursor_execute")
def _after_execute(conn, cursor, statement, _parameters, _context, _executemany) -> None:
    # noted whoever listens now: a watch started before this transaction commits sees it whole
    table = written_table(statement)
    if table is None:
        return
    changed = cursor.rowcount
    if changed == 0:
        return
    pending = conn.info.setdefault(_PENDING, {})
    pending[table] = pending.get(table, 0) + max(changed, 1)


@event.listens_for(Engine, "commit")
def _on_commit(conn) -> None:
    pending = conn.info.pop(_PENDING, None)
    lots = conn.info.pop(_LOTS, None)
    if not pending:
        return
    for watching in tuple(_watches):
        watching.tables.update(pending)
    touched = _current.get()
    if touched is None:
        return
    touched.tables.update(pending)
    touched.records_written += pending.get(_RECORDS, 0)
    if lots is not None:
        touched.lots.update(lots[0])
        touched.records_noted += lots[1]


@event.listens_for(Engine, "rollback")
def _on_rollback(conn) -> None:
    conn.info.pop(_PENDING, None)
    conn.info.pop(_LOTS, None)
