"""Start-up safety: notice an unclean shutdown, check the file, recover from the newest good backup.

A marker file in the data folder exists while the app runs; finding it at start means the last
session ended by a power cut or a crash. The file is then checked (``PRAGMA quick_check``) before
it is opened. After a clean exit the app opens the file at once and checks it in the background
once the overview is filled (seconds for a 1 GB file): damage found there is reported and leaves
a second marker, so the next start checks first and offers the backup. A damaged file is moved
aside, never deleted, and replaced by the newest backup that passes its own check; the sync
epoch moves on.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from core.backup import files as bk
from core.backup.temp import reached, temp_path
from core.config import Paths
from db.errors import N_, DatabaseError

MARKER = "xaso.running"
SUSPECT = "xaso.check-failed"  # a check in the background found damage: check at the next start


@dataclass
class StartupCheck:
    unclean: bool  # the previous session did not end normally
    problems: list[str]  # quick_check findings; [] = the file is fine (or was not checked)
    checked: bool = True  # False: a clean last session, checked later in the background

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def begin_session(paths: Paths) -> bool:
    """Write the marker; True when a marker was already there (unclean shutdown)."""
    marker = paths.home / MARKER
    unclean = marker.exists()
    try:
        marker.write_text(f"{os.getpid()} {dt.datetime.now().isoformat()}\n", encoding="utf-8")
    except OSError:
        pass  # a read-only folder: the store reports that in Vietnamese
    return unclean


def end_session(paths: Paths) -> None:
    (paths.home / MARKER).unlink(missing_ok=True)


def quick_check(db_file: Path) -> list[str]:
    """``PRAGMA quick_check`` (read-only); [] when the file is fine or does not exist yet."""
    if not db_file.exists() or db_file.stat().st_size == 0:
        return []
    return bk.integrity_problems(db_file, "quick_check")


def check_at_start(paths: Paths, always: bool = True) -> StartupCheck:
    """Begin the session; ``PRAGMA quick_check`` of the data file when ``always``, after an
    unclean shutdown, or when the last check in the background found damage."""
    unclean = begin_session(paths)
    suspect = (paths.home / SUSPECT).exists()
    if not (always or unclean or suspect):
        return StartupCheck(unclean, [], checked=False)
    problems = quick_check(paths.db_file)
    if not problems:
        (paths.home / SUSPECT).unlink(missing_ok=True)
    return StartupCheck(unclean, problems)


# SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_INTERRUPT: the check could not run, which says
# nothing about the file
_NOT_DAMAGE = {5, 6, 7, 9}


class BackgroundCheck:
    """``PRAGMA quick_check`` of the open data file from a worker thread, after a start that
    skipped it; :meth:`stop` (any thread) interrupts it when the app closes. Damage found leaves
    the ``SUSPECT`` marker, so the next start checks before opening and offers the backup."""

    BUSY_TIMEOUT_S = 5.0  # a writer's lock (a checkpoint) is waited for this long

    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._stopped = False

    def run(self) -> list[str] | None:
        """The problems found ([] = fine), or None when stopped before the end."""
        db_file = self.paths.db_file
        if not db_file.exists() or db_file.stat().st_size == 0:
            return []
        try:
            conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, check_same_thread=False,
                                   timeout=self.BUSY_TIMEOUT_S)
        except sqlite3.Error as err:
            return self._found([str(err)])
        with self._lock:
            if self._stopped:
                conn.close()
                return None
            self._conn = conn
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            problems = [] if rows == ["ok"] else rows
        except sqlite3.DatabaseError as err:
            if getattr(err, "sqlite_errorcode", None) in _NOT_DAMAGE:
                return None  # busy, out of memory, interrupted: no finding; again next time
            problems = [str(err)]
        finally:
            with self._lock:
                self._conn = None
            conn.close()
        if self._stopped:  # interrupted: no finding either way
            return None
        return self._found(problems)

    def _found(self, problems: list[str]) -> list[str]:
        if problems:
            try:
                (self.paths.home / SUSPECT).write_text(
                    f"{dt.datetime.now().isoformat()}\n" + "\n".join(problems[:20]) + "\n",
                    encoding="utf-8")
            except OSError:
                pass  # the message on screen still says it
        return problems

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()


def newest_good_backup(paths: Paths) -> bk.BackupFile | None:
    """The newest unencrypted backup in the data folder that passes ``integrity_check``."""
    for backup in bk.list_backups(paths.backups):
        if not backup.encrypted and not bk.integrity_problems(backup.path):
            return backup
    return None


def recover(paths: Paths, backup: bk.BackupFile) -> Path:
    """Move the damaged file aside and put the backup in its place; returns the moved file.

    Epoch before data: the backup is copied into the data folder's ``tmp/`` and takes a new sync
    epoch there, before the damaged file is moved aside and the copy renamed into its place — so
    no crash leaves the backup's data under an epoch whose sequence numbers were already sent,
    and nothing is left to do once the store is open. Opening the store afterwards migrates it
    if needed.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged = paths.backups / f"xaso-damaged-{stamp}.sqlite"
    try:
        paths.backups.mkdir(parents=True, exist_ok=True)
        tmp = temp_path(paths.home, "recover", ".sqlite")
        bk.online_copy(backup.path, tmp)
        _new_epoch(tmp)  # epoch before data: the file comes in under a new sync epoch
        reached("recover-staged")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(paths.db_file) + suffix)
            if source.exists():
                os.replace(source, Path(str(damaged) + suffix))
        os.replace(tmp, paths.db_file)
        (paths.home / SUSPECT).unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as err:
        raise DatabaseError(N_("The data could not be recovered from {file}: {reason}. Contact the "
                               "province help desk."), file=backup.path.name,
                            reason=getattr(err, "strerror", None) or str(err)) from err
    return damaged


def _new_epoch(db_file: Path) -> None:
    from core import settings as keys
    from core.backup.restore import set_epoch

    conn = sqlite3.connect(db_file)
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (keys.NODE_EPOCH,)).fetchone()
        set_epoch(conn, keys.fresh_epoch(int(row[0]) if row else 1))
    finally:
        conn.close()
