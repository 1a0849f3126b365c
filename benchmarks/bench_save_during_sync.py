"""A clerk's save while an automatic sync brings in 100 k changes: how long the save waits.

Run from the project root:
    .venv/bin/python benchmarks/bench_save_during_sync.py                   # 100 000 changes
    .venv/bin/python benchmarks/bench_save_during_sync.py --changes 20000   # quicker look

Two enrolled computers of one commune (real databases, real signed bundle). The sender writes
N officers (one change each) and exports them. On the receiver, the import of that bundle —
what the automatic sync runs after its pull (``import_bundle``: verify, then apply chunk by
chunk, each chunk its own write transaction) — runs in a worker thread, as the app runs it;
meanwhile the main thread saves one officer (a phone number, one ``store.write`` transaction:
the row and its change_log row) every 50 ms, as a clerk would, and times each save.

Metric (BENCHMARKS.md): save_during_sync — the longest save while the import runs, against the
median of the same save with no sync running; target value ≤ 200 ms. The median save during
the sync is printed as information. What is measured is whatever writer the app has: with
every write in its own transaction on the caller's thread, a save waits for the chunk being
written (SQLite allows one writer) up to the 5 s busy timeout.
Prints: metric=<name> value=<x> unit=<u> baseline=<y> ratio=<x/y> target=<t> ok=<yes|no>
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(os.environ.get("XASO_BENCH_ROOT") or Path(__file__).resolve().parent.parent)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def log(text: str) -> None:
    print(f"# {text}", file=sys.stderr, flush=True)


def report(name: str, value: float, unit: str, baseline: float, target: str, ok: bool) -> None:
    ratio = value / baseline if baseline else float("inf")
    print(f"metric={name} value={value:.1f} unit={unit} baseline={baseline:.1f} "
          f"ratio={ratio:.2f} target={target} ok={'yes' if ok else 'no'}", flush=True)


def officer_rows(count: int) -> list[dict]:
    return [{"full_name": "Nguyễn Văn An", "cccd": f"{i:012d}", "position": "Công chức",
             "department": "Văn phòng", "search_key": "nguyen van an",
             "sort_key": f"an nguyen van {i:08d}"} for i in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=20, help="saves with no sync (median)")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="xaso-save-sync-"))
    os.environ["XASO_HOME"] = str(tmp / "home")
    import keyring

    from core.sync import service as sync_svc
    from db.changes import bulk_insert
    from db.models import Officer
    from tests.conftest import MemoryKeyring
    from tests.sync.conftest import add_officer, enrol_both, open_node, peer_id

    keyring.set_keyring(MemoryKeyring())
    try:
        a, b = open_node(tmp / "a"), open_node(tmp / "b")
        enrol_both(a, b)
        log(f"writing {args.changes} changes on the sender")
        with a.write("bench") as s:
            bulk_insert(s, Officer, officer_rows(args.changes))
        out = tmp / "out"
        out.mkdir()
        bundle = sync_svc.export_for(a, peer_id(b), out).path
        officer = add_officer(b, "Trần Thị Bình", "020190009999")
        counter = iter(range(10**9))

        def save() -> float:
            start = time.perf_counter()
            with b.write("admin") as s:
                s.get(Officer, officer).phone = f"09{next(counter) % 10**8:08d}"
            return (time.perf_counter() - start) * 1000

        alone = [save() for _ in range(args.saves)]
        log(f"saves with no sync: median {statistics.median(alone):.1f} ms, "
            f"longest {max(alone):.1f} ms")
        done = threading.Event()
        failed: list[BaseException] = []

        def sync() -> None:
            try:
                sync_svc.import_file(b, bundle, channel="http")
            except BaseException as err:  # noqa: BLE001  (reported below)
                failed.append(err)
            finally:
                done.set()

        worker = threading.Thread(target=sync)
        start = time.perf_counter()
        worker.start()
        during = []
        while not done.is_set():
            during.append(save())
            time.sleep(0.05)
        worker.join()
        took = time.perf_counter() - start
        if failed:
            raise SystemExit(f"WRONG: the import failed: {failed[0]!r}")
        log(f"import of {args.changes} changes: {took:.1f} s; {len(during)} saves meanwhile, "
            f"median {statistics.median(during):.1f} ms, longest {max(during):.1f} ms")
        report("save_during_sync_median", statistics.median(during), "ms",
               statistics.median(alone), "info", True)
        report("save_during_sync", max(during), "ms", statistics.median(alone), "value<=200ms",
               max(during) <= 200)
        a.close()
        b.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
