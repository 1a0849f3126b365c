"""Province hub: N commune computers push M changes each at the same time to a real xaso-hub.

Run from the project root:
    .venv/bin/python benchmarks/bench_hub.py                  # 10 communes x 100 000 changes
    .venv/bin/python benchmarks/bench_hub.py --communes 2 --changes 10000   # quick look
    .venv/bin/python benchmarks/bench_hub.py --pg postgresql+psycopg://user@host/db   # or
    XASO_BENCH_PG_URL=... .venv/bin/python benchmarks/bench_hub.py

The hub runs as its own process (``xaso-hub serve``: uvicorn on 127.0.0.1, a free port) on a
temporary SQLite file, or on a fresh database made on the PostgreSQL server of ``--pg`` (dropped
at the end). Each commune is a real desktop database (setup, enrolment with the hub by code);
its officers are written ``--bundle`` at a time and exported as one signed bundle each, so the
bundles are ready before the clock starts. Timed: every commune pushes its bundles in order, all
communes at once (one thread each, the desktop HTTP client). Then a recount on the hub database
checks zero loss and zero duplicates. Baseline of the same run: raw DBAPI executemany of the
same officer and change_log rows into an empty hub database (same schema and indexes), counted
in changes/s.
Prints: metric=<name> value=<x> unit=<u> baseline=<y> ratio=<x/y> target=<t> ok=<yes|no>
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PROVINCE = "20"  # Lạng Sơn
TARGET = 50_000  # changes/s (BENCHMARKS.md, SQLite)


def log(text: str) -> None:
    print(f"# {text}", file=sys.stderr, flush=True)


@dataclass
class Commune:
    code: str
    index: int
    store: object
    identity: object
    bundles: list[Path] = field(default_factory=list)
    changes: int = 0
    applied: int = 0
    client_ms: list[float] = field(default_factory=list)


def start_hub(data: Path, db_url: str | None, workers: int = 1) -> tuple[subprocess.Popen, str]:
    from tests.hub.conftest import serve_process

    extra = ["--rate", "1000000", "--max-body-mb", "256", "--workers", str(workers)]
    logfile = open(data.parent / "hub.log", "wb")  # noqa: SIM115 - lives as long as the hub
    env = {**os.environ, "XASO_HUB_TIMING": "1"}  # one push_timing line per push, read after
    try:
        return serve_process(data, db_url, *extra, output=logfile, env=env)
    except RuntimeError as err:
        raise SystemExit(f"{err}; see {data.parent / 'hub.log'}") from err


def officer_rows(commune: int, start: int, count: int) -> list[dict]:
    """Deterministic officers; the CCCD (unique on the hub) carries the commune's number."""
    return [{"full_name": f"Nguyễn Văn {n:06d}", "cccd": f"{commune:03d}{n:09d}",
             "position": "Công chức Văn phòng - Thống kê", "department": "Văn phòng HĐND và UBND",
             "search_key": f"nguyen van {n:06d}", "sort_key": f"{n:06d} nguyen van"}
            for n in range(start, start + count)]


def make_commune(tmp: Path, index: int, code: str, hub_engine, hub_url: str, changes: int,
                 bundle: int) -> Commune:
    from core import enrolment as hub_svc
    from core.hub import enrolment
    from core.sync import service as sync_svc
    from core.sync.export import export_bundle
    from core.sync.state import set_acked
    from db.changes import bulk_insert
    from db.models import Officer
    from tests.hub.conftest import open_pc

    store = open_pc(tmp / f"pc-{code}", code)
    peer = hub_svc.enrol_with_hub(store, hub_url, enrolment.create_code(hub_engine, code))
    ident = sync_svc.identity(store)
    item = Commune(code, index, store, ident)
    folder = tmp / f"out-{code}"
    folder.mkdir()
    for start in range(0, changes, bundle):
        with store.write("bench") as s:
            bulk_insert(s, Officer, officer_rows(index, start, min(bundle, changes - start)))
        result = export_bundle(store.engine, ident, str(peer.node_id), folder)
        item.bundles.append(result.path)
        item.changes += result.changes
        with store.session() as s, s.begin():  # as if the hub had acknowledged it
            set_acked(s, str(peer.node_id), (ident.node_id, ident.epoch), result.seq_to)
    return item


def push_all(commune: Commune, hub_url: str) -> int:
    import orjson

    from core.sync.http_client import HubClient

    client = HubClient(hub_url, commune.identity, timeout=600, retries=3, backoff=0.5)
    try:
        for path in commune.bundles:
            t0 = time.perf_counter()
            ack = orjson.loads(client.push(path)["ack"])
            commune.client_ms.append((time.perf_counter() - t0) * 1000)
            commune.applied += ack["counts"]["applied"]
    finally:
        client.close()
    return len(commune.bundles)


PHASES = ("receive", "auth", "wait", "claim", "import", "contact", "total")


def timing_report(hub_log: Path, communes: list[Commune]) -> None:
    """Where the pushes' time went: the hub's push_timing lines, summed over all pushes, against
    the clients' wall time per push (the rest: HTTP, the client's read and signature)."""
    import orjson

    sums = dict.fromkeys(PHASES, 0.0)
    pushes = 0
    for line in hub_log.read_bytes().splitlines():
        if b'"push_timing"' not in line:
            continue
        data = orjson.loads(line)
        pushes += 1
        for k in PHASES:
            sums[k] += data.get(k, 0.0)
    client = sum(sum(c.client_ms) for c in communes)
    if not pushes:
        log("no push_timing lines in the hub log")
        return
    parts = ", ".join(f"{k} {v / pushes:.0f}" for k, v in sums.items())
    log(f"per push, mean ms over {pushes} pushes: {parts}; client wall {client / pushes:.0f} "
        f"(outside the handler: {(client - sums['total']) / pushes:.0f})")
    besides = sums["total"] - sums["import"] - sums["wait"]
    log(f"hub overhead besides import_bundle and the gate wait: {besides / pushes:.1f} ms per "
        f"push ({100 * besides / max(sums['total'], 1e-9):.2f} % of handler time)")


def recount(engine, communes: list[Commune], changes: int) -> list[str]:
    """What is wrong on the hub (empty: every change arrived once)."""
    from sqlalchemy import text

    problems = []
    with engine.connect() as conn:
        for c in communes:
            n = conn.execute(text("SELECT count(*), count(DISTINCT cccd) FROM officer "
                                  "WHERE commune_code = :c AND cccd LIKE :p"),
                             {"c": c.code, "p": f"{c.index:03d}%"}).one()
            if tuple(n) != (changes, changes):
                problems.append(f"commune {c.code}: {n[0]} officers ({n[1]} distinct), "
                                f"expected {changes}")
            logged = conn.execute(text(
                "SELECT count(*), count(DISTINCT seq) FROM change_log "
                "WHERE node_id = :n"), {"n": _db_uuid(engine, c.identity.node_id)}).one()
            if logged[0] != c.changes or logged[1] != c.changes:
                problems.append(f"commune {c.code}: change_log holds {logged[0]} changes "
                                f"({logged[1]} distinct), expected {c.changes}")
        bad = conn.execute(text("SELECT count(*) FROM sync_log WHERE direction = 'import' "
                                "AND status <> 'ok'")).scalar()
        if bad:
            problems.append(f"{bad} imports not ok in sync_log")
    return problems


def _db_uuid(engine, value: uuid.UUID):
    return value.hex if engine.dialect.name == "sqlite" else value


def baseline(engine, empty_url: str, communes: list[Commune]) -> tuple[float, int]:
    """Seconds to executemany the pushed officer + change_log rows into an empty hub database,
    and the number of changes (change_log rows) among them."""
    from sqlalchemy import create_engine

    from db.base import Base

    target = create_engine(empty_url)
    cols = {t: [c.name for c in Base.metadata.tables[t].columns] for t in ("officer", "change_log")}
    codes = [c.code for c in communes]
    elapsed, rows = 0.0, 0
    src = engine.raw_connection()
    dst = target.raw_connection()
    mark = "?" if target.dialect.paramstyle == "qmark" else "%s"
    try:
        for table in ("officer", "change_log"):
            names = [c for c in cols[table] if c != "id" or table == "officer"]
            read = src.cursor()
            where = "commune_code IN (" + ", ".join(f"'{c}'" for c in codes) + ")"
            read.execute(f"SELECT {', '.join(names)} FROM {table} WHERE {where}")  # noqa: S608
            marks = ", ".join([mark] * len(names))
            sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"  # noqa: S608
            while batch := read.fetchmany(50_000):
                cur = dst.cursor()
                t0 = time.perf_counter()
                cur.executemany(sql, batch)
                dst.commit()
                elapsed += time.perf_counter() - t0
                rows += len(batch) if table == "change_log" else 0
    finally:
        src.close()
        dst.close()
        target.dispose()
    return elapsed, rows


def communes_of_province(count: int) -> list[str]:
    from core.communes import communes_of

    codes = [c.code for c in communes_of(PROVINCE)]
    if count > len(codes):
        raise SystemExit(f"at most {len(codes)} communes")
    return codes[:count]


def main() -> None:  # noqa: PLR0915 - one straight script
    parser = argparse.ArgumentParser()
    parser.add_argument("--communes", type=int, default=10)
    parser.add_argument("--changes", type=int, default=100_000, help="changes per commune")
    parser.add_argument("--bundle", type=int, default=10_000, help="changes per bundle")
    parser.add_argument("--pg", default=os.environ.get("XASO_BENCH_PG_URL"),
                        help="PostgreSQL server URL (a fresh database is made on it)")
    parser.add_argument("--workers", type=int, default=1, help="xaso-hub serve --workers")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="xaso-bench-hub-"))
    os.environ["XASO_HOME"] = str(tmp / "home")
    import keyring

    from core.hub.store import DB_FILE, open_hub
    from db.engine import make_engine
    from tests.conftest import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    drops = []
    proc = None
    communes: list[Commune] = []
    try:
        if args.pg:
            from tests.hub.conftest import _pg_database  # a fresh database, and its drop

            hub_url, drop = _pg_database(args.pg)
            empty_url, drop2 = _pg_database(args.pg)
            drops += [drop, drop2]
        else:
            hub_url, empty_url = None, f"sqlite:///{tmp / 'empty' / DB_FILE}"
        open_hub(tmp / "empty", None if not args.pg else empty_url).close()  # the baseline's schema
        kind = "postgresql" if args.pg else "sqlite"
        log(f"hub on {kind}: {args.communes} communes x {args.changes} changes, "
            f"bundles of {args.bundle}")
        (tmp / "hub").mkdir()
        proc, url = start_hub(tmp / "hub", hub_url, args.workers)
        engine = make_engine(hub_url or tmp / "hub" / DB_FILE)
        for i, code in enumerate(communes_of_province(args.communes), start=1):
            t0 = time.perf_counter()
            communes.append(make_commune(tmp, i, code, engine, url, args.changes, args.bundle))
            log(f"commune {code}: {len(communes[-1].bundles)} bundles, "
                f"{communes[-1].changes} changes ready in {time.perf_counter() - t0:.1f} s")
        total = sum(c.changes for c in communes)
        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=len(communes)) as pool:
            list(pool.map(lambda c: push_all(c, url), communes))
        elapsed = time.perf_counter() - t0
        log(f"pushed {total} changes in {elapsed:.1f} s")
        timing_report(tmp / "hub.log", communes)
        problems = recount(engine, communes, args.changes)
        for p in problems:
            log(f"WRONG: {p}")
        log("recount: zero loss, zero duplicates" if not problems else "recount FAILED")
        base_time, base_rows = baseline(engine, empty_url, communes)
        engine.dispose()
        rate = total / elapsed
        base_rate = base_rows / base_time
        log(f"baseline: the rows of {base_rows} changes (officer + change_log) "
            f"in {base_time:.1f} s")
        name = f"hub_push_{args.communes}x{args.changes}_{kind}"
        print(f"metric={name} value={rate:.0f} unit=changes/s baseline={base_rate:.0f} "
              f"ratio={rate / base_rate:.2f} target=>={TARGET} "
              f"ok={'yes' if rate >= TARGET and not problems else 'no'}", flush=True)
        if problems:
            raise SystemExit(1)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
        for c in communes:
            c.store.close()
        for drop in drops:
            drop()
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
