"""Row identifiers: UUIDv7 for new rows, UUIDv5 where a natural key exists."""

from __future__ import annotations

import os
import threading
import time
import uuid

# Namespace for UUIDv5 ids derived from natural keys (officer <- CCCD, certificate <- fingerprint).
XASO_NAMESPACE = uuid.UUID("6f1d0d5e-8a52-4b8e-9c1e-2f1a3b5c7d90")

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> uuid.UUID:
    """Time-ordered UUID (RFC 9562 version 7), monotonic within this process.

    Python 3.11 has no uuid7; new rows get time-ordered ids so that inserts append to the
    primary-key index instead of scattering over it.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:  # 12-bit counter exhausted: borrow the next millisecond
                ms += 1
                _counter = 0
        else:
            _counter = 0
        _last_ms = ms
        counter = _counter
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand
    return uuid.UUID(int=value)


def uuid7_batch(count: int) -> list[uuid.UUID]:
    """``count`` time-ordered UUIDv7s at once (bulk inserts): one lock, one urandom call."""
    global _last_ms, _counter
    if count <= 0:
        return []
    with _lock:
        ms = max(time.time_ns() // 1_000_000, _last_ms)
        counter = _counter + 1 if ms == _last_ms else 0
        stamps = []
        for _ in range(count):
            if counter > 0xFFF:
                ms += 1
                counter = 0
            stamps.append((ms, counter))
            counter += 1
        _last_ms, _counter = ms, counter - 1
    rand = os.urandom(8 * count)
    mask = (1 << 62) - 1
    head = 0x7 << 76
    variant = 0b10 << 62
    return [
        uuid.UUID(int=((m & ((1 << 48) - 1)) << 80) | head | (c << 64) | variant
                  | (int.from_bytes(rand[8 * i : 8 * i + 8], "big") & mask))
        for i, (m, c) in enumerate(stamps)
    ]


def natural_id(kind: str, key: str) -> uuid.UUID:
    """Deterministic id for a row identified by a natural key, equal on every node."""
    return uuid.uuid5(XASO_NAMESPACE, f"{kind}:{key}")


def commune_id(kind: str, commune: str, key: str) -> uuid.UUID:
    """Id of a row a commune owns, from its natural key within the commune (docs/sync-format.md
    §1): every computer of the commune agrees on it, and two communes writing the same key (a
    CCCD, a month's note, a certificate file) never share an id."""
    return natural_id(kind, f"{commune}|{key}")
