"""Request guards: replayed signatures, a per-node rate limit and a per-address throttle of
failures (wrong enrolment codes, bad signatures, unknown computers).

``ReplayGuard`` (memory, per process) is the fast first check; ``SharedReplays`` (the table
``hub_seen_request``) refuses a signature any other API worker has already seen. The rate limit
stays per process: with N workers behind a load balancer a node gets up to N × ``--rate``; so
does the failure throttle (N × its limit per address and window).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
import threading
import time
import uuid
from collections import OrderedDict, deque

from sqlalchemy import Engine, delete, insert
from sqlalchemy.exc import IntegrityError

from db.base import utcnow
from db.models import HubSeenRequest


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


class FailureThrottle:
    """Failures per client address: after ``limit`` failures within ``window_seconds`` the address
    is refused until the oldest of them leaves the window. Only failures count, so an enrolled
    computer that signs correctly is never slowed down; at most ``max_addresses`` addresses are
    remembered (the least recently failing are forgotten first)."""

    def __init__(self, limit: int, window_seconds: float, max_addresses: int = 100_000,
                 clock=time.monotonic) -> None:
        self.limit = limit
        self.window = window_seconds
        self.max_addresses = max_addresses
        self.clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, address: str, now: float) -> deque[float]:
        times = self._failures.get(address)
        if times is None:
            return deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[address]
        return times

    def retry_after(self, address: str) -> int:
        """Seconds until ``address`` may try again; 0 when it may now."""
        now = self.clock()
        with self._lock:
            times = self._recent(address, now)
            if len(times) < self.limit:
                return 0
            return max(1, math.ceil(times[-self.limit] + self.window - now))

    def failed(self, address: str) -> None:
        now = self.clock()
        with self._lock:
            times = self._recent(address, now)
            times.append(now)
            while len(times) > self.limit:
                times.popleft()
            self._failures[address] = times
            self._failures.move_to_end(address)
            while len(self._failures) > self.max_addresses:
                self._failures.popitem(last=False)


class SharedReplays:
    """One row per signed request seen by any worker; a second insert of the same (node,
    signature hash) breaks the unique constraint: a replay. Expired rows are deleted every
    ``purge_every`` claims, in the claim's own transaction (one indexed range delete)."""

    def __init__(self, engine: Engine, window_seconds: float, purge_every: int = 500) -> None:
        self.engine = engine
        self.window = dt.timedelta(seconds=window_seconds)
        self.purge_every = purge_every
        self._claims = itertools.count()

    def claim(self, node: uuid.UUID, signature: str) -> bool:
        now = utcnow()
        row = {"node_id": node, "sig_hash": hashlib.sha256(signature.encode()).hexdigest(),
               "expires_at": now + self.window}
        try:
            with self.engine.begin() as conn:
                if next(self._claims) % self.purge_every == 0:
                    conn.execute(delete(HubSeenRequest).where(HubSeenRequest.expires_at < now))
                conn.execute(insert(HubSeenRequest), row)
        except IntegrityError:
            return False
        return True
