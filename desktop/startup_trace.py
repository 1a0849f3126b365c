"""``XASO_STARTUP_TRACE=1``: the time of each start-up phase on stderr, in milliseconds since the
process started (on Linux the kernel's start time of the process, so the PyInstaller bootloader
and the interpreter's own start are counted; elsewhere since this module was imported).

    xaso-trace   412 ms  qt imported

Costs nothing when the variable is not set; imports only the standard library.
"""

from __future__ import annotations

import os
import sys
import time

ENABLED = bool(os.environ.get("XASO_STARTUP_TRACE"))
_T0 = time.perf_counter()


def _age_at_import_ms() -> float:
    """How long the process had been running when this module was imported (0 off Linux)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000)
    except (OSError, ValueError, IndexError, AttributeError):
        return 0.0


_AGE = _age_at_import_ms() if ENABLED else 0.0


def elapsed_ms() -> float:
    return _AGE + (time.perf_counter() - _T0) * 1000


def mark(phase: str) -> None:
    if ENABLED and sys.stderr is not None:  # a windowed Windows build has no stderr unless redirected
        print(f"xaso-trace {elapsed_ms():6.0f} ms  {phase}", file=sys.stderr, flush=True)

