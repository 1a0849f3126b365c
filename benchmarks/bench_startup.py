"""Start-up time: process launch to main window shown, vs a bare QMainWindow in the same run.

    python benchmarks/bench_startup.py [--runs 7] [--frozen dist/xaso/xaso]

"shown" = the main window's frame painted (the app prints `xaso-shown` after its first paint);
"ready" = the data folder opened, migrations checked and the overview built in it
(`xaso-ready`). The bare window prints both at once.

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

ROOT = Path(os.environ.get("XASO_BENCH_ROOT") or Path(__file__).resolve().parent.parent)


def launch(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms to the window shown, ms to the window filled with data)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    marks: dict[str, float] = {}
    for line in proc.stdout:
        word = line.strip()
        if word in ("xaso-shown", "xaso-ready"):
            marks[word] = (time.perf_counter() - start) * 1000
        if "xaso-ready" in marks:
            break
    proc.wait(timeout=60)
    if "xaso-shown" not in marks:
        raise SystemExit(f"no window from {cmd}")
    shown = marks["xaso-shown"]
    ready = marks.get("xaso-ready", shown)
    print(
        f"# {Path(cmd[-1]).name if len(cmd) > 1 else cmd[0]}: shown {shown:.0f} ms, ready {ready:.0f} ms",
        file=sys.stderr,
        flush=True,
    )
    return shown, ready


def series(cmds: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, tuple]:
    """Per kind: ((cold shown, cold ready), (warm shown, warm ready)); warm = medians of runs 2..n.
    The kinds take turns, run after run, so a busy machine slows them alike."""
    times: dict[str, list[tuple[float, float]]] = {kind: [] for kind in cmds}
    for _ in range(runs):
        for kind, cmd in cmds.items():
            times[kind].append(launch(cmd, env))
    return {
        kind: (t[0], (statistics.median(x[0] for x in t[1:]), statistics.median(x[1] for x in t[1:])))
        for kind, t in times.items()
    }


def report(name: str, value: float, baseline: float, target: str, ok: bool) -> None:
    print(
        f"metric={name} value={value:.0f} unit=ms baseline={baseline:.0f} "
        f"ratio={value / baseline:.2f} target={target} ok={'yes' if ok else 'no'}",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", type=Path, help="the built one-folder executable")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="xaso-start-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XASO_REPORT_SHOWN="1", XASO_HOME=str(home))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # warm runs read compiled modules, as installed
    subprocess.run(
        [sys.executable, "-m", "cli.main", "--home", str(home / "demo"), "demo"],
        check=True,
        capture_output=True,
        env=env,
        cwd=ROOT,
    )
    cmds = {
        "bare": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
        "": [sys.executable, "-m", "desktop", "--demo"],
    }
    if args.frozen:
        cmds["frozen_"] = [str(args.frozen), "--demo"]
    results = series(cmds, env, args.runs)
    (base_cold, _), (base_warm, _) = results.pop("bare")
    for prefix, (cold, warm) in results.items():
        for when, (shown, ready), base in (("warm", warm, base_warm), ("cold", cold, base_cold)):
            report(f"startup_{prefix}{when}", shown, base, "ratio<=1.5", shown / base <= 1.5)
            target = "value<=1000ms" if prefix else "info"
            report(f"startup_{prefix}ready_{when}", ready, base, target, ready <= 1000 if prefix else True)
            # issue 21: ready (the overview filled) within 1.5x the bare window, frozen
            report(f"startup_{prefix}ready_ratio_{when}", ready, base, "ratio<=1.5",
                   ready / base <= 1.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
