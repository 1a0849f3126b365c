"""Province hub (FastAPI app factory): enrolment and push/pull of bundles with the desktop sync code.

It verifies, applies and exports with ``core.sync`` exactly as a commune PC does, against any
SQLAlchemy engine. Every sync request is signed by an enrolled, active node; a replayed request
(same signature) is refused; a bundle that writes another commune's rows is refused whole.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
import time
import uuid
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from core.hub import enrolment, province, timing
from core.hub.guard import RateLimiter, ReplayGuard, SharedReplays
from core.hub.ingest import IngestGate
from core.sync.apply import import_bundle
from core.sync.bundle import BundleRejected
from core.sync.export import export_bundle
from core.sync.http_auth import MAX_SKEW, check_headers
from core.sync.state import SyncIdentity
from core.sync.verify import GapRejected, PartitionRejected
from db.errors import UserError
from db.models import SyncPeer
from hub import province_api

MAX_BODY = 512 << 20
MAX_ENROL_BODY = 16 << 10
BUNDLE_TYPE = "application/vnd.xaso.bundle"
log = logging.getLogger("xaso.hub")


def _error(status: int, code: str, err: UserError | None = None, **extra) -> JSONResponse:
    body = {"error": code, "message": err.template if err else code,
            "params": {k: str(v) for k, v in (err.params if err else {}).items()}, **extra}
    return JSONResponse(body, status_code=status)


def hub_card_of(identity: SyncIdentity, url: str = "") -> dict[str, str]:
    return {"node_id": str(identity.node_id), "role": "hub", "commune": "", "name": "Máy chủ tỉnh",
            "sign_key": identity.keys.sign_public, "box_key": identity.keys.box_public, "url": url}


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The body, or None when it is larger than ``limit`` (checked before and while reading)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None
    chunks, size = [], 0
    async for part in request.stream():
        size += len(part)
        if size > limit:
            return None
        chunks.append(part)
    return b"".join(chunks)


async def _receive(request: Request, limit: int, path: Path) -> tuple[int, str] | None:
    """Stream the body into ``path``, hashing it on the way: (size, SHA-256 hex), or None when
    it is larger than ``limit`` (checked before and while reading)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None
    digest, size = hashlib.sha256(), 0
    with path.open("wb") as fh:
        async for part in request.stream():
            size += len(part)
            if size > limit:
                return None
            digest.update(part)
            fh.write(part)
    return size, digest.hexdigest()


def create_app(engine: Engine, identity: SyncIdentity, work_dir: Path | None = None,
               max_body: int = MAX_BODY, rate_per_minute: int = 120, url: str = "") -> FastAPI:
    app = FastAPI(title="xaso-hub")
    work = work_dir or Path(tempfile.mkdtemp(prefix="xaso-hub-"))
    replays = ReplayGuard(MAX_SKEW.total_seconds() * 2)
    shared = SharedReplays(engine, MAX_SKEW.total_seconds() * 2)
    limiter = RateLimiter(rate_per_minute)
    gate = IngestGate(engine)

    @app.middleware("http")
    async def access_log(request: Request, call_next):
        start = time.perf_counter()
        response = await call_next(request)
        log.info("request", extra={"fields": {
            "method": request.method, "path": request.url.path, "status": response.status_code,
            "node": request.headers.get("X-Xaso-Node", ""),
            "ms": round((time.perf_counter() - start) * 1000, 1)}})
        return response

    def known_peer(request: Request) -> SyncPeer | JSONResponse:
        """The enrolled, active node the headers name (checked before a body is read)."""
        try:
            node_id = uuid.UUID(request.headers.get("X-Xaso-Node", ""))
        except ValueError:
            return _error(401, "unknown_node")
        with Session(engine, expire_on_commit=False) as s:
            peer = s.get(SyncPeer, node_id)
        if peer is None or not peer.active:
            log.warning("refused", extra={"fields": {"node": str(node_id), "reason": "unknown_node"}})
            return _error(401, "unknown_node")
        return peer

    def refused(peer: SyncPeer, problem: str) -> JSONResponse:
        log.warning("refused", extra={"fields": {"node": str(peer.node_id), "reason": problem}})
        return _error(401, problem)

    def checked(request: Request, peer: SyncPeer, body: bytes,
                body_sha256: str | None = None) -> SyncPeer | JSONResponse:
        """Signature, clock, this worker's replay cache and rate limit."""
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        signature = request.headers.get("X-Xaso-Signature", "")
        problem = check_headers(peer.sign_key, request.method, path,
                                request.headers.get("X-Xaso-Time", ""), signature, body,
                                body_sha256)
        if problem is None and not replays.first_use(str(peer.node_id), signature):
            problem = "replay"
        if problem is None and not limiter.allow(str(peer.node_id)):
            return _error(429, "busy")
        return refused(peer, problem) if problem else peer

    def first_seen(request: Request, peer: SyncPeer) -> bool:
        """The shared replay table: False when any worker has seen this signature."""
        return shared.claim(peer.node_id, request.headers.get("X-Xaso-Signature", ""))

    def authenticate(request: Request, body: bytes) -> SyncPeer | JSONResponse:
        """All checks of a request without a bundle (province view), the shared replay row too."""
        peer = known_peer(request)
        if isinstance(peer, SyncPeer):
            peer = checked(request, peer, body)
        if isinstance(peer, SyncPeer) and not first_seen(request, peer):
            return refused(peer, "replay")
        return peer

    @app.get("/api/v1/health")
    def health() -> dict:
        return {"ok": True, "schema": identity.schema}

    @app.get("/healthz")
    def healthz():
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except Exception:  # noqa: BLE001 - any database failure means "not healthy"
            return JSONResponse({"ok": False, "db": False}, status_code=503)
        return {"ok": True, "db": True, "schema": identity.schema}

    @app.post("/api/v1/enrol")
    async def enrol(request: Request):
        body = await _read_body(request, MAX_ENROL_BODY)
        if body is None:
            return _error(413, "too_large")
        try:
            import orjson

            data = orjson.loads(body)
            peer = enrolment.redeem(engine, str(data["code"]), data["card"])
        except (ValueError, KeyError, TypeError):
            return _error(400, "rejected")
        except UserError as err:
            log.warning("enrol refused", extra={"fields": {"reason": err.template[:60]}})
            return _error(403, "bad_code", err)
        log.info("enrolled", extra={"fields": {"node": str(peer.node_id),
                                               "commune": peer.commune_code}})
        return {**hub_card_of(identity, url), "viewer": peer.role}

    @app.post("/api/v1/sync/push")
    async def push(request: Request):
        timer = timing.PushTimer(timing.enabled())
        peer = known_peer(request)
        if isinstance(peer, JSONResponse):
            return peer
        work.mkdir(parents=True, exist_ok=True)
        path = work / f"push-{uuid.uuid4().hex}.xaso"
        try:
            received = await _receive(request, max_body, path)
            timer.phase("receive")
            if received is None:
                return _error(413, "too_large")
            peer = checked(request, peer, b"", received[1])
            if isinstance(peer, JSONResponse):
                return peer
            if peer.role == province_api.PROVINCE_ROLE:
                return province_api.viewer_only()
            timer.phase("auth")
            return await _push_gated(request, peer, path, received[0], timer)
        finally:
            path.unlink(missing_ok=True)

    async def _push_gated(request: Request, peer: SyncPeer, path: Path, size: int,
                          timer: timing.PushTimer):
        def run():
            timer.phase("wait")
            if not first_seen(request, peer):
                return None
            timer.phase("claim")
            result = import_bundle(engine, identity, path, channel="http")
            timer.phase("import")
            province.record_contact(engine, peer.node_id, peer.commune_code, pushed=True)
            timer.phase("contact")
            return result

        try:
            result = await gate.call(str(peer.node_id), run)
        except GapRejected as err:
            return _error(409, "gap", err, ack=_latest_ack(engine, str(peer.node_id)))
        except PartitionRejected as err:
            log.warning("partition", extra={"fields": {"node": str(peer.node_id),
                                                       "commune": peer.commune_code,
                                                       "other": err.params.get("commune")}})
            return _error(403, "other_commune", err)
        except BundleRejected as err:
            return _error(400, "rejected", err)
        if result is None:
            return refused(peer, "replay")
        log.info("push", extra={"fields": {"node": str(peer.node_id), "changes": result.changes,
                                           **result.tally.as_dict()}})
        answer = JSONResponse(result.ack)
        timer.report(str(peer.node_id), size, result.changes)
        return answer

    @app.get("/api/v1/sync/pull")
    async def pull(request: Request):
        peer = known_peer(request)
        if isinstance(peer, SyncPeer):
            peer = checked(request, peer, b"")
        if isinstance(peer, JSONResponse):
            return peer
        if peer.role == province_api.PROVINCE_ROLE:
            return province_api.viewer_only()

        def run():
            if not first_seen(request, peer):
                return None
            return _answered(engine, identity, peer, work)

        answered = await gate.call(str(peer.node_id), run)
        if answered is None:
            return refused(peer, "replay")
        data, name = answered
        return Response(data, media_type=BUNDLE_TYPE,
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @app.post("/api/v1/province/usb-bundle")
    async def usb_bundle(request: Request):
        """A commune's USB file brought to the province computer: applied as ``xaso-hub
        import-bundle`` does; the answer is that commune's return bundle (for its stick)."""
        peer = known_peer(request)
        if isinstance(peer, JSONResponse):
            return peer
        work.mkdir(parents=True, exist_ok=True)
        path = work / f"usb-{uuid.uuid4().hex}.xaso"
        replies = work / f"usb-{uuid.uuid4().hex}"
        try:
            received = await _receive(request, max_body, path)
            if received is None:
                return _error(413, "too_large")
            peer = checked(request, peer, b"", received[1])
            if isinstance(peer, JSONResponse):
                return peer
            if peer.role != province_api.PROVINCE_ROLE:
                return province_api.not_province()

            def run():
                if not first_seen(request, peer):
                    return None
                from core.hub.usb import import_files

                replies.mkdir()
                outcome = import_files(engine, identity, [path], replies)[0]
                return outcome, (outcome.reply.read_bytes() if outcome.ok else b"")

            answered = await gate.call(f"usb:{peer.node_id}", run)
            if answered is None:
                return refused(peer, "replay")
            outcome, data = answered
            if not outcome.ok:
                return _error(400, "rejected", outcome.error)
            log.info("usb", extra={"fields": {"by": str(peer.node_id), "commune": outcome.commune,
                                              "applied": outcome.applied}})
            tally = {"commune": outcome.commune, "applied": outcome.applied,
                     "skipped": outcome.skipped, "conflicts": outcome.conflicts,
                     "quarantined": outcome.quarantined}
            import orjson

            return Response(data, media_type=BUNDLE_TYPE, headers={
                "Content-Disposition": f'attachment; filename="{outcome.reply.name}"',
                "X-Xaso-Result": orjson.dumps(tally).decode()})
        finally:
            path.unlink(missing_ok=True)
            if replies.exists():
                for item in replies.iterdir():
                    item.unlink()
                replies.rmdir()

    province_api.add_routes(app, engine, authenticate, identity)
    return app


def return_bundle(engine: Engine, identity: SyncIdentity, peer: SyncPeer,
                  work: Path) -> tuple[bytes, str]:
    """What ``peer`` has not got yet: its own commune's changes only, plus the latest ACK."""
    folder = work / f"pull-{uuid.uuid4().hex}"
    folder.mkdir(parents=True)
    try:
        result = export_bundle(engine, identity, str(peer.node_id), folder,
                               commune=peer.commune_code, channel="http")
        data = result.path.read_bytes()
        result.path.unlink()
    finally:
        folder.rmdir()
    return data, result.path.name


def _latest_ack(engine: Engine, peer: str):
    from core.sync.export import latest_ack_for

    with Session(engine) as s:
        acks = latest_ack_for(s, peer)
    return acks[0] if acks else None


def _answered(engine: Engine, identity: SyncIdentity, peer, work: Path):
    """A pull, in the ingest gate's thread (SQLite: one writer at a time)."""
    province.record_contact(engine, peer.node_id, peer.commune_code, pushed=False)
    return return_bundle(engine, identity, peer, work)
