"""Change lines of a bundle (docs/sync-format.md §3, "Chunks") straight from SQLite's bytes.

On SQLite the export reads every text column as a BLOB (its UTF-8 bytes: no decoding into
``str`` and no encoding back) and formats each line with one ``bytes %`` operation. The values
that repeat — origin node and epoch, table, commune, op, actor — are escaped once per distinct
value with orjson, so a line has the same bytes as ``orjson.dumps`` of the change dict with the
stored payload spliced in (what the generic path in export.py writes on PostgreSQL).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import orjson

# one change, bundle.LINE_FIELDS order; the head (n, e) and the JSON strings come from caches
_LINE = (b'%b%d,"t":%b,"r":"%b-%b-%b-%b-%b","c":%b,"o":%b,"v":%d,"a":%b,"at":"%b+00:00",'
         b'"p":%b}')


def hyphenated(hex32: str) -> str:
    """SQLite keeps a UUID as its 32 hex digits; bundles carry the hyphenated form."""
    if len(hex32) != 32:
        return hex32
    return f"{hex32[:8]}-{hex32[8:12]}-{hex32[12:16]}-{hex32[16:20]}-{hex32[20:]}"


class _Quoted(dict):
    """UTF-8 bytes of a text value -> its JSON string, computed once per distinct value."""

    def __missing__(self, key: bytes) -> bytes:
        value = self[key] = orjson.dumps(key.decode())
        return value


class _Heads(dict):
    """(node, epoch) -> the start of a line up to the seq: ``{"n":"<uuid>","e":1,"s":``."""

    def __missing__(self, key: tuple[bytes, int]) -> bytes:
        node, epoch = key
        value = self[key] = b'{"n":%b,"e":%d,"s":' % (
            orjson.dumps(hyphenated(node.decode())), epoch)
        return value


class SqliteLines:
    """Rows of ``export._pending(..., raw=True)`` (text columns as BLOBs) -> change lines."""

    def __init__(self) -> None:
        self._quoted = _Quoted()
        self._heads = _Heads()

    def lines(self, rows: Sequence[tuple[Any, ...]]) -> tuple[list[bytes], dict[str, int]]:
        """The lines of ``rows`` and how many per table."""
        q, heads = self._quoted, self._heads
        if any(len(row[4]) != 32 for row in rows):  # not SQLite's UUID form: the slow way
            lines = [self._line(row) for row in rows]
        else:
            lines = [_LINE % (heads[n, e], s, q[t], r[:8], r[8:12], r[12:16], r[16:20], r[20:],
                              q[c], q[o], v, q[a], at.replace(b" ", b"T", 1), p)
                     for n, e, s, t, r, c, o, v, a, at, p in rows]
        counts = Counter([row[3] for row in rows])
        return lines, {table.decode(): n for table, n in counts.items()}

    def _line(self, row: tuple[Any, ...]) -> bytes:
        n, e, s, t, r, c, o, v, a, at, p = row
        q = self._quoted
        return b'%b%d,"t":%b,"r":%b,"c":%b,"o":%b,"v":%d,"a":%b,"at":"%b+00:00","p":%b}' % (
            self._heads[n, e], s, q[t], orjson.dumps(hyphenated(r.decode())), q[c], q[o], v,
            q[a], at.replace(b" ", b"T", 1), p)
