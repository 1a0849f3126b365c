"""Officer table at scale: bulk insert through the change-logged path, first page, last page.

Run from the project root:  .venv/bin/python benchmarks/bench_officers.py [--rows 100000]

Prints one line per metric (BENCHMARKS.md):
  metric=<name> value=<x> unit=<u> baseline=<y> ratio=<x/y> target=<t> ok=<yes|no>
Data is generated with a fixed seed in a temporary data folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEED = 20251
COMMUNE = "06385"  # Xã Hữu Lũng, Tỉnh Lạng Sơn

_POSITIONS = (
    ("Chuyên viên tiếp nhận và trả kết quả", "Trung tâm Phục vụ hành chính công"),
    ("Công chức Văn phòng - Thống kê", "Văn phòng HĐND và UBND"),
    ("Công chức Tư pháp - Hộ tịch", "Văn phòng HĐND và UBND"),
    ("Công chức Tài chính - Kế toán", "Phòng Kinh tế"),
    ("Công chức Địa chính - Xây dựng", "Phòng Kinh tế"),
    ("Công chức Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội"),
    ("Chuyên viên", "Phòng Văn hóa - Xã hội"),
    ("Phó Chủ tịch UBND", "Lãnh đạo UBND"),
)


def make_rows(count: int, seed: int = SEED) -> list[dict]:
    """Officer-like rows (column values only; the sync columns are left to the insert path)."""
    from core.officers.registry import OfficerInput, search_text
    from core.text import name_sort_key
    from demo.commune import random_cccd, random_person, random_phone

    rng = random.Random(seed)
    cccds: set[str] = set()
    phones: set[str] = set()
    sort_keys: dict[str, str] = {}
    rows = []
    for _ in range(count):
        full_name, gender = random_person(rng)
        year = rng.randint(1965, 2000)
        position, department = rng.choice(_POSITIONS)
        data = OfficerInput(
            full_name=full_name,
            cccd=random_cccd(rng, "020", year, gender, cccds),
            birth_date=dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365)),
            gender=gender,
            position=position,
            department=department,
            phone=random_phone(rng, phones),
        )
        key = sort_keys.get(full_name)
        if key is None:
            key = sort_keys[full_name] = name_sort_key(full_name)
        rows.append(
            {
                "full_name": data.full_name,
                "cccd": data.cccd,
                "birth_date": data.birth_date,
                "gender": data.gender,
                "position": data.position,
                "department": data.department,
                "phone": data.phone,
                "search_key": search_text(data),
                "sort_key": key,
                "active": rng.random() > 0.05,
            }
        )
    return rows


# ----------------------------------------------------------------------------------------------
def _open_store(home: Path, initialize: bool):
    from core.config import Paths
    from core.setup import SetupRequest
    from core.setup import initialize as setup_initialize
    from core.store import Store

    store = Store.open(Paths(home))
    if initialize:
        setup_initialize(store, SetupRequest(COMMUNE, "admin", "bench-password-1", "Quản trị"))
    return store


def bulk_project(home: Path, rows: list[dict]) -> tuple[float, object]:
    """Seconds for db.changes.bulk_insert of ``rows`` in one store.write transaction."""
    from db.changes import bulk_insert
    from db.models import Officer

    store = _open_store(home, initialize=True)
    gc.collect()
    start = time.perf_counter()
    with store.write("bench") as session:
        bulk_insert(session, Officer, rows)
    elapsed = time.perf_counter() - start
    return elapsed, store


# connection settings copied from the project's engine, so both sides run with the same pragmas
_PRAGMAS = ("journal_mode", "foreign_keys", "busy_timeout", "synchronous", "cache_size",
            "temp_store", "mmap_size")


def project_pragmas(db_file: Path) -> dict[str, object]:
    """The pragma values a connection of the project's engine (db.engine.make_engine) has."""
    from db.engine import make_engine

    engine = make_engine(db_file)
    try:
        with engine.connect() as conn:
            return {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in _PRAGMAS}
    finally:
        engine.dispose()


def raw_connect(db_file: Path) -> sqlite3.Connection:
    pragmas = project_pragmas(db_file)
    conn = sqlite3.connect(db_file, isolation_level=None)
    for name, value in pragmas.items():
        conn.execute(f"PRAGMA {name}={value}")
    return conn


_RAW_COLUMNS = (
    "id", "commune_code", "version", "updated_at", "updated_by", "deleted",
    "full_name", "search_key", "sort_key", "cccd", "birth_date", "gender", "position",
    "department", "phone", "email", "active", "is_signer", "note",
)


def bulk_raw(home: Path, rows: list[dict]) -> float:
    """Seconds for plain sqlite3.executemany of the same rows into the same (migrated) schema.

    Timed like the project side: the parameter tuples (UUIDv7 ids and the sync stamps) are
    built inside the timed region from the same precomputed dicts, then one commit.
    """
    from db.ids import uuid7

    store = _open_store(home, initialize=False)  # runs the project's migration
    db_file = store.paths.db_file
    store.close()
    conn = raw_connect(db_file)
    sql = (
        f"INSERT INTO officer ({', '.join(_RAW_COLUMNS)}) "
        f"VALUES ({', '.join('?' for _ in _RAW_COLUMNS)})"
    )
    gc.collect()
    start = time.perf_counter()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    params = [
        (
            uuid7().hex, COMMUNE, 1, now, "bench", 0,
            r["full_name"], r["search_key"], r["sort_key"], r["cccd"],
            r["birth_date"].isoformat(), r["gender"], r["position"], r["department"],
            r["phone"], "", 1 if r["active"] else 0, 0, "",
        )
        for r in rows
    ]
    conn.execute("BEGIN")
    conn.executemany(sql, params)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    count = conn.execute("SELECT count(*) FROM officer").fetchone()[0]
    conn.close()
    if count != len(rows):
        raise SystemExit(f"raw insert wrote {count} rows, expected {len(rows)}")
    return elapsed


def _median_ms(fn, repeat: int) -> float:
    fn()  # warm: statement cache, page cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(name: str, value: float, unit: str, baseline: float, target: str, ok: bool) -> None:
    ratio = value / baseline if baseline else float("inf")
    print(
        f"metric={name} value={value:.1f} unit={unit} baseline={baseline:.1f} "
        f"ratio={ratio:.2f} target={target} ok={'yes' if ok else 'no'}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="bulk insert runs per side")
    parser.add_argument("--query-repeat", type=int, default=7, help="runs per list query")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="xaso-bench-"))
    os.environ["XASO_HOME"] = str(tmp / "home")
    t0 = time.perf_counter()
    try:
        rows = make_rows(args.rows)
        print(f"# {args.rows} rows generated in {time.perf_counter() - t0:.1f} s "
              f"(seed {SEED}); data in {tmp}", file=sys.stderr, flush=True)

        # 1. bulk insert, sides interleaved so that machine noise hits both alike
        project_s: list[float] = []
        raw_s: list[float] = []
        store = None
        for i in range(args.repeat):
            raw_s.append(bulk_raw(tmp / f"raw-{i}", rows))
            if store is not None:
                store.close()
            elapsed, store = bulk_project(tmp / f"project-{i}", rows)
            project_s.append(elapsed)
            print(f"# run {i + 1}: project {elapsed:.2f} s, raw {raw_s[-1]:.2f} s",
                  file=sys.stderr, flush=True)
        project_rate = args.rows / statistics.median(project_s)
        raw_rate = args.rows / statistics.median(raw_s)
        report("officer_bulk_insert", project_rate, "rows/s", raw_rate, "ratio>=0.5",
               project_rate / raw_rate >= 0.5)

        # 2./3. listing over the last project database (args.rows officers + change log).
        # The generated rows are dropped first: the app never holds 100 k dicts, and their
        # garbage-collector scans would otherwise be timed as query time.
        del rows
        gc.collect()
        from core.officers import registry as officers
        from core.paging import PageRequest

        assert store is not None
        # as the app leaves the file: Store.close() refreshes the planner statistics
        from core.store import Store

        paths = store.paths
        store.close()
        store = Store.open(paths)
        db_file = store.paths.db_file
        raw = raw_connect(db_file)
        cols = ("id, full_name, cccd, birth_date, gender, position, department, phone, email, "
                "active, is_signer")
        # the queries the officer list model sends: this commune's officers
        search = officers.OfficerQuery(commune_code=COMMUNE, search="nguyen")
        plain = officers.OfficerQuery(commune_code=COMMUNE)
        with store.session() as session:
            def first_page():
                page = officers.page(session, search, PageRequest(limit=100))
                total = officers.count(session, search, cap=officers.LIST_CAP)  # as the list does
                assert len(page) == 100 and total > 100

            def last_page():
                page = officers.page(session, plain, PageRequest(limit=100, from_end=True))
                assert len(page) == 100

            def raw_first():
                assert len(raw.execute(f"SELECT {cols} FROM officer LIMIT 100").fetchall()) == 100

            def raw_last():
                got = raw.execute(
                    f"SELECT {cols} FROM officer ORDER BY rowid DESC LIMIT 100"
                ).fetchall()
                assert len(got) == 100

            first_ms = _median_ms(first_page, args.query_repeat)
            raw_first_ms = _median_ms(raw_first, args.query_repeat)
            last_ms = _median_ms(last_page, args.query_repeat)
            raw_last_ms = _median_ms(raw_last, args.query_repeat)
        raw.close()
        store.close()
        report("officer_first_page_search", first_ms, "ms", raw_first_ms, "value<=100ms",
               first_ms <= 100)
        report("officer_last_page", last_ms, "ms", raw_last_ms, "value<=100ms", last_ms <= 100)
        print(f"# total {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    finally:
        if args.keep:
            print(f"# kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
