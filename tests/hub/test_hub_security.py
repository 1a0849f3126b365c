"""Refusals of the hub: each answered with the right status, and nothing applied."""

from __future__ import annotations

import httpx
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.hub import enrolment
from core.sync import service as sync_svc
from core.sync.export import export_bundle
from core.sync.http_auth import sign_headers
from core.sync.keys import NodeKeys
from db.models import Officer, SyncLog, SyncPeer
from tests.conftest import TEST_COMMUNE
from tests.hub.conftest import open_pc
from tests.hub.test_hub_sync import sync
from tests.sync.conftest import add_officer

PUSH = "/api/v1/sync/push"


def bundle_for_hub(store, running, folder, commune=None) -> bytes:
    ident = sync_svc.identity(store)
    folder.mkdir(exist_ok=True)
    hub_id = str(running.hub.identity.node_id)
    out = export_bundle(store.engine, ident, hub_id, folder, commune=commune,
                        recipient_box=running.hub.identity.keys.box_public)
    data = out.path.read_bytes()
    out.path.unlink()
    return data


def push_raw(running, store, body: bytes, keys: NodeKeys | None = None, headers=None):
    ident = sync_svc.identity(store)
    headers = headers or sign_headers(keys or ident.keys, str(ident.node_id), "POST", PUSH, body)
    return httpx.post(f"{running.url}{PUSH}", content=body, headers=headers), headers


def hub_officers(running) -> int:
    with Session(running.engine) as s:
        return s.scalar(select(func.count()).select_from(Officer))


def test_unknown_revoked_forged_replayed_and_oversized_are_refused(hub, pcs, tmp_path):
    pc1, _pc2, _pc3 = pcs
    stranger = open_pc(tmp_path / "stranger")
    try:
        add_officer(stranger, "Người Lạ", "020190005555")
        answer, _ = push_raw(hub, stranger, bundle_for_hub(stranger, hub, tmp_path / "s"))
        assert answer.status_code == 401 and answer.json()["error"] == "unknown_node"
    finally:
        stranger.close()
    add_officer(pc1, "Nguyễn Văn An", "020190001234")
    body = bundle_for_hub(pc1, hub, tmp_path / "b")
    forged, _ = push_raw(hub, pc1, body, keys=NodeKeys.generate())
    assert forged.status_code == 401 and forged.json()["error"] == "bad_signature"
    big, _ = push_raw(hub, pc1, body + b"\0" * (2 << 20))
    assert big.status_code == 413
    assert hub_officers(hub) == 0
    first, headers = push_raw(hub, pc1, body)
    assert first.status_code == 200
    replay, _ = push_raw(hub, pc1, body, headers=headers)
    assert replay.status_code == 401 and replay.json()["error"] == "replay"
    enrolment.revoke(hub.engine, str(pc1.context.node_id))
    add_officer(pc1, "Trần Thị Bình", "020190001235")
    revoked, _ = push_raw(hub, pc1, bundle_for_hub(pc1, hub, tmp_path / "c"))
    assert revoked.status_code == 401 and revoked.json()["error"] == "unknown_node"
    assert hub_officers(hub) == 1  # only the first, accepted push


def test_a_bundle_claiming_another_commune_is_refused_whole_and_logged(hub, pcs, tmp_path):
    pc1, _pc2, pc3 = pcs
    officer = add_officer(pc1, "Nguyễn Văn An", "020190001234")
    sync(pc1, hub, tmp_path)
    before = hub_officers(hub)
    # a computer of commune 06040 sends a bundle that says it is commune 06385's data
    add_officer(pc3, "Hoàng Thị Lan", "020190009999")
    claim, _ = push_raw(hub, pc3, bundle_for_hub(pc3, hub, tmp_path / "x", commune=TEST_COMMUNE))
    assert claim.status_code == 403 and claim.json()["error"] == "other_commune"
    # (a row of commune 06385 taken over under its own commune code is refused alone:
    # tests/hub/test_refused_rows.py)
    assert hub_officers(hub) == before
    with Session(hub.engine) as s:
        row = s.get(Officer, officer)
        assert (row.full_name, row.commune_code) == ("Nguyễn Văn An", TEST_COMMUNE)
        refused = s.scalars(select(SyncLog).where(SyncLog.status == "rejected")).all()
        assert len(refused) == 1
        assert all("may not change" in r.message for r in refused)
        assert s.get(SyncPeer, pc3.context.node_id).active  # refused, not revoked


def test_pull_needs_a_signature(hub, pcs):
    pc1 = pcs[0]
    ident = sync_svc.identity(pc1)
    path = "/api/v1/sync/pull"
    unsigned = httpx.get(f"{hub.url}{path}")
    assert unsigned.status_code == 401
    ok = httpx.get(f"{hub.url}{path}",
                   headers=sign_headers(ident.keys, str(ident.node_id), "GET", path, b""))
    assert ok.status_code == 200 and ok.headers["content-type"].startswith(
        "application/vnd.xaso.bundle")


def test_replay_guard_and_rate_limiter():
    from core.hub.guard import RateLimiter, ReplayGuard

    guard = ReplayGuard(60)
    assert guard.first_use("n1", "sig") and not guard.first_use("n1", "sig")
    assert guard.first_use("n2", "sig")
    limiter = RateLimiter(3)
    assert [limiter.allow("n1") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("n2")
