"""Start-up with a real sign-in on a data folder of yours (e.g. the 1 M-record one that
``bench_overview.py --keep-data DIR`` leaves), against a bare QMainWindow in the same run.

    python benchmarks/bench_startup_sign_in.py --home DIR [--user admin] [--password bench-password-1]
                                       [--runs 3]

Each run starts a fresh process that runs the app's own ``desktop.app.Startup`` (offscreen) and
types the password the moment the sign-in dialog is up (a clerk who knows it by heart). Timed
from the process start: ``sign_in_shown`` (the dialog visible) and ``sign_in_ready`` (after the
sign-in, every box of Tổng quan filled). Baseline: ``bare_window.py`` shown, launched the same way,
the two taking turns. The folder is used as it is (the app writes its session marker, the sign-in
and the overview's kept figures into it; a folder of an older version is migrated: copy it first).
Prints: metric=<name> value=<x> unit=<u> baseline=<y> ratio=<x/y> target=<t> ok=<yes|no>
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(os.environ.get("XASO_BENCH_ROOT") or Path(__file__).resolve().parent.parent)

CHILD = r'''
import os, sys, time
T0 = time.perf_counter()
sys.path.insert(0, os.environ["XASO_BENCH_ROOT"])
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from core.config import Paths
import desktop.app as A
from desktop.ui.admin.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.prompts import Prompts
home, user, password = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
paths = Paths(home)
window = MainWindow(ui_settings=QSettings(str(paths.ui_settings), QSettings.Format.IniFormat))
window.show()
startup = A.Startup(A.parse_args(["--home", str(home)]), paths, Prompts(), window)
marks = {}
def poll():
    if "shown" not in marks:
        up = [w for w in app.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
        if up:
            marks["shown"] = time.perf_counter() - T0
            up[0].username.setText(user)
            up[0].password.setText(password)
            up[0].sign_in_button.click()
    page = dict.get(window.pages, "overview") if window.ctx is not None else None
    if page is not None and getattr(page, "filled", True):
        print(f"shown={marks['shown'] * 1000:.0f} ready={(time.perf_counter() - T0) * 1000:.0f}",
              flush=True)
        window.close()
        return
    QTimer.singleShot(5, poll)
QTimer.singleShot(5, poll)
A.after_first_paint(window, startup.run)
app.exec()
startup.finish(0)
'''


def timed(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    line = [x for x in proc.stdout.splitlines() if x.startswith(("shown=", "xaso-shown"))]
    if proc.returncode != 0 or not line:
        raise SystemExit(f"{cmd[:3]} failed:\n{proc.stderr[-3000:]}")
    if line[0] == "xaso-shown":  # the bare window: the whole run ends at its first paint
        return {"shown": (time.perf_counter() - start) * 1000}
    return {k: float(v) for k, v in (part.split("=") for part in line[-1].split())}


def report(name: str, value: float, baseline: float, target: str, ok: bool) -> None:
    print(f"metric={name} value={value:.0f} unit=ms baseline={baseline:.0f} "
          f"ratio={value / baseline:.2f} target={target} ok={'yes' if ok else 'no'}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="bench-password-1")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XASO_BENCH_ROOT=str(ROOT),
               PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app, bare = [], []
    for _ in range(args.runs):
        bare.append(timed([sys.executable, str(ROOT / "benchmarks" / "bare_window.py")], env))
        app.append(timed([sys.executable, "-c", CHILD, str(args.home), args.user, args.password],
                         env))
        print(f"# bare {bare[-1]['shown']:.0f} ms; sign-in shown {app[-1]['shown']:.0f} ms, "
              f"overview filled {app[-1]['ready']:.0f} ms", file=sys.stderr, flush=True)
    base = statistics.median(b["shown"] for b in bare)
    shown = statistics.median(a["shown"] for a in app)
    ready = statistics.median(a["ready"] for a in app)
    report("sign_in_shown", shown, base, "info", True)
    report("sign_in_ready", ready, base, "info", True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
