"""Province view endpoints (docs/sync-format.md §6): signed like sync requests, viewers only.

    GET /api/v1/province/summary            every commune's figures, ranked
    GET /api/v1/province/communes/{code}    one commune: its row, fields and officers
    GET /api/v1/province/catalogue          targets and required courses published to all
    POST /api/v1/province/targets           publish a target {id, percent, due_on}
    POST /api/v1/province/courses           publish a required course {id, title, topic, hours}
    DELETE /api/v1/province/{targets|courses}/{id}   withdraw one

Publishing is idempotent on the row id the desktop chooses (a retried request changes nothing).

A commune computer gets ``403 not_province``; a province viewer may not push or pull bundles.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import orjson
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine

from core.hub import catalogue, province, province_detail
from core.sync.state import SyncIdentity
from db.base import utcnow
from db.errors import UserError

PROVINCE_ROLE = "province"


def refused(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, "params": {}}, status_code=status)


def not_province() -> JSONResponse:
    return refused(403, "not_province", "This computer is not enrolled as a province viewer.")


def viewer_only() -> JSONResponse:
    return refused(403, "viewer_only", "A province viewer does not exchange bundles.")


MAX_CATALOGUE_BODY = 16 << 10


def _invalid(err: UserError) -> JSONResponse:
    return JSONResponse({"error": "invalid", "message": err.template,
                         "params": {k: str(v) for k, v in err.params.items()}}, status_code=400)


def add_routes(app: FastAPI, engine: Engine, authenticate: Callable,
               identity: SyncIdentity | None = None) -> None:
    def viewer(request: Request, body: bytes = b""):
        peer = authenticate(request, body)
        if isinstance(peer, JSONResponse):
            return peer
        return peer if peer.role == PROVINCE_ROLE else not_province()

    async def posted(request: Request):
        """(peer, data) of a signed JSON request from a province computer, or the refusal."""
        body = await request.body()
        if len(body) > MAX_CATALOGUE_BODY:
            return refused(413, "too_large", "The request is too large."), None
        peer = viewer(request, body)
        if isinstance(peer, JSONResponse):
            return peer, None
        try:
            data = orjson.loads(body)
            row_id = uuid.UUID(str(data["id"]))
        except (ValueError, KeyError, TypeError):
            return refused(400, "rejected", "The request is not valid."), None
        return peer, (data, row_id)

    def actor(peer) -> str:
        return f"province:{peer.name or peer.node_id}"[:64]

    @app.get("/api/v1/province/catalogue")
    def published(request: Request):
        peer = viewer(request)
        if isinstance(peer, JSONResponse):
            return peer
        return catalogue.published(engine)

    async def publish(request: Request, make: Callable):
        """``make(data, actor, row_id)`` → the row's JSON, for a signed province request."""
        peer, got = await posted(request)
        if got is None:
            return peer
        data, row_id = got
        try:
            return make(data, actor(peer), row_id)
        except UserError as err:
            return _invalid(err)
        except (ValueError, KeyError, TypeError):
            return refused(400, "rejected", "The request is not valid.")

    @app.post("/api/v1/province/targets")
    async def publish_target(request: Request):
        def make(data, who, row_id):
            row = catalogue.publish_target(engine, identity, float(data["percent"]),
                                           dt.date.fromisoformat(str(data["due_on"])), who,
                                           row_id)
            return {"id": str(row.id), "percent": row.percent, "due_on": row.due_on.isoformat()}

        return await publish(request, make)

    @app.post("/api/v1/province/courses")
    async def publish_course(request: Request):
        def make(data, who, row_id):
            row = catalogue.publish_course(engine, identity, str(data["title"]),
                                           str(data["topic"]), float(data.get("hours") or 0),
                                           who, row_id)
            return {"id": str(row.id), "title": row.title, "topic": row.topic, "hours": row.hours}

        return await publish(request, make)

    @app.delete("/api/v1/province/{kind}/{row_id}")
    def withdraw(kind: str, row_id: str, request: Request):
        peer = viewer(request)
        if isinstance(peer, JSONResponse):
            return peer
        if kind not in ("targets", "courses"):
            return refused(404, "not_found", "No such list.")
        try:
            key = uuid.UUID(row_id)
        except ValueError:
            return refused(404, "not_found", "No such row.")
        done = catalogue.withdraw(engine, identity, kind[:-1], key, actor(peer))
        return {"id": row_id, "withdrawn": done}

    @app.get("/api/v1/province/summary")
    def summary(request: Request):
        peer = viewer(request)
        if isinstance(peer, JSONResponse):
            return peer
        now = utcnow()
        rows = province.summary(engine, now)
        return {"generated_at": now.isoformat(), "stale_days": province.STALE_DAYS,
                "communes": [r.to_json() for r in rows]}

    @app.get("/api/v1/province/communes/{code}")
    def commune(code: str, request: Request):
        peer = viewer(request)
        if isinstance(peer, JSONResponse):
            return peer
        detail = province_detail.commune_detail(engine, code)
        if detail is None:
            return refused(404, "unknown_commune", "The province server has no data of this "
                           "commune.")
        return detail
