"""A clerk's save while an automatic sync brings in 100 k changes: how long the save waits.

Run from the project root:
    .venv/bin/python benchmarks/bench_save_during_sync.py                   # 100 000 changes
    .venv/bin/python benchmarks/bench_save_during_sync.py --changes 20000   # quicker look

Two enrolled computers of one commune (real databases, real signed bundle). The sender writes
N officers (one change each) and exports them. The receiver runs as the app runs it: an
offscreen QApplication, an ``AppContext`` and its ``OpRunner``. The sync is an op, as the
automatic sync starts it (``ctx.ops.run(…, lane="sync")``; with an op runner that has no sync
lane, on the one writer, as the app did before): what ``run_sync`` does after its pull — the
import of the pulled bundle (verify, then apply; ``import_bundle``) and the last-sync time.
Meanwhile the GUI thread saves one officer through ``ctx.ops.write`` (a phone number: the row
and its change_log row) 50 ms after the previous save came back, as a clerk would, and times
each save from the click until its ``on_done`` runs on the GUI thread.

Metric (BENCHMARKS.md): save_during_sync — the longest save while the sync runs, against the
median of the same save with no sync running (same run); target value ≤ 200 ms. The median
save during the sync is printed as information.
Prints: metric=<name> value=<x> unit=<u> baseline=<y> ratio=<x/y> target=<t> ok=<yes|no>
"""

from __future__ import annotations

import argparse
import inspect
import os
import shutil
import statistics
import sys
import tempfile
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


class Prompts:
    """No one to answer: an error shown to the user is the benchmark failing."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, _parent, title, text, details=None):
        self.errors.append(f"{title}: {text}")

    info = warning = error


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=20, help="saves with no sync (median)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="xaso-save-sync-"))
    os.environ["XASO_HOME"] = str(tmp / "home")
    import keyring
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from core.accounts.auth import CurrentUser
    from core.settings import LAST_SYNC_AT, set_setting
    from core.sync import service as sync_svc
    from core.sync.apply import import_bundle
    from db.base import utcnow
    from db.changes import bulk_insert
    from db.models import Officer
    from desktop.ui.context import AppContext
    from desktop.ui.tasks import TaskRunner
    from tests.conftest import MemoryKeyring
    from tests.sync.conftest import add_officer, enrol_both, open_node, peer_id

    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication([])
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
        prompts = Prompts()
        ctx = AppContext(store=b, user=CurrentUser("admin", "Quản trị viên", "admin"),
                         prompts=prompts, runner=TaskRunner(synchronous=False),
                         ui_settings=QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat),
                         background=False)
        lanes = "lane" in inspect.signature(ctx.ops.run).parameters
        log("the sync runs on the op runner's " + ("sync lane" if lanes else "one writer"))
        counter = iter(range(10**9))
        state = {"sync_done": False, "start": 0.0}
        times: dict[str, list[float]] = {"alone": [], "during": []}
        when: dict[str, list[float]] = {"alone": [], "during": []}  # s after the sync started

        def set_phone(s) -> None:
            s.get(Officer, officer).phone = f"09{next(counter) % 10**8:08d}"

        def save(into: str, wanted: int | None) -> None:
            start = time.perf_counter()

            def done(_result) -> None:
                times[into].append((time.perf_counter() - start) * 1000)
                when[into].append(start - state["start"])
                if wanted is not None and len(times[into]) >= wanted:
                    app.quit()
                elif wanted is None and state["sync_done"]:
                    app.quit()
                else:
                    QTimer.singleShot(50, lambda: save(into, wanted))

            ctx.ops.write(set_phone, done, lambda err: (prompts.errors.append(repr(err)),
                                                        app.quit()))

        QTimer.singleShot(0, lambda: save("alone", args.saves))
        app.exec()
        alone = times["alone"]
        log(f"saves with no sync: median {statistics.median(alone):.1f} ms, "
            f"longest {max(alone):.1f} ms")

        def sync(_progress):  # what run_sync does after its pull
            result = import_bundle(b.engine, sync_svc.identity(b), bundle, channel="http")
            with b.write("system") as s:
                set_setting(s, LAST_SYNC_AT, utcnow().isoformat())
            return result

        def synced(_result) -> None:
            state["sync_done"] = True
            state["took"] = time.perf_counter() - state["start"]

        def failed(err) -> None:
            prompts.errors.append(repr(err))
            state["sync_done"] = True
            app.quit()

        options = {"lane": "sync"} if lanes else {}
        state["start"] = time.perf_counter()
        ctx.ops.run(sync, synced, failed, **options)
        QTimer.singleShot(0, lambda: save("during", None))
        app.exec()
        ctx.ops.wait_idle(600)
        ctx.ops.shutdown()
        if prompts.errors:
            raise SystemExit(f"WRONG: {prompts.errors[0]}")
        during = times["during"]
        log(f"import of {args.changes} changes: {state['took']:.1f} s; {len(during)} saves "
            f"meanwhile, median {statistics.median(during):.1f} ms, "
            f"longest {max(during):.1f} ms")
        slowest = sorted(zip(during, when["during"], strict=True), reverse=True)[:3]
        log("longest saves: " + ", ".join(f"{ms:.1f} ms asked at {at:.2f} s" for ms, at in slowest))
        with b.session() as s:
            here = s.query(Officer).count()
        if here < args.changes:
            raise SystemExit(f"WRONG: {here} officers on the receiver")
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
