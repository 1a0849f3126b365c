"""Start-up recovery from a damaged file takes its new sync epoch before the data comes in
(core/backup/recovery.py): nothing is left to finish once the store is open, the changes made
after the recovery reach the peer, and a recovery killed after staging leaves the damaged file
in place, to be recovered again, its staged copy removed at the next start."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import select

from core.backup import recovery
from core.backup import restore as br
from core.backup.temp import STOP_ENV
from core.config import Paths
from core.store import Store
from db.models import Officer
from tests.e2e.test_restore_kill import ROOT, _sync
from tests.sync.conftest import add_officer, node_a, node_b, open_node, pair  # noqa: F401

RECOVER = """
import sys
from pathlib import Path
from core.backup import recovery
from core.config import Paths
paths = Paths(Path(sys.argv[1]))
recovery.recover(paths, recovery.newest_good_backup(paths))
print("finished", flush=True)
"""


def _damage(paths: Paths) -> None:
    raw = bytearray(paths.db_file.read_bytes())
    raw[4096:12288] = os.urandom(8192)
    paths.db_file.write_bytes(bytes(raw))


def _names(store) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(Officer.full_name)))


def test_changes_after_a_recovery_reach_the_peer(pair, tmp_path):  # noqa: F811
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190000001")
    br.backup_now(a, role="admin")
    add_officer(a, "Trần Thị Bình", "020190000002")
    add_officer(a, "Lê Văn Cường", "020190000003")
    _sync(a, b, tmp_path / "1")  # B has every change of A's first epoch
    epoch, paths = a.context.epoch, a.paths
    a.engine.dispose()
    a.close()
    _damage(paths)
    assert recovery.check_at_start(paths).damaged
    recovery.recover(paths, recovery.newest_good_backup(paths))
    a = open_node(paths.home)  # opened as the app opens it: no step after the recovery
    try:
        assert a.context.epoch > epoch
        assert _names(a) == {"Nguyễn Văn An"}
        add_officer(a, "Phạm Thị Dung", "020190000004")  # sequence numbers of the new epoch
        _sync(a, b, tmp_path / "2")
        assert "Phạm Thị Dung" in _names(b)
    finally:
        a.close()


def test_a_recovery_killed_after_staging_leaves_the_damaged_file_to_recover_again(ready_store,
                                                                                  tmp_path):
    add_officer(ready_store, "Nguyễn Văn An", "020190000001")
    br.backup_now(ready_store, role="admin")
    epoch, paths = ready_store.context.epoch, ready_store.paths
    ready_store.close()
    _damage(paths)
    damaged = paths.db_file.read_bytes()
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{STOP_ENV: "recover-staged"})
    run = subprocess.run([sys.executable, "-c", RECOVER, str(paths.home)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=180)
    assert "finished" not in run.stdout and run.returncode != 0  # killed after staging
    assert paths.db_file.read_bytes() == damaged  # not moved aside yet: still the damaged file
    staged = list((paths.home / "tmp").glob("xaso-recover-*"))
    assert staged
    assert recovery.check_at_start(paths).damaged  # the app offers the recovery again
    recovery.recover(paths, recovery.newest_good_backup(paths))
    store = Store.open(paths)  # removes the killed process's staged copy
    try:
        assert not any(p.exists() for p in staged)
        assert store.context.epoch > epoch and _names(store) == {"Nguyễn Văn An"}
    finally:
        store.close()
    assert len(list(paths.backups.glob("xaso-damaged-*.sqlite"))) == 1
