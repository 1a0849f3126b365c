"""Province hub: the FastAPI app factory.

The routes live in ``hub/api/`` (one router per area: enrolment, sync, province), the checks every
route shares in ``hub/deps.py`` (the signed caller, bodies read within a budget), the hub's
engine in ``core.hub`` and ``core.sync``: it verifies, applies and exports exactly as a commune PC
does, against any SQLAlchemy engine. Every sync request is signed by an enrolled, active node; a
replayed request (same signature) is refused; a bundle that writes another commune's rows is
refused whole.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.exceptions import HTTPException

from core.hub.guard import FailureThrottle, RateLimiter, ReplayGuard, SharedReplays
from core.hub.ingest import IngestGate
from core.hub.work import remove_stale
from core.sync.http_auth import MAX_SKEW
from core.sync.state import SyncIdentity
from hub.api import enrolment, province, sync
from hub.deps import HubState

MAX_BODY = 512 << 20
# failures per client address before it waits (429 with Retry-After) until the window moves on
ENROL_FAILURES = 10  # wrong enrolment codes in THROTTLE_WINDOW
SIGN_FAILURES = 30  # unknown computers and bad signatures in THROTTLE_WINDOW
THROTTLE_WINDOW = 15 * 60.0
log = logging.getLogger("xaso.hub")


async def refusal_handler(request: Request, exc: HTTPException):
    """A refusal of ``hub.deps.refusal`` is answered with its JSON body as it is; anything else
    (an unknown path: 404) as FastAPI answers it."""
    if isinstance(exc.detail, dict) and "error" in exc.detail:
        return JSONResponse(exc.detail, status_code=exc.status_code, headers=exc.headers)
    return await http_exception_handler(request, exc)


async def access_log(request: Request, call_next):
    """One log line per request: method, path, status, node, client address, time."""
    start = time.perf_counter()
    response = await call_next(request)
    log.info("request", extra={"fields": {
        "method": request.method, "path": request.url.path, "status": response.status_code,
        "node": request.headers.get("X-Xaso-Node", ""),
        "client": request.client.host if request.client else "",
        "ms": round((time.perf_counter() - start) * 1000, 1)}})
    return response


def create_app(engine: Engine, identity: SyncIdentity, work_dir: Path | None = None,
               max_body: int = MAX_BODY, rate_per_minute: int = 120, url: str = "",
               docs: bool = False, enrol_failures: int = ENROL_FAILURES,
               sign_failures: int = SIGN_FAILURES) -> FastAPI:
    """The hub's app over ``engine`` and ``identity``; ``docs`` serves /docs, /redoc and
    /openapi.json (off by default: they describe the API to anyone who asks)."""
    app = FastAPI(title="xaso-hub", docs_url="/docs" if docs else None,
                  redoc_url="/redoc" if docs else None,
                  openapi_url="/openapi.json" if docs else None)
    window = MAX_SKEW.total_seconds() * 2
    if work_dir is not None:
        removed = remove_stale(work_dir)  # a killed worker's half-received pushes
        if removed:
            log.info("stale work files removed", extra={"fields": {"count": len(removed)}})
    app.state.hub = HubState(
        engine=engine, identity=identity,
        work=work_dir or Path(tempfile.mkdtemp(prefix="xaso-hub-")), max_body=max_body, url=url,
        replays=ReplayGuard(window), shared=SharedReplays(engine, window),
        limiter=RateLimiter(rate_per_minute), gate=IngestGate(engine),
        enrol_throttle=FailureThrottle(enrol_failures, THROTTLE_WINDOW),
        sign_throttle=FailureThrottle(sign_failures, THROTTLE_WINDOW))
    app.middleware("http")(access_log)
    app.add_exception_handler(HTTPException, refusal_handler)
    for area in (enrolment, sync, province):
        app.include_router(area.router)
    return app
