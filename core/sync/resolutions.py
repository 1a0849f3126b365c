"""A conflict resolved on one computer closes on every computer of the commune and at the hub.

Resolving writes a ``sync_resolution`` row (table, row id, the row's version once resolved,
keep/take) through the ORM, so it is logged and travels like any change. Where it is applied
(another computer of the commune, the hub), the open conflicts of that row whose two versions
are not newer than the resolved one are closed with the same resolution.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.sync.hooks import register_after_apply
from db.base import utcnow
from db.models import SyncConflict, SyncResolution


def record(session: Session, conflict: SyncConflict, row_version: int, resolution: str) -> None:
    """The resolution as a row that travels (in the caller's transaction)."""
    session.add(SyncResolution(table_name=conflict.table_name, row_id=conflict.row_id,
                               row_version=row_version, resolution=resolution))


def close_resolved(session: Session, resolution_ids: list[uuid.UUID]) -> int:
    """Close the open conflicts the received resolutions settle; returns how many."""
    closed = 0
    for start in range(0, len(resolution_ids), 500):
        part = resolution_ids[start:start + 500]
        for r in session.execute(select(SyncResolution).where(
                SyncResolution.id.in_(part), SyncResolution.deleted.is_(False))).scalars():
            closed += session.execute(update(SyncConflict).where(
                SyncConflict.resolved.is_(False), SyncConflict.table_name == r.table_name,
                SyncConflict.row_id == r.row_id, SyncConflict.local_version <= r.row_version,
                SyncConflict.incoming_version <= r.row_version).values(
                resolved=True, resolved_at=utcnow(), resolved_by=r.updated_by[:64],
                resolution=r.resolution)).rowcount or 0
    return closed


def register() -> None:
    register_after_apply("sync_resolution", close_resolved)
