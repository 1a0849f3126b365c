"""Demo sync data: the province server enrolled, a history of USB exchanges, one conflict.

Deterministic for a seed (times are whole days before today); written in the demo's own
transaction. The province's keys are derived from the seed: they are for show only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy.orm import Session

from core.settings import LAST_SYNC_AT, set_setting
from core.sync.keys import b64
from core.sync.rows import canonical
from core.sync.service import HUB_NODE
from db.models import Officer, SyncConflict, SyncLog, SyncPeer


def _at(days_ago: int, hour: int, minute: int) -> dt.datetime:
    today = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today - dt.timedelta(days=days_ago) + dt.timedelta(hours=hour, minutes=minute)


def _log(direction: str, status: str, at: dt.datetime, file: str, **counts) -> SyncLog:
    message = counts.pop("message", "")
    return SyncLog(started_at=at, finished_at=at + dt.timedelta(seconds=20), direction=direction,
                   channel="usb", peer_id="", file_name=file, bundle_id="", status=status,
                   changes=counts.get("changes", 0), applied=counts.get("applied", 0),
                   skipped=counts.get("skipped", 0), conflicts=counts.get("conflicts", 0),
                   quarantined=0, message=message,
                   message_params=orjson.dumps({"file": file}).decode() if message else "{}")


def add_demo_sync(session: Session, seed: int, commune_code: str, province_name: str,
                  officers: list[Officer]) -> None:
    rng = random.Random(seed * 7 + 3)
    secret = hashlib.sha256(f"xaso-demo-hub-{seed}".encode()).digest()
    hub_id = uuid.uuid5(uuid.NAMESPACE_URL, f"xaso-demo-hub-{seed}")
    sign = Ed25519PrivateKey.from_private_bytes(secret).public_key().public_bytes_raw()
    box = X25519PrivateKey.from_private_bytes(secret[::-1]).public_key().public_bytes_raw()
    session.add(SyncPeer(node_id=hub_id, role="hub", name=f"Máy chủ {province_name}",
                         commune_code="", sign_key=b64(sign), box_key=b64(box),
                         url="", enrolled_at=_at(40, 9, 15), active=True))
    set_setting(session, HUB_NODE, str(hub_id))
    node = hub_id.hex[:12]
    history = []
    seq = 0
    for days in (35, 28, 21, 14, 7):
        size = rng.randint(40, 160)
        name = f"xaso-{commune_code}-{node}-1-{seq + 1}-{seq + size}.xaso"
        history.append(_log("export", "ok", _at(days, 16, rng.randint(0, 50)), name, changes=size))
        back = f"xaso-hub-{node}-1-0-0.xaso"
        if days == 21:  # a copy damaged on the stick, then the good one
            history.append(_log("import", "rejected", _at(days - 1, 8, 5), back, message=(
                "The file {file} is damaged or incomplete (not a whole bundle). "
                "Copy it again from the sender.")))
        history.append(_log("import", "ok", _at(days - 1, 8, 12), back,
                            changes=rng.randint(0, 6), applied=rng.randint(0, 4)))
        seq += size
    session.add_all(history)
    set_setting(session, LAST_SYNC_AT, history[-1].finished_at.isoformat())
    _add_conflict(session, rng, officers, hub_id)


def _add_conflict(session: Session, rng: random.Random, officers: list[Officer],
                  hub_id: uuid.UUID) -> None:
    officer = next((o for o in officers if o.active and o.phone), None)
    if officer is None:
        return
    session.flush()
    here = {c.key: getattr(officer, c.key) for c in Officer.__table__.columns}
    other = dict(here, phone="09" + "".join(str(rng.randint(0, 9)) for _ in range(8)),
                 updated_by="tinh")
    session.add(SyncConflict(
        table_name="officer", row_id=officer.id, origin_node=hub_id, origin_epoch=1,
        origin_seq=rng.randint(200, 400), local_version=here["version"] or 1,
        local_payload=canonical(here).decode(), incoming_version=here["version"] or 1,
        incoming_payload=canonical(other).decode(), winner="local",
        detected_at=_at(6, 8, 12), resolved=False, resolved_by="", resolution=""))
