"""Rows new to the receiver are written in bulk (core/sync/fast.py): the result must be the
database that applying every change through the merge gives, chained and counted alike."""

from __future__ import annotations

import datetime as dt
import shutil

from sqlalchemy import event, func, select

from core.backlog import lots as backlog
from core.backlog import records as recs
from core.sync import service as sync_svc
from core.sync.apply import import_bundle
from db import chain
from db.changes import bulk_insert
from db.models import (
    BacklogCounter,
    ChangeLog,
    Course,
    CourseResult,
    Officer,
    SyncConflict,
)
from tests.sync.conftest import add_officer, open_node, peer_id
from tests.sync.helpers import synced_rows, whole_db


def _export(src, dst, folder):
    folder.mkdir(parents=True, exist_ok=True)
    return sync_svc.export_for(src, peer_id(dst), folder).path


def _clone(store, home):
    """A second receiver identical to ``store`` (same node keys: one computer, two tries)."""
    store.engine.dispose()
    shutil.copytree(store.paths.home, home)
    return open_node(home)


def _mixed_changes(a):
    """New rows of several tables with parents, a row changed twice, tombstones, derived data."""
    officer = add_officer(a, "Lê Văn Cường", "020190001236")
    with a.write("admin") as s:
        bulk_insert(s, Officer, [{"full_name": f"Cán bộ {i:03d}", "cccd": f"0202{i:08d}",
                                  "position": "Công chức"} for i in range(300)])
        course = Course(title="Kỹ năng số cơ bản", required=True)
        s.add(course)
        s.flush()
        s.add(CourseResult(course_id=course.id, officer_id=officer, completed=True,
                           completed_on=dt.date(2026, 3, 1)))
        lot = backlog.create_lot(s, backlog.LotInput(field="ho_tich", record_kind="Sổ khai sinh",
                                                     year_from=1999, year_to=1999,
                                                     total_records=450)).id
        recs.generate_records(s, lot, 1, 450)
    with a.write("admin") as s:  # the same rows changed again: two changes of a row in a chunk
        recs.change_status(s, recs.Selection(lot_id=lot, first_no=120, last_no=180), "scanned",
                           officer)
        s.get(Officer, officer).position = "Công chức Tư pháp - Hộ tịch"
    with a.write("admin") as s:
        s.get(Course, course.id).deleted = True
    return lot


def _log(store):
    with store.session() as s:
        return s.execute(select(ChangeLog.node_id, ChangeLog.epoch, ChangeLog.seq,
                                ChangeLog.payload, ChangeLog.at, ChangeLog.actor)
                         .order_by(ChangeLog.node_id, ChangeLog.epoch, ChangeLog.seq)).all()


def test_bulk_and_change_by_change_give_the_same_database(pair, tmp_path):
    a, b = pair
    lot = _mixed_changes(a)
    bundle = _export(a, b, tmp_path / "out")
    slow = _clone(b, tmp_path / "slow")
    fast_result = import_bundle(b.engine, sync_svc.identity(b), bundle)
    slow_result = import_bundle(slow.engine, sync_svc.identity(slow), bundle, bulk=False)

    assert fast_result.tally.as_dict() == slow_result.tally.as_dict()
    assert fast_result.tally.applied + fast_result.tally.skipped == fast_result.changes
    assert fast_result.tally.applied > 800
    assert fast_result.tally.per_table == slow_result.tally.per_table
    fast_db, slow_db = whole_db(b), whole_db(slow)
    fast_db.pop("change_log"), slow_db.pop("change_log")
    assert fast_db == slow_db
    assert _log(b) == _log(slow)  # same origins, same payload text as sent
    with b.session() as s:
        counters = {st: c for st, c in s.execute(select(BacklogCounter.status, BacklogCounter.count)
                                                 .where(BacklogCounter.lot_id == lot)) if c}
        assert counters == {"pending": 389, "scanned": 61}
        assert s.scalar(select(Course.deleted)) is True
    slow.close()


def test_received_rows_are_chained_in_their_own_transaction(pair, tmp_path):
    a, b = pair
    _mixed_changes(a)
    bundle = _export(a, b, tmp_path / "out")
    result = import_bundle(b.engine, sync_svc.identity(b), bundle)
    # the rows written in bulk and those that took the merge path (rows changed twice in the
    # bundle) alike: chained by the import, not left to the next local save
    with b.engine.connect() as conn:
        unchained = conn.scalar(select(func.count()).select_from(ChangeLog)
                                .where(ChangeLog.chain_hash.is_(None)))
        report = chain.verify_chain(conn)
        total = conn.scalar(select(func.count()).select_from(ChangeLog))
    assert result.tally.applied > 800 and unchained == 0
    assert report.ok and report.rows == total
    with b.write("admin"):
        pass
    with b.engine.connect() as conn:
        assert chain.verify_chain(conn).ok


def test_received_updates_are_chained_by_the_import(pair, tmp_path):
    a, b = pair
    with a.write("admin") as s:
        bulk_insert(s, Officer, [{"full_name": f"Cán bộ {i}", "cccd": f"0204{i:08d}",
                                  "position": "Công chức"} for i in range(20)])
    import_bundle(b.engine, sync_svc.identity(b), _export(a, b, tmp_path / "first"))
    with a.write("admin") as s:
        for officer in s.scalars(select(Officer).where(Officer.cccd.like("0204%"))):
            officer.position = "Công chức Tư pháp - Hộ tịch"
    result = import_bundle(b.engine, sync_svc.identity(b), _export(a, b, tmp_path / "second"))
    assert result.tally.applied == 20
    with b.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ChangeLog)
                           .where(ChangeLog.chain_hash.is_(None))) == 0
        assert chain.verify_chain(conn).ok


def test_a_clash_in_bulk_rolls_the_chunk_back_and_keeps_a_conflict(pair, tmp_path):
    a, b = pair
    with b.write("admin") as s:  # the same CCCD as a row of A, under another id
        bulk_insert(s, Officer, [{"full_name": "Nguyễn Văn An (máy B)", "cccd": "020190009999",
                                  "position": "Công chức"}])
    with a.write("admin") as s:
        bulk_insert(s, Officer, [{"full_name": f"Cán bộ {i:03d}", "cccd": f"0202{i:08d}",
                                  "position": "Công chức"} for i in range(50)]
                    + [{"full_name": "Nguyễn Văn An (máy A)", "cccd": "020190009999",
                        "position": "Công chức"}])
    bundle = _export(a, b, tmp_path / "out")
    result = import_bundle(b.engine, sync_svc.identity(b), bundle)
    assert result.tally.conflicts == 1
    assert result.tally.applied == 50 and result.tally.skipped == 1  # the commune row: same
    with b.session() as s:
        names = set(s.scalars(select(Officer.full_name).where(Officer.cccd == "020190009999")))
        assert names == {"Nguyễn Văn An (máy B)"}
        conflict = s.execute(select(SyncConflict)).scalar_one()
        assert "máy A" in conflict.incoming_payload and conflict.winner == "local"
        assert s.scalar(select(func.count()).select_from(Officer)
                        .where(Officer.cccd.like("0202%"))) == 50


def test_received_updates_set_only_the_indexed_columns_that_change(pair, tmp_path):
    a, b = pair
    with a.write("admin") as s:
        bulk_insert(s, Officer, [{"full_name": f"Cán bộ {i}", "cccd": f"0203{i:08d}",
                                  "position": "Công chức", "sort_key": f"can bo {i}"}
                                 for i in range(4)])
    import_bundle(b.engine, sync_svc.identity(b), _export(a, b, tmp_path / "first"))
    with a.write("admin") as s:
        first, second, third, fourth = s.scalars(select(Officer).order_by(Officer.cccd)).all()
        first.position = "Công chức Tư pháp - Hộ tịch"  # no indexed column
        second.cccd = "020399999999"  # unique
        third.deleted = True  # in ix_officer_list
        fourth.sort_key = "zz"
    statements = []

    def seen(_conn, _cursor, statement, params, _context, executemany):
        if statement.startswith("UPDATE officer"):
            statements.append((statement.split(" WHERE ")[0], len(params) if executemany else 1))

    event.listen(b.engine, "before_cursor_execute", seen)
    try:
        result = import_bundle(b.engine, sync_svc.identity(b), _export(a, b, tmp_path / "second"))
    finally:
        event.remove(b.engine, "before_cursor_execute", seen)
    assert result.tally.applied == 4 and result.tally.conflicts == 0
    assert synced_rows(a)["officer"] == synced_rows(b)["officer"]
    assert len(statements) == 2
    (keeping, kept_rows), (moving, moving_rows) = statements
    assert kept_rows == 1 and moving_rows == 3
    for column in ("cccd", "deleted", "sort_key", "commune_code"):
        assert f"{column}=" not in keeping.replace(" ", "")
    for column in ("cccd", "deleted", "sort_key"):
        assert f"{column}=" in moving.replace(" ", "")
    assert "commune_code=" not in moving.replace(" ", "")
    assert "position=" in keeping.replace(" ", "") and "position=" in moving.replace(" ", "")


def test_the_cyclic_collector_is_paused_during_an_import_and_back_after(pair, tmp_path):
    import gc

    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    bundle = _export(a, b, tmp_path / "out")
    during = []
    assert gc.isenabled()
    import_bundle(b.engine, sync_svc.identity(b), bundle,
                  progress=lambda done, total: during.append(gc.isenabled()))
    assert during and not any(during)
    assert gc.isenabled()
    gc.disable()  # a caller that keeps it off finds it off
    try:
        import_bundle(b.engine, sync_svc.identity(b), bundle)
        assert not gc.isenabled()
    finally:
        gc.enable()
