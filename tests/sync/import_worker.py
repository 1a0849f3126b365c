"""Run by test_crash.py as a separate process: import a bundle slowly, so it can be killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import keyring

from tests.conftest import MemoryKeyring


def main(home: str, bundle: str, node_id: str, secret_file: str, delay: float) -> None:
    backend = MemoryKeyring()
    backend.set_password("xaso", f"node-{node_id}", Path(secret_file).read_text())
    keyring.set_keyring(backend)
    from core.config import Paths
    from core.store import Store
    from core.sync import service as sync_svc

    store = Store.open(Paths(Path(home)))

    def progress(done: int, total: int) -> None:
        print(f"chunk {done}/{total}", flush=True)
        time.sleep(delay)

    result = sync_svc.import_file(store, Path(bundle), progress=progress)
    print(f"done {result.tally.applied}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5], float(sys.argv[5]))
