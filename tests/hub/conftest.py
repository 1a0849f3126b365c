"""A real xaso-hub (uvicorn on 127.0.0.1, random port) on a temp SQLite file — and on PostgreSQL
when XASO_TEST_PG_URL names a server (a fresh database per test) — plus commune computers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from core import enrolment as hub_svc
from core.config import Paths
from core.hub import enrolment
from core.hub.store import Hub, open_hub
from core.setup import SetupRequest, initialize
from core.store import Store
from hub.app import create_app
from tests.conftest import ADMIN_PASSWORD, TEST_COMMUNE

ROOT = Path(__file__).resolve().parents[2]
OTHER_COMMUNE = "06040"  # Xã Thất Khê, same province
MAX_BODY = 1 << 20


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_process(data, db_url: str | None, *extra: str, output=None,
                  env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """A real ``xaso-hub serve`` process on a free port of 127.0.0.1, once /healthz answers."""
    port = _free_port()
    cmd = [sys.executable, "-m", "hub.cli", "serve", "--data", str(data), "--port", str(port),
           *extra] + (["--db", db_url] if db_url else [])
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=output or subprocess.DEVNULL,
                            stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        if proc.poll() is not None:
            raise RuntimeError("xaso-hub serve stopped at start-up")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("xaso-hub serve did not start within 60 s")


def _pg_database(base_url: str):
    """A new empty database on the server of ``base_url``; returns (url, drop)."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base_url)
    name = f"xaso_test_{uuid.uuid4().hex[:12]}"
    admin = url.set(drivername="postgresql", database="postgres").render_as_string(False)

    def run(sql: str) -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql)

    run(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(False), lambda: run(
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request):
    if request.param == "sqlite":
        yield None
        return
    base = os.environ.get("XASO_TEST_PG_URL")
    if not base:
        pytest.skip("XASO_TEST_PG_URL is not set (no PostgreSQL server for the hub tests)")
    url, drop = _pg_database(base)
    yield url
    drop()


@dataclass
class RunningHub:
    hub: Hub
    url: str

    @property
    def engine(self):
        return self.hub.engine


@pytest.fixture
def hub(tmp_path, db_url):
    opened = open_hub(tmp_path / "hub-data", db_url)
    port = _free_port()
    app = create_app(opened.engine, opened.identity, tmp_path / "hub-work", max_body=MAX_BODY,
                     rate_per_minute=1000)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started
    yield RunningHub(opened, f"http://127.0.0.1:{port}")
    server.should_exit = True
    thread.join(timeout=10)
    opened.close()


def open_pc(home, commune: str = TEST_COMMUNE) -> Store:
    store = Store.open(Paths(home))
    if not store.is_initialized:
        initialize(store, SetupRequest(commune, "admin", ADMIN_PASSWORD, "Quản trị viên"))
    return store


def enrol(running: RunningHub, store: Store) -> None:
    code = enrolment.create_code(running.engine, store.context.commune_code)
    hub_svc.enrol_with_hub(store, running.url, code)


@pytest.fixture
def pcs(tmp_path, hub):
    """PC1 and PC2 of commune 06385 and PC3 of commune 06040, all enrolled with the hub."""
    stores = [open_pc(tmp_path / "pc1"), open_pc(tmp_path / "pc2"),
              open_pc(tmp_path / "pc3", OTHER_COMMUNE)]
    for store in stores:
        enrol(hub, store)
    yield stores
    for store in stores:
        store.close()
