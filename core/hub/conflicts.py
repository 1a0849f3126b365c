"""The hub's conflicts, for the province IT officer (``xaso-hub conflicts``).

A conflict at the hub is a commune's change that did not follow the hub's version of the row
(docs/sync-format.md §4): both versions are kept, the row holds the larger. It closes when a
computer of the commune resolves the same conflict (core/sync/resolutions.py).
"""

from __future__ import annotations

import orjson
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from core.sync.lists import ConflictRow, differences
from db.models import SyncConflict


def conflicts(engine: Engine, include_resolved: bool = False) -> list[dict]:
    """Open conflicts (all with ``include_resolved``), oldest first, with the commune and the
    columns whose values differ."""
    query = select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.id)
    if not include_resolved:
        query = query.where(SyncConflict.resolved.is_(False))
    out = []
    with Session(engine) as s:
        for c in s.scalars(query):
            local, incoming = orjson.loads(c.local_payload), orjson.loads(c.incoming_payload)
            row = ConflictRow(c.id, c.detected_at, c.table_name, c.row_id, c.local_version,
                              c.incoming_version, c.winner, c.local_payload, c.incoming_payload,
                              key=())
            out.append({
                "id": c.id, "detected_at": c.detected_at.isoformat(),
                "commune": local.get("commune_code") or incoming.get("commune_code") or "",
                "table": c.table_name, "row_id": str(c.row_id), "label": row.label,
                "hub_version": c.local_version, "incoming_version": c.incoming_version,
                "kept": c.winner, "origin_node": str(c.origin_node),
                "resolved": c.resolved, "resolution": c.resolution,
                "resolved_by": c.resolved_by,
                "differences": [{"column": k, "hub": a, "incoming": b}
                                for k, a, b in differences(row)]})
    return out
