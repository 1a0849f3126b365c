"""Conflicts are visible at the hub (``xaso-hub conflicts``), and a conflict resolved on one
computer of a commune closes on its other computers and at the hub; ``xaso-hub summary``."""

from __future__ import annotations

import json

from sqlalchemy import select

from core.paging import PageRequest
from core.sync import lists
from core.sync import service as sync_svc
from db.models import Officer
from tests.conftest import TEST_COMMUNE
from tests.hub.test_hub_cli import xaso_hub
from tests.hub.test_hub_sync import sync
from tests.sync.conftest import add_officer


def _phone(store, phone: str) -> None:
    with store.write("admin") as s:
        s.scalars(select(Officer)).one().phone = phone


def _hub(running, tmp_path, *args):
    db = running.engine.url
    extra = [] if db.get_backend_name() == "sqlite" else ["--db", db.render_as_string(False)]
    done = xaso_hub(tmp_path / "hub-data", *args, *extra)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_conflict_resolved_on_one_computer_closes_everywhere(hub, pcs, tmp_path):
    pc1, pc2, _pc3 = pcs
    add_officer(pc1, "Nguyễn Văn An", "020190001234")
    sync(pc1, hub, tmp_path)
    sync(pc2, hub, tmp_path)
    _phone(pc1, "0911111111")  # the same officer changed on both computers
    _phone(pc2, "0922222222")
    sync(pc1, hub, tmp_path)
    sync(pc2, hub, tmp_path)
    sync(pc1, hub, tmp_path)
    listed = json.loads(_hub(hub, tmp_path, "conflicts", "--json"))
    assert listed and {c["commune"] for c in listed} == {TEST_COMMUNE}
    assert {c["label"] for c in listed} == {"Nguyễn Văn An"}
    assert {d["column"] for c in listed for d in c["differences"]} == {"phone"}
    assert "Nguyễn Văn An" in _hub(hub, tmp_path, "conflicts")
    open_on = {pc: sync_svc.status(pc).open_conflicts for pc in (pc1, pc2)}
    assert sum(open_on.values()) >= 1
    # the computer that sees the conflict resolves it; the others learn it on their next sync
    solver, other = (pc2, pc1) if open_on[pc2] else (pc1, pc2)
    with solver.session() as s:
        ids = [r.id for r in lists.page_conflicts(s, lists.ListQuery(), PageRequest(50))]
    with solver.write("admin") as s:
        for conflict_id in ids:
            lists.resolve(s, conflict_id, take_other=False, actor="admin")
    sync(solver, hub, tmp_path)
    sync(other, hub, tmp_path)
    assert json.loads(_hub(hub, tmp_path, "conflicts", "--json")) == []
    assert sync_svc.status(pc1).open_conflicts == sync_svc.status(pc2).open_conflicts == 0
    resolved = json.loads(_hub(hub, tmp_path, "conflicts", "--all", "--json"))
    assert resolved and all(c["resolved"] and c["resolution"] == "keep" for c in resolved)
    with pc1.session() as s1, pc2.session() as s2:  # and both computers hold the same row
        assert s1.scalars(select(Officer)).one().phone == s2.scalars(select(Officer)).one().phone


def test_summary_lists_the_province_figures(hub, pcs, tmp_path):
    pc1 = pcs[0]
    add_officer(pc1, "Nguyễn Văn An", "020190001234")
    sync(pc1, hub, tmp_path)
    rows = json.loads(_hub(hub, tmp_path, "summary", "--json"))["communes"]
    mine = next(r for r in rows if r["code"] == TEST_COMMUNE)
    assert mine["officers"] == 1 and mine["last_sync"]
    assert TEST_COMMUNE in _hub(hub, tmp_path, "summary")
