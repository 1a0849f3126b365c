"""Restores on either side are reconciled by the next sync (docs/sync-format.md §8).

A commune restores a backup: the next sync brings back from the hub the commune's own changes
synced after the backup was taken, and a change made again after the restore is a conflict
shown on both sides. The hub is restored from an earlier copy: the next contact of each
computer re-sends what the hub lost, without waiting for a new change."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from core.backup import restore as br
from core.hub.store import open_hub
from core.paging import PageRequest
from core.sync import lists
from core.sync import service as sync_svc
from db.chain import verify_chain
from db.models import Officer, SyncConflict
from tests.conftest import TEST_COMMUNE
from tests.hub.conftest import enrol, open_pc
from tests.hub.test_conflicts_everywhere import _hub
from tests.hub.test_hub_sync import sync
from tests.hub.test_identity_upgrade import rows, serve
from tests.sync.conftest import add_officer

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
GIVEN = ["An", "Bình", "Chi", "Dũng"]


def _officers(store, n: int) -> None:
    for i in range(n):
        add_officer(store, f"{FAMILY[i % 8]} Văn {GIVEN[i // 8 % 4]}", f"0201900{i:05d}")


def _count(engine, commune: str = TEST_COMMUNE) -> int:
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(Officer).where(
            Officer.deleted.is_(False), Officer.commune_code == commune))


def _phone(store, cccd: str, phone: str) -> None:
    with store.write("admin") as s:
        s.scalars(select(Officer).where(Officer.cccd == cccd)).one().phone = phone


def _phone_of(engine, cccd: str) -> str:
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        return s.scalars(select(Officer.phone).where(Officer.cccd == cccd)).one()


def admin(home, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "cli.main", "--home", str(home), *args],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_commune_restore_gets_back_its_synced_changes_and_shows_the_conflict(hub, tmp_path):
    pc = open_pc(tmp_path / "pc1")
    try:
        enrol(hub, pc)
        _officers(pc, 32)
        sync(pc, hub, tmp_path)
        backup = br.backup_now(pc, role="admin").path
        add_officer(pc, "Lý Thị Hoa", "020190099999")  # the 33rd
        _phone(pc, "020190000003", "0911111111")
        sync(pc, hub, tmp_path)
        assert _count(hub.engine) == 33
        br.restore(pc, backup, role="admin")
        assert _count(pc.engine) == 32  # what the backup holds
        _phone(pc, "020190000003", "0922222222")  # the same phone changed again
        sync(pc, hub, tmp_path)
        # nothing lost: the commune got back the officer it had synced after the backup
        assert _count(pc.engine) == _count(hub.engine) == 33
        # the phone was changed twice from the same version: a conflict on both sides, and
        # both keep the same version
        assert _phone_of(pc.engine, "020190000003") == _phone_of(hub.engine, "020190000003")
        with pc.session() as s:  # what Đồng bộ lists
            shown = lists.page_conflicts(s, lists.ListQuery(), PageRequest(50))
        assert {(c.table_name, c.label) for c in shown} == {("officer", "Phạm Văn An")}
        assert {"0911111111", "0922222222"} <= {
            json.loads(p)["phone"] for c in shown for p in (c.local_payload, c.incoming_payload)}
        status = json.loads(admin(pc.paths.home, "sync-status", "--json"))
        assert status["open_conflicts"] >= 1 and status["pending"] == 0
        listed = json.loads(_hub(hub, tmp_path, "conflicts", "--json"))
        assert [d["column"] for c in listed for d in c["differences"]] == ["phone"]
        assert {c["commune"] for c in listed} == {TEST_COMMUNE}
        sync(pc, hub, tmp_path)  # and it stays so
        assert rows(hub.engine, TEST_COMMUNE) == rows(pc.engine, TEST_COMMUNE)
        with pc.engine.connect() as conn:
            assert verify_chain(conn).ok
        with hub.engine.connect() as conn:
            assert verify_chain(conn).ok
    finally:
        pc.close()


class _Copy:
    """An earlier copy of the hub's database, and putting it back (the hub stopped): the
    SQLite file copied with SQLite's backup API; on PostgreSQL a database made from it as a
    template (what a dump and restore give back)."""

    def __init__(self, hub, db_url):
        self.hub, self.db_url = hub, db_url
        if db_url is None:
            self.file = hub.data_dir / "xaso-hub.sqlite"
            self.copy = hub.data_dir.parent / "hub-copy.sqlite"
        else:
            from sqlalchemy.engine import make_url

            url = make_url(db_url)
            self.name, self.copy = url.database, f"{url.database}_copy"
            self.admin = url.set(drivername="postgresql", database="postgres").render_as_string(
                False)

    def _run(self, *sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin, autocommit=True) as conn:
            for statement in sql:
                conn.execute(statement)

    def take(self) -> None:
        self.hub.engine.dispose()
        if self.db_url is None:
            import sqlite3

            source, target = sqlite3.connect(self.file), sqlite3.connect(self.copy)
            with target:
                source.backup(target)
            source.close()
            target.close()
        else:
            self._run(f'CREATE DATABASE "{self.copy}" TEMPLATE "{self.name}"')

    def put_back(self) -> None:
        self.hub.engine.dispose()
        if self.db_url is None:
            for extra in ("-wal", "-shm"):
                self.file.with_name(self.file.name + extra).unlink(missing_ok=True)
            shutil.copyfile(self.copy, self.file)
        else:
            self._run(f'DROP DATABASE "{self.name}" WITH (FORCE)',
                      f'CREATE DATABASE "{self.name}" TEMPLATE "{self.copy}"',
                      f'DROP DATABASE "{self.copy}"')


def test_a_hub_restored_from_an_earlier_copy_gets_back_what_it_lost(tmp_path, db_url):
    import datetime as dt

    from core.hub import catalogue
    from db.models import DigitizationTarget
    from tests.hub.conftest import OTHER_COMMUNE

    opened = open_hub(tmp_path / "hub-data", db_url)
    running, server, thread = serve(opened)
    pcs = [open_pc(tmp_path / "pc1"), open_pc(tmp_path / "pc2"),
           open_pc(tmp_path / "pc3", OTHER_COMMUNE)]
    pc1, pc2, pc3 = pcs
    try:
        for pc in pcs:
            enrol(running, pc)
        _officers(pc1, 5)
        add_officer(pc3, "Đặng Thị Mai", "020190088888")
        for pc in (pc1, pc2, pc3, pc1):
            sync(pc, running, tmp_path)
        server.should_exit = True
        thread.join(timeout=10)
        copy = _Copy(opened, db_url)
        copy.take()  # the copy the hub is restored from later
        running, server, thread = serve(opened)
        add_officer(pc1, "Lý Thị Hoa", "020190099999")
        _phone(pc1, "020190000003", "0911111111")
        add_officer(pc3, "Bùi Văn Nam", "020190088889")
        catalogue.publish_target(opened.engine, opened.identity, 40, dt.date(2027, 6, 30))
        for pc in (pc1, pc2, pc3):
            sync(pc, running, tmp_path)
        assert _count(opened.engine) == 6 and _count(pc2.engine) == 6
        server.should_exit = True
        thread.join(timeout=10)
        opened.close()
        copy.put_back()  # the hub loses what came after the copy
        opened = open_hub(tmp_path / "hub-data", db_url)
        assert _count(opened.engine) == 5 and _count(opened.engine, OTHER_COMMUNE) == 1
        running, server, thread = serve(opened)
        # the next contact of each computer, with nothing new made anywhere
        for pc in (pc1, pc2, pc3):
            sync(pc, running, tmp_path)
        assert _count(opened.engine) == 6 and _count(opened.engine, OTHER_COMMUNE) == 2
        assert _phone_of(opened.engine, "020190000003") == "0911111111"
        assert rows(opened.engine, TEST_COMMUNE) == rows(pc1.engine, TEST_COMMUNE) == rows(
            pc2.engine, TEST_COMMUNE)
        assert rows(opened.engine, OTHER_COMMUNE) == rows(pc3.engine, OTHER_COMMUNE)
        summary = {r["code"]: r for r in json.loads(_hub(running, tmp_path, "summary",
                                                         "--json"))["communes"]}
        assert summary[TEST_COMMUNE]["officers"] == 6
        assert summary[OTHER_COMMUNE]["officers"] == 2
        for pc in pcs:
            status = sync_svc.status(pc)
            assert (status.pending, status.open_conflicts) == (0, 0)
        # the hub's own changes after the restore take a new epoch: they reach every computer
        catalogue.publish_target(opened.engine, opened.identity, 60, dt.date(2027, 12, 31))
        sync(pc1, running, tmp_path)
        with pc1.session() as s:
            assert 60 in set(s.scalars(select(DigitizationTarget.percent)))
        with opened.engine.connect() as conn:
            assert verify_chain(conn).ok
        with opened.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(SyncConflict)).scalar() == 0
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        opened.close()
        for pc in pcs:
            pc.close()


def test_a_usb_file_the_hub_refuses_for_a_gap_still_gets_its_return_file(hub, tmp_path):
    """At the province, a file whose earlier changes the hub lacks (here: the second part of a
    split export brought first; after a hub restore: any file) is not applied, but the return
    file is written beside it, and the clerk is told what to do."""
    from core.config import Paths
    from core.i18n import tr
    from core.province import client as province
    from core.setup import SetupRequest, initialize
    from core.store import Store
    from core.sync.split import PartLimits
    from db.errors import UserError
    from tests.hub.province_data import enrol_viewer

    pc = open_pc(tmp_path / "pc1")
    viewer = Store.open(Paths(tmp_path / "tinh"))
    stick = tmp_path / "usb"
    stick.mkdir()
    try:
        enrol(hub, pc)
        initialize(viewer, SetupRequest("", "admin", "mat-khau-2026", province_code="20"))
        enrol_viewer(hub, viewer)
        _officers(pc, 3)
        parts = sync_svc.export_parts_to_usb(pc, str(hub.hub.identity.node_id), stick,
                                             limits=PartLimits(max_changes=2))
        assert len(parts) >= 2
        with pytest.raises(UserError) as refused:
            province.take_usb_bundle(viewer, parts[1].path)
        shown = refused.value.message(tr)
        reply = next(p for p in stick.iterdir() if "-ve-xa-" in p.name)
        assert reply.name in shown and parts[1].path.name in shown and "Máy chủ tỉnh" in shown
        assert _count(hub.engine) == 0  # nothing applied
        sync_svc.import_file(pc, reply)  # the ACK of what the hub holds: nothing is lost
        for part in parts:
            done = province.take_usb_bundle(viewer, part.path)
            assert done.commune == TEST_COMMUNE
        assert _count(hub.engine) == 3
    finally:
        viewer.close()
        pc.close()
