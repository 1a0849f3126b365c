"""A process killed in the middle of a batch status change or a lot import changes nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from core.backlog import lots as svc
from core.backlog import records as recs
from db.models import BacklogLot, BacklogRecord
from tests.unit.test_backlog import assert_counters_match_recount, counters
from tests.unit.test_backlog_import import ROWS, write_xlsx
from tests.unit.training_fixtures import add_officer

ROOT = Path(__file__).resolve().parents[2]

BATCH = """
import datetime as dt, sys, time, uuid
from pathlib import Path
from core.config import Paths
from core.backlog import records as recs
from core.store import Store
real_bump = recs.bump
def slow_bump(*args):  # the records of the first group are written: stop here, mid-transaction
    real_bump(*args)
    print("mid", flush=True)
    time.sleep(60)
recs.bump = slow_bump
store = Store.open(Paths(Path(sys.argv[1])))
with store.write("t") as s:
    recs.change_status(s, recs.Selection(lot_id=uuid.UUID(sys.argv[2]), first_no=1, last_no=5000),
                       "rejected", None, reason="kill test")
"""

IMPORT = """
import sys, time
from pathlib import Path
from core.config import Paths
from core.backlog import lots as svc
from core.backlog import import_lots as imp
from core.store import Store
real_create = svc.create_lot
def slow_create(*args, **kw):
    lot = real_create(*args, **kw)
    print("mid", flush=True)
    time.sleep(60)
    return lot
svc.create_lot = slow_create
store = Store.open(Paths(Path(sys.argv[1])))
with store.write("t") as s:
    imp.apply(s, imp.preview(s, imp.read_table(sys.argv[2])), "06385")
"""


def kill_midway(code: str, *args: str) -> str:
    """Run ``code`` in a child, SIGKILL it once it prints "mid…"; returns that line."""
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        line = proc.stdout.readline()
        assert line.split()[:1] == ["mid"], proc.stderr.read()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    return line


def test_kill_during_batch_leaves_db_as_before(ready_store, xaso_home):
    officer = add_officer(ready_store, "Nguyễn Văn An", "020190001234")
    with ready_store.write("t") as s:
        lot = svc.create_lot(s, svc.LotInput(field="ho_tich", record_kind="Sổ khai sinh",
                                             total_records=5000)).id
        recs.generate_records(s, lot, 1, 5000)
        recs.change_status(s, recs.Selection(lot_id=lot, first_no=1, last_no=2500), "scanned",
                           officer)
    before = counters(ready_store)
    kill_midway(BATCH, str(xaso_home), str(lot))
    with ready_store.session() as s:
        statuses = dict(s.execute(select(BacklogRecord.status, func.count())
                                  .group_by(BacklogRecord.status)).all())
    assert statuses == {"scanned": 2500, "pending": 2500}
    assert counters(ready_store) == before
    assert_counters_match_recount(ready_store)


def test_kill_during_import_leaves_db_as_before(ready_store, xaso_home, tmp_path):
    path = write_xlsx(tmp_path / "ton-dong.xlsx", ROWS)
    kill_midway(IMPORT, str(xaso_home), str(path))
    with ready_store.session() as s:
        assert s.execute(select(func.count()).select_from(BacklogLot)).scalar() == 0
