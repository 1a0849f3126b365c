"""Round trip between two real node databases through real bundle files."""

from __future__ import annotations

from sqlalchemy import select

from core.sync import service as sync_svc
from db.models import ChangeLog, Officer, SyncState
from tests.sync.conftest import add_officer, peer_id
from tests.sync.helpers import change_ids, synced_rows


def test_round_trip_copies_rows_and_keeps_origin_identity(pair, tmp_path):
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    add_officer(a, "Trần Thị Bình", "020190001235")
    out = sync_svc.export_for(a, peer_id(b), tmp_path)
    assert out.changes >= 2 and out.path.exists() and out.path.suffix == ".xaso"

    result = sync_svc.import_file(b, out.path)
    assert result.tally.applied >= 2
    names = {o.full_name for o in b.session().scalars(select(Officer))}
    assert {"Nguyễn Văn An", "Trần Thị Bình"} <= names
    # received changes keep the origin node/epoch/seq; nothing re-logged with B's node
    with b.session() as s:
        origins = set(s.scalars(select(ChangeLog.node_id).where(ChangeLog.table_name == "officer")))
    assert origins == {a.context.node_id}
    assert synced_rows(a)["officer"] == synced_rows(b)["officer"]


def test_replay_twice_changes_nothing(pair, tmp_path):
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    out = sync_svc.export_for(a, peer_id(b), tmp_path)
    sync_svc.import_file(b, out.path)
    before_rows, before_log = synced_rows(b), change_ids(b)
    again = sync_svc.import_file(b, out.path)
    assert again.tally.applied == 0 and again.tally.skipped == out.changes
    assert synced_rows(b) == before_rows and change_ids(b) == before_log


def test_ack_advances_the_exporters_cursor_only_when_valid(pair, tmp_path):
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    (tmp_path / "1").mkdir()
    first = sync_svc.export_for(a, peer_id(b), tmp_path)
    sync_svc.import_file(b, first.path)
    # without the ACK, A exports the same changes again
    again = sync_svc.export_for(a, peer_id(b), tmp_path)
    assert again.changes == first.changes
    # B's return bundle carries the signed ACK
    ret_dir = tmp_path / "ret"
    ret_dir.mkdir()
    back = sync_svc.export_for(b, peer_id(a), ret_dir)
    result = sync_svc.import_file(a, back.path)
    assert result.acks_applied == 1
    with a.session() as s:
        acked = s.scalar(select(SyncState.acked_seq).where(
            SyncState.peer_id == peer_id(b), SyncState.node_id == a.context.node_id))
    assert acked >= first.seq_to
    nothing = sync_svc.export_for(a, peer_id(b), tmp_path / "1")
    assert nothing.changes == 0


def test_changes_flow_back_and_are_not_echoed(pair, tmp_path):
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    sync_svc.import_file(b, sync_svc.export_for(a, peer_id(b), tmp_path).path)
    add_officer(b, "Lê Văn Cường", "020190001236")
    (tmp_path / "back").mkdir()
    back = sync_svc.export_for(b, peer_id(a), tmp_path / "back")
    # B sends its own new change (and the commune row), never A's officer back
    assert back.counts.get("officer") == 1
    sync_svc.import_file(a, back.path)
    assert synced_rows(a, stamps=False) == synced_rows(b, stamps=False)


def test_usb_export_reads_back_and_refuses_a_missing_folder(pair, tmp_path):
    import pytest

    from db.errors import UserError

    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    stick = tmp_path / "usb"
    stick.mkdir()
    out = sync_svc.export_to_usb(a, peer_id(b), stick)
    assert [p.name for p in stick.iterdir()] == [out.path.name]  # no temporary file left
    assert out.path.name.startswith(f"xaso-{a.context.commune_code}-")
    with pytest.raises(UserError) as info:
        sync_svc.export_to_usb(a, peer_id(b), tmp_path / "unplugged")
    assert "unplugged" in info.value.message()
    assert sync_svc.import_file(b, out.path, channel="usb").tally.applied >= 1


def test_received_record_steps_rebuild_the_lot_counters(pair, tmp_path):
    from core.backlog import lots as backlog
    from core.backlog import records as recs
    from db.models import BacklogCounter

    a, b = pair
    officer = add_officer(a, "Lê Văn Cường", "020190001236")
    with a.write("admin") as s:
        lot = backlog.create_lot(s, backlog.LotInput(field="ho_tich", record_kind="Sổ khai sinh",
                                                     year_from=1999, year_to=1999, total_records=450)).id
        recs.generate_records(s, lot, 1, 450)
    with a.write("admin") as s:
        recs.change_status(s, recs.Selection(lot_id=lot, first_no=120, last_no=180), "scanned", officer)
    sync_svc.import_file(b, sync_svc.export_for(a, peer_id(b), tmp_path).path)

    def counts(store):
        with store.session() as s:
            return {st: c for st, c in s.execute(select(BacklogCounter.status, BacklogCounter.count)
                                                 .where(BacklogCounter.lot_id == lot)) if c}

    assert counts(b) == counts(a) == {"pending": 389, "scanned": 61}


def test_same_report_number_issued_on_two_computers_is_kept_as_a_conflict(pair, tmp_path):
    import datetime as dt

    from db.models import ReportRegister, SyncConflict

    a, b = pair
    for store, title in ((a, "Báo cáo máy A"), (b, "Báo cáo máy B")):
        with store.write("admin") as s:
            s.add(ReportRegister(year=2026, doc_type="BC", number=1, symbol="01/BC-UBND", kind="monthly",
                                 period="2026-11", title=title, issued_on=dt.date(2026, 12, 5)))
    add_officer(a, "Phạm Thị Dung", "020190001237")
    result = sync_svc.import_file(b, sync_svc.export_for(a, peer_id(b), tmp_path).path)
    assert result.tally.conflicts == 1
    with b.session() as s:
        titles = s.execute(select(ReportRegister.title)).scalars().all()
        assert titles == ["Báo cáo máy B"]  # the local number stays; the other waits in Xung đột
        conflict = s.execute(select(SyncConflict)).scalar_one()
        assert conflict.table_name == "report_register" and "Báo cáo máy A" in conflict.incoming_payload
        assert s.execute(select(Officer).where(Officer.cccd == "020190001237")).scalar_one()
