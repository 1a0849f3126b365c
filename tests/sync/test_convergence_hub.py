"""Property: several communes syncing through a hub, with officer transfers (an officer leaving
commune A, the same CCCD joining commune B), commune restores from an earlier backup and hub
restores from an earlier copy, converge: after everyone has synced, every computer of a commune
and the hub hold the same rows of that commune, and nothing is duplicated."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.backup import restore as br
from core.hub import enrolment
from core.hub.exchange import hub_card_of
from core.hub.store import DB_FILE, open_hub
from core.hub.usb import import_files
from core.officers.registry import officer_id_for
from core.sync import service as sync_svc
from core.sync.state import exported_tables
from db.models import ChangeLog, Officer
from tests.conftest import ADMIN_PASSWORD
from tests.sync.conftest import add_officer

A, B = "06385", "06040"  # two communes of the same province
PCS = {"a1": A, "a2": A, "b1": B}
PEOPLE = [("Nguyễn Văn An", "020190001234"), ("Trần Thị Bình", "020190001235"),
          ("Lê Văn Cường", "020190001236")]
POSITIONS = ["Chủ tịch UBND", "Công chức Tư pháp - Hộ tịch", "Công chức Văn phòng - Thống kê"]


def _open_pc(home, commune):
    from core.config import Paths
    from core.setup import SetupRequest, initialize
    from core.store import Store

    store = Store.open(Paths(home))
    if not store.is_initialized:
        initialize(store, SetupRequest(commune, "admin", ADMIN_PASSWORD, "Quản trị viên"))
    return store


def _sync(pc, hub, folder: Path) -> None:
    """One visit to the province with a USB stick: the computer's file in, the return file out."""
    folder.mkdir(parents=True, exist_ok=True)
    out = sync_svc.export_for(pc, str(hub.identity.node_id), folder)
    (done,) = import_files(hub.engine, hub.identity, [out.path], folder)
    if done.reply is not None:
        sync_svc.import_file(pc, done.reply)


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """A hub; commune A with two computers holding three officers, commune B with one."""
    root = tmp_path_factory.mktemp("hub-templates")
    hub = open_hub(root / "hub")
    pcs = {name: _open_pc(root / name, commune) for name, commune in PCS.items()}
    for pc in pcs.values():
        code = enrolment.create_code(hub.engine, pc.context.commune_code)
        enrolment.redeem(hub.engine, code, sync_svc.node_card(pc))
        sync_svc.enrol_peer(pc, hub_card_of(hub.identity))
    for name, cccd in PEOPLE:
        add_officer(pcs["a1"], name, cccd)
    add_officer(pcs["b1"], "Phạm Thị Dung", "020190009999")
    for name in ("a1", "b1", "a2", "a1"):
        _sync(pcs[name], hub, root / "bundles" / name)
    for pc in pcs.values():
        pc.close()
    hub.close()
    return root


def _edit(pc, index: int, position: str | None) -> None:
    with pc.write("admin") as s:
        officer = s.get(Officer, officer_id_for(pc.context.commune_code, PEOPLE[index][1]))
        if officer is None:
            return
        if position is None:
            officer.active = False  # left the commune (Ngừng công tác)
        else:
            officer.position, officer.active = position, True


def _join_b(pc, index: int) -> None:
    """The person who left A starts working in B: a row of B with the same CCCD."""
    with pc.session() as s:
        there = s.get(Officer, officer_id_for(B, PEOPLE[index][1]))
    if there is None:
        add_officer(pc, *PEOPLE[index])


def _rows(engine, commune: str) -> set[tuple]:
    with Session(engine) as s:
        out = set()
        for name, model in exported_tables().items():
            table = model.__table__
            for r in s.execute(select(table).where(table.c.commune_code == commune)).mappings():
                out.add((name, *(str(v) for k, v in sorted(r.items()) if k != "updated_at")))
        return out


def _no_duplicates(engine) -> None:
    from sqlalchemy import func

    with Session(engine) as s:
        assert not s.execute(select(ChangeLog.node_id, ChangeLog.epoch, ChangeLog.seq)
                             .group_by(ChangeLog.node_id, ChangeLog.epoch, ChangeLog.seq)
                             .having(func.count() > 1)).all()


def _copy_hub(hub, target: Path) -> None:
    hub.engine.dispose()
    source, copy = sqlite3.connect(hub.data_dir / DB_FILE), sqlite3.connect(target)
    with copy:
        source.backup(copy)
    source.close()
    copy.close()


pc_name = st.sampled_from(sorted(PCS))
step = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(["a1", "a2"]), st.integers(0, 2),
              st.one_of(st.none(), st.sampled_from(POSITIONS))),
    st.tuples(st.just("join"), st.integers(0, 2)),
    st.tuples(st.just("sync"), pc_name),
    st.tuples(st.just("backup"), pc_name),
    st.tuples(st.just("restore"), pc_name),
    st.tuples(st.just("hub_copy")),
    st.tuples(st.just("hub_restore")),
)


@example(steps=[("edit", "a1", 1, POSITIONS[0]), ("join", 0), ("sync", "a1"), ("sync", "b1"),
                ("restore", "a1"), ("edit", "a1", 1, POSITIONS[1]), ("sync", "a2")])
@example(steps=[("edit", "a1", 2, None), ("sync", "a1"), ("sync", "a2"), ("hub_restore",),
                ("restore", "a1"), ("join", 2), ("sync", "b1")])
@settings(max_examples=12, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=4, max_size=12))
def test_communes_transfers_and_restores_converge_through_the_hub(templates, steps):
    work = Path(tempfile.mkdtemp(prefix="xaso-conv-hub-"))
    hub = None
    pcs = {}
    try:
        for name in (*PCS, "hub"):
            shutil.copytree(templates / name, work / name)
        hub = open_hub(work / "hub")
        pcs = {name: _open_pc(work / name, commune) for name, commune in PCS.items()}
        # a backup of every computer and a copy of the hub from the start, so that any restore
        # loses something; "backup"/"hub_copy" steps take later ones
        backups = {name: br.backup_now(pc, role="admin").path for name, pc in pcs.items()}
        hub_copy = work / "hub-copy.sqlite"
        _copy_hub(hub, hub_copy)
        for n, action in enumerate(steps):
            kind = action[0]
            if kind == "edit":
                _edit(pcs[action[1]], action[2], action[3])
            elif kind == "join":
                _edit(pcs["a1"], action[1], None)
                _join_b(pcs["b1"], action[1])
            elif kind == "sync":
                _sync(pcs[action[1]], hub, work / "bundles" / str(n))
            elif kind == "backup":
                backups[action[1]] = br.backup_now(pcs[action[1]], role="admin").path
            elif kind == "restore":
                br.restore(pcs[action[1]], backups[action[1]], role="admin")
            elif kind == "hub_copy":
                _copy_hub(hub, hub_copy)
            elif kind == "hub_restore":
                hub.close()
                for extra in ("-wal", "-shm"):
                    (work / "hub" / f"{DB_FILE}{extra}").unlink(missing_ok=True)
                shutil.copyfile(hub_copy, work / "hub" / DB_FILE)
                hub = open_hub(work / "hub")  # a new epoch for its own changes
        for round_no in range(4):  # everyone syncs until nothing moves
            for name in ("a1", "a2", "b1"):
                _sync(pcs[name], hub, work / "bundles" / f"final-{round_no}-{name}")
        assert _rows(hub.engine, A) == _rows(pcs["a1"].engine, A) == _rows(pcs["a2"].engine, A)
        assert _rows(hub.engine, B) == _rows(pcs["b1"].engine, B)
        for engine in (hub.engine, *(pc.engine for pc in pcs.values())):
            _no_duplicates(engine)
        for pc in pcs.values():
            assert sync_svc.status(pc).pending == 0
    finally:
        for pc in pcs.values():
            pc.close()
        if hub is not None:
            hub.close()
        shutil.rmtree(work, ignore_errors=True)
