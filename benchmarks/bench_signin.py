"""Sign-in time of an unknown user name against a known name with a wrong password.

Run from the project root:  .venv/bin/python benchmarks/bench_signin.py [--repeat 7]

The baseline (same run) is a known user name with a wrong password; the metric is an unknown
user name. The ratio should be close to 1: sign-in time must not tell which names exist
(issue 23, point 12). Medians of ``--repeat`` runs each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="xaso-bench-signin-") as folder:
        os.environ["XASO_HOME"] = folder
        import keyring
        from keyring.backends.null import Keyring

        keyring.set_keyring(Keyring())
        from core.accounts.auth import create_account, login
        from core.config import Paths
        from core.setup import SetupRequest, initialize
        from core.store import Store
        from db.errors import ValidationError

        store = Store.open(Paths(Path(folder)))
        initialize(store, SetupRequest("06385", "admin", "quantri-2026", "Quản trị viên"))

        def timed(name: str) -> float:
            began = time.perf_counter()
            try:
                login(store, name, "sai-mat-khau")
            except ValidationError:
                pass
            return time.perf_counter() - began

        # one account per run: a sixth wrong password would lock an account (and answer at once)
        with store.write("admin") as s:
            for i in range(args.repeat):
                create_account(s, f"can-bo-{i}", "mat-khau-dung", "staff")
        timed("khong-co-ai")  # the first unknown name also makes the dummy hash once
        known, unknown = [], []
        for i in range(args.repeat):
            known.append(timed(f"can-bo-{i}"))
            unknown.append(timed(f"khong-co-{i}"))
            print(f"# run {i}: known {known[-1]:.3f} s, unknown {unknown[-1]:.3f} s",
                  file=sys.stderr)
        store.close()
    base, value = statistics.median(known), statistics.median(unknown)
    ratio = value / base
    print(f"metric=signin_unknown_name value={value:.3f} unit=s baseline={base:.3f} "
          f"ratio={ratio:.2f} target=0.8-1.25 ok={'yes' if 0.8 <= ratio <= 1.25 else 'no'}")


if __name__ == "__main__":
    main()
