"""Run by test_limits.py as a separate process: import one bundle, then report the peak memory
(VmHWM) and the Vietnamese message of the refusal."""

from __future__ import annotations

import sys
from pathlib import Path

import keyring

from tests.conftest import MemoryKeyring


def peak_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def main(home: str, bundle: str, node_id: str, secret_file: str) -> None:
    backend = MemoryKeyring()
    backend.set_password("xaso", f"node-{node_id}", Path(secret_file).read_text())
    keyring.set_keyring(backend)
    from core.config import Paths
    from core.i18n import user_message
    from core.store import Store
    from core.sync import service as sync_svc
    from db.errors import UserError

    store = Store.open(Paths(Path(home)))
    before = peak_kib()
    try:
        sync_svc.import_file(store, Path(bundle))
        outcome = "accepted"
    except UserError as err:
        outcome = "refused: " + user_message(err)
    print(f"before {before}", flush=True)
    print(f"peak {peak_kib()}", flush=True)
    print(outcome, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
