"""A restore (and a backup) killed after each of its steps: the data folder holds either the old
data under the old epoch or the backup's data under a new one, so every change made afterwards
reaches the peer; nothing is left in clear in the system temp folder, and the next start removes
the temporaries of the killed process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.backup import files as bk
from core.backup.temp import STOP_ENV
from core.sync import service as sync_svc
from db.models import Officer
from tests.sync.conftest import add_officer, node_a, node_b, open_node, pair, peer_id  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "usb-bi-mat-1"
NAMES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

RESTORE = """
import sys
from pathlib import Path
from core.backup import restore as br
from core.config import Paths
from core.store import Store
store = Store.open(Paths(Path(sys.argv[1])))
br.restore(store, Path(sys.argv[2]), sys.argv[3] or None, role="admin")
print("finished", flush=True)
"""

BACKUP = """
import sys
from pathlib import Path
from core.backup import files as bk
from core.config import Paths
paths = Paths(Path(sys.argv[1]))
bk.create_backup(paths.db_file, paths.backups, password=sys.argv[2] or None)
print("finished", flush=True)
"""


def _run(script: str, step: str, systmp: Path, *args: str) -> subprocess.CompletedProcess:
    systmp.mkdir(exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(systmp), TEMP=str(systmp),
               TMP=str(systmp), **{STOP_ENV: step})
    return subprocess.run([sys.executable, "-c", script, *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)


def _no_plaintext_in(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            assert not path.read_bytes().startswith(b"SQLite format 3"), path


def _officers(store) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(Officer.cccd)))


def _sync(a, b, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    sync_svc.import_file(b, sync_svc.export_for(a, peer_id(b), folder).path)


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
@pytest.mark.parametrize("step", ["restore-staged", "restore-epoch", "restore-kept",
                                  "restore-copied", "restore-migrated"])
def test_restore_killed_after_each_step_never_reuses_sequence_numbers(pair, tmp_path, step,  # noqa: F811
                                                                       encrypted):
    a, b = pair
    for i in range(3):
        add_officer(a, "Cán bộ " + NAMES[i], f"02019000{i:04d}")
    backup = bk.create_backup(a.paths.db_file, tmp_path / "usb",
                              password=PASSWORD if encrypted else None)
    for i in range(3, 5):
        add_officer(a, "Cán bộ " + NAMES[i], f"02019000{i:04d}")
    _sync(a, b, tmp_path / "first")
    old_epoch = a.context.epoch
    home = a.paths.home
    a.close()

    systmp = tmp_path / "systmp"
    done = _run(RESTORE, step, systmp, home, backup.path, PASSWORD if encrypted else "")
    assert done.returncode != 0 and "finished" not in done.stdout, done.stderr
    _no_plaintext_in(systmp)

    a = open_node(home)  # the next start
    try:
        assert not list((home / "tmp").iterdir())  # the staged copy of the killed restore
        held = _officers(a)
        if len(held) == 3:  # the backup's data came in: under a new epoch, never the old one
            assert a.context.epoch > old_epoch
        else:
            assert len(held) == 5 and a.context.epoch == old_epoch
        assert a.integrity_check() == []
        new = {f"02019100{i:04d}" for i in range(4)}
        for i, cccd in enumerate(sorted(new)):
            add_officer(a, "Cán bộ mới " + NAMES[i], cccd)
        _sync(a, b, tmp_path / "second")
        assert new <= _officers(b)  # the peer received every later change
    finally:
        a.close()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
@pytest.mark.parametrize("step", ["backup-copied", "backup-written"])
def test_backup_killed_leaves_no_clear_copy_and_its_temporary_goes_at_start(ready_store,
                                                                           tmp_path, step,
                                                                           encrypted):
    paths = ready_store.paths
    ready_store.close()
    systmp = tmp_path / "systmp"
    done = _run(BACKUP, step, systmp, paths.home, PASSWORD if encrypted else "")
    assert done.returncode != 0 and "finished" not in done.stdout, done.stderr
    _no_plaintext_in(systmp)
    left = [p for p in paths.backups.iterdir() if ".tmp" in p.name]
    # the killed backup's temporary, never under a backup's name (an encrypted backup has
    # written nothing yet after its copy: that copy is in memory)
    assert bool(left) == (not encrypted or step == "backup-written")
    assert bk.list_backups(paths.backups) == []
    if encrypted:
        _no_plaintext_in(paths.backups)
    from core.store import Store

    Store.open(paths).close()  # the next start
    assert [p for p in paths.backups.iterdir() if ".tmp" in p.name] == []


def test_a_live_process_temporary_is_kept(ready_store):
    from core.backup.temp import remove_stale, temp_path

    mine = temp_path(ready_store.paths.home, "restore", ".sqlite")
    mine.write_bytes(b"in use")
    dead = mine.with_name("xaso-restore-999999999-0123abcd.sqlite")
    dead.write_bytes(b"left over")
    assert remove_stale(ready_store.paths.home) == [dead]
    assert mine.exists() and not dead.exists()
    with ready_store.session() as s:
        assert s.scalar(select(func.count()).select_from(Officer)) == 0


def test_a_killed_syncs_folder_goes_at_the_next_start(ready_store):
    """The parts of an HTTP sync live in ``tmp/xaso-sync-<pid>-…/`` (core/sync/online.py); those
    of a process that no longer runs are removed when the data folder is opened."""
    import tempfile

    from core.backup.temp import temp_dir
    from core.store import Store

    paths = ready_store.paths
    ready_store.close()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    folder = Path(tempfile.mkdtemp(prefix=f"xaso-sync-{int(gone.stdout)}-",
                                   dir=temp_dir(paths.home)))
    (folder / "part-1.xaso").write_bytes(b"a part of a push")
    Store.open(paths).close()
    assert not folder.exists()
