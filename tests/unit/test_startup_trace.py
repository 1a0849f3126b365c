"""XASO_STARTUP_TRACE=1: phase times on stderr, rising, since the process started; silent otherwise."""

from __future__ import annotations

import os
import re
import subprocess
import sys

CODE = "import time\nfrom desktop import startup_trace as t\nt.mark('one')\ntime.sleep(0.05)\nt.mark('two')\n"


def run(env):
    return subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60,
                          env=env, check=True)


def test_phases_are_printed_in_order_with_the_time_since_the_process_started():
    lines = run(dict(os.environ, XASO_STARTUP_TRACE="1")).stderr.splitlines()
    found = [re.fullmatch(r"xaso-trace +(\d+) ms  (\w+)", line) for line in lines]
    assert all(found) and [m.group(2) for m in found] == ["one", "two"]
    first, second = (int(m.group(1)) for m in found)
    assert second - first >= 45  # the sleep between the two marks
    if sys.platform == "linux":
        assert first > 0  # the interpreter's own start is counted


def test_silent_without_the_variable():
    env = {k: v for k, v in os.environ.items() if k != "XASO_STARTUP_TRACE"}
    assert run(env).stderr == ""
