"""What the operations layer costs a write: the same write with its changes recorded
(``core.ops.perform``, as every op of the window runs) against the same write without.

    .venv/bin/python benchmarks/bench_ops.py                  # 2 000 officers, 50 000 records
    .venv/bin/python benchmarks/bench_ops.py --officers 500 --records 10000 --repeat 1

Each run writes into a fresh data folder; the two sides alternate (each one first every
other run), so machine noise and warm-up hit both alike; the median of ``--repeat`` runs per
side is compared. Times are the process's CPU time (SQLite runs in it): on a machine shared
with other work, wall time varies by ±30 % from run to run, which would hide an overhead of a
few per cent.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _store(home: Path):
    from core.config import Paths
    from core.setup import SetupRequest, initialize
    from core.store import Store

    store = Store.open(Paths(home))
    initialize(store, SetupRequest("06385", "admin", "mat-khau-2026", "Quản trị viên"))
    return store


def _officers(store, count: int) -> None:
    from core.officers import registry as officers

    given = ("An", "Bình", "Cường", "Dung", "Hoa", "Lan", "Minh", "Nam", "Phúc", "Quân")
    with store.write("admin") as s:
        for i in range(count):  # names without digits: "Nguyễn Văn An Bình Cường"
            name = " ".join(given[int(d)] for d in f"{i:04d}")
            officers.create(s, officers.OfficerInput(f"Nguyễn {name}", f"0201{i:08d}"))


def _records(store, count: int) -> None:
    from core.backlog import lots
    from core.backlog import records as recs

    with store.write("admin") as s:
        lot = lots.create_lot(s, lots.LotInput(field="ho_tich", record_kind="Sổ khai sinh",
                                               year_from=1999, year_to=1999,
                                               total_records=count))
        recs.generate_records(s, lot.id, 1, count, "")


def _timed(root: Path, work, count: int, recorded: bool) -> float:
    from core import ops

    home = Path(tempfile.mkdtemp(dir=root))
    store = _store(home)
    try:
        start = time.process_time()
        if recorded:
            _result, changes = ops.perform(work, store, count)
            assert changes.tables
        else:
            work(store, count)
        return time.process_time() - start
    finally:
        store.close()
        shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--officers", type=int, default=2000)
    parser.add_argument("--records", type=int, default=50000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="xaso-bench-ops-"))
    os.environ["XASO_HOME"] = str(root)
    try:
        for name, work, count in (("op_recording_orm_writes", _officers, args.officers),
                                  ("op_recording_bulk_writes", _records, args.records)):
            plain, recorded = [], []
            for run in range(args.repeat):  # each side first every other run
                for recorded_side in ((False, True) if run % 2 == 0 else (True, False)):
                    (recorded if recorded_side else plain).append(
                        _timed(root, work, count, recorded_side))
                print(f"# {name} run {run + 1}: plain {plain[-1]:.3f} s, recorded "
                      f"{recorded[-1]:.3f} s", file=sys.stderr)
            value, baseline = statistics.median(recorded), statistics.median(plain)
            ratio = value / baseline
            print(f"metric={name} value={value * 1000:.1f} unit=ms baseline={baseline * 1000:.1f} "
                  f"ratio={ratio:.3f} target=ratio<=1.05 ok={'yes' if ratio <= 1.05 else 'no'}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
