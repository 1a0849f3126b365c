"""commune-scoped ids: re-key rows whose id came from a key every commune shares

Until 0013 the ids of officers (from the CCCD alone), report notes (kind and period),
certificates and trusted CAs (the fingerprint) did not name the commune, so two communes writing
the same key shared a row id and the hub refused the second. From 0014 such an id is
``uuid5(ns, f"{kind}:{commune}|{key}")`` (db/ids.py ``commune_id``); attendance and course results,
whose ids derive from the officer's, follow. Every computer and the hub compute the same new id
for the same row, so installations upgrade in place: the rows, every column that refers to them,
the change log (row ids and payloads, then the hash chain from the first rewritten row), conflicts,
quarantine and settings are rewritten; sync cursors (node, epoch, seq) do not change. Ids that
were not derived from the shared key (UUIDv7, or a CCCD corrected since) cannot collide and stay.
Bundles of schema < 0014 are refused (core/sync/verify.py), so a computer not yet upgraded never
sends or receives old ids; once upgraded it re-sends what the hub has not acknowledged.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 09:00:00
"""

from __future__ import annotations

import re
import uuid

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

NAMESPACE = uuid.UUID("6f1d0d5e-8a52-4b8e-9c1e-2f1a3b5c7d90")  # db/ids.py, frozen here
# columns that refer to a re-keyed table (foreign keys at 0013)
REFERENCES = {
    "officer": [("account", "officer_id"), ("backlog_batch", "officer_id"),
                ("certificate", "officer_id"), ("course_result", "officer_id"),
                ("equipment", "officer_id"), ("support_ticket", "officer_id"),
                ("team_member", "officer_id"), ("attendance", "officer_id"),
                ("backlog_record", "officer_id"), ("cert_request", "officer_id")],
    "certificate": [("certificate", "replaced_by_id"), ("backlog_record", "certificate_id"),
                    ("cert_request", "certificate_id"), ("cert_request", "result_certificate_id")],
}
REKEYED = ("officer", "certificate", "cert_authority", "report_note", "attendance",
           "course_result")
_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# in JSON an id is always a quoted string: a pattern that starts with a literal is searched for
# far faster than one that starts with a class (a log of millions of rows is read through it)
_UUID_JSON = re.compile(r'"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"')


def _nid(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{key}")


def _rows(conn, name: str, *columns: str, uuids: tuple[str, ...] = ("id",)):
    t = sa.table(name, *(sa.column(c, sa.Uuid if c in uuids else sa.String) for c in columns))
    return conn.execute(sa.select(*t.c)).all()


def id_map(conn) -> dict[uuid.UUID, uuid.UUID]:
    """old id -> new id of every row whose id came from a key shared by all communes."""
    out: dict[uuid.UUID, uuid.UUID] = {}

    def scoped(commune: str) -> bool:
        return bool(commune) and commune != "*"

    for row_id, commune, cccd in _rows(conn, "officer", "id", "commune_code", "cccd"):
        if scoped(commune) and row_id == _nid("officer", cccd):
            out[row_id] = _nid("officer", f"{commune}|{cccd}")
    for table in ("certificate", "cert_authority"):
        for row_id, commune, fingerprint in _rows(conn, table, "id", "commune_code", "fingerprint"):
            if scoped(commune) and row_id == _nid(table, fingerprint):
                out[row_id] = _nid(table, f"{commune}|{fingerprint}")
    for row_id, commune, kind, period in _rows(conn, "report_note", "id", "commune_code", "kind",
                                               "period"):
        if scoped(commune) and row_id == _nid("report_note", f"{kind}:{period}"):
            out[row_id] = _nid("report_note", f"{commune}|{kind}:{period}")
    officers = dict(out)
    for table, parent in (("attendance", "session_id"), ("course_result", "course_id")):
        for row_id, parent_id, officer_id in _rows(conn, table, "id", parent, "officer_id",
                                                   uuids=("id", parent, "officer_id")):
            new_officer = officers.get(officer_id)
            if new_officer is not None and row_id == _nid(table, f"{parent_id}:{officer_id}"):
                out[row_id] = _nid(table, f"{parent_id}:{new_officer}")
    return out


def _constraints() -> None:
    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.drop_constraint('uq_officer_cccd', type_='unique')
        batch_op.create_unique_constraint('uq_officer_commune_cccd', ['commune_code', 'cccd'])
        batch_op.create_index('ix_officer_cccd', ['cccd'], unique=False)
    for table in ('certificate', 'cert_authority'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f'uq_{table}_fingerprint', type_='unique')
            batch_op.create_unique_constraint(f'uq_{table}_commune_fingerprint',
                                              ['commune_code', 'fingerprint'])


def _foreign_keys():
    """(table, column, referred table) of every foreign key to a re-keyed table."""
    return [(table, column, parent) for parent, refs in REFERENCES.items()
            for table, column in refs]


def _rewrite_ids(conn, mapping: dict[uuid.UUID, uuid.UUID]) -> None:
    """Primary keys and the columns that refer to them, through one mapping table."""
    pg = conn.dialect.name == "postgresql"
    id_table = sa.Table("xaso_id_map", sa.MetaData(), sa.Column("old", sa.Uuid, primary_key=True),
                        sa.Column("new", sa.Uuid), prefixes=["TEMPORARY"])
    id_table.create(conn)
    conn.execute(id_table.insert(), [{"old": o, "new": n} for o, n in mapping.items()])
    if pg:  # not deferrable there: dropped while the ids change, then made again
        for table, column, parent in _foreign_keys():
            conn.exec_driver_sql(f'ALTER TABLE {table} DROP CONSTRAINT '
                                 f'fk_{table}_{column}_{parent}')
    else:  # SQLite checks them at commit
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    columns = [(t, "id") for t in REKEYED] + [(t, c) for t, c, _p in _foreign_keys()]
    columns += [("change_log", "row_id"), ("sync_conflict", "row_id"), ("sync_quarantine", "row_id")]
    for table, column in columns:
        t = sa.table(table, sa.column(column, sa.Uuid))
        conn.execute(t.update().where(t.c[column].in_(sa.select(id_table.c.old))).values(
            {column: sa.select(id_table.c.new).where(id_table.c.old == t.c[column])
             .scalar_subquery()}))
    if pg:
        for table, column, parent in _foreign_keys():
            conn.exec_driver_sql(f'ALTER TABLE {table} ADD CONSTRAINT fk_{table}_{column}_{parent} '
                                 f'FOREIGN KEY ({column}) REFERENCES {parent} (id)')
    id_table.drop(conn)


def _rewrite_text(conn, table: str, key: str, columns: tuple[str, ...], mapping: dict[str, str],
                  where=None, pattern: re.Pattern = _UUID_TEXT) -> int | None:
    """Replace every old id written as text in ``columns`` (read in batches of the key);
    returns the smallest key changed. ``pattern``'s last group is the id (``_UUID_JSON``
    for columns that hold JSON only)."""
    t = sa.table(table, sa.column(key), *(sa.column(c, sa.Text) for c in columns))
    first = None
    after = None

    group = pattern.groups

    def swap(match: re.Match) -> str:
        old = match.group(group)
        return match.group(0).replace(old, mapping[old]) if old in mapping else match.group(0)

    while True:
        query = sa.select(t.c[key], *(t.c[c] for c in columns)).order_by(t.c[key]).limit(20000)
        if where is not None:
            query = query.where(where(t))
        if after is not None:
            query = query.where(t.c[key] > after)
        rows = conn.execute(query).all()
        if not rows:
            return first
        after = rows[-1][0]
        updates = []
        old = mapping.keys()
        for row in rows:
            # most texts name no re-keyed id: found with one findall, left without a rewrite
            if not any(v and not old.isdisjoint(pattern.findall(v)) for v in row[1:]):
                continue
            values = {c: pattern.sub(swap, row[i + 1]) if row[i + 1] else row[i + 1]
                      for i, c in enumerate(columns)}
            updates.append({"k": row[0], **{f"v_{c}": v for c, v in values.items()}})
            first = row[0] if first is None else min(first, row[0])
        if updates:
            conn.execute(t.update().where(t.c[key] == sa.bindparam("k")).values(
                {c: sa.bindparam(f"v_{c}") for c in columns}), updates)


def upgrade() -> None:
    conn = op.get_bind()
    mapping = id_map(conn)
    _constraints()
    if not mapping:
        return
    _rewrite_ids(conn, mapping)
    text = {str(o): str(n) for o, n in mapping.items()}
    tables = sorted(set(REKEYED) | {t for t, _c, _p in _foreign_keys()})
    # a rewritten row id is also in its payload ("id"), so ``first`` covers both
    first = _rewrite_text(conn, "change_log", "id", ("payload",), text,
                          lambda t: sa.column("table_name").in_(tables), _UUID_JSON)
    _rewrite_text(conn, "sync_conflict", "id", ("local_payload", "incoming_payload"), text,
                  pattern=_UUID_JSON)
    _rewrite_text(conn, "sync_quarantine", "id", ("payload", "missing_id"), text)
    _rewrite_text(conn, "setting", "key", ("value",), text)  # e.g. the report signer's id
    if first is not None:  # the log's rows changed: chain them again from the first
        from db.chain import rechain_from

        rechain_from(conn, first)


def downgrade() -> None:
    """The constraints only: the ids stay commune-scoped (restore the backup made before the
    upgrade to have the old ones back)."""
    for table in ('certificate', 'cert_authority'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f'uq_{table}_commune_fingerprint', type_='unique')
            batch_op.create_unique_constraint(f'uq_{table}_fingerprint', ['fingerprint'])
    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.drop_index('ix_officer_cccd')
        batch_op.drop_constraint('uq_officer_commune_cccd', type_='unique')
        batch_op.create_unique_constraint('uq_officer_cccd', ['cccd'])
