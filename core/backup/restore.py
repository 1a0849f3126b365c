"""Verify a backup, preview what it holds, restore it (a new sync epoch), the daily backup."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, func, select
from sqlalchemy.pool import NullPool

from core import settings as keys
from core.accounts.permissions import SYSTEM, require
from core.backup import files as bk
from core.settings import get_setting, set_setting
from db.chain import ChainReport, verify_chain
from db.errors import N_
from db.migrate import backup_file, upgrade_database
from db.models import ChangeLog, Setting

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
    report = BackupReport(path.name)
    with bk.opened_backup(path, password) as plain:
        report.problems = bk.integrity_problems(plain)
        if report.problems:
            return report
        engine = create_engine("sqlite://", poolclass=NullPool, creator=lambda: sqlite3.connect(
            f"file:{plain}?mode=ro", uri=True, check_same_thread=False))
        try:
            with engine.connect() as conn:
                _describe(conn, report)
        except Exception as err:  # noqa: BLE001 — any unreadable file is reported, not raised
            report.problems.append(str(getattr(err, "orig", err)))
        finally:
            engine.dispose()
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

    Starts a new sync epoch (DESIGN.md §4), so sequence numbers are never reused.
    """
    require(role or store.role, "restore")
    report = verify_backup(path, password)
    if not report.ok:
        raise bk.BackupError(N_("The backup {file} failed its check, so it was not restored: "
                                "{details}."), file=path.name, details=_failure(report))
    current = store.context if store.is_initialized else None
    if current and report.commune_code and report.commune_code != current.commune_code:
        raise bk.BackupError(N_("The backup {file} belongs to another commune ({code}); it was "
                                "not restored."), file=path.name, code=report.commune_code)
    epoch = keys.fresh_epoch(report.epoch, current.epoch if current else 1)
    paths = store.paths
    backup_file(paths.db_file, paths.backups, "before-restore")
    with bk.opened_backup(path, password) as plain:
        store.engine.dispose()
        bk.online_copy(plain, paths.db_file, single_file=False)  # one transaction
    store.migration = upgrade_database(store.engine, paths.db_file, paths.backups)
    store.reload_identity()
    with store.write(actor="restore", role=SYSTEM) as session:
        set_setting(session, keys.NODE_EPOCH, epoch)
    store.reload_identity()
    return report


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
    return bk.create_backup(store.paths.db_file, folder or store.paths.backups, "backup",
                            password=password, keep=keep, progress=progress)
