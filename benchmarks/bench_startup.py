"""Start-up time: process launch to main window shown, vs a bare QMainWindow in the same run.

    python benchmarks/bench_startup.py [--runs 7] [--frozen dist/xaso/xaso]

Cold = the first launch of each kind in this run (files not yet in the page cache as far as
this run can tell; a truly cold start after a reboot is slower); warm = median of the others.
Runs offscreen with a demo data folder made beforehand (no sign-in dialog).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def launch(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    for line in proc.stdout:
        if line.strip() == "xaso-shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"no window from {cmd}")
    proc.wait(timeout=60)
    return elapsed * 1000


def series(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    times = [launch(cmd, env) for _ in range(runs)]
    return times[0], statistics.median(times[1:])


def report(name: str, value: float, baseline: float, target: str, ok: bool) -> None:
    print(f"metric={name} value={value:.0f} unit=ms baseline={baseline:.0f} "
          f"ratio={value / baseline:.2f} target={target} ok={'yes' if ok else 'no'}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", type=Path, help="the built one-folder executable")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="xaso-start-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XASO_REPORT_SHOWN="1", XASO_HOME=str(home))
    subprocess.run([sys.executable, "-m", "desktop.cli", "--home", str(home / "demo"), "demo"],
                   check=True, capture_output=True, env=env, cwd=ROOT)
    base_cold, base_warm = series([sys.executable, str(ROOT / "benchmarks" / "bare_window.py")], env, args.runs)
    app_cold, app_warm = series([sys.executable, "-m", "desktop", "--demo"], env, args.runs)
    report("startup_warm", app_warm, base_warm, "ratio<=1.5", app_warm / base_warm <= 1.5)
    report("startup_cold", app_cold, base_cold, "ratio<=1.5", app_cold / base_cold <= 1.5)
    if args.frozen:
        f_cold, f_warm = series([str(args.frozen), "--demo"], env, args.runs)
        report("startup_frozen_warm", f_warm, base_warm, "value<=1000ms", f_warm <= 1000)
        report("startup_frozen_cold", f_cold, base_cold, "value<=1000ms", f_cold <= 1000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
