"""Run by test_crash.py as a separate process: import a bundle slowly, so it can be killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import keyring

from tests.conftest import MemoryKeyring


def main(home: str, bundle: str, node_id: str, secret_file: str, delay: float,
         pause_at: str = "chunk") -> None:
    """``pause_at``: "chunk" pauses after each chunk, "slice" before each slice's transaction."""
    backend = MemoryKeyring()
    backend.set_password("xaso", f"node-{node_id}", Path(secret_file).read_text())
    keyring.set_keyring(backend)
    from core.config import Paths
    from core.store import Store
    from core.sync import service as sync_svc

    store = Store.open(Paths(Path(home)))

    def progress(done: int, total: int) -> None:
        print(f"chunk {done}/{total}", flush=True)
        if pause_at == "chunk":
            time.sleep(delay)

    slices = iter(range(1, 10**6))

    def before_slice() -> bool:  # asked before each slice commits: a pause between two slices
        print(f"slice {next(slices)}", flush=True)
        time.sleep(delay)
        return False

    result = sync_svc.import_file(store, Path(bundle), progress=progress,
                                  cancelled=before_slice if pause_at == "slice" else None)
    print(f"done {result.tally.applied}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5], float(sys.argv[5]), *sys.argv[6:7])
