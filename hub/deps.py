"""Dependencies of the hub's routers: the hub on ``app.state``, request bodies read within a size
budget, and the signed caller (``Depends(authenticated_node)``, ``Depends(province_viewer)``).

A refusal is an ``HTTPException`` whose detail is the JSON body the clients read
(``core/sync/http_client.py``): ``{"error": code, "message": English template, "params": {…}}``,
sometimes with more keys (``ack`` of a gap); ``hub/app.py`` answers it as that body.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from core.hub import timing
from core.hub.guard import FailureThrottle, RateLimiter, ReplayGuard, SharedReplays
from core.hub.ingest import IngestGate
from core.hub.work import work_path
from core.sync.http_auth import check_headers
from core.sync.state import SyncIdentity
from db.errors import N_, UserError
from db.models import SyncPeer
from db.private import open_private

PROVINCE_ROLE = "province"
SMALL_BODY = 16 << 10  # enrolment and province requests: a few hundred bytes of JSON
CONTENT_DIGEST = "X-Xaso-Content-SHA256"  # an uploaded bundle's SHA-256, which the signature covers
_DIGEST = re.compile(r"[0-9a-f]{64}")
log = logging.getLogger("xaso.hub")


@dataclass
class HubState:
    """Everything the routes share, kept on ``app.state.hub`` by ``create_app``."""

    engine: Engine
    identity: SyncIdentity
    work: Path
    max_body: int
    url: str
    replays: ReplayGuard
    shared: SharedReplays
    limiter: RateLimiter
    gate: IngestGate
    enrol_throttle: FailureThrottle  # wrong enrolment codes per client address
    sign_throttle: FailureThrottle  # unknown computers and bad signatures per client address


def hub_state(request: Request) -> HubState:
    return request.app.state.hub


Hub = Annotated[HubState, Depends(hub_state)]


def refusal(status: int, code: str, err: UserError | None = None, message: str | None = None,
            headers: dict[str, str] | None = None, **extra) -> HTTPException:
    """The refusal the clients read; ``message`` is the English template (the client translates
    it), else the error's template, else the code itself."""
    body = {"error": code, "message": err.template if err else (message or code),
            "params": {k: str(v) for k, v in (err.params if err else {}).items()}, **extra}
    return HTTPException(status, detail=body, headers=headers)


# the failures that count towards an address's throttle (a wrong clock or a replay does not:
# those come from a genuine computer)
THROTTLED_PROBLEMS = frozenset({"unknown_node", "bad_signature"})
THROTTLED = N_("Too many failed attempts came from this address. Wait {minutes} minutes, then "
               "try again; if it happens again, ask the province to check this computer's "
               "enrolment.")


def client_address(request: Request) -> str:
    return request.client.host if request.client else ""


def check_throttle(request: Request, throttle: FailureThrottle) -> None:
    """429 with ``Retry-After`` while the caller's address has too many recent failures."""
    wait = throttle.retry_after(client_address(request))
    if wait:
        log.warning("throttled", extra={"fields": {"client": client_address(request),
                                                   "path": request.url.path, "seconds": wait}})
        raise refusal(429, "throttled", UserError(THROTTLED, minutes=math.ceil(wait / 60)),
                      headers={"Retry-After": str(wait)})


def too_large() -> HTTPException:
    return refusal(413, "too_large")


def not_province() -> HTTPException:
    return refusal(403, "not_province",
                   message=N_("This computer is not enrolled as a province viewer."))


def viewer_only() -> HTTPException:
    return refusal(403, "viewer_only",
                   message=N_("A province viewer does not exchange bundles."))


def invalid_request() -> HTTPException:
    return refusal(400, "rejected", message=N_("The request is not valid."))


def _declared_too_large(request: Request, limit: int) -> bool:
    declared = request.headers.get("content-length", "")
    return declared.isdigit() and int(declared) > limit


async def read_body(request: Request, limit: int) -> bytes:
    """The body, counted while it streams in and cut at ``limit`` (413 before it is parsed or
    held whole): the one way the hub reads a body into memory."""
    if _declared_too_large(request, limit):
        raise too_large()
    chunks, size = [], 0
    async for part in request.stream():
        size += len(part)
        if size > limit:
            raise too_large()
        chunks.append(part)
    return b"".join(chunks)


async def receive_file(request: Request, limit: int, path: Path) -> tuple[int, str]:
    """Stream the body into ``path``, hashing it on the way and cut at ``limit`` (413):
    (size, SHA-256 hex). The caller removes the file."""
    if _declared_too_large(request, limit):
        raise too_large()
    digest, size = hashlib.sha256(), 0
    with open_private(path) as fh:
        async for part in request.stream():
            size += len(part)
            if size > limit:
                raise too_large()
            digest.update(part)
            fh.write(part)
    return size, digest.hexdigest()


async def small_body(request: Request) -> bytes:
    return await read_body(request, SMALL_BODY)


SmallBody = Annotated[bytes, Depends(small_body)]


def refused(peer: SyncPeer, problem: str, request: Request | None = None,
            hub: HubState | None = None) -> HTTPException:
    """401 for a signed request that fails; a bad signature counts against the caller's
    address."""
    if request is not None and hub is not None and problem in THROTTLED_PROBLEMS:
        hub.sign_throttle.failed(client_address(request))
    log.warning("refused", extra={"fields": {"node": str(peer.node_id), "reason": problem}})
    return refusal(401, problem)


def known_node(request: Request, hub: Hub) -> SyncPeer:
    """The enrolled, active computer the headers name (checked before a body is read); an
    address with too many recent failures is refused first (429), before the database is
    asked."""
    check_throttle(request, hub.sign_throttle)
    try:
        node_id = uuid.UUID(request.headers.get("X-Xaso-Node", ""))
    except ValueError:
        hub.sign_throttle.failed(client_address(request))
        raise refusal(401, "unknown_node") from None
    with Session(hub.engine, expire_on_commit=False) as s:
        peer = s.get(SyncPeer, node_id)
    if peer is None or not peer.active:
        hub.sign_throttle.failed(client_address(request))
        log.warning("refused", extra={"fields": {"node": str(node_id), "reason": "unknown_node"}})
        raise refusal(401, "unknown_node")
    return peer


def check_signed(request: Request, hub: HubState, peer: SyncPeer, body: bytes,
                 body_sha256: str | None = None) -> None:
    """Signature, clock, this worker's replay cache and rate limit; raises the refusal."""
    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    signature = request.headers.get("X-Xaso-Signature", "")
    problem = check_headers(peer.sign_key, request.method, path,
                            request.headers.get("X-Xaso-Time", ""), signature, body, body_sha256)
    if problem is None and not hub.replays.first_use(str(peer.node_id), signature):
        problem = "replay"
    if problem is None and not hub.limiter.allow(str(peer.node_id)):
        raise refusal(429, "busy")
    if problem:
        raise refused(peer, problem, request, hub)


def first_seen(request: Request, hub: HubState, peer: SyncPeer) -> bool:
    """The shared replay table: False when any worker has seen this signature."""
    return hub.shared.claim(peer.node_id, request.headers.get("X-Xaso-Signature", ""))


def claim_or_refuse(request: Request, hub: HubState, peer: SyncPeer) -> None:
    if not first_seen(request, hub, peer):
        raise refused(peer, "replay")


async def authenticated_node(request: Request, hub: Hub, body: SmallBody,
                             peer: Annotated[SyncPeer, Depends(known_node)]) -> SyncPeer:
    """The signed caller of a request with a small body (none for GET): an enrolled, active
    computer whose signature, clock, replay cache and rate pass. The body is read first, within
    its budget, so an oversized body is cut before anything else."""
    check_signed(request, hub, peer, body)
    return peer


Node = Annotated[SyncPeer, Depends(authenticated_node)]


def commune_node(peer: Node) -> SyncPeer:
    """A commune computer (pull): a province viewer does not exchange bundles."""
    if peer.role == PROVINCE_ROLE:
        raise viewer_only()
    return peer


def province_viewer(request: Request, hub: Hub, peer: Node) -> SyncPeer:
    """A province viewer, its request claimed in the shared replay table."""
    claim_or_refuse(request, hub, peer)
    if peer.role != PROVINCE_ROLE:
        raise not_province()
    return peer


Viewer = Annotated[SyncPeer, Depends(province_viewer)]


@dataclass
class Received:
    """A bundle streamed to a temp file by a signed, enrolled computer."""

    peer: SyncPeer
    path: Path
    size: int
    timer: timing.PushTimer


async def received_bundle(request: Request, hub: Hub,
                          peer: Annotated[SyncPeer, Depends(known_node)]
                          ) -> AsyncIterator[Received]:
    """The uploaded bundle on disk, its signature checked before a byte is stored: the client
    names the body's SHA-256 (``X-Xaso-Content-SHA256``, the digest its signature covers), the
    hub checks the signature over it, then streams the body to a temp file within
    ``--max-body-mb`` and refuses it when its hash differs. The file is removed when the request
    ends."""
    timer = timing.PushTimer(timing.enabled())
    claimed = request.headers.get(CONTENT_DIGEST, "").lower()
    if not _DIGEST.fullmatch(claimed):
        raise refusal(400, "upgrade", message=N_(
            "The province server needs a newer version of Xã Số on this computer to receive its "
            "data. Install the update, then sync again."))
    check_signed(request, hub, peer, b"", claimed)
    timer.phase("auth")
    path = work_path(hub.work, "in", ".xaso")
    try:
        size, digest = await receive_file(request, hub.max_body, path)
        timer.phase("receive")
        if digest != claimed:
            raise refused(peer, "bad_signature", request, hub)
        yield Received(peer, path, size, timer)
    finally:
        path.unlink(missing_ok=True)


Bundle = Annotated[Received, Depends(received_bundle)]
