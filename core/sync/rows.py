"""Row values between change-log JSON and column types, and the merge order of two versions."""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

import orjson
from sqlalchemy import Date, DateTime, LargeBinary, Table, Uuid

from core.sync.state import exported_tables
from db.base import UTCDateTime
from db.changes import json_default

# columns that say who wrote a row and when: two rows equal but for these hold the same data
STAMP_COLUMNS = ("updated_at", "updated_by")


def _uuid(v: Any) -> Any:
    return v if v is None or isinstance(v, uuid.UUID) else uuid.UUID(v)


def to_datetime(v: Any) -> Any:
    if v is None or isinstance(v, dt.datetime):
        return v
    return _parse_datetime(v)


@lru_cache(maxsize=4096)
def _parse_datetime(text: str) -> dt.datetime:
    """Changes written together share their time: one (immutable) object for them all, which
    the bulk insert then converts once (db.changes.executemany)."""
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _date(v: Any) -> Any:
    return v if v is None or isinstance(v, dt.date) else dt.date.fromisoformat(v)


def _bytes(v: Any) -> Any:
    return v if v is None or isinstance(v, bytes) else base64.b64decode(v)


def converter_of(column) -> Callable[[Any], Any] | None:
    kind = column.type
    if isinstance(kind, Uuid):
        return _uuid
    if isinstance(kind, (UTCDateTime, DateTime)):
        return to_datetime
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, LargeBinary):
        return _bytes
    return None


class TableCodec:
    """Decodes payloads of one table; knows its defaults and foreign keys."""

    def __init__(self, model: type) -> None:
        self.model = model
        self.table: Table = model.__table__
        self.name = self.table.name
        self.columns = [c.key for c in self.table.columns]
        self.converters = {c.key: f for c in self.table.columns if (f := converter_of(c))}
        self.defaults = defaults_of(self.table)
        self._column_set = set(self.columns)
        self._conversions = list(self.converters.items())
        # (column, parent table) of every foreign key to another synced table
        self.parents = [
            (fk.parent.key, fk.column.table.name) for fk in self.table.foreign_keys
            if fk.column.table.name in exported_tables()
        ]

    def decode(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Typed values for every column: unknown keys dropped, missing ones defaulted."""
        if payload.keys() == self._column_set:  # the common case: same schema on both sides
            out = dict(payload)
        elif payload.keys() <= self._column_set:  # NULL columns left out (bulk inserts)
            out = {**self.defaults, **payload}
        else:
            out = dict(self.defaults)
            out.update((k, payload[k]) for k in self.columns if k in payload)
        for key, conv in self._conversions:
            value = out.get(key)
            if value is not None:
                out[key] = conv(value)
        return out


def defaults_of(table: Table) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if default is not None and default.is_scalar:
            out[column.key] = default.arg
        elif column.nullable:
            out[column.key] = None
    return out


@cache
def codec(table_name: str) -> TableCodec:
    return TableCodec(exported_tables()[table_name])


def canonical(values: dict[str, Any]) -> bytes:
    return orjson.dumps(values, default=json_default,
                        option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)


def same_data(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Equal apart from who/when stamps and the version."""
    skip = (*STAMP_COLUMNS, "version")
    return canonical({k: v for k, v in a.items() if k not in skip}) == canonical(
        {k: v for k, v in b.items() if k not in skip})


def order_key(values: dict[str, Any]) -> tuple:
    """Total order of two versions of a row, equal on every node: the winner is the larger.

    Higher version first; then the later update; then the bytes of the data, so that two nodes
    that see the same pair always pick the same one.
    """
    stamp = values.get("updated_at")
    return (values.get("version") or 0, stamp.isoformat() if stamp else "", canonical(values))
