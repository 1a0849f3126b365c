"""Migration 0014 (commune-scoped ids) on a large data folder: how long an installation in use
waits at its first start after the upgrade.

Run from the project root:  .venv/bin/python benchmarks/bench_migration.py [--rows 1000000]

Prints one line per metric (BENCHMARKS.md):
  metric=<name> value=<x> unit=<u> baseline=<y> ratio=<x/y> target=<t> ok=<yes|no>

Set-up (not timed): a data folder at the current schema with 60 officers and ``rows`` backlog
records, most of them moved through the digitization steps by those officers, so that the change
log holds about ``2 × rows`` entries that name an officer. It is taken down to schema 0013 and its
ids are written back the way schema 0013 made them (``uuid5("officer:" + CCCD)``), change log
and hash chain included, with the migration's own functions. Then the file is copied once (the
copy the app takes before any upgrade, ``db.migrate.backup_file``: the baseline) and upgraded from
0013 to 0014 (timed). The ratio says how much longer than the unavoidable pre-upgrade copy the
clerk waits; the target is that the upgrade stays within a few copies' time.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib.util
import random
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_officers import _open_store, report  # noqa: E402

OFFICERS = 60
LOT_SIZE = 200_000


def _migration_0014():
    path = ROOT / "db" / "migrations" / "versions" / "0014_commune_scoped_ids.py"
    spec = importlib.util.spec_from_file_location("xaso_migration_0014", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(home: Path, rows: int) -> Path:
    """A data folder at head with officers and ``rows`` records moved by them; returns the file."""
    import datetime as dt

    from core.backlog import lots as lots_svc
    from core.backlog import records as recs
    from core.officers import registry
    from demo.commune import random_cccd, random_person

    store = _open_store(home, initialize=True)
    day = dt.date(2026, 11, 2)
    rng = random.Random(14)
    taken: set[str] = set()
    with store.write("bench") as s:
        officers = []
        for _ in range(OFFICERS):
            name, gender = random_person(rng)
            cccd = random_cccd(rng, "020", 1985, gender, taken)
            officers.append(registry.create(s, registry.OfficerInput(
                name, cccd, dt.date(1985, 1, 1), gender)).id)
    for start in range(0, rows, LOT_SIZE):
        n = min(LOT_SIZE, rows - start)
        with store.write("bench") as s:
            lot = lots_svc.create_lot(s, lots_svc.LotInput("ho_tich", f"Sổ {start // LOT_SIZE + 1}",
                                                           1990, 2020, n))
            recs.generate_records(s, lot.id, 1, n)
            step = max(1, n // OFFICERS)
            for k, first in enumerate(range(1, n + 1, step)):
                last = min(n, first + step - 1)
                recs.change_status(s, recs.Selection(lot_id=lot.id, first_no=first, last_no=last),
                                   "scanned", officers[k % OFFICERS], day)
        print(f"# {min(rows, start + LOT_SIZE)} records", file=sys.stderr, flush=True)
    db_file = store.paths.db_file
    store.close()
    return db_file


def back_to_0013(db_file: Path, m14) -> int:
    """Schema 0013 with the ids 0013 made; returns how many ids were written back."""
    from alembic import command

    with _migrating(db_file) as (conn, cfg):
        command.downgrade(cfg, "0013")
        back: dict[uuid.UUID, uuid.UUID] = {}
        for row_id, commune, cccd in m14._rows(conn, "officer", "id", "commune_code", "cccd"):
            if row_id == m14._nid("officer", f"{commune}|{cccd}"):
                back[row_id] = m14._nid("officer", cccd)
        m14._rewrite_ids(conn, back)
        text = {str(n): str(o) for n, o in back.items()}
        first = m14._rewrite_text(conn, "change_log", "id", ("payload",), text)
        if first is not None:
            from db.chain import rechain_from

            rechain_from(conn, first)
    return len(back)


def upgrade_0014(db_file: Path) -> float:
    from alembic import command

    gc.collect()
    start = time.perf_counter()
    with _migrating(db_file) as (_conn, cfg):
        command.upgrade(cfg, "0014")
    return time.perf_counter() - start


@contextlib.contextmanager
def _migrating(db_file: Path):
    """A connection to ``db_file`` with foreign keys off, in one transaction, and the Alembic
    configuration that runs on it (as the app's migration does)."""
    from sqlalchemy import create_engine

    from db.migrate import alembic_config

    engine = create_engine(f"sqlite:///{db_file}")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
            with conn.begin():
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                yield conn, cfg
    finally:
        engine.dispose()


def check(db_file: Path, m14) -> int:
    """Officers whose id is the commune-scoped one after the upgrade (all of them, or it failed)."""
    import sqlite3

    conn = sqlite3.connect(db_file)
    ids = conn.execute("SELECT id, commune_code, cccd FROM officer").fetchall()
    conn.close()
    return sum(uuid.UUID(i) == m14._nid("officer", f"{c}|{n}") for i, c, n in ids)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    from db.migrate import backup_file

    tmp = Path(tempfile.mkdtemp(prefix="xaso-bench-migration-"))
    try:
        m14 = _migration_0014()
        db_file = build(tmp / "home", args.rows)
        rekeyed = back_to_0013(db_file, m14)
        import sqlite3

        conn = sqlite3.connect(db_file)
        log_rows = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
        conn.close()
        print(f"# {rekeyed} officer ids back to 0013, {log_rows} change-log rows, "
              f"{db_file.stat().st_size / 1e6:.0f} MB", file=sys.stderr, flush=True)
        gc.collect()
        start = time.perf_counter()
        backup_file(db_file, tmp / "backups", "bench")
        copy = time.perf_counter() - start
        seconds = upgrade_0014(db_file)
        upgraded = check(db_file, m14)
        print(f"# {upgraded}/{OFFICERS} officers upgraded", file=sys.stderr, flush=True)
        report("migration_0014", seconds * 1000, "ms", copy * 1000, "ratio<=10",
               seconds <= 10 * copy and upgraded == OFFICERS)
        report("migration_0014_per_log_row", seconds * 1e6 / max(1, log_rows), "us", 0.0,
               "info", True)
    finally:
        if args.keep:
            print(f"# kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
