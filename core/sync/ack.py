"""ACK: the receiver's signed statement of what it now holds; the exporter trusts nothing else."""

from __future__ import annotations

import uuid
from typing import Any

import orjson
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from core.sync.keys import NodeKeys, b64, unb64, verify_signature
from core.sync.state import Origin, SyncIdentity, set_acked
from db.base import utcnow
from db.errors import N_, UserError
from db.models import ChangeLog, SyncPeer, SyncQuarantine

ACK_TYPE = "xaso-ack"


def make_ack(keys: NodeKeys, receiver: uuid.UUID, sender: uuid.UUID, bundle_id: str,
             counts: dict[str, int], cursors: dict[Origin, int],
             refused: list[dict[str, Any]] | None = None) -> dict[str, str]:
    """``refused``: changes the receiver did not apply and never will (a row of another
    commune), each ``{"node", "epoch", "seq", "table", "row", "reason", "params"}``; the cursors
    still cover them, so the sender keeps them in quarantine and goes on syncing."""
    body: dict[str, Any] = {
        "type": ACK_TYPE, "version": 1, "bundle": bundle_id, "from": str(receiver),
        "to": str(sender), "created_at": utcnow().isoformat(), "counts": counts,
        "cursors": [{"node": str(n), "epoch": e, "seq": s} for (n, e), s in sorted(
            cursors.items(), key=lambda item: (str(item[0][0]), item[0][1]))],
    }
    if refused:
        body["counts"] = {**counts, "refused": len(refused)}
        body["refused"] = refused
    data = orjson.dumps(body, option=orjson.OPT_SORT_KEYS)
    return {"ack": data.decode(), "sig": b64(keys.sign.sign(data))}


def read_ack(session: Session, identity: SyncIdentity, signed: Any) -> dict[str, Any]:
    """Check an ACK (signature of a known peer, addressed to us); returns its body."""
    try:
        data = signed["ack"].encode()
        body = orjson.loads(data)
        sender = uuid.UUID(body["from"])
        signature = unb64(signed["sig"])
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise UserError(N_("The acknowledgement (ACK) is damaged and was ignored.")) from err
    peer = session.get(SyncPeer, sender)
    if peer is None or not peer.active or not verify_signature(peer.sign_key, signature, data):
        raise UserError(N_("The acknowledgement (ACK) does not come from an enrolled computer "
                           "and was ignored."))
    if body.get("type") != ACK_TYPE or body.get("to") != str(identity.node_id):
        raise UserError(N_("The acknowledgement (ACK) is meant for another computer."))
    return body


def apply_ack(session: Session, identity: SyncIdentity, signed: Any) -> dict[str, Any]:
    """Advance the acknowledged cursors to what the ACK states, in the caller's transaction."""
    body = read_ack(session, identity, signed)
    peer = body["from"]
    for cursor in body.get("cursors", []):
        set_acked(session, peer, (uuid.UUID(cursor["node"]), int(cursor["epoch"])),
                  int(cursor["seq"]))
    keep_refused(session, identity, body.get("refused") or [])
    return body


def keep_refused(session: Session, identity: SyncIdentity, refused: list[Any]) -> int:
    """This computer's own changes the receiver refused: into quarantine with the reason (once
    each; the same ACK may be applied again), so the Đồng bộ screen shows them."""
    kept = 0
    for item in refused:
        try:
            node, epoch, seq = uuid.UUID(item["node"]), int(item["epoch"]), int(item["seq"])
            reason, params = str(item["reason"])[:32], dict(item.get("params") or {})
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        if node != identity.node_id or session.scalar(select(SyncQuarantine.id).where(
                SyncQuarantine.node_id == node, SyncQuarantine.epoch == epoch,
                SyncQuarantine.seq == seq)) is not None:
            continue
        change = session.scalar(select(ChangeLog).where(
            ChangeLog.node_id == node, ChangeLog.epoch == epoch, ChangeLog.seq == seq))
        if change is None:
            continue
        session.execute(insert(SyncQuarantine).values(
            node_id=node, epoch=epoch, seq=seq, table_name=change.table_name,
            row_id=change.row_id, commune_code=change.commune_code, op=change.op,
            payload=change.payload, version=change.version, actor=change.actor, at=change.at,
            missing_table="", missing_id="", received_at=utcnow(), reason=reason,
            reason_params=orjson.dumps({k: str(v) for k, v in params.items()}).decode()))
        kept += 1
    return kept
