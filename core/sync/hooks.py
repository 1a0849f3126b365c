"""Sections refresh their derived data (counters, summaries) after received rows are applied.

    from core.sync.hooks import register_after_apply
    register_after_apply("backlog_record", refresh_lot_counters)   # fn(session, row_ids)

Each function runs inside the transaction of the chunk that changed the rows, so the derived
data is committed together with them — or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from sqlalchemy.orm import Session

AfterApply = Callable[[Session, list[uuid.UUID]], None]
_hooks: dict[str, list[AfterApply]] = {}


def register_after_apply(table: str, fn: AfterApply) -> None:
    if fn not in _hooks.setdefault(table, []):
        _hooks[table].append(fn)


def unregister_after_apply(table: str, fn: AfterApply) -> None:
    if fn in _hooks.get(table, []):
        _hooks[table].remove(fn)


def has_after_apply(table: str) -> bool:
    return bool(_hooks.get(table))


def run_after_apply(session: Session, changed: dict[str, Iterable[uuid.UUID]]) -> None:
    for table, ids in changed.items():
        id_list = list(ids)
        if id_list:
            for fn in list(_hooks.get(table, [])):
                fn(session, id_list)
