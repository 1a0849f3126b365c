"""A person across communes: an officer of commune A who moves to commune B. Both communes keep
syncing, the province counts the person once (in B) and shows the transfer."""

from __future__ import annotations

import datetime as dt

from core.hub import province
from core.hub.province_detail import commune_detail
from core.hub.transfers import VIETNAM
from core.officers import registry as officers
from core.sync import service as sync_svc
from tests.conftest import TEST_COMMUNE
from tests.hub.conftest import OTHER_COMMUNE
from tests.hub.test_hub_sync import sync
from tests.sync.conftest import add_officer

CCCD = "020190001234"


def _officers(running) -> dict[str, int]:
    return {r.code: r.officers for r in province.summary(running.engine) if r.officers}


def _stints(running, commune: str) -> list[tuple]:
    moves = commune_detail(running.engine, commune)["transfers"]
    assert [m["cccd"] for m in moves] == [CCCD]
    return [(s["commune"], s["working"], s["counted"], s["left_on"]) for s in moves[0]["stints"]]


def test_an_officer_moves_from_one_commune_to_another(hub, pcs, tmp_path):
    pc1, _pc2, pc3 = pcs
    an_in_a = add_officer(pc1, "Nguyễn Văn An", CCCD)
    add_officer(pc1, "Trần Thị Bình", "020190005678")
    sync(pc1, hub, tmp_path)
    assert _officers(hub) == {TEST_COMMUNE: 2}
    # B takes An on before A has marked him as left: both push, the province counts him once
    an_in_b = add_officer(pc3, "Nguyễn Văn An", CCCD, position="Phó Chủ tịch UBND xã")
    add_officer(pc3, "Hoàng Thị Lan", "020190009999")
    sync(pc3, hub, tmp_path)
    assert an_in_a != an_in_b
    assert _officers(hub) == {TEST_COMMUNE: 1, OTHER_COMMUNE: 2}
    assert _stints(hub, OTHER_COMMUNE) == [(TEST_COMMUNE, True, False, None),
                                           (OTHER_COMMUNE, True, True, None)]
    names = [o["full_name"] for o in commune_detail(hub.engine, TEST_COMMUNE)["officers"]]
    assert names == ["Trần Thị Bình"]
    # A marks him as left: the transfer shows the date he left A
    with pc1.write("admin") as s:
        officers.set_active(s, an_in_a, False)
    sync(pc1, hub, tmp_path)
    sync(pc3, hub, tmp_path)
    today = dt.datetime.now(VIETNAM).date().isoformat()
    assert _stints(hub, TEST_COMMUNE) == [(TEST_COMMUNE, False, False, today),
                                          (OTHER_COMMUNE, True, True, None)]
    assert _officers(hub) == {TEST_COMMUNE: 1, OTHER_COMMUNE: 2}
    for store in (pc1, pc3):  # nothing refused, nothing left behind
        status = sync_svc.status(store)
        assert (status.pending, status.refused, status.open_conflicts) == (0, 0, 0)
