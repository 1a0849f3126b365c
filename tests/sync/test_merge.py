"""Conflicts, quarantine, out-of-order bundles, dry run and a restored backup's new epoch."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import func, select

from core.sync import service as sync_svc
from core.sync.bundle import BundleRejected
from core.sync.hooks import register_after_apply, unregister_after_apply
from db.models import ChangeLog, CourseResult, Officer, SyncConflict, SyncQuarantine
from tests.sync.conftest import add_officer, peer_id
from tests.sync.helpers import change_ids, synced_rows, whole_db


def _export(src, dst, folder):
    folder.mkdir(exist_ok=True)
    return sync_svc.export_for(src, peer_id(dst), folder)


def _rename(store, officer_id, position):
    with store.write("admin") as s:
        s.get(Officer, officer_id).position = position


def _ack_back(src, dst, folder):
    """dst imported src's bundle; dst's return bundle carries the ACK back to src."""
    sync_svc.import_file(src, _export(dst, src, folder).path)


def test_concurrent_edits_become_a_conflict_kept_on_both_sides(pair, tmp_path):
    a, b = pair
    oid = add_officer(a, "Nguyễn Văn An", "020190001234")
    sync_svc.import_file(b, _export(a, b, tmp_path / "1").path)
    _rename(a, oid, "Chủ tịch UBND xã")
    _rename(b, oid, "Phó Chủ tịch UBND xã")
    to_b = _export(a, b, tmp_path / "2")
    to_a = _export(b, a, tmp_path / "3")
    rb = sync_svc.import_file(b, to_b.path)
    ra = sync_svc.import_file(a, to_a.path)
    assert rb.tally.conflicts == 1 and ra.tally.conflicts == 1
    for store in (a, b):
        with store.session() as s:
            conflict = s.scalars(select(SyncConflict)).one()
            assert conflict.row_id == oid and not conflict.resolved
            both = {conflict.local_payload, conflict.incoming_payload}
            assert any("Chủ tịch UBND xã" in p and "Phó" not in p for p in both)
            assert any("Phó Chủ tịch UBND xã" in p for p in both)
    # both nodes hold the same winner: no silent divergence
    assert synced_rows(a)["officer"] == synced_rows(b)["officer"]


def test_orphan_waits_in_quarantine_until_its_parent_arrives(pair, tmp_path):
    a, b = pair
    oid = add_officer(a, "Nguyễn Văn An", "020190001234")

    from db.models import Course

    with a.write("admin") as s:
        course = Course(title="Kỹ năng số cơ bản", required=True)
        s.add(course)
        s.flush()
        s.add(CourseResult(course_id=course.id, officer_id=oid, completed=True,
                           completed_on=dt.date(2026, 3, 1)))
    out = _export(a, b, tmp_path / "1")
    # deliver the child without its parents: keep only the course_result line
    import orjson
    import zstandard

    from core.sync.bundle import chunk_name
    from tests.sync.test_rejections import _entries, _rewrite

    entries = _entries(out.path)
    raw = zstandard.ZstdDecompressor().decompress(entries[chunk_name(1)])
    lines = [ln for ln in raw.splitlines() if b'"t":"course_result"' in ln or b'"t":"commune"' in ln]
    data = b"\n".join(lines) + b"\n"
    manifest = orjson.loads(entries["manifest.json"])
    import hashlib

    packed = zstandard.ZstdCompressor().compress(data)
    manifest["chunks"][0].update(sha256=hashlib.sha256(packed).hexdigest(), size=len(packed),
                                 raw_size=len(data), changes=len(lines))
    manifest["counts"] = {"course_result": 1, "commune": len(lines) - 1}
    manifest["changes"] = len(lines)
    entries[chunk_name(1)] = packed
    entries["manifest.json"] = orjson.dumps(manifest)
    partial = _rewrite(out.path, entries, sign_with=sync_svc.load_keys(a))
    r1 = sync_svc.import_file(b, partial)
    assert r1.tally.quarantined == 1
    with b.session() as s:
        assert s.scalar(select(func.count()).select_from(SyncQuarantine)) == 1
        assert s.scalar(select(func.count()).select_from(CourseResult)) == 0
    r2 = sync_svc.import_file(b, out.path)
    assert r2.tally.applied >= 3
    with b.session() as s:
        assert s.scalar(select(func.count()).select_from(SyncQuarantine)) == 0
        assert s.scalar(select(func.count()).select_from(CourseResult)) == 1
    assert synced_rows(a)["course_result"] == synced_rows(b)["course_result"]


def test_out_of_order_bundles(pair, tmp_path):
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    first = _export(a, b, tmp_path / "1")
    _rename_all = add_officer(a, "Trần Thị Bình", "020190001235")
    _rename(a, _rename_all, "Chủ tịch UBND xã")
    second = _export(a, b, tmp_path / "2")
    # until an ACK arrives every export is cumulative: the later one first, then the earlier
    r2 = sync_svc.import_file(b, second.path)
    r1 = sync_svc.import_file(b, first.path)
    assert r2.tally.conflicts == 0 and r1.tally.applied == 0 and r1.tally.conflicts == 0
    assert synced_rows(a)["officer"] == synced_rows(b)["officer"]


def _restore(store, backup):
    db_file = store.paths.db_file
    store.engine.dispose()
    for extra in ("-wal", "-shm"):
        db_file.with_name(db_file.name + extra).unlink(missing_ok=True)
    shutil.copy(backup, db_file)
    store.reload_identity()


def _backup(store, path):
    with store.engine.connect() as conn:
        conn.exec_driver_sql("VACUUM INTO ?", (str(path),))


def test_gap_after_receiver_restore_is_rejected_then_the_ack_rewinds_the_sender(pair, tmp_path):
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    _backup(b, tmp_path / "b-old.sqlite")
    first = _export(a, b, tmp_path / "1")
    sync_svc.import_file(b, first.path)
    _ack_back(a, b, tmp_path / "ack1")
    add_officer(a, "Trần Thị Bình", "020190001235")
    second = _export(a, b, tmp_path / "2")
    _restore(b, tmp_path / "b-old.sqlite")  # B lost bundle 1
    before = whole_db(b)
    with pytest.raises(BundleRejected) as info:
        sync_svc.import_file(b, second.path)
    assert "earlier bundle" in info.value.message() and second.path.name not in ""
    assert whole_db(b) == before
    # B's next return bundle carries an ACK of what B really holds: A sends everything again
    _ack_back(a, b, tmp_path / "ack2")
    sync_svc.import_file(b, _export(a, b, tmp_path / "3").path)
    assert synced_rows(a)["officer"] == synced_rows(b)["officer"]


def test_dry_run_counts_per_table_and_writes_nothing(pair, tmp_path):
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    add_officer(a, "Trần Thị Bình", "020190001235")
    out = _export(a, b, tmp_path / "1")
    before = whole_db(b)
    result = sync_svc.import_file(b, out.path, dry_run=True)
    assert result.tally.per_table["officer"]["applied"] == 2
    assert whole_db(b) == before


def test_after_apply_hook_runs_in_the_chunk_transaction(pair, tmp_path):
    a, b = pair
    oid = add_officer(a, "Nguyễn Văn An", "020190001234")
    seen = []

    def hook(session, ids):
        seen.extend(ids)
        assert session.get(Officer, oid) is not None

    register_after_apply("officer", hook)
    try:
        sync_svc.import_file(b, _export(a, b, tmp_path / "1").path)
    finally:
        unregister_after_apply("officer", hook)
    assert seen == [oid]


def test_restored_backup_starts_a_new_epoch_nothing_lost_or_duplicated(pair, tmp_path):
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    backup = tmp_path / "backup.sqlite"
    _backup(a, backup)
    add_officer(a, "Trần Thị Bình", "020190001235")
    sync_svc.import_file(b, _export(a, b, tmp_path / "1").path)
    _ack_back(a, b, tmp_path / "ack1")
    # the PC breaks; its backup (before Bình) is restored
    _restore(a, backup)
    old_epoch = a.context.epoch
    assert sync_svc.start_new_epoch(a) > old_epoch
    add_officer(a, "Lê Văn Cường", "020190001236")
    out = _export(a, b, tmp_path / "2")
    result = sync_svc.import_file(b, out.path)
    assert result.tally.conflicts == 0
    with b.session() as s:
        names = set(s.scalars(select(Officer.full_name)))
        dupes = s.execute(select(ChangeLog.node_id, ChangeLog.epoch, ChangeLog.seq,
                                 func.count()).group_by(ChangeLog.node_id, ChangeLog.epoch,
                                                        ChangeLog.seq).having(func.count() > 1)).all()
    assert names >= {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"}
    assert dupes == []
    assert len(change_ids(b)) == len(set(change_ids(b)))


def test_resolving_a_conflict_by_taking_the_other_version_travels_as_an_edit(pair, tmp_path):
    from core.paging import PageRequest
    from core.sync import lists as sync_lists

    a, b = pair
    oid = add_officer(a, "Nguyễn Văn An", "020190001234")
    sync_svc.import_file(b, _export(a, b, tmp_path / "1").path)
    _rename(a, oid, "Chủ tịch UBND xã")
    _rename(b, oid, "Phó Chủ tịch UBND xã")
    sync_svc.import_file(b, _export(a, b, tmp_path / "2").path)
    with b.session() as s:
        rows = sync_lists.page_conflicts(s, sync_lists.ListQuery(), PageRequest(50))
        assert sync_lists.count_conflicts(s, sync_lists.ListQuery()) == 1
    diff = sync_lists.differences(rows[0])
    assert [d[0] for d in diff] == ["position"]
    current = b.session().get(Officer, oid).position
    with b.write("admin") as s:
        sync_lists.resolve(s, rows[0].id, take_other=True, actor="admin")
    after = b.session().get(Officer, oid).position
    assert after != current and after in {"Chủ tịch UBND xã", "Phó Chủ tịch UBND xã"}
    with b.session() as s:
        assert sync_lists.count_conflicts(s, sync_lists.ListQuery()) == 0
    # the resolution is a normal local change: it reaches A and both hold the same
    sync_svc.import_file(a, _export(b, a, tmp_path / "3").path)
    sync_svc.import_file(b, _export(a, b, tmp_path / "4").path)
    assert a.session().get(Officer, oid).position == after
