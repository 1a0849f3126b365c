"""Province view endpoints (docs/sync-format.md §6): signed like sync requests, viewers only.

    GET /api/v1/province/summary[?as_of=YYYY-MM-DD]   every commune's figures, ranked, the
                                            transfers and the hub's open conflicts (as_of: people
                                            counted where they worked at the end of that day)
    GET /api/v1/province/communes/{code}    one commune: its row, fields and officers
    GET /api/v1/province/catalogue          targets and required courses published to all
    POST /api/v1/province/targets           publish a target {id, percent, due_on}
    POST /api/v1/province/courses           publish a required course {id, title, topic, hours}
    DELETE /api/v1/province/{targets|courses}/{id}   withdraw one
    POST /api/v1/province/usb-bundle        a commune's USB file → its return bundle

Publishing is idempotent on the row id the desktop chooses (a retried request changes nothing).
A commune computer gets ``403 not_province``; a province viewer may not push or pull bundles.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import Response

from core.hub import catalogue, province, province_detail
from core.hub.usb import import_files
from core.hub.work import work_path
from db.base import utcnow
from db.errors import N_, UserError
from db.models import SyncPeer
from hub.api.sync import bundle_response
from hub.deps import (
    PROVINCE_ROLE,
    Bundle,
    Hub,
    SmallBody,
    Viewer,
    first_seen,
    invalid_request,
    not_province,
    refusal,
    refused,
)

router = APIRouter(prefix="/api/v1/province")
log = logging.getLogger("xaso.hub")


def _actor(peer: SyncPeer) -> str:
    return f"province:{peer.name or peer.node_id}"[:64]


def _publish(body: bytes, peer: SyncPeer, make: Callable[[dict, str, uuid.UUID], dict]) -> dict:
    """``make(data, actor, row_id)`` → the row's JSON, for a signed province request."""
    try:
        data = orjson.loads(body)
        row_id = uuid.UUID(str(data["id"]))
    except (ValueError, KeyError, TypeError):
        raise invalid_request() from None
    try:
        return make(data, _actor(peer), row_id)
    except UserError as err:
        raise refusal(400, "invalid", err) from None
    except (ValueError, KeyError, TypeError):
        raise invalid_request() from None


@router.get("/catalogue")
def published(hub: Hub, peer: Viewer) -> dict:
    return catalogue.published(hub.engine)


@router.post("/targets")
def publish_target(hub: Hub, body: SmallBody, peer: Viewer) -> dict:
    def make(data, who, row_id):
        row = catalogue.publish_target(hub.engine, hub.identity, float(data["percent"]),
                                       dt.date.fromisoformat(str(data["due_on"])), who, row_id)
        return {"id": str(row.id), "percent": row.percent, "due_on": row.due_on.isoformat()}

    return _publish(body, peer, make)


@router.post("/courses")
def publish_course(hub: Hub, body: SmallBody, peer: Viewer) -> dict:
    def make(data, who, row_id):
        row = catalogue.publish_course(hub.engine, hub.identity, str(data["title"]),
                                       str(data["topic"]), float(data.get("hours") or 0), who,
                                       row_id)
        return {"id": str(row.id), "title": row.title, "topic": row.topic, "hours": row.hours}

    return _publish(body, peer, make)


@router.delete("/{kind}/{row_id}")
def withdraw(kind: str, row_id: str, hub: Hub, peer: Viewer) -> dict:
    if kind not in ("targets", "courses"):
        raise refusal(404, "not_found", message=N_("No such list."))
    try:
        key = uuid.UUID(row_id)
    except ValueError:
        raise refusal(404, "not_found", message=N_("No such row.")) from None
    done = catalogue.withdraw(hub.engine, hub.identity, kind[:-1], key, _actor(peer))
    return {"id": row_id, "withdrawn": done}


@router.get("/summary")
def summary(hub: Hub, peer: Viewer, as_of: str | None = None) -> dict:
    try:
        day = dt.date.fromisoformat(as_of) if as_of else None
    except ValueError:
        raise invalid_request() from None
    return province.summary_json(hub.engine, utcnow(), day)


@router.get("/communes/{code}")
def commune(code: str, hub: Hub, peer: Viewer) -> dict:
    detail = province_detail.commune_detail(hub.engine, code)
    if detail is None:
        raise refusal(404, "unknown_commune",
                      message=N_("The province server has no data of this commune."))
    return detail


@router.post("/usb-bundle")
async def usb_bundle(request: Request, hub: Hub, received: Bundle) -> Response:
    """A commune's USB file brought to the province computer: applied as ``xaso-hub
    import-bundle`` does; the answer is that commune's return bundle (for its stick)."""
    peer = received.peer
    if peer.role != PROVINCE_ROLE:
        raise not_province()
    replies = work_path(hub.work, "usb")

    def run():
        if not first_seen(request, hub, peer):
            return None
        replies.mkdir()
        outcome = import_files(hub.engine, hub.identity, [received.path], replies)[0]
        return outcome, (outcome.reply.read_bytes() if outcome.reply is not None else b"")

    try:
        answered = await hub.gate.call(f"usb:{peer.node_id}", run)
    finally:
        if replies.exists():
            for item in replies.iterdir():
                item.unlink()
            replies.rmdir()
    if answered is None:
        raise refused(peer, "replay")
    outcome, data = answered
    if not outcome.ok and outcome.reply is None:
        raise refusal(400, "rejected", outcome.error)
    log.info("usb", extra={"fields": {"by": str(peer.node_id), "commune": outcome.commune,
                                      "applied": outcome.applied}})
    tally = {"commune": outcome.commune, "applied": outcome.applied, "skipped": outcome.skipped,
             "conflicts": outcome.conflicts, "quarantined": outcome.quarantined}
    if not outcome.ok:  # refused for a gap: the return file's ACK makes the commune resend
        tally["gap"] = True
    return bundle_response(data, outcome.reply.name, **{"X-Xaso-Result": orjson.dumps(tally).decode()})
