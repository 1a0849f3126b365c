"""How many changes wait to be sent to a peer, from index seeks instead of a scan of change_log.

The slow form is ``count(*)`` over ``export.pending_changes``: every change_log row beyond the
peer's cursor for its origin (node, epoch), of a table that leaves this computer and of this
commune. At 1 M rows that read the whole log (3,6 s on the overview). Here:

- the origins present are found by a skip scan of the (node_id, epoch, seq) index: one seek per
  origin;
- this computer's own origin of its current epoch has contiguous sequence numbers
  (``db.changes`` gives each new row max + 1 of its (node, epoch); rows are never deleted; a
  restored backup starts a new epoch, and only an earlier epoch's changes can come back from the
  hub, without the rows that never left), so the rows beyond the cursor number
  ``top - cursor``, less the rows that never leave
  (tables with ``__sync_scope__ = "local"``, the audit chain's repair events, province
  catalogue rows, commune '*'), which the
  partial index ``ix_change_log_stays`` holds, few of them;
- other origins (changes received from another computer of the commune, not yet passed on;
  this computer's earlier epochs) are counted on the unique index's range beyond the cursor:
  as many steps as such changes wait.

The cursor is ``state.peer_cursors``': what the peer last said it holds, else the larger of what
it acknowledged and what it sent.

Everything is plain SQL on the driver connection (no statement compiled per call).
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from db.models.core import CHANGE_LOG_STAYS as STAYS

# STAYS never leaves this computer: tables audited locally, the audit chain's own repair events
# (core/audit/repair.py) and the province's catalogue rows; it is the WHERE of the partial
# index (migration 0018), so SQLite can use the index for it. A test checks it against the
# models' scopes.
STAYS_INDEX = "ix_change_log_stays"


def _origins(conn) -> list[tuple[str, int]]:
    """(node_id as stored, epoch) of every origin in change_log, one or two index seeks each
    (a row-value ``(node_id, epoch) > (?, ?)`` would read every entry of the origin left)."""
    out: list[tuple[str, int]] = []
    row = conn.exec_driver_sql(
        "SELECT node_id, epoch FROM change_log ORDER BY node_id, epoch LIMIT 1").first()
    while row is not None:
        node, epoch = row[0], row[1]
        out.append((node, epoch))
        row = conn.exec_driver_sql(
            "SELECT node_id, epoch FROM change_log WHERE node_id = ? AND epoch > ? "
            "ORDER BY epoch LIMIT 1", (node, epoch)).first() or conn.exec_driver_sql(
            "SELECT node_id, epoch FROM change_log WHERE node_id > ? "
            "ORDER BY node_id, epoch LIMIT 1", (node,)).first()
    return out


def pending_count(conn, node_id: uuid.UUID, epoch: int, peer: str, commune: str | None,
                  tables: list[str]) -> int:
    """The number of rows ``export.pending_changes(peer, commune, tables)`` would return.

    ``conn``: a Connection (or a Session's); ``node_id``, ``epoch``: this computer's and its
    current epoch. SQLite only (the desktop); ``tables`` are the exported ones
    (``state.exported_tables``)."""
    if isinstance(conn, Session):
        conn = conn.connection()
    if commune is None:  # a hub's view: every commune, no shortcut worth having
        return _slow(conn, peer, commune, tables)
    cursors = {(node, ep): held if held is not None else max(acked or 0, received or 0)
               for node, ep, held, acked, received in conn.exec_driver_sql(
                   "SELECT node_id, epoch, held_seq, acked_seq, received_seq FROM sync_state "
                   "WHERE peer_id = ?", (peer,))}
    own = (node_id.hex, epoch)
    marks = ", ".join("?" * len(tables))
    total = 0
    for node, ep in _origins(conn):
        cursor = cursors.get((node, ep), 0)
        if (node, ep) == own:
            # two statements: SQLite answers a lone min() or max() with one seek, both
            # together by reading the whole range
            low = conn.exec_driver_sql("SELECT min(seq) FROM change_log WHERE node_id = ? "
                                       "AND epoch = ?", (node, ep)).scalar()
            top = conn.exec_driver_sql("SELECT max(seq) FROM change_log WHERE node_id = ? "
                                       "AND epoch = ?", (node, ep)).scalar()
            start = max(cursor, (low or 1) - 1)
            if top is None or top <= start:
                continue
            stays = conn.exec_driver_sql(
                f"SELECT count(*) FROM change_log INDEXED BY {STAYS_INDEX} WHERE node_id = ? "
                f"AND epoch = ? AND seq > ? AND ({STAYS})", (node, ep, start)).scalar()
            total += top - start - stays
        else:
            total += conn.exec_driver_sql(
                "SELECT count(*) FROM change_log WHERE node_id = ? AND epoch = ? AND seq > ? "
                f"AND table_name IN ({marks}) AND commune_code = ?",
                (node, ep, cursor, *tables, commune)).scalar()
    return total


def _slow(conn, peer: str, commune: str | None, tables: list[str]) -> int:
    from sqlalchemy import func, select

    from core.sync.export import pending_changes

    return conn.execute(select(func.count()).select_from(
        pending_changes(peer, commune, tables).subquery())).scalar() or 0


def slow_pending_count(session: Session, peer: str, commune: str | None,
                       tables: list[str]) -> int:
    """``count(*)`` over every pending change: what :func:`pending_count` must equal (tests,
    ``xaso-admin`` checks)."""
    return _slow(session.connection(), peer, commune, tables)
