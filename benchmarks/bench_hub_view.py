"""Province view on the hub: the summary of 100 communes × 100 k backlog records (SQLite).

Run from the project root:  .venv/bin/python benchmarks/bench_hub_view.py [--communes 100]
                                                                           [--records 100000]

A hub database is created in a temporary folder (migrated like a real one) and filled with Core
inserts: per commune 10 lots, its records (statuses spread deterministically), the counter
tables the sync hook keeps in step, 40 officers, certificates, courses and results, and the
computers' last contact. Then ``core.hub.province.summary`` is timed (median of 5 after a warm-up)
against the baseline a naive summary would need: one GROUP BY over every record by commune and
status.

Prints one line per metric (BENCHMARKS.md):
  metric=<name> value=<x> unit=<u> baseline=<y> ratio=<x/y> target=<t> ok=<yes|no>
"""

from __future__ import annotations

import argparse
import datetime as dt
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

from benchmarks.bench_backlog import _median_ms  # noqa: E402  (one warm-up run, then the median)
from benchmarks.bench_officers import report  # noqa: E402

LOTS = 10
FIELDS = ("ho_tich", "chung_thuc", "dat_dai", "xay_dung", "tu_phap")
STATUSES = ("pending", "scanned", "verified", "signed", "stored")
OFFICERS = 40
BATCH = 20_000


def _stamp(base: dict, commune: str, now: dt.datetime) -> dict:
    return {"id": uuid.uuid4(), "commune_code": commune, "version": 1, "updated_at": now,
            "updated_by": "bench", "deleted": False, **base}


def _records(conn, tables, commune: str, count: int, rng: random.Random,
             now: dt.datetime) -> None:
    from sqlalchemy import insert

    from db.ids import uuid7_batch

    per_lot = count // LOTS
    today = now.date()
    for n in range(LOTS):
        lot = _stamp({"field": FIELDS[n % len(FIELDS)], "record_kind": f"Sổ số {n + 1}",
                      "total_records": per_lot, "digitized_before": 0, "storage": "",
                      "priority": 2, "note": ""}, commune, now)
        conn.execute(insert(tables["backlog_lot"]), [lot])
        done = rng.randint(0, per_lot)
        counts = {s: 0 for s in STATUSES}
        rows = []
        ids = uuid7_batch(per_lot)  # time-ordered ids, as the app makes them
        for no in range(1, per_lot + 1):
            status = STATUSES[0] if no > done else STATUSES[1 + no % 4]
            counts[status] += 1
            rows.append({"id": ids[no - 1], "commune_code": commune, "version": 1,
                         "updated_at": now, "updated_by": "bench", "deleted": False,
                         "lot_id": lot["id"], "record_no": no, "title": "", "status": status,
                         "rejected_reason": "", "prev_status": ""})
            if len(rows) == BATCH:
                conn.execute(insert(tables["backlog_record"]), rows)
                rows = []
        if rows:
            conn.execute(insert(tables["backlog_record"]), rows)
        conn.execute(insert(tables["backlog_counter"]), [
            {"lot_id": lot["id"], "status": s, "count": c} for s, c in counts.items() if c])
        conn.execute(insert(tables["backlog_daily"]), [
            {"day": today - dt.timedelta(days=d), "officer_id": "", "lot_id": lot["id"],
             "status": "scanned", "count": rng.randint(0, 40)} for d in range(28)])


def _people(conn, tables, commune: str, rng: random.Random, now: dt.datetime) -> None:
    from sqlalchemy import insert

    officers = [_stamp({"full_name": f"Cán bộ {i}", "search_key": "", "sort_key": f"{i:03d}",
                        "cccd": f"{commune}{i:07d}", "is_signer": i < 8, "active": True,
                        "position": "", "department": "", "phone": "", "email": "",
                        "gender": "", "note": ""}, commune, now) for i in range(OFFICERS)]
    conn.execute(insert(tables["officer"]), officers)
    certs = [_stamp({"der": b"", "fingerprint": uuid.uuid4().hex, "serial": "1",
                     "not_before": now - dt.timedelta(days=300),
                     "not_after": now + dt.timedelta(days=rng.randint(1, 700)),
                     "kind": "official_duty", "status": "active", "officer_id": o["id"]},
                    commune, now) for o in officers[:8] if rng.random() < 0.8]
    if certs:
        conn.execute(insert(tables["certificate"]), certs)
    courses = [_stamp({"title": f"Khóa {t}", "topic": t, "required": True, "hours": 8.0},
                      commune, now) for t in ("digital", "operation")]
    conn.execute(insert(tables["course"]), courses)
    conn.execute(insert(tables["course_result"]), [
        _stamp({"course_id": c["id"], "officer_id": o["id"], "completed": True,
                "completed_on": now.date()}, commune, now)
        for o in officers for c in courses if rng.random() < 0.7])
    node = uuid.uuid4()
    conn.execute(insert(tables["hub_node_contact"]), [
        {"node_id": node, "commune_code": commune,
         "last_push_at": now - dt.timedelta(hours=rng.randint(1, 400))}])
    conn.execute(insert(tables["sync_peer"]), [
        {"node_id": node, "role": "node", "name": "", "commune_code": commune,
         "sign_key": "x" * 43, "url": "", "enrolled_at": now, "active": True}])


def generate(engine, communes: int, records: int) -> float:
    from db.base import Base, utcnow

    tables = Base.metadata.tables
    rng = random.Random(2025)
    now = utcnow()
    start = time.perf_counter()
    for i in range(communes):
        code = f"{6000 + i * 7:05d}"
        with engine.begin() as conn:
            _records(conn, tables, code, records, rng, now)
            _people(conn, tables, code, rng, now)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communes", type=int, default=100)
    parser.add_argument("--records", type=int, default=100_000, help="backlog records per commune")
    parser.add_argument("--keep", type=Path, help="keep the hub folder here (else a temp folder)")
    args = parser.parse_args(argv)
    from sqlalchemy import func, select

    from core.hub.province import summary
    from core.hub.store import open_hub
    from db.models import BacklogRecord

    folder = args.keep or Path(tempfile.mkdtemp(prefix="xaso-bench-hubview-"))
    hub = open_hub(folder)
    try:
        seconds = generate(hub.engine, args.communes, args.records)
        total = args.communes * args.records
        print(f"# generated {total:,} records in {args.communes} communes in {seconds:.0f} s "
              f"({total / seconds:,.0f} rows/s, Core inserts)", flush=True)
        assert len(summary(hub.engine)) == args.communes

        def scan():
            with hub.engine.connect() as conn:
                conn.execute(select(BacklogRecord.commune_code, BacklogRecord.status, func.count())
                             .group_by(BacklogRecord.commune_code, BacklogRecord.status)).all()

        baseline = _median_ms(scan, 1)
        value = _median_ms(lambda: summary(hub.engine), 5)
        report(f"hub_province_summary_{args.communes}x{args.records // 1000}k", value, "ms",
               baseline, "<=500ms", value <= 500)
    finally:
        hub.close()
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
