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

from core.settings import fresh_epoch
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
    tmp = path.with_name(f"{path.name}.{uuid.uuid4().hex[:8]}.tmp")  # several processes start
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def load_or_create_keys(data_dir: Path, new_epoch: bool = False) -> tuple[uuid.UUID, int, NodeKeys]:
    """The hub's node id, sync epoch and keys; ``new_epoch``: start a sync epoch never used
    before and keep it in the file.

    The hub starts a new epoch each time it is opened to serve or publish: its database may have
    been restored from an earlier copy while it was stopped, and its own changes (the province
    catalogues) must never reuse a sequence number the communes already hold. An epoch with no
    change costs nothing (no cursor, no range)."""
    path = data_dir / KEY_FILE
    if path.exists():
        data = orjson.loads(path.read_bytes())
        epoch = int(data["epoch"])
        if new_epoch:
            epoch = data["epoch"] = fresh_epoch(epoch)
            _write_private(path, orjson.dumps(data))
        return uuid.UUID(data["node_id"]), epoch, NodeKeys.from_secret(
            orjson.dumps({"ed25519": data["ed25519"], "x25519": data["x25519"]}).decode())
    node, keys = uuid7(), NodeKeys.generate()
    secret = orjson.loads(keys.to_secret())
    _write_private(path, orjson.dumps({"node_id": str(node), "epoch": 1, **secret}))
    return node, 1, keys


def open_hub(data_dir: Path, db_url: str | None = None, new_epoch: bool = True) -> Hub:
    """Create the data folder, migrate the database, load (or create) the hub's keys, in a
    new sync epoch (``new_epoch=False``: a worker process of a hub its parent opened)."""
    private_folder(data_dir)
    db_path = data_dir / DB_FILE if not db_url else None
    engine = make_engine(db_url or db_path, pool_pre_ping=True)
    try:
        upgrade_database(engine, db_path, data_dir / "backups")
        node, epoch, keys = load_or_create_keys(data_dir, new_epoch)
        with Session(engine) as s:
            schema = schema_revision(s)
    except Exception:
        engine.dispose()
        raise
    return Hub(data_dir, engine, SyncIdentity(node, epoch, None, keys, schema, app_version()))

