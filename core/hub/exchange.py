"""What the hub hands to a commune computer, without the web layer: its own card at enrolment,
the return bundle of a pull, and the latest ACK it sent a computer (answered with a gap)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from core.hub.province import record_contact
from core.hub.work import work_path
from core.sync.export import export_bundle, latest_ack_for
from core.sync.state import SyncIdentity
from db.models import SyncPeer

HUB_NAME = "Máy chủ tỉnh"


def hub_card_of(identity: SyncIdentity, url: str = "") -> dict[str, str]:
    """The hub's node card, as a computer enrols it (``core.sync.service.enrol_peer``)."""
    return {"node_id": str(identity.node_id), "role": "hub", "commune": "", "name": HUB_NAME,
            "sign_key": identity.keys.sign_public, "box_key": identity.keys.box_public, "url": url}


def return_bundle(engine: Engine, identity: SyncIdentity, peer: SyncPeer,
                  work: Path) -> tuple[bytes, str]:
    """What ``peer`` has not got yet: its own commune's changes only, plus the latest ACK."""
    folder = work_path(work, "pull")
    folder.mkdir()
    try:
        result = export_bundle(engine, identity, str(peer.node_id), folder,
                               commune=peer.commune_code, channel="http")
        data = result.path.read_bytes()
        result.path.unlink()
    finally:
        folder.rmdir()
    return data, result.path.name


def latest_ack(engine: Engine, peer: str):
    """The last ACK the hub signed for ``peer`` (None before its first push)."""
    with Session(engine) as s:
        acks = latest_ack_for(s, peer)
    return acks[0] if acks else None


def answer_pull(engine: Engine, identity: SyncIdentity, peer: SyncPeer,
                work: Path) -> tuple[bytes, str]:
    """A pull, in the ingest gate's thread (SQLite: one writer at a time): the computer's contact
    stamped, then its return bundle (bytes, file name)."""
    record_contact(engine, peer.node_id, peer.commune_code, pushed=False)
    return return_bundle(engine, identity, peer, work)
