"""Pushed bundles are applied off the event loop, in worker threads.

SQLite has one writer: the hub applies one bundle at a time (waiting on a lock is cheaper than
SQLite's busy retries). Other databases (PostgreSQL) apply bundles of different computers at the
same time, one at a time per computer; change_log's unique (node, epoch, seq) keeps a change
from being stored twice even when two computers relay the same one at once.

The gate has its own threads (``call``): with asyncio's default executor (min(32, cores + 4)
threads, 6 on a 2-core server) the seventh computer's push waited for a thread even on
PostgreSQL.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy import Engine

T = TypeVar("T")


class IngestGate:
    def __init__(self, engine: Engine, threads: int = 32) -> None:
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="xaso-ingest")
        self._single_writer = engine.dialect.name == "sqlite"
        self._all = threading.Lock()
        self._guard = threading.Lock()
        self._per_node: dict[str, threading.Lock] = {}

    def _lock(self, node: str) -> threading.Lock:
        if self._single_writer:
            return self._all
        with self._guard:
            return self._per_node.setdefault(node, threading.Lock())

    def run(self, node: str, fn: Callable[[], T]) -> T:
        with self._lock(node):
            return fn()

    async def call(self, node: str, fn: Callable[[], T]) -> T:
        """``run`` in one of the gate's threads, awaited from the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self._pool, self.run, node, fn)
