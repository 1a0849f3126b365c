"""Keyset paging over any SELECT: pages after/before a row key, from either end, or by offset.

Large lists never load all rows: the table models ask for one page at a time, and moving to
the neighbouring page uses the last/first row's (sort value, id) key, which an index serves
without counting rows. OFFSET is the fallback only for a jump into the middle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement


@dataclass(frozen=True)
class PageRequest:
    limit: int
    after: tuple[Any, Any] | None = None
    before: tuple[Any, Any] | None = None
    offset: int | None = None
    from_end: bool = False


def fetch_page(
    session: Session,
    stmt: Select,
    sort: ColumnElement,
    row_id: ColumnElement,
    descending: bool,
    request: PageRequest,
) -> list[Any]:
    """Rows of one page in display order; each row has ``_sort`` and ``_id`` for its key."""
    backwards = request.before is not None or request.from_end
    reverse = descending != backwards  # SQL order for this fetch
    key = tuple_(sort, row_id)
    stmt = stmt.add_columns(sort.label("_sort"), row_id.label("_id"))
    if request.after is not None:
        stmt = stmt.where(key < tuple_(*request.after) if descending else key > tuple_(*request.after))
    if request.before is not None:
        stmt = stmt.where(key > tuple_(*request.before) if descending else key < tuple_(*request.before))
    order = (sort.desc(), row_id.desc()) if reverse else (sort.asc(), row_id.asc())
    stmt = stmt.order_by(*order).limit(request.limit)
    if request.offset:
        stmt = stmt.offset(request.offset)
    rows = list(session.execute(stmt))
    if backwards:
        rows.reverse()
    return rows


def row_key(row: Any) -> tuple[Any, Any]:
    return (row._sort, row._id)
