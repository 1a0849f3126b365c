"""Sao lưu: backups made with SQLite's online backup API (never a file copy of a live DB).

A backup is written to a temporary name, checked (``PRAGMA integrity_check``), flushed to
disk and only then renamed, so a crash or a full disk never leaves a half backup under a
backup's name. Backups for removable media are encrypted (AES-256-GCM, key from the password
by scrypt). The newest ``keep`` generations of each kind are kept.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sqlite3
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from core.backup.temp import backup_temp, reached
from core.ops import note_backup
from db.errors import N_, UserError
from db.private import open_private, private_file

PLAIN_SUFFIX = ".sqlite"
SECRET_SUFFIX = ".xasobak"
MAGIC = b"XASOBAK1"
DEFAULT_KEEP = 7
_NAME = re.compile(r"^xaso-(backup|daily)-(\d{8}-\d{6})(?:-(\d+))?\.(sqlite|xasobak)$")
Progress = Callable[[int, int], None]


class BackupError(UserError):
    pass


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # backup (made by a person) / daily (automatic)
    made_at: dt.datetime  # local time, from the name
    size: int
    encrypted: bool


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in ``folder``, newest first (files of other names are ignored)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if not match:
            continue
        made = dt.datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
        found.append((made, int(match.group(3) or 1), BackupFile(
            path, match.group(1), made, path.stat().st_size, path.suffix == SECRET_SUFFIX)))
    return [b for _m, _n, b in sorted(found, key=lambda t: t[:2], reverse=True)]


def create_backup(db_file: Path, folder: Path, kind: str = "backup", password: str | None = None,
                  keep: int = DEFAULT_KEEP, progress: Progress | None = None,
                  secrets: dict[str, str] | None = None) -> BackupFile:
    """Back up the database at ``db_file`` into ``folder``; returns the new backup.

    ``secrets``: settings written only into an encrypted backup (into its copy in memory, never
    into the data): the node's signing keys kept in the keyring, so a restore elsewhere has them."""
    suffix = SECRET_SUFFIX if password else PLAIN_SUFFIX
    with _writing(folder):
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, kind, suffix)
        tmp = backup_temp(target)
        try:
            if password:  # the plain copy only ever exists in memory
                mem = _memory_copy(db_file, progress)
                _put_settings(mem, secrets or {})
                _encrypt_to(mem, tmp, password)
            else:
                online_copy(db_file, tmp, progress)
                reached("backup-copied")
                _check_copy(tmp)
            _fsync(tmp)
            reached("backup-written")
            os.replace(tmp, target)
        finally:
            for leftover in (tmp, Path(f"{tmp}-journal")):
                leftover.unlink(missing_ok=True)
    prune(folder, kind, keep)
    note_backup()  # the operation reports it: Tổng quan shows the new "last backup"
    return next(b for b in list_backups(folder) if b.path == target)


def online_copy(db_file: Path, target: Path, progress: Progress | None = None,
                single_file: bool = True) -> None:
    """Consistent copy of a live database (other connections may keep writing).

    Into an existing database (a restore) the copy replaces its content in one transaction.
    """
    src = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(private_file(target))
        try:
            def step(_status, remaining, total):
                if progress:
                    progress(total - remaining, total)

            src.backup(dst, pages=1024 if single_file else -1, progress=step)
            if single_file:
                dst.execute("PRAGMA journal_mode=DELETE")  # a self-contained backup file
        finally:
            dst.close()
    finally:
        src.close()


def prune(folder: Path, kind: str, keep: int) -> list[Path]:
    """Delete the oldest backups of ``kind`` beyond ``keep``; returns what was deleted."""
    old = [b.path for b in list_backups(folder) if b.kind == kind][max(1, keep):]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def _free_name(folder: Path, kind: str, suffix: str) -> Path:
    """A new name, numbered after any backup of the same second (the number orders them)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    taken = [m for p in folder.iterdir() if (m := _NAME.match(p.name)) and m.group(2) == stamp]
    if not taken:
        return folder / f"xaso-{kind}-{stamp}{suffix}"
    n = max(int(m.group(3) or 1) for m in taken) + 1
    return folder / f"xaso-{kind}-{stamp}-{n}{suffix}"


def _check_copy(path: Path) -> None:
    problems = integrity_problems(path)
    if problems:
        raise BackupError(N_("The backup copy failed its check ({details}); nothing was saved."),
                          details="; ".join(problems[:3]))
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        _check_chain(conn)
    finally:
        conn.close()


def _check_chain(conn: sqlite3.Connection) -> None:
    """A backup of an altered change log is refused: the older backups, which restore, stay
    (a restore refuses a backup whose chain is broken anyway)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from db.chain import verify_chain

    has_log = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'change_log'").fetchone()
    if not has_log:
        return
    engine = create_engine("sqlite://", poolclass=StaticPool, creator=lambda: conn)
    with engine.connect() as sa_conn:
        report = verify_chain(sa_conn)
    if not report.ok:
        raise BackupError(N_("The change log of this computer was altered (at change {row}), so "
                             "no backup was made and the older backups were kept. An "
                             "administrator must run xaso-admin audit --repair first."),
                          row=str(report.broken_at))


def integrity_problems(path: Path | sqlite3.Connection, check: str = "integrity_check") -> list[str]:
    """``PRAGMA integrity_check`` (or ``quick_check``) of a database file or an open
    connection; [] when intact."""
    try:
        if isinstance(path, sqlite3.Connection):
            rows = [r[0] for r in path.execute(f"PRAGMA {check}").fetchall()]
        else:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                rows = [r[0] for r in conn.execute(f"PRAGMA {check}").fetchall()]
            finally:
                conn.close()
    except sqlite3.DatabaseError as err:
        return [str(err)]
    return [] if rows == ["ok"] else rows


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


@contextmanager
def _writing(folder: Path):
    """Disk full, read-only media, no permission: a clear sentence, never a traceback."""
    try:
        yield
    except OSError as err:
        if err.errno == errno.ENOSPC:
            raise BackupError(N_("There is not enough free space in {folder}; the backup was not "
                                 "saved. Free some space or choose another drive."),
                              folder=str(folder)) from err
        if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise BackupError(N_("Cannot write to {folder} (read-only or not allowed); the backup "
                                 "was not saved. Choose another folder."), folder=str(folder)) from err
        raise BackupError(N_("The backup to {folder} failed: {reason}."), folder=str(folder),
                          reason=err.strerror or str(err)) from err
    except sqlite3.OperationalError as err:
        if "full" in str(err).lower():
            raise BackupError(N_("There is not enough free space in {folder}; the backup was not "
                                 "saved. Free some space or choose another drive."),
                              folder=str(folder)) from err
        raise BackupError(N_("The backup to {folder} failed: {reason}."), folder=str(folder),
                          reason=str(err)) from err


# encryption -------------------------------------------------------------------------------
def _key(password: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # encrypted backups only

    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(password.encode("utf-8"))


def _memory_copy(db_file: Path, progress: Progress | None) -> sqlite3.Connection:
    """A checked copy of the live database in memory (never written in clear to any disk)."""
    mem = sqlite3.connect(":memory:")
    src = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        def step(_status, remaining, total):
            if progress:
                progress(total - remaining, total)

        src.backup(mem, pages=1024, progress=step)
    finally:
        src.close()
    problems = integrity_problems(mem)
    if problems:
        mem.close()
        raise BackupError(N_("The backup copy failed its check ({details}); nothing was saved."),
                          details="; ".join(problems[:3]))
    try:
        _check_chain(mem)
    except BackupError:
        mem.close()
        raise
    reached("backup-copied")
    return mem


def _put_settings(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    """Local settings (no change-log row) into a copy of the data, values as JSON text."""
    import orjson

    from db.base import utcnow

    now = utcnow().replace(tzinfo=None).isoformat(" ")
    with conn:
        for key, value in values.items():
            conn.execute("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT "
                         "(key) DO UPDATE SET value = excluded.value, updated_at = "
                         "excluded.updated_at", (key, orjson.dumps(value).decode(), now))


def _encrypt_to(mem: sqlite3.Connection, target: Path, password: str) -> None:
    try:
        plain = _rollback_journal(mem.serialize())
    finally:
        mem.close()
    salt, nonce = os.urandom(16), os.urandom(12)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    data = AESGCM(_key(password, salt)).encrypt(nonce, plain, MAGIC)
    del plain
    with open_private(target) as fh:
        fh.write(MAGIC + salt + nonce + data)


def _rollback_journal(image: bytes) -> bytearray:
    """A database image marked as a rollback-journal file (header bytes 18-19 = 1), as a backup
    file is: a copy of a WAL database keeps WAL's mark, which an in-memory database refuses."""
    data = bytearray(image)
    if len(data) >= 100:
        data[18] = data[19] = 1
    return data


def decrypt(path: Path, password: str) -> bytes:
    """The plain database of an encrypted backup, in memory."""
    raw = path.read_bytes()
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 28:
        raise BackupError(N_("{file} is not an encrypted Xã Số backup."), file=path.name)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = raw[8:24], raw[24:36]
    try:
        return AESGCM(_key(password, salt)).decrypt(nonce, raw[36:], MAGIC)
    except InvalidTag as err:
        raise BackupError(N_("Wrong password for {file}, or the file is damaged."),
                          file=path.name) from err


@contextmanager
def opened_backup(path: Path, password: str | None = None):
    """A SQLite connection to the backup's data: the file read-only, or an encrypted backup
    decrypted into memory (its plain data is never written to a disk)."""
    if path.suffix == SECRET_SUFFIX:
        if not password:
            raise BackupError(N_("{file} is encrypted: enter its password."), file=path.name)
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        try:
            conn.deserialize(_rollback_journal(decrypt(path, password)))
        except sqlite3.DatabaseError as err:
            conn.close()
            raise BackupError(N_("{file} is not an encrypted Xã Số backup."),
                              file=path.name) from err
    else:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        yield conn
    finally:
        conn.close()
