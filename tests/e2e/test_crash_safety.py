"""kill -9 during import, batch update and backup; then restart: intact, all or nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from core.backup import files as bk
from core.backup import recovery
from core.backup import restore as br
from core.config import Paths
from core.officers import registry as officers
from core.store import Store
from db.models import ChangeLog, Officer
from tests.unit.xlsx_fixtures import write_commune_list

RNG = random.Random(2026)


def _kill_during(mode, home, *extra, delay=None):
    child = subprocess.Popen([sys.executable, "-m", "tests.e2e.crash_child", mode, str(home), *extra],
                             stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert child.stdout.readline().strip() == "go"
    time.sleep(RNG.uniform(0.05, 0.4) if delay is None else delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    return child.stdout.read()


def _figures(home):
    store = Store.open(Paths(home))
    try:
        assert store.integrity_check() == []
        with store.session() as s:
            officers_n = s.execute(select(func.count()).select_from(Officer)).scalar()
            logged = s.execute(select(func.count()).select_from(ChangeLog)
                               .where(ChangeLog.table_name == "officer")).scalar()
            departments = set(s.execute(select(Officer.department)).scalars())
            from core.audit import log as audit

            assert audit.verify(s).ok
        return officers_n, logged, departments
    finally:
        store.close()


def _many_officers(n):
    return [[f"Nguyễn Văn Số {i}", f"0201{i:08d}", "01/01/1980", "Nam", "Công chức", "Văn phòng",
             "", "", "", ""] for i in range(n)]


def test_kill_during_import_leaves_all_or_nothing(ready_store, tmp_path):
    source = write_commune_list(tmp_path / "ds.xlsx", _many_officers(500))
    home = ready_store.paths.home
    ready_store.close()
    out = _kill_during("import", home, str(source))
    count, logged, _ = _figures(home)
    assert count in (0, 500) and logged == count
    if "done" not in out:
        assert count == 0


def test_kill_during_batch_update_leaves_all_or_nothing(ready_store):
    with ready_store.write("canbo") as s:
        for i in range(150):
            officers.create(s, officers.OfficerInput("Lê Thị Hoa", f"0301{i:08d}", department="Tư pháp"))
    home = ready_store.paths.home
    ready_store.close()
    out = _kill_during("batch", home)
    count, logged, departments = _figures(home)
    assert count == 150
    assert departments in ({"Tư pháp"}, {"Văn phòng mới"})
    if "done" not in out:
        assert departments == {"Tư pháp"} and logged == 150


def test_kill_during_backup_leaves_no_half_backup(ready_store):
    with ready_store.write("canbo") as s:
        for i in range(200):
            officers.create(s, officers.OfficerInput("Phạm Văn Nam", f"0401{i:08d}"))
    home = ready_store.paths.home
    ready_store.close()
    _kill_during("backup", home, delay=0.6)
    assert _figures(home)[0] == 200
    for backup in bk.list_backups(Paths(home).backups):  # every listed backup is whole
        assert br.verify_backup(backup.path).ok


def test_corrupt_database_at_start_offers_the_newest_good_backup(ready_store):
    with ready_store.write("canbo") as s:
        officers.create(s, officers.OfficerInput("Đỗ Văn Đạt", "020190009999"))
    paths = ready_store.paths
    good = br.backup_now(ready_store, role="admin")
    epoch = ready_store.context.epoch
    ready_store.close()
    raw = bytearray(paths.db_file.read_bytes())
    raw[4096:12288] = os.urandom(8192)  # a disk fault in the middle of the file
    paths.db_file.write_bytes(bytes(raw))
    (paths.home / recovery.MARKER).write_text("1234")  # the power went off
    check = recovery.check_at_start(paths)
    assert check.unclean and check.damaged
    offer = recovery.newest_good_backup(paths)
    assert offer is not None and offer.path == good.path
    moved = recovery.recover(paths, offer)
    assert moved.exists()  # the damaged file is kept for the help desk
    store = Store.open(paths)
    try:
        assert store.context.epoch > epoch  # a fresh epoch, from recover() itself
        with store.session() as s:
            assert s.execute(select(Officer.full_name)).scalars().all() == ["Đỗ Văn Đạt"]
    finally:
        store.close()
    recovery.end_session(paths)
    assert not recovery.check_at_start(paths).unclean
