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


def _refused(store) -> list:
    with store.session() as s:
        return [r for r in lists.page_quarantine(s, ListQuery(), PageRequest(limit=10))
                if r.refused]


def test_a_refused_row_is_sent_again_or_discarded_here(hub, pcs, tmp_path):
    """The two actions of a refused row: send it again (refused again while the other commune
    holds the id, and listed once), then discard it here (gone from this computer only, nothing
    sent, the hub's record untouched, the commune keeps syncing)."""
    import pytest

    from core.sync import refused
    from db.errors import ValidationError

    pc1, _pc2, pc3 = pcs
    with pc1.write("admin") as s:
        register.save_note(s, "monthly", "2026-11", "Thiếu máy quét.")
        note = s.scalars(select(ReportNote)).one().id
    sync(pc1, hub, tmp_path)
    with pc3.write("admin") as s:
        s.add(ReportNote(id=note, kind="monthly", period="2026-10", text="Ghi chú của xã khác.",
                         commune_code=OTHER_COMMUNE))
    sync(pc3, hub, tmp_path)
    [entry] = _refused(pc3)
    with pc3.write("admin") as s:
        refused.resend(s, entry.id)
    assert _refused(pc3) == [] and sync_svc.status(pc3).pending == 1
    sync(pc3, hub, tmp_path)
    [again] = _refused(pc3)
    assert (again.row_id, again.reason) == (note, "other_commune")
    with pc3.write("admin") as s, pytest.raises(ValidationError):
        refused.resend(s, 10**9)  # an entry handled meanwhile: refused, nothing changes
    with pc3.write("admin") as s:
        refused.discard(s, again.id)
    assert _note_of(pc3.engine, note) is None and _refused(pc3) == []
    status = sync_svc.status(pc3)
    assert (status.pending, status.refused) == (0, 0)
    add_officer(pc3, "Hoàng Thị Lan", "020190009999")
    sync(pc3, hub, tmp_path)
    assert officers(hub.engine, OTHER_COMMUNE) == {"Hoàng Thị Lan": "0912345678"}
    assert _note_of(hub.engine, note) == (TEST_COMMUNE, "Thiếu máy quét.")


def test_a_refused_record_others_refer_to_is_not_discarded(hub, pcs, tmp_path):
    import pytest

    from core.sync import refused
    from db.errors import ValidationError
    from db.models import Account

    pc1, _pc2, pc3 = pcs
    an = add_officer(pc1, "Nguyễn Văn An", "020190001234")
    sync(pc1, hub, tmp_path)
    with pc1.session() as s:  # commune 06040 got a copy of commune 06385's officer row
        copied = {c.key: getattr(s.get(Officer, an), c.key) for c in Officer.__table__.columns}
    with pc3.write("admin") as s:
        s.add(Officer(**{**copied, "commune_code": OTHER_COMMUNE, "version": 1}))
        s.flush()
        s.scalars(select(Account)).first().officer_id = an
    sync(pc3, hub, tmp_path)
    [entry] = [r for r in _refused(pc3) if r.table_name == "officer"]
    with pc3.write("admin") as s, pytest.raises(ValidationError) as err:
        refused.discard(s, entry.id)
    assert "Tài khoản" in err.value.message()
    with pc3.session() as s:
        assert s.get(Officer, an) is not None  # nothing changed
    assert [r.table_name for r in _refused(pc3)].count("officer") == 1
