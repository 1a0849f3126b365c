"""A row the hub refuses never blocks the rest: the other changes are applied, the refused one
waits in the commune's quarantine with its reason, and both communes keep syncing."""

from __future__ import annotations

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.paging import PageRequest
from core.reports import register
from core.sync import lists
from core.sync import service as sync_svc
from core.sync.lists import ListQuery
from db.models import Officer, ReportNote, SyncQuarantine
from tests.conftest import TEST_COMMUNE
from tests.hub.conftest import OTHER_COMMUNE
from tests.hub.test_hub_security import bundle_for_hub, push_raw
from tests.hub.test_hub_sync import officers, sync
from tests.sync.conftest import add_officer


def _note_of(engine, note_id):
    with Session(engine) as s:
        row = s.get(ReportNote, note_id)
        return (row.commune_code, row.text) if row else None


def test_a_row_of_another_commune_is_refused_alone_and_quarantined(hub, pcs, tmp_path):
    pc1, pc2, pc3 = pcs
    with pc1.write("admin") as s:
        register.save_note(s, "monthly", "2026-11", "Thiếu máy quét.")
        note = s.scalars(select(ReportNote)).one().id
    sync(pc1, hub, tmp_path)
    # commune 06040 holds a row under the same id (data copied from another commune, or made
    # by a release whose ids did not include the commune), and a new officer
    with pc3.write("admin") as s:
        s.add(ReportNote(id=note, kind="monthly", period="2026-10", text="Ghi chú của xã khác.",
                         commune_code=OTHER_COMMUNE))
    add_officer(pc3, "Hoàng Thị Lan", "020190009999")
    sync(pc3, hub, tmp_path)  # no refusal of the whole push
    assert officers(hub.engine, OTHER_COMMUNE) == {"Hoàng Thị Lan": "0912345678"}
    assert _note_of(hub.engine, note) == (TEST_COMMUNE, "Thiếu máy quét.")
    status = sync_svc.status(pc3)
    assert (status.pending, status.refused, status.quarantined) == (0, 1, 0)
    with pc3.session() as s:
        rows = lists.page_quarantine(s, ListQuery(), PageRequest(limit=10))
    assert [(r.table_name, str(r.row_id), r.reason) for r in rows] == [
        ("report_note", str(note), "other_commune")]
    message = rows[0].message.message()
    assert TEST_COMMUNE in message and "delete it" in message
    # both communes keep syncing; the refusal is kept once however often the ACK is applied
    add_officer(pc3, "Đinh Văn Nam", "020190008888")
    sync(pc3, hub, tmp_path)
    with pc1.write("admin") as s:
        register.save_note(s, "monthly", "2026-11", "Thiếu máy quét và máy chủ.")
    sync(pc1, hub, tmp_path)
    sync(pc2, hub, tmp_path)
    assert set(officers(hub.engine, OTHER_COMMUNE)) == {"Hoàng Thị Lan", "Đinh Văn Nam"}
    assert _note_of(pc2.engine, note) == (TEST_COMMUNE, "Thiếu máy quét và máy chủ.")
    assert _note_of(pc3.engine, note) == (OTHER_COMMUNE, "Ghi chú của xã khác.")
    assert sync_svc.status(pc3).refused == 1 and sync_svc.status(pc3).pending == 0
    # an edit of the refused row is refused too, and listed with it
    with pc3.write("admin") as s:
        s.get(ReportNote, note).text = "Sửa lại."
    sync(pc3, hub, tmp_path)
    assert sync_svc.status(pc3).refused == 2
    assert _note_of(hub.engine, note)[0] == TEST_COMMUNE


def test_the_ack_names_the_refused_rows_and_counts_the_rest(hub, pcs, tmp_path):
    pc1, _pc2, pc3 = pcs
    officer = add_officer(pc1, "Nguyễn Văn An", "020190001234")
    sync(pc1, hub, tmp_path)
    with pc3.write("admin") as s:  # takes over a row of commune 06385 under its own code
        s.add(Officer(id=officer, full_name="Chiếm Quyền", cccd="020190007777",
                      commune_code=OTHER_COMMUNE))
    add_officer(pc3, "Hoàng Thị Lan", "020190009999")
    answer, _ = push_raw(hub, pc3, bundle_for_hub(pc3, hub, tmp_path / "y"))
    assert answer.status_code == 200
    ack = orjson.loads(answer.json()["ack"])
    assert ack["counts"]["refused"] == 1 and ack["counts"]["applied"] >= 1  # Lan and more
    assert [(r["table"], r["row"], r["reason"], r["params"]) for r in ack["refused"]] == [
        ("officer", str(officer), "other_commune", {"commune": TEST_COMMUNE})]
    with Session(hub.engine) as s:
        row = s.get(Officer, officer)
        assert (row.full_name, row.commune_code) == ("Nguyễn Văn An", TEST_COMMUNE)
    with pc3.session() as s:  # not applied by hand: nothing in quarantine yet
        assert s.scalars(select(SyncQuarantine)).all() == []
