"""Several hub processes on one database: the replay table refuses a request another process has
already served; the owner check with thousands of ids; the shared table's expiry."""

from __future__ import annotations

import datetime as dt
import uuid

import httpx
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from core.hub.guard import SharedReplays
from core.hub.store import open_hub
from core.sync.state import exported_tables
from core.sync.verify import other_owners
from db.base import utcnow
from db.ids import uuid7
from db.models import HubSeenRequest, Officer
from tests.conftest import TEST_COMMUNE
from tests.hub.conftest import OTHER_COMMUNE, RunningHub, enrol, open_pc, serve_process
from tests.hub.test_hub_security import bundle_for_hub, hub_officers, push_raw
from tests.sync.conftest import add_officer


def test_a_request_replayed_to_another_hub_process_is_refused(tmp_path, db_url):
    opened = open_hub(tmp_path / "hub-data", db_url)
    procs = [serve_process(tmp_path / "hub-data", db_url) for _ in range(2)]
    pc = open_pc(tmp_path / "pc1")
    try:
        (_, first_url), (_, second_url) = procs
        first, second = RunningHub(opened, first_url), RunningHub(opened, second_url)
        enrol(first, pc)
        add_officer(pc, "Nguyễn Văn An", "020190001234")
        body = bundle_for_hub(pc, first, tmp_path / "b")
        answer, headers = push_raw(first, pc, body)
        assert answer.status_code == 200
        replay, _ = push_raw(second, pc, body, headers=headers)
        assert replay.status_code == 401 and replay.json()["error"] == "replay"
        again, _ = push_raw(first, pc, body, headers=headers)  # the first's own memory
        assert again.status_code == 401 and again.json()["error"] == "replay"
        add_officer(pc, "Trần Thị Bình", "020190001235")
        fresh, _ = push_raw(second, pc, bundle_for_hub(pc, second, tmp_path / "c"))
        assert fresh.status_code == 200  # a new signed request is served by either process
        assert hub_officers(first) == 2
        with Session(opened.engine) as s:
            assert s.scalar(select(func.count()).select_from(HubSeenRequest)) == 2
    finally:
        pc.close()
        for proc, _url in procs:
            proc.terminate()
            proc.wait(timeout=30)
        opened.close()


def test_serve_with_two_workers_answers(tmp_path):
    proc, url = serve_process(tmp_path / "hub-data", None, "--workers", "2")
    try:
        assert httpx.get(f"{url}/api/v1/health").json()["ok"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_shared_replays_refuse_a_second_claim_and_purge_expired_rows(tmp_path, db_url):
    opened = open_hub(tmp_path / "hub-data", db_url)
    try:
        node = uuid7()
        with opened.engine.begin() as conn:  # left by an earlier window
            conn.execute(insert(HubSeenRequest), [{
                "node_id": node, "sig_hash": f"{i:064x}",
                "expires_at": utcnow() - dt.timedelta(minutes=1)} for i in range(3)])
        one, other = SharedReplays(opened.engine, 60), SharedReplays(opened.engine, 60)
        assert one.claim(node, "sig-1")  # the first claim purges the expired rows
        assert not other.claim(node, "sig-1")
        assert other.claim(uuid7(), "sig-1") and other.claim(node, "sig-2")
        with Session(opened.engine) as s:
            assert s.scalar(select(func.count()).select_from(HubSeenRequest)) == 3
    finally:
        opened.close()


def test_owner_check_finds_another_communes_row_among_thousands(tmp_path, db_url):
    opened = open_hub(tmp_path / "hub-data", db_url)
    try:
        rows = [{"id": uuid7(), "commune_code": TEST_COMMUNE if i else OTHER_COMMUNE,
                 "full_name": f"Cán bộ {i}", "cccd": f"{i:012d}", "version": 1,
                 "updated_by": "test", "deleted": False} for i in range(3000)]
        with opened.engine.begin() as conn:
            conn.execute(insert(Officer), rows)
        tables = exported_tables()
        own = {r["id"] for r in rows[1:]} | {uuid.uuid4() for _ in range(2000)}
        with Session(opened.engine) as s:
            assert other_owners(s, tables, {"officer": own}, TEST_COMMUNE) == {}
            found = other_owners(s, tables, {"officer": own | {rows[0]["id"]}}, TEST_COMMUNE)
        assert found == {("officer", str(rows[0]["id"])): OTHER_COMMUNE}
    finally:
        opened.close()


def test_push_timing_line_only_when_asked(hub, pcs, tmp_path, monkeypatch, caplog):
    from tests.hub.test_hub_sync import sync

    pc1 = pcs[0]
    caplog.set_level("INFO", logger="xaso.hub")
    add_officer(pc1, "Nguyễn Văn An", "020190001234")
    sync(pc1, hub, tmp_path)
    assert not [r for r in caplog.records if r.getMessage() == "push_timing"]
    monkeypatch.setenv("XASO_HUB_TIMING", "1")
    add_officer(pc1, "Trần Thị Bình", "020190001235")
    sync(pc1, hub, tmp_path)
    lines = [r.fields for r in caplog.records if r.getMessage() == "push_timing"]
    assert len(lines) == 1
    phases = ("receive", "auth", "wait", "claim", "import", "contact", "total")
    assert lines[0]["changes"] == 1 and lines[0]["bytes"] > 0
    assert all(lines[0][k] >= 0 for k in phases)
    assert lines[0]["total"] >= lines[0]["import"] > 0
