"""Bounded-size bundles: several USB files with consecutive ranges, imported in any order; over
HTTP pushed one by one, a sync stopped after part 2 resumes at part 3."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from core.sync import service as sync_svc
from core.sync.http_client import HubClient, HubOffline
from core.sync.split import PartLimits, plan_parts
from db.errors import UserError
from db.models import Officer
from tests.sync.conftest import add_officer, peer_id
from tests.sync.hub_server import running_hub

LIMITS = PartLimits(max_bytes=50 * 1024 * 1024, max_changes=10)


NAMES = ("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh")


def _add(store, count: int) -> None:
    for n in range(count):
        name = f"Nguyễn {NAMES[n % 9]} {NAMES[n // 9 % 9]}"
        add_officer(store, name, f"0201900{n:05d}")


def _officers(store) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(Officer.cccd)))


def test_usb_parts_have_consecutive_ranges_and_import_in_any_order(pair, tmp_path):
    a, b = pair
    _add(a, 25)
    stick = tmp_path / "usb"
    stick.mkdir()
    parts = sync_svc.export_parts_to_usb(a, peer_id(b), stick, limits=LIMITS)
    assert len(parts) >= 3 and all(p.changes <= 10 for p in parts)
    assert sorted(p.name for p in stick.iterdir()) == sorted(p.path.name for p in parts)
    for before, after in zip(parts, parts[1:]):
        assert after.seq_from == before.seq_to + 1  # no gap, no overlap
    for part in parts:
        match = re.fullmatch(r"xaso-\w+-(?:gui-tinh-|ve-xa-)?[0-9a-f]{12}-\d+-(\d+)-(\d+)\.xaso",
                             part.path.name)
        assert match and (int(match[1]), int(match[2])) == (part.seq_from, part.seq_to)
    assert sum(p.changes for p in parts) == sync_svc.status(a).pending
    # the last part alone first: refused (a gap), nothing written
    with pytest.raises(UserError):
        sync_svc.import_file(b, parts[-1].path)
    assert _officers(b) == set()
    # all of them, chosen in reverse order: applied in seq order
    sync_svc.import_files(b, [p.path for p in reversed(parts)])
    assert _officers(b) == _officers(a) and len(_officers(b)) == 25


def test_small_exports_stay_one_bundle(pair):
    a, b = pair
    _add(a, 3)
    assert plan_parts(a.engine, sync_svc.identity(a), peer_id(b), LIMITS) is None
    assert plan_parts(a.engine, sync_svc.identity(a), peer_id(b),
                      PartLimits(max_bytes=2000, max_changes=1000)) is not None


class DropsAfter(HubClient):
    """The network drops when the third part is pushed."""

    pushes = 0

    def push(self, bundle):
        DropsAfter.pushes += 1
        if DropsAfter.pushes == 3:
            raise HubOffline("network dropped")
        return super().push(bundle)


def test_http_pushes_parts_one_by_one_and_resumes_after_a_drop(node_a, tmp_path):
    _add(node_a, 45)
    total = sync_svc.status(node_a).pending
    with running_hub(tmp_path, node_a) as (hub, url, _ca):
        client = DropsAfter(url, sync_svc.identity(node_a), retries=0)
        with pytest.raises(HubOffline):
            sync_svc.sync_over_http(node_a, client, tmp_path, limits=LIMITS)
        # parts 1 and 2 (10 changes each) arrived and were acknowledged, not more
        assert sync_svc.status(node_a).pending == total - 20
        assert 10 < len(_officers(hub)) <= 20
        again = sync_svc.sync_over_http(node_a, client, tmp_path, limits=LIMITS)
        client.close()
        assert again["sent"] == total - 20 and again["bundles"] == 3  # starts at part 3
        assert _officers(hub) == _officers(node_a) and sync_svc.status(node_a).pending == 0
