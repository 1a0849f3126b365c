"""A push with one bad value in its last chunk: the hub answers 400 naming the row, writes
nothing (SQLite and PostgreSQL), and the same push answers the same again."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.sync import service as sync_svc
from core.sync.export import export_bundle
from db.models import ChangeLog, Officer
from tests.hub.test_hub_security import push_raw
from tests.sync.conftest import add_officer
from tests.sync.test_whole_bundle import forge_last_officer


def _hub_counts(running) -> tuple[int, int]:
    with Session(running.engine) as s:
        return (s.scalar(select(func.count()).select_from(Officer)),
                s.scalar(select(func.count()).select_from(ChangeLog)))


def test_a_bad_value_in_the_last_chunk_is_refused_whole_by_the_hub(hub, pcs, tmp_path):
    pc1, _pc2, _pc3 = pcs
    for i in range(12):
        add_officer(pc1, "Cán bộ " + "ABCDEFGHIJKL"[i], f"0201900012{i:02d}")
    ident = sync_svc.identity(pc1)
    out = export_bundle(pc1.engine, ident, str(hub.hub.identity.node_id), tmp_path,
                        chunk_changes=5, recipient_box=None)

    def bad_date(payload):
        payload["birth_date"] = "1988-13-01"

    forged, row = forge_last_officer(out.path, ident.keys, bad_date)
    before = _hub_counts(hub)
    for _attempt in range(2):
        answer, _ = push_raw(hub, pc1, forged.read_bytes())
        assert answer.status_code == 400, answer.text
        body = answer.json()
        assert body["error"] == "rejected"
        assert body["params"]["row"] == row and body["params"]["column"] == "birth_date"
        assert _hub_counts(hub) == before
    # the honest bundle is taken whole
    answer, _ = push_raw(hub, pc1, out.path.read_bytes())
    assert answer.status_code == 200, answer.text
    assert _hub_counts(hub)[0] == before[0] + 12


def test_an_update_taking_a_kept_cccd_is_refused_whole_by_the_hub(hub, pcs, tmp_path):
    """PC 1 gives its officer a CCCD that an officer of PC 2 already holds at the hub (PC 1 has
    not pulled it yet): 400 naming both, nothing of the push written, the same on a retry."""
    from tests.hub.test_hub_sync import sync

    pc1, pc2, _pc3 = pcs
    y = add_officer(pc1, "Trần Văn Y", "020190000001")
    sync(pc1, hub, tmp_path)
    add_officer(pc2, "Lê Văn X", "020190000002")
    sync(pc2, hub, tmp_path)
    for i in range(8):  # the first parts of the next push: new officers
        add_officer(pc1, "Cán bộ " + "ABCDEFGH"[i], f"0201900013{i:02d}")
    with pc1.write("admin") as s:
        s.get(Officer, y).cccd = "020190000002"
    ident = sync_svc.identity(pc1)
    out = export_bundle(pc1.engine, ident, str(hub.hub.identity.node_id), tmp_path,
                        chunk_changes=3, recipient_box=hub.hub.identity.keys.box_public)
    before = _hub_counts(hub)
    for _attempt in range(2):
        answer, _ = push_raw(hub, pc1, out.path.read_bytes())
        assert answer.status_code == 400, answer.text
        body = answer.json()
        assert body["error"] == "rejected"
        assert body["params"]["row"] == "Trần Văn Y" and body["params"]["other"] == "Lê Văn X"
        assert _hub_counts(hub) == before
    with Session(hub.engine) as s:
        assert s.get(Officer, y).cccd == "020190000001"
