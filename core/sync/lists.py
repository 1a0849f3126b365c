"""Lists of the Đồng bộ screen (history, conflicts, quarantine) and resolving a conflict."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core import labels
from core.accounts.permissions import require_in
from core.paging import PageRequest, fetch_page, row_key
from core.sync import resolutions
from core.sync.rows import STAMP_COLUMNS, codec
from db.base import utcnow
from db.errors import N_, UserError
from db.models import SyncConflict, SyncLog, SyncQuarantine

TABLE_NAMES = labels.TABLES  # the one catalogue of names: core/labels.py
FIELD_NAMES = labels.FIELDS


@dataclass(frozen=True)
class ListQuery:
    """No filters yet; the lists are newest first."""

    open_only: bool = True


@dataclass(frozen=True)
class LogRow:
    id: int
    started_at: dt.datetime
    direction: str
    channel: str
    file_name: str
    status: str
    applied: int
    skipped: int
    conflicts: int
    quarantined: int
    changes: int
    message: str
    message_params: str
    key: tuple = field(compare=False)

    @property
    def error(self) -> UserError | None:
        """The message as an error to translate (English template + parameters)."""
        if not self.message:
            return None
        return UserError(self.message, **orjson.loads(self.message_params or "{}"))


def count_log(session: Session, query: ListQuery) -> int:
    return session.execute(select(func.count()).select_from(SyncLog)).scalar_one()


def page_log(session: Session, query: ListQuery, request: PageRequest) -> list[LogRow]:
    cols = [SyncLog.id, SyncLog.started_at, SyncLog.direction, SyncLog.channel,
            SyncLog.file_name, SyncLog.status, SyncLog.applied, SyncLog.skipped,
            SyncLog.conflicts, SyncLog.quarantined, SyncLog.changes, SyncLog.message,
            SyncLog.message_params]
    rows = fetch_page(session, select(*cols), SyncLog.started_at, SyncLog.id, True, request)
    return [LogRow(*row[: len(cols)], key=row_key(row)) for row in rows]


@dataclass(frozen=True)
class ConflictRow:
    id: int
    detected_at: dt.datetime
    table_name: str
    row_id: uuid.UUID
    local_version: int
    incoming_version: int
    winner: str
    local_payload: str
    incoming_payload: str
    key: tuple = field(compare=False)

    @property
    def label(self) -> str:
        """The record in words: its name or title as this computer has it."""
        values = orjson.loads(self.local_payload)
        return str(values.get("full_name") or values.get("title") or values.get("name") or "")


def _conflicts(query: ListQuery, stmt):
    return stmt.where(SyncConflict.resolved.is_(False)) if query.open_only else stmt


def count_conflicts(session: Session, query: ListQuery) -> int:
    return session.execute(_conflicts(query, select(func.count()).select_from(SyncConflict))).scalar_one()


def page_conflicts(session: Session, query: ListQuery, request: PageRequest) -> list[ConflictRow]:
    cols = [SyncConflict.id, SyncConflict.detected_at, SyncConflict.table_name,
            SyncConflict.row_id, SyncConflict.local_version, SyncConflict.incoming_version,
            SyncConflict.winner, SyncConflict.local_payload, SyncConflict.incoming_payload]
    rows = fetch_page(session, _conflicts(query, select(*cols)), SyncConflict.detected_at,
                      SyncConflict.id, True, request)
    return [ConflictRow(*row[: len(cols)], key=row_key(row)) for row in rows]


# why the hub refused one of this computer's changes, and what the clerk can do about it
REFUSALS = {
    "other_commune": N_("The province server did not take this record: a record with the same "
                        "id belongs to commune {commune}. Your other changes were sent and "
                        "syncing goes on. If the record was entered here by mistake or copied "
                        "from another commune's data, delete it; otherwise tell the province IT "
                        "officer the record id."),
}
_REFUSED_OTHER = N_("The province server did not take this record ({reason}). Your other "
                    "changes were sent. Tell the province IT officer the record id.")


@dataclass(frozen=True)
class QuarantineRow:
    id: int
    received_at: dt.datetime
    table_name: str
    row_id: uuid.UUID
    missing_table: str
    missing_id: str
    reason: str = ""
    reason_params: str = "{}"
    key: tuple = field(default=(), compare=False)

    @property
    def refused(self) -> bool:
        """One of this computer's changes the hub refused (not a change waiting for its parent)."""
        return bool(self.reason)

    @property
    def message(self) -> UserError | None:
        """What happened and what to do, to translate (None for a change waiting for its parent)."""
        if not self.reason:
            return None
        params = orjson.loads(self.reason_params or "{}")
        if self.reason in REFUSALS:
            return UserError(REFUSALS[self.reason], **params)
        return UserError(_REFUSED_OTHER, reason=self.reason)


def count_quarantine(session: Session, query: ListQuery) -> int:
    return session.execute(select(func.count()).select_from(SyncQuarantine)).scalar_one()


def page_quarantine(session: Session, query: ListQuery, request: PageRequest) -> list[QuarantineRow]:
    cols = [SyncQuarantine.id, SyncQuarantine.received_at, SyncQuarantine.table_name,
            SyncQuarantine.row_id, SyncQuarantine.missing_table, SyncQuarantine.missing_id,
            SyncQuarantine.reason, SyncQuarantine.reason_params]
    rows = fetch_page(session, select(*cols), SyncQuarantine.received_at, SyncQuarantine.id,
                      True, request)
    return [QuarantineRow(*row[: len(cols)], key=row_key(row)) for row in rows]


def differences(row: ConflictRow) -> list[tuple[str, Any, Any]]:
    """(column, this computer's value, the other value) for every column that differs."""
    mine, other = orjson.loads(row.local_payload), orjson.loads(row.incoming_payload)
    skip = {"id", "version", *STAMP_COLUMNS, "search_key", "sort_key"}
    return [(k, mine.get(k), other.get(k)) for k in sorted(set(mine) | set(other))
            if k not in skip and mine.get(k) != other.get(k)]


def resolve(session: Session, conflict_id: int, take_other: bool, actor: str) -> None:
    """Keep the row as it is, or write the other version's values as a new local change.

    "The other version" is the one the row does not hold now. Writing goes through the ORM,
    so the change is logged and travels to the other computers like any edit.
    """
    require_in(session, "resolve_conflict")
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.resolved:
        raise UserError(N_("This conflict was already resolved."))
    table = codec(conflict.table_name)
    row = session.get(table.model, conflict.row_id)
    if take_other:
        loser = conflict.local_payload if conflict.winner == "incoming" else conflict.incoming_payload
        values = table.decode(orjson.loads(loser))
        if row is None:
            raise UserError(N_("The record of this conflict no longer exists."))
        for column, value in values.items():
            if column not in ("id", "version", "commune_code", *STAMP_COLUMNS):
                setattr(row, column, value)
        session.flush()
    version = max(row.version if row is not None else 0, conflict.local_version,
                  conflict.incoming_version)
    # travels: the same conflict closes on the commune's other computers and at the hub
    resolutions.record(session, conflict, version, "take" if take_other else "keep")
    conflict.resolved = True
    conflict.resolved_at = utcnow()
    conflict.resolved_by = actor
    conflict.resolution = "take" if take_other else "keep"
