"""USB at the province: apply communes' bundle files and write each one's return bundle beside it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from core.hub.province import record_contact
from core.sync.apply import import_bundle
from core.sync.export import export_bundle
from core.sync.state import SyncIdentity
from core.sync.verify import GapRejected
from db.errors import UserError
from db.models import SyncPeer


@dataclass
class UsbOutcome:
    file: Path
    ok: bool
    commune: str = ""
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    quarantined: int = 0
    reply: Path | None = None
    error: UserError | None = None


def import_files(engine: Engine, identity: SyncIdentity, files: list[Path],
                 reply_dir: Path | None = None) -> list[UsbOutcome]:
    """Each file on its own: a refused file does not stop the others (it is logged in sync_log)."""
    out = []
    for path in files:
        try:
            result = import_bundle(engine, identity, path, channel="usb")
        except GapRejected as err:
            # changes before this file never arrived, or the hub lost them (restored from an
            # earlier copy): the return file carries the ACK of what the hub holds, so the
            # computer sends them again with its next file
            reply = export_bundle(engine, identity, str(err.peer.node_id), reply_dir or path.parent,
                                  commune=err.peer.commune_code, recipient_box=None, channel="usb")
            out.append(UsbOutcome(path, False, err.peer.commune_code, reply=reply.path, error=err))
            continue
        except UserError as err:
            out.append(UsbOutcome(path, False, error=err))
            continue
        with Session(engine, expire_on_commit=False) as s:
            peer = s.get(SyncPeer, uuid.UUID(result.sender))
        record_contact(engine, peer.node_id, peer.commune_code, pushed=True)
        folder = reply_dir or path.parent
        reply = export_bundle(engine, identity, result.sender, folder,
                              commune=peer.commune_code, recipient_box=None, channel="usb")
        out.append(UsbOutcome(path, True, peer.commune_code, reply=reply.path,
                              **result.tally.as_dict()))
    return out
