"""Verify a backup, preview what it holds, restore it (a new sync epoch), the daily backup."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from sqlalchemy import create_engine, func, select
from sqlalchemy.pool import StaticPool

from core import settings as keys
from core.accounts.permissions import require
from core.backup import files as bk
from core.backup.temp import reached, temp_path
from core.settings import get_setting, set_setting
from db.base import utcnow
from db.chain import ChainReport, verify_chain
from db.errors import N_
from db.migrate import backup_file, upgrade_database
from db.models import ChangeLog, Setting
from db.private import private_file

DAILY = "backup.daily"  # bool, default on
KEEP = "backup.keep"  # generations kept, default 7
EXTRA_FOLDER = "backup.extra_folder"  # a second folder (another drive) for the daily backup
COUNTED = ("officer", "certificate", "course", "account")


@dataclass
class BackupReport:
    file: str
    problems: list[str] = field(default_factory=list)
    chain: ChainReport | None = None
    schema: str | None = None
    commune_code: str | None = None
    epoch: int = 1
    counts: dict[str, int] = field(default_factory=dict)
    last_change_at: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.chain is not None and self.chain.ok


def verify_backup(path: Path, password: str | None = None) -> BackupReport:
    """Open the backup, ``PRAGMA integrity_check``, verify the change-log chain, count rows."""
    if not path.is_file():
        raise bk.BackupError(N_("The backup file {file} does not exist."), file=str(path))
    with bk.opened_backup(path, password) as conn:
        return _verify(conn, path.name)


def _verify(conn: sqlite3.Connection, name: str) -> BackupReport:
    report = BackupReport(name)
    report.problems = bk.integrity_problems(conn)
    if report.problems:
        return report
    # the pool hands out ``conn`` itself; it is closed by opened_backup, not by the engine
    engine = create_engine("sqlite://", poolclass=StaticPool, creator=lambda: conn)
    try:
        with engine.connect() as sa_conn:
            _describe(sa_conn, report)
    except Exception as err:  # noqa: BLE001 — any unreadable file is reported, not raised
        report.problems.append(str(getattr(err, "orig", err)))
    return report


def _describe(conn, report: BackupReport) -> None:
    tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    if "change_log" not in tables or "alembic_version" not in tables:
        report.problems.append("not a Xã Số data file")
        return
    report.schema = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    settings = dict(conn.execute(select(Setting.key, Setting.value)).all())
    report.commune_code = (settings.get(keys.COMMUNE_CODE) or '""').strip('"') or None
    report.epoch = int(settings.get(keys.NODE_EPOCH) or 1)
    for table in COUNTED:
        if table in tables:
            report.counts[table] = conn.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE deleted = 0").scalar()  # noqa: S608
    report.counts["change_log"] = conn.execute(select(func.count()).select_from(ChangeLog)).scalar()
    report.last_change_at = conn.execute(select(func.max(ChangeLog.at))).scalar()
    report.chain = verify_chain(conn)


def restore(store, path: Path, password: str | None = None, role: str | None = None) -> BackupReport:
    """Replace the data with the backup's; the current data is kept as a before-restore backup.

    Epoch before data (DESIGN.md §4): the backup is staged in the data folder's tmp/, the new
    sync epoch is written into the staged copy, and only then does the copy replace the data, in
    one transaction. Killed at any step, the data folder holds either the old data with the old
    epoch or the backup's data with a new epoch — never the backup's data with an epoch whose
    sequence numbers were already sent. A staged copy left by a killed restore is removed at the
    next start (core/backup/temp.py).
    """
    require(role or store.role, "restore")
    paths = store.paths
    with bk.opened_backup(path, password) as conn:
        report = _verify(conn, path.name)
        if not report.ok:
            raise bk.BackupError(N_("The backup {file} failed its check, so it was not restored: "
                                    "{details}."), file=path.name, details=_failure(report))
        current = store.context if store.is_initialized else None
        if current and report.commune_code and report.commune_code != current.commune_code:
            raise bk.BackupError(N_("The backup {file} belongs to another commune ({code}); it "
                                    "was not restored."), file=path.name, code=report.commune_code)
        secret = _signing_keys(conn, path.name, paths.home)
        epoch = keys.fresh_epoch(report.epoch, current.epoch if current else 1)
        staged = temp_path(paths.home, "restore", ".sqlite")
        try:
            _stage(conn, staged, epoch)
            backup_file(paths.db_file, paths.backups, "before-restore")
            reached("restore-kept")
            store.engine.dispose()
            bk.online_copy(staged, paths.db_file, single_file=False)  # one transaction
            reached("restore-copied")
        finally:
            for leftover in (staged, Path(f"{staged}-journal")):
                leftover.unlink(missing_ok=True)
    if secret is not None:
        from core.keyring_keys import put_keyring_secret

        put_keyring_secret(*secret)
    store.migration = upgrade_database(store.engine, paths.db_file, paths.backups)
    reached("restore-migrated")
    store.reload_identity()
    return report


def _settings(conn: sqlite3.Connection) -> dict[str, object]:
    return {k: orjson.loads(v) for k, v in conn.execute("SELECT key, value FROM setting")}


def _signing_keys(conn: sqlite3.Connection, name: str, home: Path) -> tuple[str, str] | None:
    """Check that the restored data will have its signing keys; returns (node id, keys) to put
    into the keyring, carried by an encrypted backup. A computer enrolled with another one
    (the province server) needs the keys it was enrolled with, or its syncs are refused."""
    from core.keyring_keys import keyring_lacks

    settings = _settings(conn)
    try:
        enrolled = conn.execute("SELECT count(*) FROM sync_peer").fetchone()[0] > 0
    except sqlite3.Error:  # a data file from before sync
        enrolled = False
    key_file = settings.get(keys.SYNC_KEY_FILE)
    if key_file:
        old = Path(str(key_file))
        there = (home / old.name).exists() or (old.is_absolute() and old.exists())
        if not there and not settings.get(keys.SYNC_KEY_FILE_COPY) and enrolled:
            raise bk.BackupError(N_(
                "The backup {file} was made when this computer kept its signing key in the file "
                "{key_file}, which is not in the data folder {folder} and which the backup does "
                "not carry. Copy that file into {folder} and restore again."),
                file=name, key_file=old.name, folder=str(home))
        return None
    node = str(settings.get(keys.NODE_ID) or "")
    if not enrolled or not node or not keyring_lacks(node):
        return None
    secret = settings.get(keys.SYNC_KEYS_SECRET)
    if not secret:
        raise bk.BackupError(N_(
            "The signing key of the computer that made the backup {file} is not on this "
            "computer, and the backup does not carry it (only a backup with a password does). "
            "Restore it on the computer that made it, or restore a backup with a password "
            "made there."), file=name)
    return node, str(secret)


def _stage(conn: sqlite3.Connection, staged: Path, epoch: int) -> None:
    """The backup's data in ``staged``, already under its new sync epoch (the keys an encrypted
    backup carries go into the keyring, never into the data)."""
    target = sqlite3.connect(private_file(staged))
    try:
        conn.backup(target)
        reached("restore-staged")
        with target:
            target.execute("DELETE FROM setting WHERE key = ?", (keys.SYNC_KEYS_SECRET,))
        set_epoch(target, epoch)
        target.execute("PRAGMA journal_mode=DELETE")
        reached("restore-epoch")
    finally:
        target.close()


def set_epoch(conn: sqlite3.Connection, epoch: int) -> None:
    """The ``node.epoch`` setting of a database file that is not open as a store (a local
    setting: no change-log row)."""
    now = utcnow().replace(tzinfo=None).isoformat(" ")
    with conn:
        conn.execute("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT "
                     "(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                     (keys.NODE_EPOCH, orjson.dumps(epoch).decode(), now))


def _failure(report: BackupReport) -> str:
    if report.problems:
        return "; ".join(report.problems[:3])
    if report.chain and not report.chain.ok:
        return f"change log row {report.chain.broken_at} was altered"
    return "?"


# the daily automatic backup ---------------------------------------------------------------
@dataclass
class DailySettings:
    enabled: bool = True
    keep: int = bk.DEFAULT_KEEP
    extra_folder: str = ""


def daily_settings(session) -> DailySettings:
    return DailySettings(bool(get_setting(session, DAILY, True)),
                         int(get_setting(session, KEEP, bk.DEFAULT_KEEP)),
                         str(get_setting(session, EXTRA_FOLDER, "")))


def save_daily_settings(session, value: DailySettings) -> None:
    require(session.info.get("role"), "change_settings")
    if not 1 <= value.keep <= 100:
        raise bk.BackupError(N_("Keep between 1 and 100 backups."))
    set_setting(session, DAILY, value.enabled)
    set_setting(session, KEEP, value.keep)
    set_setting(session, EXTRA_FOLDER, value.extra_folder)


def daily_backup_due(folder: Path, now: dt.datetime | None = None) -> bool:
    now = now or dt.datetime.now()
    daily = [b for b in bk.list_backups(folder) if b.kind == "daily"]
    return not daily or now - daily[0].made_at >= dt.timedelta(hours=20)


def run_daily_backup(store, now: dt.datetime | None = None) -> list[bk.BackupFile]:
    """The automatic backup, when the last one is older than a day (on start and every hour)."""
    with store.session() as s:
        conf = daily_settings(s)
    if not conf.enabled:
        return []
    made = []
    folders = [store.paths.backups] + ([Path(conf.extra_folder)] if conf.extra_folder else [])
    for folder in folders:
        if daily_backup_due(folder, now):
            made.append(bk.create_backup(store.paths.db_file, folder, "daily", keep=conf.keep))
    return made



def backup_now(store, folder: Path | None = None, password: str | None = None,
               role: str | None = None, progress=None) -> bk.BackupFile:
    """A backup asked for by a person (supervisor or administrator)."""
    require(role or store.role, "backup")
    with store.session() as s:
        keep = daily_settings(s).keep
    secrets = _keyring_keys(store) if password else None
    return bk.create_backup(store.paths.db_file, folder or store.paths.backups, "backup",
                            password=password, keep=keep, progress=progress, secrets=secrets)


def _keyring_keys(store) -> dict[str, str] | None:
    """The signing keys kept in the keyring, for an encrypted backup to carry (a key file is
    in the data already, encrypted with its passphrase)."""
    from core.keyring_keys import keyring_secret

    if not store.is_initialized:
        return None
    with store.session() as s:
        if get_setting(s, keys.SYNC_KEY_FILE):
            return None
    secret = keyring_secret(str(store.context.node_id))
    return {keys.SYNC_KEYS_SECRET: secret} if secret else None
