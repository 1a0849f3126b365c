"""Cost of the tamper-evident change log, and of a backup and its verification.

Run from the project root:  .venv/bin/python benchmarks/bench_audit.py [--rows 20000]

Baselines in the same run: the same bulk insert with chain stamping switched off; a plain
SQLite online backup for the backup. Prints one line per metric (BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def line(name, value, unit, baseline, target, ok):
    print(f"metric={name} value={value:.3f} unit={unit} baseline={baseline:.3f} "
          f"ratio={value / baseline:.2f} target={target} ok={'yes' if ok else 'no'}")


def insert(store, rows, start):
    from db.changes import bulk_insert
    from db.models import Officer

    began = time.perf_counter()
    with store.write("bench") as s:
        bulk_insert(s, Officer, [{"full_name": "Nguyễn Văn An", "cccd": f"{start + i:012d}"}
                                 for i in range(rows)])
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    rows = parser.parse_args().rows
    from core.backup import files as bk
    from core.backup import restore as br
    from core.config import Paths
    from core.setup import SetupRequest, initialize
    from core.store import Store
    from db import chain

    work = Path(tempfile.mkdtemp(prefix="xaso-bench-audit-"))
    try:
        store = Store.open(Paths(work / "home"))
        initialize(store, SetupRequest("06385", "admin", "quantri-2026"))
        stamp, pending = chain.stamp_new_rows, chain.chain_pending
        plain, chained = [], []
        for round_no in range(2):  # alternate, so neither side gets the warm-up alone
            chain.stamp_new_rows = lambda _s, _rows: None
            chain.chain_pending = lambda _conn: 0  # also the commit-time catch-up
            plain.append(insert(store, rows, (2 * round_no) * 10 ** 9))
            chain.stamp_new_rows, chain.chain_pending = stamp, pending
            with store.engine.begin() as conn:  # the unchained rows above: chained, not timed
                pending(conn)
            chained.append(insert(store, rows, (2 * round_no + 1) * 10 ** 9))
        plain, chained = min(plain), min(chained)
        line("change_log_chain_insert", chained, "s", plain, "<=1.3x", chained <= 1.3 * plain)
        began = time.perf_counter()
        bk.online_copy(store.paths.db_file, work / "raw.sqlite")
        raw = time.perf_counter() - began
        began = time.perf_counter()
        made = bk.create_backup(store.paths.db_file, work / "b")
        backup = time.perf_counter() - began
        line("backup_checked", backup, "s", raw, "<=3x", backup <= 3 * raw)
        with store.engine.connect() as conn:
            began = time.perf_counter()
            chain_report = chain.verify_chain(conn)
            took = time.perf_counter() - began
        per_row = took / chain_report.rows * 1e6
        line("verify_chain_per_row", per_row, "us", raw / chain_report.rows * 1e6, "<=10us",
             per_row <= 10 and chain_report.ok)
        began = time.perf_counter()
        report = br.verify_backup(made.path)
        verify = time.perf_counter() - began
        line("verify_backup_with_chain", verify, "s", raw, "<=2s", verify <= 2 and report.ok)
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
