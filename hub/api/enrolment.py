"""Enrolment of a computer with a one-time code, and the health checks."""

from __future__ import annotations

import logging

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from core.hub import enrolment
from core.hub.exchange import hub_card_of
from db.errors import UserError
from hub.deps import Hub, SmallBody, check_throttle, client_address, refusal

router = APIRouter()
log = logging.getLogger("xaso.hub")


@router.get("/api/v1/health")
def health(hub: Hub) -> dict:
    """The clients' offline check."""
    return {"ok": True, "schema": hub.identity.schema}


@router.get("/healthz")
def healthz(hub: Hub):
    """For a load balancer: 200 when the database answers, else 503."""
    try:
        with hub.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception:  # noqa: BLE001 - any database failure means "not healthy"
        return JSONResponse({"ok": False, "db": False}, status_code=503)
    return {"ok": True, "db": True, "schema": hub.identity.schema}


@router.post("/api/v1/enrol")
def enrol(request: Request, hub: Hub, body: SmallBody) -> dict:
    """``{"code", "card"}`` → the hub's card (and the computer's role): the code is spent. An
    address that sent too many wrong codes lately is refused (429) before the code is looked
    at."""
    check_throttle(request, hub.enrol_throttle)
    try:
        data = orjson.loads(body)
        peer = enrolment.redeem(hub.engine, str(data["code"]), data["card"])
    except (ValueError, KeyError, TypeError):
        hub.enrol_throttle.failed(client_address(request))
        raise refusal(400, "rejected") from None
    except UserError as err:
        hub.enrol_throttle.failed(client_address(request))
        log.warning("enrol refused", extra={"fields": {"reason": err.template[:60],
                                                       "client": client_address(request)}})
        raise refusal(403, "bad_code", err) from None
    log.info("enrolled", extra={"fields": {"node": str(peer.node_id),
                                           "commune": peer.commune_code}})
    return {**hub_card_of(hub.identity, hub.url), "viewer": peer.role}
