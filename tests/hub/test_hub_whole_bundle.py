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
