"""kill -9 of the importing process mid-apply, then a re-import: identical to an uninterrupted one."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import keyring
from sqlalchemy import func, select

from core.sync import service as sync_svc
from core.sync.export import export_bundle
from db.changes import bulk_insert
from db.models import ChangeLog, Officer, SyncLog
from tests.sync.conftest import open_node
from tests.sync.helpers import whole_db

ROOT = Path(__file__).resolve().parents[2]


def _officers(n):
    return [{"full_name": f"Cán bộ {i:05d}", "cccd": f"0201{i:08d}", "position": "Công chức"}
            for i in range(n)]


def _clone(store, home: Path):
    home.mkdir(parents=True)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("VACUUM INTO ?", (str(home / "xaso.sqlite"),))
    target = open_node(home)
    assert target.paths.db_file == home / "xaso.sqlite" or shutil.move(
        str(home / "xaso.sqlite"), str(target.paths.db_file)) is None
    return target


def test_kill_minus_nine_mid_apply_then_reimport_is_identical(pair, tmp_path):
    a, b = pair
    with a.write("admin") as s:
        bulk_insert(s, Officer, _officers(6000))
    bundle = export_bundle(a.engine, sync_svc.identity(a), str(b.context.node_id), tmp_path,
                           chunk_changes=400).path
    reference_home = tmp_path / "reference"
    b.engine.dispose()
    shutil.copytree(b.paths.home, reference_home)
    reference = open_node(reference_home)
    secret = tmp_path / "secret"
    secret.write_text(keyring.get_password("xaso", f"node-{b.context.node_id}"))
    secret.chmod(0o600)

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.import_worker", str(b.paths.home), str(bundle),
         str(b.context.node_id), str(secret), "0.3"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        for line in proc.stdout:
            if line.startswith("chunk 3/"):
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    with b.session() as s:
        partial = s.scalar(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.node_id == a.context.node_id))
    assert 0 < partial < 6000  # whole chunks only: a multiple of the chunk size
    assert partial % 400 == 0

    resumed = sync_svc.import_file(b, bundle)
    assert resumed.tally.skipped >= partial
    sync_svc.import_file(reference, bundle)
    assert whole_db(b) == whole_db(reference)
    with b.session() as s:
        statuses = list(s.scalars(select(SyncLog.status).order_by(SyncLog.id)))
    assert statuses == ["failed", "ok"]  # the killed run is shown as interrupted
    reference.close()
