"""Province view endpoints (docs/sync-format.md §6): signed like sync requests, viewers only.

    GET /api/v1/province/summary            every commune's figures, ranked
    GET /api/v1/province/communes/{code}    one commune: its row, fields and officers

A commune computer gets ``403 not_province``; a province viewer may not push or pull bundles.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine

from db.base import utcnow
from hub import province, province_detail

PROVINCE_ROLE = "province"


def refused(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, "params": {}}, status_code=status)


def not_province() -> JSONResponse:
    return refused(403, "not_province", "This computer is not enrolled as a province viewer.")


def viewer_only() -> JSONResponse:
    return refused(403, "viewer_only", "A province viewer does not exchange bundles.")


def add_routes(app: FastAPI, engine: Engine, authenticate: Callable) -> None:
    def viewer(request: Request):
        peer = authenticate(request, b"")
        if isinstance(peer, JSONResponse):
            return peer
        return peer if peer.role == PROVINCE_ROLE else not_province()

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
