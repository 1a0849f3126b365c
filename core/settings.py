"""Key/value settings of this installation, stored as JSON in the `setting` table."""

from __future__ import annotations

import time
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import Setting

NODE_ID = "node.id"
NODE_EPOCH = "node.epoch"
COMMUNE_CODE = "commune.code"
PROVINCE_CODE = "province.code"  # a province computer (no commune of its own)
LAST_SYNC_AT = "sync.last_success_at"
# the signing key file's name in the data folder (absolute path before: changed on read)
SYNC_KEY_FILE = "sync.key_file"
# the key file's content (keys encrypted with the passphrase): backups carry it
SYNC_KEY_FILE_COPY = "sync.key_file_copy"
# the keyring's keys: only ever inside an encrypted backup (restore puts them in the keyring)
SYNC_KEYS_SECRET = "sync.keys_secret"
_EPOCH_ORIGIN = 1577836800  # 01/01/2020 00:00 UTC


def fresh_epoch(*known: int) -> int:
    """A sync epoch never used before (DESIGN.md §4): above every known one and above the
    minutes since 2020, so restoring the same old backup twice still gives two epochs."""
    return max(max(known, default=0) + 1, int((time.time() - _EPOCH_ORIGIN) // 60))


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    raw = session.execute(select(Setting.value).where(Setting.key == key)).scalar()
    return default if raw is None else orjson.loads(raw)


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    data = orjson.dumps(value).decode()
    if row is None:
        session.add(Setting(key=key, value=data, updated_at=utcnow()))
    else:
        row.value = data
