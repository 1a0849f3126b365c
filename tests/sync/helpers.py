"""Comparing node databases: the synced tables, row by row."""

from __future__ import annotations

from sqlalchemy import select

from core.sync.state import exported_tables
from db.models import ChangeLog

STAMPS = {"updated_at", "updated_by"}


def synced_rows(store, stamps: bool = True) -> dict[str, list[tuple]]:
    out = {}
    with store.session() as s:
        for name, model in sorted(exported_tables().items()):
            table = model.__table__
            rows = s.execute(select(table).order_by(table.c.id)).mappings().all()
            out[name] = [tuple(sorted((k, str(v)) for k, v in r.items()
                                      if stamps or k not in STAMPS)) for r in rows]
    return out


def change_ids(store) -> list[tuple]:
    with store.session() as s:
        return sorted(s.execute(select(ChangeLog.node_id, ChangeLog.epoch, ChangeLog.seq).where(
            ChangeLog.table_name.in_(list(exported_tables())))).all())


def whole_db(store) -> dict[str, list[tuple]]:
    """Every row of every table except the sync log (which records each attempt)."""
    from db.base import Base

    out = {}
    with store.session() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in ("sync_log", "setting"):  # attempts and timestamps
                continue
            cols = [c for c in table.columns if c.name not in ("updated_at", "id")
                    or table.name not in ("sync_state", "change_log")]
            rows = s.execute(select(*cols)).all()
            out[table.name] = sorted(tuple(str(v) for v in r) for r in rows)
    return out
