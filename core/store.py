"""Opening the data folder: engine, migrations, node identity, sessions stamped for the log."""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, exc, select
from sqlalchemy.orm import Session, sessionmaker

from core import settings as keys
from core.accounts import permissions
from core.config import Paths
from core.settings import get_setting
from db.engine import BUSY_TIMEOUT_MS, ChangeContext, make_engine, make_session_factory
from db.errors import N_, DatabaseError
from db.migrate import MigrationResult, translate_operational, upgrade_database
from db.models import Commune
from db.writegate import write_gate


@dataclass(frozen=True)
class Place:
    """Where this computer works: a commune of a province, or a whole province."""

    province_code: str
    province_name: str
    commune_code: str = ""
    commune_name: str = ""

    @property
    def label(self) -> str:
        return f"{self.commune_name}, {self.province_name}" if self.commune_name else \
            self.province_name


class Store:
    """One open data folder. Give each thread its own session from :meth:`session`."""

    def __init__(self, paths: Paths, engine: Engine, migration: MigrationResult) -> None:
        self.paths = paths
        self.engine = engine
        self.migration = migration
        self._context: ChangeContext | None = None
        # role of the signed-in user: every write session checks it (services/permissions.py);
        # None = no one signed in here (command line, setup): the system itself
        self.role: str | None = None
        permissions.install(engine)
        self._factory: sessionmaker[Session] = make_session_factory(engine, None)
        self.reload_identity()

    @classmethod
    def open(cls, paths: Paths, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Store:
        """Create the folder if needed, migrate the database (after a backup), load identity."""
        try:
            paths.ensure()
        except OSError as err:
            raise DatabaseError(
                N_("Cannot create the data folder {path}: {reason}. Choose a folder you may write to."),
                path=str(paths.home),
                reason=err.strerror or str(err),
            ) from err
        from core.backup.temp import remove_stale

        remove_stale(paths.home)  # what a killed backup, restore or sync left behind
        _check_is_sqlite(paths.db_file)
        engine = make_engine(paths.db_file, busy_timeout_ms=busy_timeout_ms)
        try:
            migration = upgrade_database(engine, paths.db_file, paths.backups)
        except Exception:
            engine.dispose()
            raise
        return cls(paths, engine, migration)

    def close(self) -> None:
        """Refresh the query planner's statistics (SQLite's advice on close), then let go."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        except exc.DBAPIError:
            pass  # a locked or read-only file: statistics can wait for the next close
        self.engine.dispose()

    # identity -----------------------------------------------------------------------------
    def reload_identity(self) -> None:
        with self._factory() as s:
            node_id = get_setting(s, keys.NODE_ID)
            epoch = get_setting(s, keys.NODE_EPOCH, 1)
            commune = get_setting(s, keys.COMMUNE_CODE)
            self._province_code = get_setting(s, keys.PROVINCE_CODE)
        if node_id and (commune or self._province_code):  # a province computer has no commune
            self._context = ChangeContext(uuid.UUID(node_id), int(epoch), commune or "")
            self._factory = make_session_factory(self.engine, self._context)
        else:
            self._context = None

    @property
    def is_initialized(self) -> bool:
        return self._context is not None

    @property
    def context(self) -> ChangeContext:
        if self._context is None:
            raise DatabaseError(N_("This installation has not been set up yet."))
        return self._context

    def commune(self) -> Commune | None:
        if self._context is None or not self._context.commune_code:
            return None
        with self._factory() as s:
            return s.execute(
                select(Commune).where(Commune.code == self._context.commune_code)
            ).scalar_one_or_none()

    def place(self) -> Place | None:
        """The commune and its province, or the province of a province computer."""
        commune = self.commune()
        if commune is not None:
            return Place(commune.province_code, commune.province_name, commune.code, commune.name)
        if self._context is None or not self._province_code:
            return None
        from core.communes import find_province

        province = find_province(self._province_code)
        return Place(self._province_code, province.name if province else self._province_code)

    # sessions -----------------------------------------------------------------------------
    def session(self, actor: str | None = None, role: str | None = None) -> Session:
        s = self._factory()
        if actor and self._context is not None:
            s.info["change_context"] = dataclasses.replace(self._context, actor=actor)
        s.info["role"] = role or self.role
        return s

    @contextmanager
    def write(self, actor: str | None = None, role: str | None = None) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error.

        The writes are checked against ``role`` (default: the signed-in user's role). Write
        transactions take the database's write gate in turn (``db/writegate.py``): one at a
        time, first asked first served, so a save waits for the sync's current slice only.
        """
        with self.session(actor, role) as s:
            try:
                with write_gate(self.engine), s.begin():
                    yield s
            except exc.IntegrityError as err:
                raise DatabaseError(
                    N_("The change clashes with data already saved (a duplicate or a missing "
                       "link), so nothing was saved. Check the values and try again."),
                ) from err
            except (exc.OperationalError, exc.DatabaseError) as err:
                raise translate_operational(err, self.paths.db_file) from err

    def integrity_check(self) -> list[str]:
        """PRAGMA integrity_check and foreign_key_check; empty list when all is well."""
        problems: list[str] = []
        try:
            with self.engine.connect() as conn:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
                if rows != ["ok"]:
                    problems.extend(rows)
                for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                    problems.append(f"{table} #{rowid} → {parent}")
        except exc.DBAPIError as err:
            raise translate_operational(err, self.paths.db_file) from err
        return problems


def _check_is_sqlite(path: Path) -> None:
    """Refuse a file that is not a SQLite database before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as err:
        raise DatabaseError(
            N_("The data file {path} cannot be read: {reason}."), path=str(path),
            reason=err.strerror or str(err),
        ) from err
    if header != b"SQLite format 3\x00":
        raise translate_operational(
            exc.DatabaseError(None, None, sqlite3.DatabaseError("file is not a database")), path
        )
