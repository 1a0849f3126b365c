"""Digitization backlog at scale: 1 M records generated, dashboard figures, the records table, batches.

Run from the project root:  .venv/bin/python benchmarks/bench_backlog.py [--rows 1000000]

Prints one line per metric (BENCHMARKS.md):
  metric=<name> value=<x> unit=<u> baseline=<y> ratio=<x/y> target=<t> ok=<yes|no>
Data is generated with a fixed seed in a temporary data folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_officers import (  # noqa: E402
    COMMUNE,
    _median_ms,
    _open_store,
    raw_connect,
    report,
)

LOT_SIZE = 200_000
FIELDS = ("ho_tich", "chung_thuc", "dat_dai", "xay_dung", "tu_phap")


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def generate_project(home: Path, rows: int):
    """Seconds to create the lots and generate ``rows`` records through the service (logged)."""
    from core.backlog import lots as svc
    from core.backlog import records as recs

    store = _open_store(home, initialize=True)
    gc.collect()
    start = time.perf_counter()
    lots = []
    with store.write("bench") as s:
        size = min(LOT_SIZE, -(-rows // len(FIELDS)))  # at least five lots
        for i in range(0, rows, size):
            n = min(size, rows - i)
            lot = svc.create_lot(s, svc.LotInput(FIELDS[(i // size) % len(FIELDS)],
                                                 f"Sổ số {i // size + 1}", 1990, 2020, n))
            recs.generate_records(s, lot.id, 1, n)
            lots.append(lot.id)
    return time.perf_counter() - start, store, lots


RAW_COLS = ("id", "commune_code", "version", "updated_at", "updated_by", "deleted", "lot_id",
            "record_no", "title", "status", "rejected_reason", "prev_status")
LOG_COLS = ("node_id", "epoch", "seq", "table_name", "row_id", "commune_code", "op", "payload",
            "version", "actor", "at", "chain_hash")


def _insert_sql(table: str, cols: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"


def _raw_conn(home: Path):
    store = _open_store(home, initialize=False)
    db_file = store.paths.db_file
    store.close()
    conn = raw_connect(db_file)
    conn.execute("PRAGMA foreign_keys=OFF")  # no lot row on the raw side
    return conn


def _raw_records(first: int, n: int, lot: str, now: str) -> list[tuple]:
    from db.ids import uuid7_batch

    ids = uuid7_batch(n)
    return [(ids[k].hex, COMMUNE, 1, now, "bench", 0, lot, first + k + 1,
             f"Sổ số 1 1990–2020 – {first + k + 1}", "pending", "", "") for k in range(n)]


def generate_raw(home: Path, rows: int) -> float:
    """Plain sqlite3.executemany of the same records (UUIDv7 ids, sync stamps) into the same schema."""
    from db.ids import uuid7_batch

    conn = _raw_conn(home)
    lot = uuid7_batch(1)[0].hex
    gc.collect()
    start = time.perf_counter()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    conn.execute("BEGIN")
    for first in range(0, rows, 20_000):
        conn.executemany(_insert_sql("backlog_record", RAW_COLS),
                         _raw_records(first, min(20_000, rows - first), lot, now))
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def generate_floor(tmp: Path, rows: int) -> None:
    """What SQLite alone allows a logged generation: the records, then the records and their
    change_log rows (payload and chain hash computed beforehand, not timed), raw executemany."""
    import hashlib

    import orjson

    from db.ids import uuid7_batch

    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    lot, node = (u.hex for u in uuid7_batch(2))
    records = _raw_records(0, rows, lot, now)
    log, previous = [], "0" * 64
    for seq, record in enumerate(records, start=1):
        payload = orjson.dumps(dict(zip(RAW_COLS, record, strict=True))).decode()
        previous = hashlib.sha256((previous + payload).encode()).hexdigest()
        log.append((node, 1, seq, "backlog_record", record[0], COMMUNE, "insert", payload, 1, "bench",
                    now, previous))
    times = []
    for name, tables in (("records", (("backlog_record", RAW_COLS, records),)),
                         ("logged", (("backlog_record", RAW_COLS, records), ("change_log", LOG_COLS, log)))):
        conn = _raw_conn(tmp / f"floor-{name}")
        gc.collect()
        start = time.perf_counter()
        conn.execute("BEGIN")
        for table, cols, values in tables:
            for first in range(0, rows, 20_000):
                conn.executemany(_insert_sql(table, cols), values[first:first + 20_000])
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
        conn.close()
    report("backlog_generate_floor", times[0] / times[1], "ratio", 1.0,
           "best ratio a logged generation can reach", True)


def table_paint(store, repeat: int) -> tuple[float, float, float]:
    """(first paint ms, jump to end ms, baseline ms): what the user sees, under offscreen Qt.

    First paint: from creating the records model (its count) and setModel on the view the tab
    builds (records_tab.records_table) to the first rows painted in the viewport. Jump to end:
    from Ctrl+End on a freshly opened table to the last rows painted. Baseline: a QTableView
    over 100 in-memory rows, shown and painted the same way.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.ui.backlog.models import RecordTableModel
    from desktop.ui.backlog.records_tab import records_table

    app = QApplication.instance() or QApplication([])

    class Paints(QObject):
        count = 0

        def eventFilter(self, _watched, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    paints = Paints()

    def until_painted(view: QTableView) -> None:
        seen = paints.count
        for _ in range(50):
            app.processEvents()
            if paints.count > seen:
                return
        raise RuntimeError("the table was never painted")

    def open_table(model, make=None) -> QTableView:
        view = make(model) if make else QTableView()
        if not make:
            view.setModel(model)
        view.viewport().installEventFilter(paints)
        view.resize(1100, 700)
        view.show()
        until_painted(view)
        return view

    def baseline():
        model = QStandardItemModel(100, 7)
        for r in range(100):
            for c in range(7):
                model.setItem(r, c, QStandardItem(f"{r}-{c}"))
        open_table(model).close()

    def first_paint():
        view = open_table(RecordTableModel(store), records_table)
        assert view.model().row_object(0) is not None
        view.close()

    ends = []

    def jump_end():
        view = open_table(RecordTableModel(store), records_table)
        start = time.perf_counter()
        view.scrollToBottom()
        until_painted(view)
        ends.append((time.perf_counter() - start) * 1000)
        last = view.model().rowCount() - 1
        assert view.rowAt(view.viewport().height() - 2) == last, "not at the end"
        view.close()

    paint, base = _median_ms(first_paint, repeat), _median_ms(baseline, repeat)
    for _ in range(repeat + 1):
        jump_end()
    return paint, statistics.median(ends[1:]), base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--paint", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--floor", action="store_true",
                        help="also measure the SQLite bound of a logged generation (raw records "
                             "+ change_log rows vs raw records)")
    args = parser.parse_args(argv)
    if args.paint is not None:
        return paint_only(args.paint, args.repeat)
    tmp = Path(tempfile.mkdtemp(prefix="xaso-bench-backlog-"))
    os.environ["XASO_HOME"] = str(tmp / "home")
    try:
        if args.floor:
            generate_floor(tmp, min(args.rows, 200_000))
        raw_s = generate_raw(tmp / "raw", args.rows)
        project_s, store, lots = generate_project(tmp / "project", args.rows)
        print(f"# generate: project {project_s:.1f} s, raw {raw_s:.1f} s", file=sys.stderr, flush=True)
        report("backlog_generate", args.rows / project_s, "rows/s", args.rows / raw_s, "ratio>=0.5",
               raw_s / project_s >= 0.5)

        from core.backlog import progress as prog
        from core.backlog import records as recs
        from core.store import Store

        paths = store.paths
        store.close()  # as the app leaves the file (PRAGMA optimize)
        store = Store.open(paths)
        officer = _officer(store)
        with store.write("bench") as s:  # some progress, so the figures are not trivial
            recs.change_status(s, recs.Selection(lot_id=lots[0], first_no=1, last_no=50_000),
                               "scanned", officer)

        def figures():
            with store.session() as s:
                prog.progress(s)

        raw = raw_connect(paths.db_file)

        def scan():
            raw.execute("SELECT lot_id, status, count(*) FROM backlog_record WHERE deleted = 0 "
                        "GROUP BY lot_id, status").fetchall()

        value, base = _median_ms(figures, args.repeat), _median_ms(scan, args.repeat)
        report("backlog_dashboard_figures", value, "ms", base, "<=100ms", value <= 100)

        # the table in a fresh process, as the app opens it (its RSS is not the generator's)
        import subprocess

        paint = subprocess.run([sys.executable, __file__, "--paint", str(paths.home),
                                "--repeat", str(args.repeat)], capture_output=True, text=True)
        sys.stdout.write(paint.stdout)
        if paint.returncode:
            print(f"# table paint failed: {paint.stderr[-2000:]}", file=sys.stderr)

        start = time.perf_counter()
        with store.write("bench") as s:
            recs.change_status(s, recs.Selection(lot_id=lots[1], first_no=1, last_no=10_000),
                               "scanned", officer)
        batch_s = time.perf_counter() - start
        lot_hex = lots[2].hex
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute("UPDATE backlog_record SET status='scanned', version=version+1 "
                    "WHERE lot_id=? AND record_no BETWEEN 1 AND 10000", (lot_hex,))
        raw.execute("COMMIT")
        raw_batch = time.perf_counter() - start
        raw.close()
        report("backlog_batch_10k", batch_s * 1000, "ms", raw_batch * 1000, "logged, counters in step",
               True)
        store.close()
    finally:
        if args.keep:
            print(f"# data kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


def paint_only(home: Path, repeat: int) -> int:
    from core.config import Paths
    from core.store import Store

    store = Store.open(Paths(home))
    paint, end, base = table_paint(store, repeat)
    rss = rss_mb()
    report("backlog_table_first_paint", paint, "ms", base, "<=100ms", paint <= 100)
    report("backlog_table_jump_to_end", end, "ms", base, "<=100ms", end <= 100)
    report("backlog_table_rss", rss, "MB", 120, "<=120MB", rss <= 120)
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown at interpreter exit (it is not what is measured)


def _officer(store):
    from core.officers import registry as officers

    with store.write("bench") as s:
        return officers.create(s, officers.OfficerInput(full_name="Nguyễn Văn An",
                                                        cccd="020190001234")).id


if __name__ == "__main__":
    raise SystemExit(main())
