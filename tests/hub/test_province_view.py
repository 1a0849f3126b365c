"""Province view through a real xaso-hub: communes push, a province viewer reads the summary,
every figure equals a recount on the hub database; commune computers are refused (403)."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.config import Paths
from core.hub.province import summary
from core.province import client as province
from core.store import Store
from core.sync import service as sync_svc
from core.sync.http_auth import sign_headers
from core.sync.http_client import HubClient, HubRefused
from db.models import SyncLog, SyncPeer
from demo.commune import fill_demo
from tests.conftest import TEST_COMMUNE
from tests.hub.conftest import OTHER_COMMUNE, enrol, open_pc
from tests.hub.province_data import enrol_viewer, recount, small_commune
from tests.hub.test_hub_sync import sync
from tests.sync.conftest import add_officer


def _province(hub, tmp_path, demo: bool):
    pc1 = Store.open(Paths(tmp_path / "pc1"))
    if demo:
        fill_demo(pc1)
    else:
        pc1.close()
        pc1 = open_pc(tmp_path / "pc1")
        small_commune(pc1, "0203", scanned=50, verified=5)
    pc2, pc3 = open_pc(tmp_path / "pc2"), open_pc(tmp_path / "pc3", OTHER_COMMUNE)
    viewer = open_pc(tmp_path / "viewer")
    try:
        for store in (pc1, pc2, pc3):
            enrol(hub, store)
        add_officer(pc2, "Hà Thị Mai", "020190004321")
        small_commune(pc3, "0201")
        for store in (pc1, pc2, pc3):
            sync(store, hub, tmp_path)
        enrol_viewer(hub, viewer)
        yield hub, (pc1, pc2, pc3), viewer
    finally:
        for store in (pc1, pc2, pc3, viewer):
            store.close()


@pytest.fixture
def province_hub(hub, tmp_path):
    """Commune 06385 (demo data on PC1, an edit on PC2) and commune 06040 (PC3) have pushed."""
    yield from _province(hub, tmp_path, demo=True)


@pytest.fixture
def light_hub(hub, tmp_path):
    """The same with a small commune 06385 instead of the demo data."""
    yield from _province(hub, tmp_path, demo=False)


def test_summary_equals_a_recount_on_the_hub(province_hub):
    running, _pcs, viewer = province_hub
    snap = province.fetch_summary(viewer)
    assert not snap.from_cache and snap.error is None
    rows = {r.code: r for r in snap.rows}
    assert set(rows) == {TEST_COMMUNE, OTHER_COMMUNE}
    assert rows[TEST_COMMUNE].name == "Xã Hữu Lũng" and rows[OTHER_COMMUNE].name == "Xã Thất Khê"
    raw = {d["code"]: d for d in snap.raw["communes"]}
    for code in rows:
        want = recount(running.engine, code)
        got = raw[code]
        for key in ("records", "digitized", "officers", "signers", "signers_certified",
                    "expiring", "trained"):
            assert got[key] == want[key], (code, key)
        assert got["stages"]["scanned"] == want["scanned"]
        assert got["stages"]["stored"] == want["stored"]
        assert rows[code].forecast_date == want["forecast_date"]
        assert rows[code].target_due == want["target_due"]
        assert abs(rows[code].last_sync - want["last_sync"]) < dt.timedelta(seconds=1)
    demo, small = raw[TEST_COMMUNE], raw[OTHER_COMMUNE]
    assert demo["records"] > 1000 and demo["signers"] > 0 and 0 < demo["cert_percent"] <= 100
    assert demo["officers"] > 30 and demo["trained"] > 0 and demo["expiring"] >= 0
    assert small == {**small, "records": 100, "digitized": 30, "officers": 3, "signers": 2,
                     "digitized_percent": 30.0, "trained": 0}
    assert small["stages"]["verified"] == 10
    assert sorted(r.rank for r in rows.values()) == [1, 2]
    assert rows[OTHER_COMMUNE].rank == (1 if small["digitized_percent"]
                                        > demo["digitized_percent"] else 2)
    _last_sync_follows_the_sync_log(running, province_hub[1][0])
    _drill_down_lists_fields_and_officers(running, viewer)


def _last_sync_follows_the_sync_log(running, pc1):
    with Session(running.engine) as s:
        node = s.get(SyncPeer, pc1.context.node_id)
        logged = s.scalar(select(SyncLog.finished_at).where(
            SyncLog.peer_id == str(node.node_id), SyncLog.status == "ok")
            .order_by(SyncLog.finished_at.desc()).limit(1))
    row = next(r for r in summary(running.engine) if r.code == TEST_COMMUNE)
    assert logged <= row.last_sync < logged + dt.timedelta(seconds=5)


def _drill_down_lists_fields_and_officers(running, viewer):
    detail = province.fetch_commune(viewer, OTHER_COMMUNE)
    assert detail.row.code == OTHER_COMMUNE and not detail.from_cache
    assert [(f["field"], f["records"], f["digitized"]) for f in detail.fields] == [
        ("ho_tich", 100, 30)]
    names = {o["full_name"]: o for o in detail.officers}
    assert set(names) == {"Lương Văn Tú", "Vi Thị Hoa", "Nông Văn Sơn"}
    assert names["Lương Văn Tú"]["is_signer"] and not names["Nông Văn Sơn"]["is_signer"]
    assert names["Lương Văn Tú"]["certificate_until"] is None
    demo = province.fetch_commune(viewer, TEST_COMMUNE)
    certified = sum(1 for o in demo.officers if o["is_signer"] and o["certificate_until"])
    assert certified == recount(running.engine, TEST_COMMUNE)["signers_certified"]
    with pytest.raises(Exception) as unknown:
        province.fetch_commune(viewer, "99999")
    assert "no data of this commune" in unknown.value.template


def test_commune_computer_gets_403_and_viewer_cannot_push_or_pull(light_hub):
    running, (pc1, _pc2, _pc3), viewer = light_hub
    client = HubClient(running.url, sync_svc.identity(pc1), retries=0)
    try:
        for path in ("/api/v1/province/summary", f"/api/v1/province/communes/{TEST_COMMUNE}"):
            with pytest.raises(HubRefused) as refused:
                client.get_json(path)
            assert refused.value.code == "not_province"
    finally:
        client.close()
    with pytest.raises(Exception) as err:
        province.fetch_summary(pc1)
    assert "not connected" in err.value.template or "province viewer" in err.value.template
    ident = sync_svc.identity(viewer)
    headers = sign_headers(ident.keys, str(ident.node_id), "GET", "/api/v1/sync/pull", b"")
    answer = httpx.get(f"{running.url}/api/v1/sync/pull", headers=headers)
    assert answer.status_code == 403 and answer.json()["error"] == "viewer_only"
    unsigned = httpx.get(f"{running.url}/api/v1/province/summary")
    assert unsigned.status_code == 401
    with Session(running.engine) as s:
        assert s.get(SyncPeer, viewer.context.node_id).role == "province"


def test_offline_viewer_gets_the_cached_summary(light_hub):
    running, _pcs, viewer = light_hub
    first = province.fetch_summary(viewer)
    with viewer.write("admin") as s:  # the server moved: nothing answers at this address
        s.get(SyncPeer, sync_svc.hub_peer(viewer).node_id).url = "http://127.0.0.1:9"
    later = province.fetch_summary(viewer, retries=0)
    assert later.from_cache and later.error is not None
    assert later.fetched_at == first.fetched_at
    assert [r.code for r in later.rows] == [r.code for r in first.rows]
