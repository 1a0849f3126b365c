"""Minimal province hub (FastAPI app factory): push/pull of bundles with the desktop sync code.

The seed of xaso-hub: it verifies, applies and exports with ``desktop.sync`` exactly as a
commune PC does, against any SQLAlchemy engine. Enrolment codes, dashboards and reports come
with the hub issue.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from db.errors import UserError
from db.models import SyncPeer
from desktop.sync.apply import import_bundle
from desktop.sync.bundle import BundleRejected
from desktop.sync.export import export_bundle
from desktop.sync.http_auth import check_headers
from desktop.sync.state import SyncIdentity
from desktop.sync.verify import GapRejected

MAX_BODY = 512 << 20
BUNDLE_TYPE = "application/vnd.xaso.bundle"


def _error(status: int, code: str, err: UserError | None = None, **extra) -> JSONResponse:
    body = {"error": code, "message": err.template if err else code,
            "params": {k: str(v) for k, v in (err.params if err else {}).items()}, **extra}
    return JSONResponse(body, status_code=status)


def create_app(engine: Engine, identity: SyncIdentity, work_dir: Path | None = None) -> FastAPI:
    app = FastAPI(title="xaso-hub")
    work = work_dir or Path(tempfile.mkdtemp(prefix="xaso-hub-"))

    async def authenticate(request: Request, body: bytes) -> SyncPeer | JSONResponse:
        node = request.headers.get("X-Xaso-Node", "")
        try:
            node_id = uuid.UUID(node)
        except ValueError:
            return _error(401, "unknown_node")
        with Session(engine) as s:
            peer = s.get(SyncPeer, node_id)
        if peer is None or not peer.active:
            return _error(401, "unknown_node")
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        problem = check_headers(peer.sign_key, request.method, path,
                                request.headers.get("X-Xaso-Time", ""),
                                request.headers.get("X-Xaso-Signature", ""), body)
        return _error(401, problem) if problem else peer

    @app.get("/api/v1/health")
    def health() -> dict:
        return {"ok": True, "schema": identity.schema}

    @app.post("/api/v1/sync/push")
    async def push(request: Request):
        body = await request.body()
        if len(body) > MAX_BODY:
            return _error(413, "too_large")
        peer = await authenticate(request, body)
        if isinstance(peer, JSONResponse):
            return peer
        path = work / f"push-{uuid.uuid4().hex}.xaso"
        path.write_bytes(body)
        try:
            result = import_bundle(engine, identity, path, channel="http")
        except GapRejected as err:
            return _error(409, "gap", err, ack=_latest_ack(engine, str(peer.node_id)))
        except BundleRejected as err:
            return _error(400, "rejected", err)
        finally:
            path.unlink(missing_ok=True)
        return JSONResponse(result.ack)

    @app.get("/api/v1/sync/pull")
    async def pull(request: Request):
        peer = await authenticate(request, b"")
        if isinstance(peer, JSONResponse):
            return peer
        folder = work / f"pull-{uuid.uuid4().hex}"
        folder.mkdir()
        result = export_bundle(engine, identity, str(peer.node_id), folder,
                               commune=peer.commune_code or None, channel="http")
        data = result.path.read_bytes()
        result.path.unlink()
        folder.rmdir()
        return Response(data, media_type=BUNDLE_TYPE,
                        headers={"Content-Disposition": f'attachment; filename="{result.path.name}"'})

    return app


def _latest_ack(engine: Engine, peer: str):
    from desktop.sync.export import latest_ack_for

    with Session(engine) as s:
        acks = latest_ack_for(s, peer)
    return acks[0] if acks else None


