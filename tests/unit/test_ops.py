"""Operations: every service writer, run on a real database, reports exactly the tables whose
rows changed (compared with the rows themselves before and after), the lots of the backlog
records it wrote, and a backup made."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import uuid

import pytest
from sqlalchemy import select

from core import ops
from core.accounts import admin as accounts
from core.backlog import lots as lots_svc
from core.backlog import records as recs
from core.backup import restore as backup
from core.certificates import registry as certs
from core.certificates import requests as cert_requests
from core.infrastructure import equipment, teams
from core.officers import departments
from core.officers import registry as officers
from core.ops import Changes, Kind
from core.reports import register
from core.sync import online as sync_http
from core.sync import service as sync_svc
from core.sync import settings as sync_settings
from core.training import courses as training
from db.base import Base
from db.errors import ValidationError
from db.models import BacklogRecord
from tests.hub.conftest import db_url, enrol, hub, open_pc  # noqa: F401  (a real hub)
from tests.sync.conftest import add_officer as add_synced_officer
from tests.sync.conftest import enrol_both, open_node, peer_id
from tests.unit.cert_fixtures import P12_PASSWORD, add_officers, write_cert_folder
from tests.unit.test_backlog import BIRTHS


def table_digests(store) -> dict[str, str]:
    """Every table's rows, hashed; read with sqlite3 itself (no engine event sees it)."""
    conn = sqlite3.connect(store.paths.db_file)
    try:
        out = {}
        for table in Base.metadata.tables:
            rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            out[table] = hashlib.sha256(repr(rows).encode()).hexdigest()
        return out
    finally:
        conn.close()


def changed_tables(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {table for table, digest in after.items() if before[table] != digest}


def run_and_compare(store, fn) -> Changes:
    before = table_digests(store)
    _result, changes = ops.perform(fn)
    assert changes.tables == changed_tables(before, table_digests(store)), fn
    return changes


@pytest.fixture
def world(ready_store, tmp_path):
    """A commune with officers, a lot of 20 records, a course with a session, a device."""
    store = ready_store
    with store.write("admin") as s:
        people = add_officers(s)
        lot = lots_svc.create_lot(s, BIRTHS)
        recs.generate_records(s, lot.id, 1, 20, "")
        course = training.create_course(s, training.CourseInput("Kỹ năng số", topic="digital"))
        session = training.add_session(s, course.id, training.SessionInput(dt.date(2026, 11, 5)))
        device = equipment.create(s, equipment.EquipmentInput("desktop", "Dell Optiplex"))
        ids = dict(lot=lot.id, course=course.id, session=session.id, device=device.id)
    with store.write("admin") as s:
        other_lot = lots_svc.create_lot(s, lots_svc.LotInput(**{**vars(BIRTHS), "year_from": 2001,
                                                                  "year_to": 2001})).id
        recs.generate_records(s, other_lot, 1, 5, "")
    officer_ids = list(people.values())
    return dict(store=store, officers=officer_ids, other_lot=other_lot, tmp=tmp_path, **ids)


def _w(store, fn):
    """fn(session) in one write of the administrator."""
    def write():
        with store.write("admin", role="admin") as s:
            return fn(s)
    return write


WRITERS = {
    "officer created": lambda w: _w(w["store"], lambda s: officers.create(
        s, officers.OfficerInput("Vi Văn Sáng", "020199008888", department="Văn phòng"))),
    "officer left": lambda w: _w(w["store"], lambda s: officers.set_active(
        s, w["officers"][0], False)),
    "officer deleted": lambda w: _w(w["store"], lambda s: officers.delete(s, w["officers"][1])),
    "departments merged": lambda w: _w(w["store"], lambda s: departments.merge(
        s, ["Phòng Kinh tế"], "Văn phòng HĐND-UBND")),
    "lot created": lambda w: _w(w["store"], lambda s: lots_svc.create_lot(
        s, lots_svc.LotInput(**{**vars(BIRTHS), "year_from": 2005, "year_to": 2005}))),
    "records generated": lambda w: _w(w["store"], lambda s: recs.generate_records(
        s, w["lot"], 21, 40, "")),
    "records scanned": lambda w: _w(w["store"], lambda s: recs.change_status(
        s, recs.Selection(lot_id=w["lot"], first_no=1, last_no=10), "scanned",
        w["officers"][0], dt.date(2026, 11, 20), "")),
    "course created": lambda w: _w(w["store"], lambda s: training.create_course(
        s, training.CourseInput("Vận hành hệ thống", topic="operation"))),
    "attendance saved": lambda w: _w(w["store"], lambda s: training.save_attendance(
        s, w["session"], {w["officers"][0]: "present"})),
    "device updated": lambda w: _w(w["store"], lambda s: equipment.update(
        s, w["device"], equipment.EquipmentInput("desktop", "Dell Optiplex 7090"))),
    "team saved": lambda w: _w(w["store"], lambda s: teams.save_team(
        s, teams.TeamInput("Tổ công nghệ số thôn Na Hoa", "community", "Thôn Na Hoa"))),
    "ticket opened": lambda w: _w(w["store"], lambda s: cert_requests.open_ticket(
        s, None, "token_not_recognised", "USB token không nhận")),
    "account added": lambda w: _w(w["store"], lambda s: accounts.add_account(
        s, "hoa.nt", "Nguyễn Thị Hoa", "staff")),
    "idle lock set": lambda w: _w(w["store"], lambda s: accounts.set_idle_minutes(s, 30)),
    "report note kept": lambda w: _w(w["store"], lambda s: register.save_note(
        s, "monthly", "2026-11", "Tháng 11: đã số hóa sổ khai sinh")),
    "sync settings saved": lambda w: lambda: sync_settings.set_auto_minutes(w["store"], 30,
                                                                            "admin"),
    "certificates imported": lambda w: _w(w["store"], lambda s: certs.apply(s, certs.preview(
        s, certs.read_files([write_cert_folder(w["tmp"] / "nop").folder], P12_PASSWORD)))),
}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_writer_reports_exactly_the_tables_it_changed(world, name):
    changes = run_and_compare(world["store"], WRITERS[name](world))
    assert changes.tables, f"{name} changed nothing"


def test_records_report_their_lots_and_an_undo_too(world):
    store = world["store"]
    step = run_and_compare(store, WRITERS["records scanned"](world))
    assert step.lots == {world["lot"]} and Kind.BACKLOG_RECORDS in step.kinds
    assert step.lot_changed(world["lot"]) and not step.lot_changed(world["other_lot"])
    with store.session() as s:
        batch = recs.latest_undoable(s)
    undo = run_and_compare(store, _w(store, lambda s: recs.undo_batch(s, batch.id)))
    assert undo.lots == {world["lot"]} and "backlog_record" in undo.tables
    with store.session() as s:
        assert s.scalar(select(BacklogRecord.status).where(BacklogRecord.record_no == 1)) == \
            "pending"


def test_a_refused_write_reports_nothing(world):
    store = world["store"]
    before = table_digests(store)

    def refused():
        with store.write("admin") as s:
            officers.create(s, officers.OfficerInput("Sai Số", "123"))  # a bad CCCD

    with ops.recording() as record:
        with pytest.raises(ValidationError):
            refused()
    assert not ops.changes_of(record) and table_digests(store) == before


def test_a_backup_is_a_change_with_no_table(world):
    store = world["store"]
    before = table_digests(store)
    made, changes = ops.perform(backup.backup_now, store, role="admin")
    assert made.path.exists() and changes.backup and Kind.BACKUP in changes.kinds
    assert changes.tables == changed_tables(before, table_digests(store))


def test_a_usb_import_reports_every_table_it_applied(tmp_path):
    a, b = open_node(tmp_path / "a"), open_node(tmp_path / "b")
    try:
        enrol_both(a, b)
        add_synced_officer(a, "Nguyễn Văn An", "020190001234")
        with a.write("admin") as s:
            lot = lots_svc.create_lot(s, BIRTHS)
            recs.generate_records(s, lot.id, 1, 3, "")
        (tmp_path / "usb").mkdir()
        out = sync_svc.export_for(a, peer_id(b), tmp_path / "usb")
        before = table_digests(b)
        result, changes = ops.perform(sync_svc.import_file, b, out.path)
        assert changes.tables == changed_tables(before, table_digests(b))
        assert {"officer", "backlog_lot", "backlog_record", "sync_log"} <= changes.tables
        assert changes.lots is None  # applied from the bundle: any lot may have changed
        assert changes.lot_changed(uuid.uuid4())
        assert result.tally.applied > 0
    finally:
        a.close()
        b.close()


def test_every_table_has_a_kind():
    assert set(Base.metadata.tables) <= set(ops.TABLE_KINDS)


def test_changes_combine_and_name_kinds():
    first = Changes(frozenset({"officer"}), frozenset())
    lot = uuid.uuid4()
    second = Changes(frozenset({"backlog_record"}), frozenset({lot}))
    both = first | second
    assert both.kinds == {Kind.OFFICERS, Kind.BACKLOG_RECORDS} and both.lots == {lot}
    assert (both | Changes(frozenset({"backlog_record"}), None)).lots is None
    assert not Changes() and Changes(backup=True)
    assert Changes.of(Kind.TRAINING).tables == {"course", "training_session", "attendance",
                                                "course_result"}


def test_an_http_sync_reports_every_table_it_applied(hub, tmp_path):  # noqa: F811
    pc1, pc2 = open_pc(tmp_path / "pc1"), open_pc(tmp_path / "pc2")
    try:
        for pc in (pc1, pc2):
            enrol(hub, pc)
        add_synced_officer(pc2, "Nguyễn Văn An", "020190001234")
        with pc2.write("admin") as s:
            course = training.create_course(s, training.CourseInput("Kỹ năng số", topic="digital"))
            training.add_session(s, course.id, training.SessionInput(dt.date(2026, 11, 5)))
            lot = lots_svc.create_lot(s, BIRTHS)
            recs.generate_records(s, lot.id, 1, 3, "")
        sync_http.run_sync(pc2)
        before = table_digests(pc1)
        result, changes = ops.perform(sync_http.run_sync, pc1)
        assert changes.tables == changed_tables(before, table_digests(pc1))
        received = {"officer", "course", "training_session", "backlog_lot", "backlog_record"}
        assert received <= set(result["tables"]) <= changes.tables  # the result says it too
        assert changes.lots is None and {Kind.TRAINING, Kind.OFFICERS} <= changes.kinds
    finally:
        pc1.close()
        pc2.close()


@pytest.mark.parametrize(("statement", "table"), [
    ("INSERT INTO officer (id, full_name) VALUES (?, ?)", "officer"),
    ('INSERT OR REPLACE INTO "setting" (key, value) VALUES (?, ?)', "setting"),
    ("  UPDATE backlog_record SET status=? WHERE id IN (?)", "backlog_record"),
    ("UPDATE OR IGNORE main.account SET locked_until=NULL", "account"),
    ("DELETE FROM sync_quarantine WHERE id = ?", "sync_quarantine"),
    ("REPLACE INTO sync_state VALUES (?, ?)", "sync_state"),
    ("SELECT * FROM officer", None),
    ("WITH x AS (SELECT 1) SELECT * FROM x", None),
    ("PRAGMA optimize", None),
])
def test_the_table_a_statement_writes(statement, table):
    from db.touched import written_table

    assert written_table(statement) == table
