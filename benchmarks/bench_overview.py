"""Tổng quan and the sync status at 1 M records; the full app's peak memory there.

Run from the project root:
    .venv/bin/python benchmarks/bench_overview.py                     # 1 000 000 records
    .venv/bin/python benchmarks/bench_overview.py --records 100000    # quicker look
    .venv/bin/python benchmarks/bench_overview.py --keep-data /tmp/ov # keep (or reuse) the data

The data: one commune set up as the app does it (Xã Hữu Lũng), a province server enrolled
(its public key only: nothing is sent), and N backlog records generated through the service,
so the change log holds N + a few rows and every one of them waits to be sent (the worst case
of the sync box: a commune that never synced).

Metrics (baselines measured in the same run, BENCHMARKS.md):
  sync_status — ms for ``core.sync.service.status`` (pending, last sync, conflicts, quarantine)
    against ``SELECT max(rowid) FROM change_log``; target value ≤ 5 ms.
  overview_shown — in a fresh process (offscreen Qt): the main window shown and painted, then
    ms from attaching the signed-in user (``MainWindow.attach``) until Tổng quan is painted;
    information;
  overview_ready — the same, until every box of Tổng quan holds figures read now, on the
    app's path with a sign-in: first what the app does while the clerk types the password
    (``desktop.app.warm_overview``: the window's and overview's modules imported, the figures
    read ahead), then the sign-in itself (``core.accounts.auth.login``, which writes the
    account), then attach; against the digitization figures alone (``backlog.progress``, the
    overview's first box); target value ≤ 100 ms;
  overview_ready_no_warm_up — the same with nothing done ahead (the demo start, which has no
    sign-in: modules imported and figures read after attach, in workers); information;
  app_peak_rss — peak RSS (VmHWM) of the process with no warm-up once the overview is filled,
    against a bare QMainWindow shown in a fresh process; target value ≤ 120 MB;
  app_peak_rss_with_sign_in — the same for the process that signed in; information (checking
    a password is an argon2 verification, which takes the 64 MiB its hash was made with).
Prints: metric=<name> value=<x> unit=<u> baseline=<y> ratio=<x/y> target=<t> ok=<yes|no>
"""

from __future__ import annotations

import argparse
import base64
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(os.environ.get("XASO_BENCH_ROOT") or Path(__file__).resolve().parent.parent)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_officers import _median_ms as median_ms  # noqa: E402

COMMUNE = "06385"
USER, PASSWORD = "admin", "bench-password-1"
LOT_SIZE = 200_000


def log(text: str) -> None:
    print(f"# {text}", file=sys.stderr, flush=True)


def report(name: str, value: float, unit: str, baseline: float, target: str, ok: bool) -> None:
    ratio = value / baseline if baseline else float("inf")
    print(f"metric={name} value={value:.2f} unit={unit} baseline={baseline:.2f} "
          f"ratio={ratio:.2f} target={target} ok={'yes' if ok else 'no'}", flush=True)


def peak_rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def make_data(home: Path, records: int) -> None:
    from core.backlog import lots as lots_svc
    from core.backlog import records as recs
    from core.config import Paths
    from core.setup import SetupRequest, initialize
    from core.store import Store
    from core.sync import service as sync_svc

    store = Store.open(Paths(home))
    initialize(store, SetupRequest(COMMUNE, USER, PASSWORD, "Quản trị"))
    hub_key = base64.b64encode(os.urandom(32)).decode()
    sync_svc.enrol_peer(store, {"node_id": str(uuid.uuid4()), "role": "hub", "name": "Tỉnh",
                                "commune": "", "sign_key": hub_key})
    start = time.perf_counter()
    fields = ("ho_tich", "chung_thuc", "dat_dai", "xay_dung", "tu_phap")
    with store.write("bench") as s:
        size = min(LOT_SIZE, -(-records // len(fields)))
        for i in range(0, records, size):
            n = min(size, records - i)
            lot = lots_svc.create_lot(s, lots_svc.LotInput(
                fields[(i // size) % len(fields)], f"Sổ số {i // size + 1}", 1990, 2020, n))
            recs.generate_records(s, lot.id, 1, n)
    log(f"{records} records generated in {time.perf_counter() - start:.1f} s")
    store.close()


def sync_status_metric(home: Path, repeat: int) -> None:
    from core.config import Paths
    from core.store import Store
    from core.sync import service as sync_svc

    store = Store.open(Paths(home))
    raw = sqlite3.connect(Paths(home).db_file)
    try:
        pending = sync_svc.status(store).pending
        rows = raw.execute("SELECT count(*) FROM change_log").fetchone()[0]
        log(f"change_log rows {rows}, pending {pending}")
        try:
            from core.sync.pending import slow_pending_count
        except ImportError:  # code from before the fast count
            slow_pending_count = None
        if slow_pending_count is not None:
            from core.sync.state import exported_tables

            hub = sync_svc.hub_peer(store)
            with store.session() as s:
                slow = slow_pending_count(s, str(hub.node_id), store.context.commune_code,
                                          list(exported_tables()))
            if slow != pending:
                raise SystemExit(f"WRONG: pending {pending}, count(*) over the log {slow}")
        value = median_ms(lambda: sync_svc.status(store), repeat)
        base = median_ms(lambda: raw.execute("SELECT max(rowid) FROM change_log").fetchone(),
                         repeat)
    finally:
        raw.close()
        store.close()
    report("sync_status", value, "ms", base, "value<=5ms", value <= 5)


def child_overview(home: Path, warm: bool = False) -> int:
    """Fresh process: frame shown, then attach and wait until Tổng quan is filled. ``warm``:
    first what the app does while the clerk types the password (``desktop.app.warm_overview``,
    when the code has it), then the sign-in's own write."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from core.accounts.auth import CurrentUser
    from core.backlog import progress as prog
    from core.config import Paths
    from core.store import Store
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.prompts import Prompts
    from desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    paths = Paths(home)
    store = Store.open(paths)
    settings = QSettings(str(home / "bench-ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ui_settings=settings)
    window.resize(1280, 760)
    window.show()
    window.grab()  # painted
    app.processEvents()
    ctx = AppContext(store=store, user=CurrentUser("admin", "Quản trị", "admin"),
                     prompts=Prompts(), runner=TaskRunner(), ui_settings=settings)
    ctx.background = False
    if warm:
        import desktop.app

        if hasattr(desktop.app, "warm_overview"):
            desktop.app.warm_overview(store)
        from core.accounts.auth import login

        login(store, USER, PASSWORD)  # the sign-in writes the account (and its log row)
    start = time.perf_counter()
    window.attach(ctx)
    page = window.pages.get("overview") or window.stack.widget(0)
    window.grab()  # painted: the last figures (or the figures, before the change)
    shown = (time.perf_counter() - start) * 1000
    deadline = time.perf_counter() + 120
    while not getattr(page, "filled", True) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    window.grab()
    ready = (time.perf_counter() - start) * 1000
    with store.session() as s:
        base = median_ms(lambda: prog.progress(s), 5)
    print(f"ready={ready:.2f} shown={shown:.2f} base={base:.2f} rss={peak_rss_mb():.1f}",
          flush=True)
    ctx.runner.wait_all()
    window.close()
    store.close()
    return 0


def child_bare() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 760)
    window.show()
    window.grab()
    app.processEvents()
    print(f"rss={peak_rss_mb():.1f}", flush=True)
    return 0


def run_child(*args: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled once, as an installed app is
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], env=env,
                         capture_output=True, text=True, timeout=900, cwd=ROOT)
    line = [x for x in out.stdout.splitlines() if x.startswith(("ready=", "rss="))]
    if out.returncode != 0 or not line:
        raise SystemExit(f"child {args} failed:\n{out.stderr[-3000:]}")
    return {k: float(v) for k, v in (part.split("=") for part in line[-1].split())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=9, help="runs of the sync status")
    parser.add_argument("--runs", type=int, default=3, help="overview processes (median)")
    parser.add_argument("--keep-data", type=Path, help="make the data here once, reuse it after")
    parser.add_argument("--child", choices=["overview", "overview-warm", "bare"],
                        help=argparse.SUPPRESS)
    parser.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child in ("overview", "overview-warm"):
        return child_overview(args.home, warm=args.child == "overview-warm")
    if args.child == "bare":
        return child_bare()

    tmp = Path(tempfile.mkdtemp(prefix="xaso-overview-"))
    try:
        home = tmp / "data"
        if args.keep_data and args.keep_data.exists():
            log(f"copying the data made before from {args.keep_data}")
            shutil.copytree(args.keep_data, home)
        else:
            make_data(home, args.records)
            if args.keep_data:
                shutil.copytree(home, args.keep_data, dirs_exist_ok=True)
        os.environ["XASO_HOME"] = str(home)
        sync_status_metric(home, args.repeat)  # opens (and migrates) the copy first
        # the kinds take turns, run after run, so a busy machine slows them alike
        runs, cold, bare = [], [], []
        for _ in range(args.runs):
            runs.append(run_child("--child", "overview-warm", "--home", str(home)))
            cold.append(run_child("--child", "overview", "--home", str(home)))
            bare.append(run_child("--child", "bare"))
        for r in runs:
            log(f"with the sign-in: overview shown {r['shown']:.0f} ms, ready {r['ready']:.0f} "
                f"ms, digitization figures {r['base']:.1f} ms, peak RSS {r['rss']:.0f} MB")
        for r in cold:
            log(f"no warm-up (demo): shown {r['shown']:.0f} ms, ready {r['ready']:.0f} ms, "
                f"peak RSS {r['rss']:.0f} MB")
        ready = statistics.median(r["ready"] for r in runs)
        shown = statistics.median(r["shown"] for r in runs)
        base = statistics.median(r["base"] for r in runs)
        report("overview_shown", shown, "ms", base, "info", True)
        report("overview_ready", ready, "ms", base, "value<=100ms", ready <= 100)
        no_warm = statistics.median(r["ready"] for r in cold)
        report("overview_ready_no_warm_up", no_warm, "ms", base, "info", True)
        rss = statistics.median(r["rss"] for r in cold)
        bare_rss = statistics.median(r["rss"] for r in bare)
        report("app_peak_rss", rss, "MB", bare_rss, "value<=120MB", rss <= 120)
        signed_in = statistics.median(r["rss"] for r in runs)
        report("app_peak_rss_with_sign_in", signed_in, "MB", bare_rss, "info", True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
