"""Push and pull of bundles by commune computers (docs/sync-format.md §6)."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from core.hub import province
from core.hub.exchange import answer_pull, latest_ack
from core.sync.apply import import_bundle
from core.sync.bundle import BundleRejected
from core.sync.verify import GapRejected, PartitionRejected
from db.errors import UserError
from db.models import SyncPeer
from hub.deps import (
    PROVINCE_ROLE,
    Bundle,
    Hub,
    claim_or_refuse,
    commune_node,
    first_seen,
    refusal,
    refused,
    viewer_only,
)

BUNDLE_TYPE = "application/vnd.xaso.bundle"
router = APIRouter()
log = logging.getLogger("xaso.hub")


def bundle_response(data: bytes, name: str, **headers: str) -> Response:
    return Response(data, media_type=BUNDLE_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="{name}"', **headers})


@router.post("/api/v1/sync/push")
async def push(request: Request, hub: Hub, received: Bundle) -> JSONResponse:
    """A bundle → the hub's signed ACK; applied in the ingest gate (one at a time on SQLite)."""
    peer, timer = received.peer, received.timer
    if peer.role == PROVINCE_ROLE:
        raise viewer_only()

    def run():
        timer.phase("wait")
        if not first_seen(request, hub, peer):
            return None
        timer.phase("claim")
        result = import_bundle(hub.engine, hub.identity, received.path, channel="http")
        timer.phase("import")
        province.record_contact(hub.engine, peer.node_id, peer.commune_code, pushed=True)
        timer.phase("contact")
        return result

    try:
        result = await hub.gate.call(str(peer.node_id), run)
    except GapRejected as err:
        ack = await run_in_threadpool(latest_ack, hub.engine, str(peer.node_id))
        raise refusal(409, "gap", err, ack=ack) from None
    except PartitionRejected as err:
        log.warning("partition", extra={"fields": {"node": str(peer.node_id),
                                                   "commune": peer.commune_code,
                                                   "other": err.params.get("commune")}})
        raise refusal(403, "other_commune", err) from None
    except BundleRejected as err:
        raise refusal(400, "rejected", err) from None
    except UserError as err:  # an import that stopped (its transaction rolled back): the reason
        log.warning("push failed", extra={"fields": {"node": str(peer.node_id),
                                                     "reason": err.template[:80]}})
        raise refusal(400, "rejected", err) from None
    if result is None:
        raise refused(peer, "replay")
    refusals = result.tally.refused
    if refusals:  # applied all but these; the ACK names them and the computer quarantines them
        log.warning("refused_rows", extra={"fields": {
            "node": str(peer.node_id), "commune": peer.commune_code, "rows": len(refusals),
            "others": sorted({r["params"]["commune"] for r in refusals})}})
    log.info("push", extra={"fields": {"node": str(peer.node_id), "changes": result.changes,
                                       **result.tally.as_dict(), "refused": len(refusals)}})
    timer.report(str(peer.node_id), received.size, result.changes)
    return JSONResponse(result.ack)


@router.get("/api/v1/sync/pull")
async def pull(request: Request, hub: Hub,
               peer: Annotated[SyncPeer, Depends(commune_node)]) -> Response:
    """What the computer has not got yet: its commune's changes, the province catalogues and
    the latest ACK, as one bundle."""
    def run():
        if not first_seen(request, hub, peer):
            return None
        return answer_pull(hub.engine, hub.identity, peer, hub.work)

    answered = await hub.gate.call(str(peer.node_id), run)
    if answered is None:
        raise refused(peer, "replay")
    data, name = answered
    return bundle_response(data, name)


@router.get("/api/v1/sync/people")
async def people(request: Request, hub: Hub,
                 peer: Annotated[SyncPeer, Depends(commune_node)]) -> dict:
    """The certificates and completed courses the commune's working officers (by CCCD) have
    under other communes: they follow the person (core/hub/people.py). Read-only there."""
    from core.hub.people import carried_for

    def run():
        claim_or_refuse(request, hub, peer)  # served once, whichever worker receives it
        return carried_for(hub.engine, peer.commune_code)

    return await run_in_threadpool(run)
