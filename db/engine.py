"""Engine and session factory for SQLite files (WAL, foreign keys, busy timeout)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# importing db.changes registers the session events that write the change log
from db import writegate
from db.changes import ChangeContext
from db.private import private_file

BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(busy_timeout_ms: int):
    def on_connect(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        # NORMAL in WAL mode: a power cut may lose the last transactions, never corrupt the file
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return on_connect


def make_engine(url_or_path: str | Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS, **kwargs) -> Engine:
    """Engine for a database file path or a SQLAlchemy URL."""
    url = str(url_or_path)
    if "://" not in url:
        private_file(url_or_path)  # created 0600 before SQLite creates it with the umask's mode
        url = f"sqlite:///{Path(url_or_path)}"
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        # write transactions taken in turn (db/writegate.py): a save never starves behind a sync
        writegate.install(engine, busy_timeout_ms / 1000)
    return engine


def make_session_factory(engine: Engine, context: ChangeContext | None) -> sessionmaker[Session]:
    """Sessions that capture changes with the given context (db.changes installs the hooks)."""
    return sessionmaker(bind=engine, expire_on_commit=False, info={"change_context": context})
