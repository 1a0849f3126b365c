"""Province mode from the command line: a viewer code from xaso-hub, and the demo province."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.config import Paths
from core.hub.store import open_hub
from core.province import client as province
from core.store import Store
from db.models import SyncPeer
from tests.e2e.test_cli import admin
from tests.hub.conftest import open_pc
from tests.hub.test_hub_cli import xaso_hub


def test_hub_gives_a_province_viewer_code_and_refuses_a_bad_commune(tmp_path):
    data = tmp_path / "hub"
    made = xaso_hub(data, "enrol", "--province", "--json")
    assert made.returncode == 0, made.stderr
    answer = json.loads(made.stdout)
    assert answer["province"] is True and answer["commune"] == "*" and len(answer["code"]) == 19
    bad = xaso_hub(data, "enrol", "--commune", "12")
    assert bad.returncode == 1 and "12" in bad.stderr and "5 chữ số" in bad.stderr
    both = xaso_hub(data, "enrol", "--commune", "06385", "--province")
    assert both.returncode == 2  # argparse: one or the other
    target = xaso_hub(data, "publish-target", "60", "31/12/2027", "--json")
    assert target.returncode == 0 and json.loads(target.stdout)["commune"] == "*"
    bad = xaso_hub(data, "publish-target", "60", "31/13/2027")
    assert bad.returncode == 1 and "dd/mm/yyyy" in bad.stderr
    course = xaso_hub(data, "publish-course", "Kỹ năng số", "--topic", "digital")
    assert course.returncode == 0 and "Kỹ năng số" in course.stdout


def test_demo_province_fills_a_hub_and_opens_in_province_mode(tmp_path):
    home = tmp_path / "viewer"
    done = admin(home, "demo-province", "--json", check=True)
    summary = json.loads(done.stdout)
    assert summary["ok"] and summary["communes"] == 14 and summary["accounts"]["admin"]
    store = Store.open(Paths(home))
    try:
        assert province.is_province_mode(store)
        cached = province.cached_summary(store)
        assert len(cached.rows) == 14 and sorted(r.rank for r in cached.rows) == list(range(1, 15))
        assert sum(1 for r in cached.rows if r.stale_days(cached.fetched_at) is not None) == 3
        node = store.context.node_id
    finally:
        store.close()
    hub = open_hub(home / "hub")
    try:
        with Session(hub.engine) as s:
            assert s.get(SyncPeer, node).role == "province"
            assert len(s.scalars(select(SyncPeer).where(SyncPeer.role == "node")).all()) == 14
    finally:
        hub.close()
    again = admin(home, "demo-province", "--json", check=True)  # idempotent: nothing added
    assert json.loads(again.stdout)["accounts"] == {}
    open_pc(tmp_path / "commune").close()  # a commune's real data folder is refused
    real = admin(tmp_path / "commune", "demo-province")
    assert real.returncode == 1 and "dữ liệu thật" in real.stderr
    assert not (tmp_path / "commune" / "hub").exists()
