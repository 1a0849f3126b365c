"""Bring a database file to the current schema: back it up first, refuse newer files."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, exc

from db.errors import N_, DatabaseError, NewerDatabaseError
from db.private import private_file

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions. Kept here so that opening an up-to-date file
# needs no Alembic import (it costs a large share of the start-up); a test keeps it in step.
SCHEMA_HEAD = "0020"
_OWN_SCRIPTS = MIGRATIONS_DIR


def alembic_config():
    from alembic.config import Config  # imported only when a migration has to run

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _stamped_revision(engine: Engine) -> str | None:
    """The revision recorded in the file, read with plain SQL (None for a new file)."""
    with engine.connect() as conn:
        if not conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            if conn.dialect.name == "sqlite" else
            "SELECT 1 FROM information_schema.tables WHERE table_name='alembic_version'"
        ).first():
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

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
    # written under a temporary name (removed at the next start if this process is killed,
    # core/backup/temp.py), so a half copy never sits under a backup's name
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(private_file(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        os.replace(tmp, target)
    finally:
        src.close()
        tmp.unlink(missing_ok=True)
    return target


def translate_operational(err: exc.OperationalError | exc.DatabaseError, path: Path) -> DatabaseError:
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


def _upgrade(engine: Engine) -> None:
    """Alembic to head in one transaction. On SQLite foreign keys are off meanwhile (a table
    rebuilt to change a constraint is dropped and made again: with them on, dropping a parent
    table fails) and every reference is checked before the commit."""
    from alembic import command

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # outside a transaction: inside one SQLite ignores it
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise DatabaseError(N_("The upgrade of the data file would leave records "
                                           "pointing to missing records; nothing was changed. "
                                           "Contact the province help desk."))
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def upgrade_database(engine: Engine, db_path: Path | None, backup_dir: Path | None) -> MigrationResult:
    """Migrate to head. A file made by a newer app is refused, never downgraded.

    When the file already holds data at an older revision it is copied to ``backup_dir`` first.
    """
    try:
        before = _stamped_revision(engine)
        if before == SCHEMA_HEAD and MIGRATIONS_DIR == _OWN_SCRIPTS:
            return MigrationResult(before=before, after=before, backup=None)
        head = head_revision()
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
            _upgrade(engine)
    except (exc.OperationalError, exc.DatabaseError) as err:
        raise translate_operational(err, db_path or Path("?")) from err
    except sqlite3.DatabaseError as err:
        raise translate_operational(exc.DatabaseError(None, None, err), db_path or Path("?")) from err
    return MigrationResult(before=before, after=head, backup=backup)
