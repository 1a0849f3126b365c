"""Opt-in timing of each push: one ``push_timing`` log line with where the request's time went.

On when ``XASO_HUB_TIMING=1`` or the ``xaso.hub`` logger is at debug level. Phases, in ms:
``auth`` (node, signature over the announced body digest, in-memory replay and rate checks),
``receive`` (body streamed to the temp file and hashed: after the checks), ``wait`` (until the
ingest gate let the push in: on SQLite the other pushes' applies), ``claim`` (the shared replay
row), ``import`` (``import_bundle``: verify and apply), ``contact`` (the computer's last-contact
row), ``total`` (handler start to the ACK).
"""

from __future__ import annotations

import logging
import os
import time

log = logging.getLogger("xaso.hub")


def enabled() -> bool:
    return os.environ.get("XASO_HUB_TIMING") == "1" or log.isEnabledFor(logging.DEBUG)


class PushTimer:
    """Marks phase ends; ``phase(name)`` adds the time since the previous mark to ``name``."""

    def __init__(self, on: bool) -> None:
        self.on = on
        self.start = self._last = time.perf_counter()
        self.ms: dict[str, float] = {}

    def phase(self, name: str) -> None:
        if self.on:
            now = time.perf_counter()
            self.ms[name] = self.ms.get(name, 0.0) + (now - self._last) * 1000
            self._last = now

    def report(self, node: str, size: int, changes: int) -> None:
        if not self.on:
            return
        fields = {k: round(v, 1) for k, v in self.ms.items()}
        fields["total"] = round((time.perf_counter() - self.start) * 1000, 1)
        log.info("push_timing", extra={"fields": {"node": node, "bytes": size,
                                                  "changes": changes, **fields}})
