"""Temporary files of backup, restore and sync: in the data folder, named by their process.

Nothing of the commune's data goes to the system temp folder (shared by every program and
account of the PC, never cleaned by us). The data folder's own ``tmp/`` holds the staged copy of
a restore and the parts of an HTTP sync; a backup's temporary file sits beside the backup (so
the final rename stays on one drive). Every temporary name carries the process id: at start,
those of processes that no longer run (killed, power cut) are removed, with their SQLite
journals. The database's own journal (``xaso.sqlite-journal``, ``-wal``) is never touched: it
is what rolls an interrupted transaction back.

``XASO_STOP_AFTER`` (tests only) names a step at which the process kills itself, as a power cut
would stop it there (tests/e2e/test_restore_kill.py).
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import sys
from pathlib import Path

from db.private import private_folder

STOP_ENV = "XASO_STOP_AFTER"
_TEMP = re.compile(r"^xaso-[a-z]+-(\d+)-[0-9a-z_]{8}(\.[a-z]+)?(-journal|-wal|-shm)?$")
# a backup being written: "<backup name>.<pid>.tmp" beside where it goes (older versions wrote
# "<backup name>.tmp", without the pid: always stale now)
_BACKUP_TEMP = re.compile(r"^xaso-[a-z-]+-\d{8}-\d{6}(?:-\d+)?\.(?:sqlite|xasobak)(?:\.(\d+))?\.tmp"
                          r"(-journal|-wal|-shm)?$")


def reached(step: str) -> None:
    """Test hook: stop dead after ``step`` when ``$XASO_STOP_AFTER`` names it."""
    if os.environ.get(STOP_ENV) == step:
        sys.stdout.flush()
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def temp_dir(home: Path) -> Path:
    return private_folder(home / "tmp")


def temp_path(home: Path, kind: str, suffix: str = "") -> Path:
    """A new name in the data folder's ``tmp/``: ``xaso-<kind>-<pid>-<random><suffix>``."""
    return temp_dir(home) / f"xaso-{kind}-{os.getpid()}-{secrets.token_hex(4)}{suffix}"


def backup_temp(target: Path) -> Path:
    """The temporary name of a backup being written to ``target``."""
    return target.with_name(f"{target.name}.{os.getpid()}.tmp")


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # signal 0 does not exist there: an open file cannot be deleted anyway
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_path(path: Path) -> bool:
    try:
        if path.is_dir():
            for inner in sorted(path.rglob("*"), reverse=True):
                inner.rmdir() if inner.is_dir() else inner.unlink()
            path.rmdir()
        else:
            path.unlink()
    except OSError:
        return False  # in use (Windows) or not ours to remove: left for the next start
    return True


def remove_stale(home: Path, backup_folders: tuple[Path, ...] = ()) -> list[Path]:
    """Remove the temporaries of processes that no longer run; returns what was removed."""
    removed = []
    for folder, pattern in ((home / "tmp", _TEMP),
                            *((f, _BACKUP_TEMP) for f in (home / "backups", *backup_folders))):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            match = pattern.match(path.name)
            if match and not (match.group(1) and process_alive(int(match.group(1)))) and remove_path(path):
                removed.append(path)
    return removed
