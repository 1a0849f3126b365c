"""Sync export and import: 100 k changes, imported into a database that holds 1 M rows.

Run from the project root:  .venv/bin/python benchmarks/bench_sync.py [--changes 100000] [--base 1000000]

Baselines of the same run (BENCHMARKS.md):
  export — orjson dump of the same change rows to /dev/null;
  import — raw sqlite3 executemany of the same rows into the same table (same indexes).
Informational lines: the import against the database's own share of its work (the same rows and
their change_log rows, raw, one transaction per 5 000 as the import commits), and an import of
an update of every one of those rows against a raw executemany UPDATE of the same rows (alone,
and with the first local save after it, which chains any change_log row the import left
unchained).
Prints: metric=<name> value=<x> unit=<u> baseline=<y> ratio=<x/y> target=<t> ok=<yes|no>
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

COMMUNE = "06385"


def log(text: str) -> None:
    print(f"# {text}", file=sys.stderr, flush=True)


def metric(name: str, value: float, baseline: float, target: str, ok: bool) -> None:
    print(f"metric={name} value={value:.3f} unit=s baseline={baseline:.3f} "
          f"ratio={value / baseline:.2f} target={target} ok={'yes' if ok else 'no'}", flush=True)


def officer_rows(count: int, offset: int) -> list[dict]:
    return [{"full_name": "Nguyễn Văn An", "cccd": f"{offset + i:012d}",
             "position": "Công chức Văn phòng - Thống kê", "department": "Văn phòng HĐND và UBND",
             "search_key": "nguyen van an", "sort_key": f"an nguyen van {offset + i:08d}"}
            for i in range(count)]


def fill_base(db_file: Path, count: int) -> None:
    """1 M officer rows written directly (benchmark data only: no change log on purpose)."""
    from db.ids import uuid7_batch

    con = sqlite3.connect(db_file)
    cols = ("id", "commune_code", "version", "updated_at", "updated_by", "deleted", "full_name",
            "search_key", "sort_key", "cccd", "gender", "position", "department", "phone", "email",
            "active", "is_signer", "note")
    sql = f"INSERT INTO officer ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    for start in range(0, count, 100_000):
        n = min(100_000, count - start)
        ids = uuid7_batch(n)
        con.executemany(sql, [(i.hex, COMMUNE, 1, "2026-01-01 00:00:00.000000", "bench", 0,
                               "Trần Thị Bình", "tran thi binh", f"binh tran thi {start + k:08d}",
                               f"9{start + k:011d}", "", "", "", "", "", 1, 0, "")
                              for k, i in enumerate(ids)])
    con.commit()
    con.close()


@contextlib.contextmanager
def _profiled(on: bool):
    if not on:
        yield
        return
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        pstats.Stats(profile, stream=sys.stderr).sort_stats("cumulative").print_stats(45)


def _copy_db(src: Path, dst: Path) -> None:
    with sqlite3.connect(src) as con, sqlite3.connect(dst) as out:
        con.backup(out)


def _raw_chunks(con: sqlite3.Connection, sql: str, rows: list[tuple], size: int = 5000) -> None:
    for start in range(0, len(rows), size):
        con.executemany(sql, rows[start:start + size])
        con.commit()


def db_floor(a, floor_db: Path, values: list[tuple], cols: list[str]) -> float:
    """What the database alone needs for what the import writes: the same rows and their
    change_log rows, raw executemany, one transaction per chunk of 5 000, in WAL mode."""
    with a.engine.connect() as conn:
        log_rows = conn.exec_driver_sql(
            "SELECT node_id, epoch, seq, table_name, row_id, commune_code, op, payload, version, "
            "actor, at, chain_hash FROM change_log WHERE table_name = 'officer' ORDER BY id").all()
    con = sqlite3.connect(floor_db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    row_sql = f"INSERT INTO officer ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    log_sql = ("INSERT INTO change_log (node_id, epoch, seq, table_name, row_id, commune_code, op, "
               "payload, version, actor, at, chain_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
    t0 = time.perf_counter()
    for start in range(0, len(values), 5000):
        con.executemany(row_sql, values[start:start + 5000])
        con.executemany(log_sql, [tuple(r) for r in log_rows[start:start + 5000]])
        con.commit()
    elapsed = time.perf_counter() - t0
    con.close()
    return elapsed


def updates(a, b, ident_a, ident_b, tmp: Path, values: list[tuple], cols: list[str]):
    """Every row received before is changed once on the sender: import time of those updates,
    and a raw executemany UPDATE of the same rows on a copy of the receiver as the baseline."""
    from sqlalchemy import select

    from core.sync.apply import import_bundle
    from core.sync.export import export_bundle
    from db.changes import bulk_update
    from db.models import Officer

    back = tmp / "back"
    back.mkdir()
    import_bundle(a.engine, ident_a, export_bundle(b.engine, ident_b, str(a.context.node_id),
                                                   back).path)  # the ACK: only new changes
    position = "Công chức Tư pháp - Hộ tịch"
    with a.write("bench") as s:
        ids = list(s.scalars(select(Officer.id).where(Officer.cccd.like("0%"))))
        bulk_update(s, Officer, ids, {"position": position})
    out = tmp / "out-updates"
    out.mkdir()
    bundle = export_bundle(a.engine, ident_a, str(b.context.node_id), out).path
    raw_db = tmp / "raw-updates.sqlite"
    _copy_db(b.paths.db_file, raw_db)
    con = sqlite3.connect(raw_db)
    at = cols.index("updated_at")
    rows = [(position, 2, r[at], r[cols.index("id")]) for r in values]
    t0 = time.perf_counter()
    con.executemany("UPDATE officer SET position = ?, version = ?, updated_at = ? WHERE id = ?",
                    rows)
    con.commit()
    base = time.perf_counter() - t0
    con.close()
    t0 = time.perf_counter()
    result = import_bundle(b.engine, ident_b, bundle)
    elapsed = time.perf_counter() - t0
    log(f"updates: applied {result.tally.applied}, skipped {result.tally.skipped}, "
        f"conflicts {result.tally.conflicts}")
    t0 = time.perf_counter()
    with b.write("bench"):  # an empty local save: it chains what the import left unchained
        pass
    save = time.perf_counter() - t0
    log(f"the next local save after the updates: {save:.3f} s")
    return elapsed, base, save


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--base", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--repeat", type=int, default=3,
                        help="export runs, taking turns with the baseline (fastest of each)")
    parser.add_argument("--profile", choices=("export", "import"),
                        help="print where the time of one step goes (cProfile, to stderr)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="xaso-bench-sync-"))
    os.environ["XASO_HOME"] = str(tmp / "home")
    import keyring
    import orjson
    from sqlalchemy import select

    from core.sync import service as sync_svc
    from core.sync.apply import import_bundle
    from core.sync.export import export_bundle
    from db.changes import bulk_insert
    from db.models import ChangeLog, Officer
    from tests.conftest import MemoryKeyring
    from tests.sync.conftest import enrol_both, open_node

    keyring.set_keyring(MemoryKeyring())
    try:
        a, b = open_node(tmp / "a"), open_node(tmp / "b")
        enrol_both(a, b)
        log(f"filling the receiver with {args.base} rows")
        fill_base(b.paths.db_file, args.base)
        log(f"writing {args.changes} changes on the sender")
        with a.write("bench") as s:
            bulk_insert(s, Officer, officer_rows(args.changes, 0))
        ident_a, ident_b = sync_svc.identity(a), sync_svc.identity(b)
        out_dir = tmp / "out"
        out_dir.mkdir()
        with a.session() as s:
            rows = s.execute(select(ChangeLog.node_id, ChangeLog.epoch, ChangeLog.seq,
                                    ChangeLog.table_name, ChangeLog.row_id, ChangeLog.payload)).all()
        # the two sides take turns, fastest of each kept: a busy shared machine slows both alike
        base_times, export_times = [], []
        for turn in range(args.repeat):
            t0 = time.perf_counter()
            with open(os.devnull, "wb") as null:
                null.write(orjson.dumps([{"n": r[0], "e": r[1], "s": r[2], "t": r[3], "r": r[4],
                                          "p": orjson.loads(r[5])} for r in rows]))
            base_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            with _profiled(args.profile == "export" and turn == 0):
                result = export_bundle(a.engine, ident_a, str(b.context.node_id), out_dir)
            export_times.append(time.perf_counter() - t0)
        log("export runs (s): " + ", ".join(f"{t:.3f}" for t in export_times)
            + "; baseline runs (s): " + ", ".join(f"{t:.3f}" for t in base_times))
        base_export, export_time = min(base_times), min(export_times)
        log(f"bundle {result.path.name}: {result.changes} changes, "
            f"{result.path.stat().st_size / 1e6:.1f} MB")
        metric("sync_export_100k", export_time, base_export, "<=0.5s", export_time <= 0.5)

        # baseline: the same rows, raw executemany into a copy of the receiver's table
        raw_db = tmp / "raw.sqlite"
        _copy_db(b.paths.db_file, raw_db)  # with what is still in its WAL
        with a.session() as s:
            src = s.execute(select(Officer.__table__)).mappings().all()
        cols = list(src[0].keys())
        values = [tuple(r[c].hex if isinstance(r[c], uuid.UUID) else
                        (str(r[c]) if hasattr(r[c], "isoformat") else r[c]) for c in cols)
                  for r in src]
        con = sqlite3.connect(raw_db)
        con.execute("DELETE FROM officer WHERE commune_code = '00000'")
        t0 = time.perf_counter()
        con.executemany(f"INSERT OR REPLACE INTO officer ({', '.join(cols)}) VALUES "
                        f"({', '.join('?' * len(cols))})", values)
        con.commit()
        base_import = time.perf_counter() - t0
        con.close()
        floor_db = tmp / "floor.sqlite"
        _copy_db(b.paths.db_file, floor_db)
        t0 = time.perf_counter()
        with _profiled(args.profile == "import"):
            imported = import_bundle(b.engine, ident_b, result.path)
        import_time = time.perf_counter() - t0
        log(f"applied {imported.tally.applied}, skipped {imported.tally.skipped}")
        metric("sync_import_100k_into_1M", import_time, base_import, "<=1.5s", import_time <= 1.5)
        floor = db_floor(a, floor_db, values, cols)
        metric("sync_import_vs_db_floor", import_time, floor, "informational", True)

        log(f"changing the {args.changes} rows on the sender (one update each)")
        update_time, base_update, save = updates(a, b, ident_a, ident_b, tmp, values, cols)
        metric("sync_import_100k_updates", update_time, base_update, "informational", True)
        metric("sync_import_100k_updates_and_next_save", update_time + save, base_update,
               "informational", True)
        a.close()
        b.close()
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
