"""xaso-admin import-dossiers killed half-way through a large export changes nothing; the same
import run again afterwards goes through."""

from __future__ import annotations

import csv
import hashlib
import sqlite3

from tests.unit.test_backlog_kill import ROOT, kill_midway  # noqa: F401  (ROOT: the child's cwd)
from tests.unit.test_dossiers import HEADER, ROWS, run, write_xlsx

ROWS_IN_FILE = 6_000
PAUSE_AT = 3_000

IMPORT = f"""
import sys, time
from sqlalchemy import func, select
from db.models import Dossier
from cli import main as cli
from core.backlog import import_dossiers as imp
real_apply, real_id = imp.apply, imp.dossier_id
def apply(session, result, commune_code):
    written = 0
    def slow_id(commune, code):  # half the rows are written (flushed, not committed): stop here
        nonlocal written
        written += 1
        if written == {PAUSE_AT}:
            session.flush()
            count = session.execute(select(func.count()).select_from(Dossier)).scalar()
            print("mid", count, flush=True)
            time.sleep(60)
        return real_id(commune, code)
    imp.dossier_id = slow_id
    return real_apply(session, result, commune_code)
imp.apply = apply
cli.main(["--home", sys.argv[1], "import-dossiers", sys.argv[2]])
"""


def big_csv(path, count: int):
    """``count`` dossiers; the first four are the ones already imported, now finished/changed."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for number, row in enumerate(ROWS, start=1):
            out.writerow([number, *row[:5], "20/11/2026", 2, 1, 1, f"KQ-NEW-{number}"])
        for number in range(len(ROWS) + 1, count + 1):
            out.writerow([number, f"000.17.22.H56-261105-{number:06d}", "2.000635", "Hộ tịch",
                          "05/11/2026", "08/11/2026", "", 2, number % 2, number % 3 == 0, ""])
    return path


def snapshot(store) -> tuple[int, int, str]:
    """(dossiers, change-log rows, SHA-256 of every dossier row and the log's chain)."""
    conn = sqlite3.connect(store.paths.db_file)
    try:
        digest = hashlib.sha256()
        for row in conn.execute("SELECT * FROM dossier ORDER BY id"):
            digest.update(repr(row).encode())
        for row in conn.execute("SELECT id, chain_hash FROM change_log ORDER BY id"):
            digest.update(repr(row).encode())
        dossiers = conn.execute("SELECT count(*) FROM dossier").fetchone()[0]
        log = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
        return dossiers, log, digest.hexdigest()
    finally:
        conn.close()


def test_kill_during_dossier_import_then_import_again(ready_store, xaso_home, tmp_path):
    run(ready_store, write_xlsx(tmp_path / "hoso.xlsx", ROWS))
    before = snapshot(ready_store)
    assert before[0] == 4
    path = big_csv(tmp_path / "hoso-lon.csv", ROWS_IN_FILE)
    line = kill_midway(IMPORT, str(xaso_home), str(path))
    # rows 1..PAUSE_AT-1 were written in the child (the four known ones updated, the rest new)
    assert int(line.split()[1]) == PAUSE_AT - 1
    assert snapshot(ready_store) == before
    assert ready_store.integrity_check() == []
    result, counts = run(ready_store, path)
    assert not result.has_errors
    assert counts == {"new": ROWS_IN_FILE - 4, "update": 4, "unchanged": 0}
    dossiers, log, _digest = snapshot(ready_store)
    assert dossiers == ROWS_IN_FILE and log == before[1] + ROWS_IN_FILE
