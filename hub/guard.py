"""Per-process request guards: replayed signatures and a per-node rate limit.

Both are in memory, so with several API workers each keeps its own view; a replay inside the
15-minute window could then reach another worker — harmless for a push (idempotent) or a pull
(read-only). A shared store (PostgreSQL table or Redis) would close that; see docs/hub.md.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict


class ReplayGuard:
    def __init__(self, window_seconds: float, max_entries: int = 200_000) -> None:
        self.window = window_seconds
        self.max_entries = max_entries
        self._seen: OrderedDict[tuple[str, str], float] = OrderedDict()
        self._lock = threading.Lock()

    def first_use(self, node: str, signature: str) -> bool:
        now = time.monotonic()
        with self._lock:
            while self._seen and (next(iter(self._seen.values())) < now - self.window
                                  or len(self._seen) > self.max_entries):
                self._seen.popitem(last=False)
            key = (node, signature)
            if key in self._seen:
                return False
            self._seen[key] = now
            return True


class RateLimiter:
    """Token bucket per node: ``per_minute`` requests, bursts up to the same number."""

    def __init__(self, per_minute: int) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(per_minute)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, node: str) -> bool:
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(node, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens < 1:
                self._buckets[node] = (tokens, now)
                return False
            self._buckets[node] = (tokens - 1, now)
            return True
