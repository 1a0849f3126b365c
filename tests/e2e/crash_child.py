"""A worker killed with SIGKILL by tests/e2e/test_crash_safety.py in the middle of its work.

    python -m tests.e2e.crash_child import|batch|backup HOME [FILE]

Prints "go" just before the transaction (or backup) starts and "done" after it committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select

from core.backup import files as bk
from core.config import Paths
from core.officers import import_xlsx as imp
from core.store import Store
from db.changes import bulk_update
from db.models import Officer


def say(word: str) -> None:
    print(word, flush=True)


def main(mode: str, home: str, file: str | None = None) -> None:
    store = Store.open(Paths(Path(home)))
    if mode == "import":
        table = imp.read_table(Path(file))
        with store.write("canbo") as s:
            preview = imp.preview(s, table, imp.guess_mapping(table))
            say("go")
            imp.apply(s, preview)
    elif mode == "batch":
        with store.write("canbo") as s:
            ids = list(s.execute(select(Officer.id)).scalars())
            say("go")
            for _ in range(20):  # a long batch: many updates of every row in one transaction
                bulk_update(s, Officer, ids, {"department": "Văn phòng mới"})
    elif mode == "backup":
        say("go")
        while True:
            bk.create_backup(store.paths.db_file, store.paths.backups, keep=3)
            say("done")
    say("done")


if __name__ == "__main__":
    main(*sys.argv[1:])
