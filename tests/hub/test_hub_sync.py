"""Commune computers sync through a real xaso-hub: same-commune PCs converge, communes stay apart."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core import enrolment as hub_svc
from core.hub import enrolment
from core.sync import service as sync_svc
from core.sync.http_client import HubClient
from db.errors import UserError
from db.models import Officer, SyncPeer
from tests.conftest import TEST_COMMUNE
from tests.hub.conftest import OTHER_COMMUNE, open_pc
from tests.sync.conftest import add_officer


def sync(store, running, tmp_path) -> dict:
    client = HubClient(running.url, sync_svc.identity(store), retries=0)
    try:
        folder = tmp_path / f"sync-{store.context.node_id.hex[:8]}"
        folder.mkdir(exist_ok=True)
        return sync_svc.sync_over_http(store, client, folder)
    finally:
        client.close()


def officers(engine, commune: str | None = None) -> dict[str, str]:
    query = select(Officer.full_name, Officer.phone).where(Officer.deleted.is_(False))
    if commune:
        query = query.where(Officer.commune_code == commune)
    with Session(engine) as s:
        return dict(s.execute(query).all())


def test_edits_on_one_pc_appear_on_the_other_and_communes_stay_apart(hub, pcs, tmp_path):
    pc1, pc2, pc3 = pcs
    add_officer(pc1, "Nguyễn Văn An", "020190001234")
    add_officer(pc3, "Hoàng Thị Lan", "020190009999")
    for store in (pc1, pc2, pc3):
        sync(store, hub, tmp_path)
    assert officers(pc2.engine) == {"Nguyễn Văn An": "0912345678"}
    # an edit on PC2 travels back to PC1
    with pc2.write("admin") as s:
        s.scalars(select(Officer)).one().phone = "0987654321"
    sync(pc2, hub, tmp_path)
    sync(pc1, hub, tmp_path)
    assert officers(pc1.engine) == {"Nguyễn Văn An": "0987654321"}
    # the other commune sees only its own rows, and gives nothing to this one
    assert officers(pc3.engine) == {"Hoàng Thị Lan": "0912345678"}
    assert "Hoàng Thị Lan" not in officers(pc1.engine)
    # the province holds both communes, equal to a direct recount on each commune's computers
    assert officers(hub.engine, TEST_COMMUNE) == officers(pc1.engine) == officers(pc2.engine)
    assert officers(hub.engine, OTHER_COMMUNE) == officers(pc3.engine)
    assert sync_svc.status(pc1).pending == 0 and sync_svc.status(pc2).pending == 0


def test_enrolment_code_works_once_for_its_commune_only(hub, tmp_path):
    pc1, pc2 = open_pc(tmp_path / "a"), open_pc(tmp_path / "b")
    try:
        code = enrolment.create_code(hub.engine, TEST_COMMUNE)
        peer = hub_svc.enrol_with_hub(pc1, hub.url, code)
        assert peer.role == "hub" and peer.node_id == hub.hub.identity.node_id
        with pytest.raises(UserError) as used:  # the hub's reason, in the clerk's words
            hub_svc.enrol_with_hub(pc2, hub.url, code)
        assert "already used or expired" in used.value.template
        other = enrolment.create_code(hub.engine, OTHER_COMMUNE)
        answer = httpx.post(f"{hub.url}/api/v1/enrol",
                            json={"code": other, "card": sync_svc.node_card(pc2)})
        assert answer.status_code == 403 and answer.json()["error"] == "bad_code"
        with pytest.raises(UserError) as foreign:
            hub_svc.enrol_with_hub(pc2, hub.url, other)
        assert foreign.value.params == {"code": OTHER_COMMUNE}
        with Session(hub.engine) as s:
            assert s.scalar(select(func.count()).select_from(SyncPeer)) == 1
            assert s.get(SyncPeer, pc1.context.node_id).commune_code == TEST_COMMUNE
    finally:
        pc1.close()
        pc2.close()


def test_healthz_and_bad_commune_code(hub):
    answer = httpx.get(f"{hub.url}/healthz")
    assert answer.status_code == 200 and answer.json()["db"] is True
    with pytest.raises(Exception, match="5 digits"):
        enrolment.create_code(hub.engine, "6385")
