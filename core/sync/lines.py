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
from itertools import chain, repeat
from operator import itemgetter
from typing import Any

import orjson

# one change up to its payload, bundle.LINE_FIELDS order; the start (n, e) and the JSON strings
# come from caches. The payload and the line's end are joined in after it: lines are never made
# as objects of their own, so each payload is copied once, into the chunk
_HEAD = b'%b%d,"t":%b,"r":"%b-%b-%b-%b-%b","c":%b,"o":%b,"v":%d,"a":%b,"at":"%b+00:00","p":'
_TABLE, _ROW_ID, _PAYLOAD = itemgetter(3), itemgetter(4), itemgetter(10)


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
    """Rows of ``export.pending_changes(..., raw=True)`` (text columns as BLOBs) -> change lines."""

    def __init__(self) -> None:
        self._quoted = _Quoted()
        self._heads = _Heads()

    def chunk(self, rows: Sequence[tuple[Any, ...]]) -> tuple[bytes, dict[str, int]]:
        """The lines of ``rows``, each ending in a newline, and how many per table."""
        q, heads = self._quoted, self._heads
        if set(map(len, map(_ROW_ID, rows))) - {32}:  # not SQLite's UUID form: the slow way
            starts = [self._head(row) for row in rows]
        else:
            starts = [_HEAD % (heads[n, e], s, q[t], r[:8], r[8:12], r[12:16], r[16:20], r[20:],
                               q[c], q[o], v, q[a], at.replace(b" ", b"T", 1))
                      for n, e, s, t, r, c, o, v, a, at, _p in rows]
        data = b"".join(chain.from_iterable(zip(starts, map(_PAYLOAD, rows), repeat(b"}\n"))))
        counts = Counter(map(_TABLE, rows))
        return data, {table.decode(): n for table, n in counts.items()}

    def _head(self, row: tuple[Any, ...]) -> bytes:
        n, e, s, t, r, c, o, v, a, at, _p = row
        q = self._quoted
        return b'%b%d,"t":%b,"r":%b,"c":%b,"o":%b,"v":%d,"a":%b,"at":"%b+00:00","p":' % (
            self._heads[n, e], s, q[t], orjson.dumps(hyphenated(r.decode())), q[c], q[o], v,
            q[a], at.replace(b" ", b"T", 1))
