"""The hub's work folder (``<data>/work``): pushes being received, pull and USB answers being
built. Every name carries the worker's process id; when a worker starts it removes what killed
workers left behind (a killed hub's half-received push would otherwise stay for good)."""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

from core.backup.temp import process_alive, remove_path
from db.private import private_folder

# in-<pid>-<hex>.xaso (a push), pull-<pid>-<hex>/ and usb-<pid>-<hex>/ (answers being built);
# names without a pid come from older versions: always stale at start
_WORK = re.compile(r"^(?:in|pull|usb)-(?:(\d+)-)?[0-9a-f]{16,32}(?:\.xaso)?$")


def work_path(work: Path, kind: str, suffix: str = "") -> Path:
    """A new name in the work folder (created 0700 if needed): ``<kind>-<pid>-<random>``."""
    return private_folder(work) / f"{kind}-{os.getpid()}-{secrets.token_hex(8)}{suffix}"


def remove_stale(work: Path) -> list[Path]:
    """Remove the work files of processes that no longer run; returns what was removed."""
    try:
        entries = list(work.iterdir())
    except OSError:
        return []
    removed = []
    for path in entries:
        match = _WORK.match(path.name)
        if match and not (match.group(1) and process_alive(int(match.group(1)))) \
                and remove_path(path):
            removed.append(path)
    return removed
