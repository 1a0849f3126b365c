"""The sections' derived data, rebuilt after received rows are applied (see hooks.py)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.backlog import lots as backlog
from core.sync.hooks import register_after_apply
from db.models import BacklogRecord


def backlog_records_applied(session: Session, record_ids: list[uuid.UUID]) -> None:
    """Received record steps: rebuild the counters of the lots they belong to."""
    lot_ids: set[uuid.UUID] = set()
    for start in range(0, len(record_ids), 500):
        part = record_ids[start:start + 500]
        lot_ids.update(session.execute(
            select(BacklogRecord.lot_id).where(BacklogRecord.id.in_(part)).distinct()).scalars())
    if lot_ids:
        backlog.refresh_counters(session, lot_ids)


def register() -> None:
    register_after_apply("backlog_record", backlog_records_applied)
