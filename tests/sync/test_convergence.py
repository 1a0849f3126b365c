"""Property: random edits on two nodes and random bundle delivery (duplicates, reordering,
lost bundles) converge to the same rows once both sides have synced, with conflicts kept."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from core.sync import service as sync_svc
from core.sync.bundle import BundleRejected
from db.models import Officer, SyncConflict
from tests.sync.conftest import add_officer, enrol_both, open_node, peer_id
from tests.sync.helpers import change_ids, synced_rows

POSITIONS = ["Chủ tịch UBND", "Phó Chủ tịch UBND", "Công chức Tư pháp - Hộ tịch",
             "Công chức Văn phòng - Thống kê", "Công chức Địa chính"]
CCCDS = ["020190001234", "020190001235", "020190001236"]


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """Two enrolled nodes holding the same three officers; copied for every example."""
    root = tmp_path_factory.mktemp("templates")
    a, b = open_node(root / "a"), open_node(root / "b")
    enrol_both(a, b)
    for i, cccd in enumerate(CCCDS):
        add_officer(a, ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"][i], cccd)
    folder = root / "bundles"
    folder.mkdir()
    sync_svc.import_file(b, sync_svc.export_for(a, peer_id(b), folder).path)
    sync_svc.import_file(a, sync_svc.export_for(b, peer_id(a), folder).path)
    a.close()
    b.close()
    return root


def _edit(store, index: int, position: str | None) -> None:
    from core.officers.registry import officer_id_for

    with store.write("admin") as s:
        officer = s.get(Officer, officer_id_for(store.context.commune_code, CCCDS[index]))
        if position is None:
            officer.deleted = True
        else:
            officer.position = position
            officer.deleted = False


step = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from("ab"), st.integers(1, 2),  # officer 0: below
              st.one_of(st.none(), st.sampled_from(POSITIONS))),
    st.tuples(st.just("export"), st.sampled_from("ab")),
    st.tuples(st.just("deliver"), st.sampled_from("ab"), st.integers(0, 20)),
)


def _sync(src, dst, folder: Path) -> None:
    try:
        sync_svc.import_file(dst, sync_svc.export_for(src, peer_id(dst), folder).path)
    except BundleRejected:
        pass  # a gap: the ACK of the rejection rewinds the sender on the way back


@settings(max_examples=30, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(step, max_size=14), concurrent=st.sampled_from(POSITIONS[:2]))
def test_random_edits_and_deliveries_converge(templates, steps, concurrent):
    work = Path(tempfile.mkdtemp(prefix="xaso-conv-"))
    try:
        shutil.copytree(templates / "a", work / "a")
        shutil.copytree(templates / "b", work / "b")
        nodes = {"a": open_node(work / "a"), "b": open_node(work / "b")}
        other = {"a": "b", "b": "a"}
        folder = work / "bundles"
        folder.mkdir()
        in_flight: dict[str, list[Path]] = {"a": [], "b": []}  # bundles going TO a node
        # one sure concurrent edit: the same officer, different values on each node
        _edit(nodes["a"], 0, concurrent)
        _edit(nodes["b"], 0, "Công chức Văn hóa - Xã hội")
        for n, action in enumerate(steps):
            kind, name = action[0], action[1]
            if kind == "edit":
                _edit(nodes[name], action[2], action[3])
            elif kind == "export":
                sub = folder / str(n)
                sub.mkdir()
                dst = other[name]
                in_flight[dst].append(
                    sync_svc.export_for(nodes[name], peer_id(nodes[dst]), sub).path)
            elif in_flight[name]:  # deliver a random earlier bundle: may repeat or reorder
                path = in_flight[name][action[2] % len(in_flight[name])]
                try:
                    sync_svc.import_file(nodes[name], path)
                except BundleRejected:
                    pass
        for round_no in range(3):
            for src, dst in (("a", "b"), ("b", "a")):
                sub = folder / f"final-{round_no}-{src}"
                sub.mkdir()
                _sync(nodes[src], nodes[dst], sub)
        a, b = nodes["a"], nodes["b"]
        assert synced_rows(a) == synced_rows(b)
        assert change_ids(a) == change_ids(b)
        assert len(change_ids(a)) == len(set(change_ids(a)))
        for store in (a, b):
            with store.session() as s:
                payloads = [p for c in s.scalars(select(SyncConflict))
                            for p in (c.local_payload, c.incoming_payload)]
            assert any("Công chức Văn hóa - Xã hội" in p for p in payloads)
            assert any(concurrent in p for p in payloads)
        for store in nodes.values():
            store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
