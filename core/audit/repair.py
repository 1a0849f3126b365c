"""Repairing an altered change log (``xaso-admin audit --repair``): evidence kept, then logged.

When the chain is broken every write stops (db/chain.py). The administrator's repair:
1. verifies the whole chain and finds the first altered row;
2. keeps a copy of the database as it is (``backups/xaso-before-audit-repair-*.sqlite``): the
   altered rows stay available to the province help desk;
3. in one transaction, gives every row from the altered one on a new hash and appends a change
   log entry (table ``change_log``) saying who repaired it, from which row, how many rows, and
   the name of the kept copy — so the repair itself is in the audit trail, chained like any
   change, and can never look like an untouched log.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.accounts.permissions import ADMIN, require
from db.chain import rechain_from, verify_chain
from db.changes import log_event
from db.ids import uuid7
from db.migrate import backup_file


@dataclass(frozen=True)
class RepairReport:
    broken_at: int
    rows: int  # rows given a new hash
    kept: str  # file name of the copy kept before the repair


def repair_chain(store, actor: str, role: str | None = None) -> RepairReport | None:
    """None when the chain holds (nothing to repair)."""
    require(role or store.role, "repair_audit")
    with store.session() as s:
        report = verify_chain(s.connection())
    if report.ok:
        return None
    kept = backup_file(store.paths.db_file, store.paths.backups, "before-audit-repair")
    with store.write(actor=actor, role=role or ADMIN) as s:
        rows = rechain_from(s.connection(), report.broken_at)
        log_event(s, "change_log", {
            "id": uuid7(), "version": 1, "event": "audit_chain_repaired",
            "broken_at": report.broken_at, "rows": rows, "kept_copy": kept.name})
    return RepairReport(report.broken_at, rows, kept.name)
