"""The hub's database and identity: any SQLAlchemy URL, migrated with the desktop's Alembic chain.

A server has no desktop keyring, so the hub's keys live in ``<data>/hub-key.json`` (mode 0600,
readable only by the service account): ``{"node_id", "epoch", "ed25519", "x25519"}`` with the
raw private keys in base64. Protect it like a TLS private key; losing it means re-enrolling
every commune computer.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import orjson
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from core.sync.keys import NodeKeys
from core.sync.state import SyncIdentity, app_version, schema_revision
from db.engine import make_engine
from db.ids import uuid7
from db.migrate import upgrade_database
from db.private import private_folder

KEY_FILE = "hub-key.json"
DB_FILE = "xaso-hub.sqlite"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(os.environ.get("XASO_HUB_HOME") or user_data_dir("xaso-hub", appauthor=False))


@dataclass
class Hub:
    data_dir: Path
    engine: Engine
    identity: SyncIdentity

    def close(self) -> None:
        self.engine.dispose()


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def load_or_create_keys(data_dir: Path) -> tuple[uuid.UUID, int, NodeKeys]:
    path = data_dir / KEY_FILE
    if path.exists():
        data = orjson.loads(path.read_bytes())
        return uuid.UUID(data["node_id"]), int(data["epoch"]), NodeKeys.from_secret(
            orjson.dumps({"ed25519": data["ed25519"], "x25519": data["x25519"]}).decode())
    node, keys = uuid7(), NodeKeys.generate()
    secret = orjson.loads(keys.to_secret())
    _write_private(path, orjson.dumps({"node_id": str(node), "epoch": 1, **secret}))
    return node, 1, keys


def open_hub(data_dir: Path, db_url: str | None = None) -> Hub:
    """Create the data folder, migrate the database, load (or create) the hub's keys."""
    private_folder(data_dir)
    db_path = data_dir / DB_FILE if not db_url else None
    engine = make_engine(db_url or db_path, pool_pre_ping=True)
    try:
        upgrade_database(engine, db_path, data_dir / "backups")
        node, epoch, keys = load_or_create_keys(data_dir)
        with Session(engine) as s:
            schema = schema_revision(s)
    except Exception:
        engine.dispose()
        raise
    return Hub(data_dir, engine, SyncIdentity(node, epoch, None, keys, schema, app_version()))

