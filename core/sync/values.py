"""Every value a peer sends, checked against this schema before anything is written.

A bundle verifies only if each change's row would be stored as it is: right type per column,
NOT NULL columns present and not null, texts within their column's length (PostgreSQL refuses
a longer one; SQLite would keep a 5 MB CCCD), dates and times that parse, booleans that are
booleans. So a bundle that verifies applies whole, and one that cannot is refused whole, naming
the part, the line, the table, the row and the column (docs/sync-format.md §4).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
import re
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, String, Uuid

from core.sync.rows import defaults_of
from core.sync.state import exported_tables
from db.base import UTCDateTime
from db.errors import N_

MAX_TEXT = 1 << 20  # characters of a Text column (notes, report snapshots)
MAX_BYTES = 4 << 20  # base64 characters of a LargeBinary column (certificates: a few KB)
_INT_RANGE = (-(1 << 63), (1 << 63) - 1)

# what a column takes -> the sentence naming it (the template the refusal shows)
MISSING = N_("Part {part} of the bundle {file}, line {line} (table {table}, row {row}): the "
             "required value {column} is missing or empty. Nothing from the bundle was applied; "
             "ask the sender to update Xã Số and export again.")
TEMPLATES = {
    "text": N_("Part {part} of the bundle {file}, line {line} (table {table}, row {row}): "
               "{column} must be a text of at most {limit} characters. Nothing from the bundle "
               "was applied; ask the sender to update Xã Số and export again."),
    "int": N_("Part {part} of the bundle {file}, line {line} (table {table}, row {row}): "
              "{column} must be a whole number. Nothing from the bundle was applied; ask the "
              "sender to update Xã Số and export again."),
    "float": N_("Part {part} of the bundle {file}, line {line} (table {table}, row {row}): "
                "{column} must be a number. Nothing from the bundle was applied; ask the sender "
                "to update Xã Số and export again."),
    "bool": N_("Part {part} of the bundle {file}, line {line} (table {table}, row {row}): "
               "{column} must be true or false. Nothing from the bundle was applied; ask the "
               "sender to update Xã Số and export again."),
    "date": N_("Part {part} of the bundle {file}, line {line} (table {table}, row {row}): "
               "{column} must be a date (YYYY-MM-DD). Nothing from the bundle was applied; ask "
               "the sender to update Xã Số and export again."),
    "datetime": N_("Part {part} of the bundle {file}, line {line} (table {table}, row {row}): "
                   "{column} must be a date and time. Nothing from the bundle was applied; ask "
                   "the sender to update Xã Số and export again."),
    "uuid": N_("Part {part} of the bundle {file}, line {line} (table {table}, row {row}): "
               "{column} must be an identifier (UUID). Nothing from the bundle was applied; ask "
               "the sender to update Xã Số and export again."),
    "bytes": N_("Part {part} of the bundle {file}, line {line} (table {table}, row {row}): "
                "{column} must be base64 data of at most {limit} characters. Nothing from the "
                "bundle was applied; ask the sender to update Xã Số and export again."),
}


class BadValue(ValueError):
    """One value a column cannot take: ``column``, ``kind`` (a TEMPLATES key or "missing")."""

    def __init__(self, column: str, kind: str, limit: int = 0) -> None:
        super().__init__(f"{column}: {kind}")
        self.column, self.kind, self.limit = column, kind, limit


@lru_cache(maxsize=8192)
def _date_ok(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


@lru_cache(maxsize=8192)
def _datetime_ok(text: str) -> bool:
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return len(text) <= 40


def _bytes_ok(text: str) -> bool:
    try:
        base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _kind(column) -> tuple[str, int]:
    t = column.type
    if isinstance(t, Uuid):
        return "uuid", 0
    if isinstance(t, (UTCDateTime, DateTime)):
        return "datetime", 0
    if isinstance(t, Date):
        return "date", 0
    if isinstance(t, Boolean):
        return "bool", 0
    if isinstance(t, Integer):
        return "int", 0
    if isinstance(t, Float):
        return "float", 0
    if isinstance(t, LargeBinary):
        return "bytes", MAX_BYTES
    if isinstance(t, String):  # Text too: a String without a length
        return "text", t.length or MAX_TEXT
    raise TypeError(f"no value check for {t!r} ({column})")


def _valid(kind: str, limit: int, v: Any) -> bool:
    if kind == "text":  # a whole number is stored as its digits (older versions wrote the
        # infrastructure checklist's "basis" as 1): accepted when they fit
        return (type(v) is str or type(v) is int) and len(str(v)) <= limit
    if kind == "int":
        return type(v) is int and _INT_RANGE[0] <= v <= _INT_RANGE[1]
    if kind == "bool":  # the change log writes Python's bool: never 0/1 or text
        return type(v) is bool
    if kind == "uuid":
        return type(v) is str and _UUID(v) is not None
    if kind == "datetime":
        return type(v) is str and _datetime_ok(v)
    if kind == "date":
        return type(v) is str and _date_ok(v)
    if kind == "float":
        return type(v) in (int, float) and math.isfinite(v)
    if kind == "bytes":
        return type(v) is str and len(v) <= limit and _bytes_ok(v)
    return False


_UUID = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?"
                   r"[0-9a-fA-F]{12}").fullmatch
_MISSING = object()
# one test per kind, over ``v`` (the value, not None); ``{n}``: the column's limit
_TESTS = {
    "text": "(type(v) is str and len(v) <= {n} or type(v) is int and len(str(v)) <= {n})",
    "int": "(type(v) is int and {lo} <= v <= {hi})",
    "bool": "type(v) is bool",
    "uuid": "(type(v) is str and _uuid(v) is not None)",
    "datetime": "(type(v) is str and _datetime_ok(v))",
    "date": "(type(v) is str and _date_ok(v))",
    "float": "(type(v) is float and _isfinite(v) or type(v) is int)",
    "bytes": "(type(v) is str and len(v) <= {n} and _bytes_ok(v))",
}


class RowCheck:
    """The value checks of one exported table.

    :meth:`check` first runs one generated expression over the whole payload (no call per
    column for texts, numbers and booleans: 100 k rows in a fraction of a second); only a
    payload that fails it is walked column by column to name the first bad one.
    """

    def __init__(self, model: type) -> None:
        table = model.__table__
        defaults = defaults_of(table)
        # (key, kind, limit, nullable, may be left out)
        self.columns = [(c.key, *_kind(c), bool(c.nullable) and not c.primary_key,
                         c.key in defaults and (defaults[c.key] is not None or c.nullable))
                        for c in table.columns]
        self.ok = self._compile()

    def _compile(self):
        parts = []
        for key, kind, limit, nullable, optional in self.columns:
            if key == "id":  # verify.py has matched it with the line's row id already
                continue
            test = _TESTS[kind].format(n=limit, lo=_INT_RANGE[0], hi=_INT_RANGE[1])
            absent = "_M" if optional else "None"
            if nullable:
                parts.append(f"((v := p.get({key!r})) is None or {test})")
            else:
                parts.append(f"((v := p.get({key!r}, {absent})) is _M or v is not None and {test})"
                             if optional else f"((v := p.get({key!r})) is not None and {test})")
        source = "def ok(p):\n    return " + " and ".join(parts or ["True"]) + "\n"
        scope = {"_M": _MISSING, "_uuid": _UUID, "_datetime_ok": _datetime_ok,
                 "_date_ok": _date_ok, "_isfinite": math.isfinite, "_bytes_ok": _bytes_ok}
        exec(compile(source, f"<row check {len(parts)} columns>", "exec"), scope)  # noqa: S102
        return scope["ok"]

    def check(self, payload: dict[str, Any]) -> None:
        if self.ok(payload):
            return
        for key, kind, limit, nullable, optional in self.columns:
            if key not in payload:
                if optional:
                    continue
                raise BadValue(key, "missing")
            v = payload[key]
            if v is None:
                if nullable:
                    continue
                raise BadValue(key, "missing")
            if not _valid(kind, limit, v):
                raise BadValue(key, kind, limit)


@cache
def row_check(table_name: str) -> RowCheck:
    return RowCheck(exported_tables()[table_name])


def template(err: BadValue) -> str:
    return MISSING if err.kind == "missing" else TEMPLATES[err.kind]
