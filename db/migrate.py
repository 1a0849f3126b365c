"""Bring a database file to the current schema: back it up first, refuse newer files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, exc

from db.errors import N_, DatabaseError, NewerDatabaseError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def backup_file(db_path: Path, backup_dir: Path, reason: str) -> Path:
    """Consistent copy of a SQLite file via the online backup API (safe even in WAL mode)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"xaso-{reason}-{stamp}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / f"xaso-{reason}-{stamp}-{n}.sqlite"
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _translate_operational(err: exc.OperationalError | exc.DatabaseError, path: Path) -> DatabaseError:
    text = str(err.orig).lower() if getattr(err, "orig", None) else str(err).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError(
            N_("The data file {path} is in use by another program (perhaps Xã Số is already open). "
               "Close the other program and try again."),
            path=str(path),
        )
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return DatabaseError(
            N_("The data file {path} is read-only. Copy the data folder to a writable drive or ask "
               "the administrator to allow writing, then open Xã Số again."),
            path=str(path),
        )
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DatabaseError(
            N_("The data file {path} is damaged and cannot be opened. Restore it from a backup in "
               "the backups folder, or contact the province help desk."),
            path=str(path),
        )
    if "unable to open" in text:
        return DatabaseError(
            N_("The data file {path} cannot be opened. Check that the folder exists and that you "
               "may write to it."),
            path=str(path),
        )
    return DatabaseError(N_("The data file {path} cannot be used: {reason}"), path=str(path), reason=text)


def upgrade_database(engine: Engine, db_path: Path | None, backup_dir: Path | None) -> MigrationResult:
    """Migrate to head. A file made by a newer app is refused, never downgraded.

    When the file already holds data at an older revision it is copied to ``backup_dir`` first.
    """
    head = head_revision()
    try:
        before = current_revision(engine)
        if before is not None and before not in known_revisions():
            raise NewerDatabaseError(
                N_("This data file was written by a newer version of Xã Số (schema {revision}). "
                   "Install the newer version of the app; the file has not been changed."),
                revision=before,
            )
        backup = None
        if before != head and before is not None and db_path is not None and backup_dir is not None:
            backup = backup_file(db_path, backup_dir, f"before-upgrade-{before}")
        if before != head:
            with engine.begin() as conn:
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
    except (exc.OperationalError, exc.DatabaseError) as err:
        raise _translate_operational(err, db_path or Path("?")) from err
    except sqlite3.DatabaseError as err:
        raise _translate_operational(exc.DatabaseError(None, None, err), db_path or Path("?")) from err
    return MigrationResult(before=before, after=head, backup=backup)
