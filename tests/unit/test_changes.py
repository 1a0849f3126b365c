"""Change capture: every write of a synced table lands in change_log, in the same transaction."""

from __future__ import annotations

import datetime as dt
import uuid

import orjson
import pytest
from sqlalchemy import delete, func, insert, select, update

from core.officers import registry as svc
from db.changes import ChangeCaptureError, bulk_insert, bulk_update
from db.models import Account, ChangeLog, Officer
from tests.conftest import TEST_COMMUNE


def _log(store, table=None):
    with store.session() as s:
        stmt = select(ChangeLog).order_by(ChangeLog.seq)
        if table:
            stmt = stmt.where(ChangeLog.table_name == table)
        return list(s.scalars(stmt))


def _officer(name="Nguyễn Văn An", cccd="020190001234"):
    return svc.OfficerInput(full_name=name, cccd=cccd, birth_date=dt.date(1985, 3, 2),
                            position="Công chức Tư pháp - Hộ tịch", phone="0912345678")


def test_insert_update_soft_delete_are_logged_with_payload_and_version(ready_store):
    with ready_store.write("canbo1") as s:
        officer_id = svc.create(s, _officer()).id
    with ready_store.write("canbo2") as s:
        o = s.get(Officer, officer_id)
        o.position = "Chủ tịch UBND"
    with ready_store.write("canbo3") as s:
        svc.delete(s, officer_id)

    rows = _log(ready_store, "officer")
    assert [(r.op, r.version, r.actor) for r in rows] == [
        ("insert", 1, "canbo1"), ("update", 2, "canbo2"), ("delete", 3, "canbo3"),
    ]
    assert all(r.row_id == officer_id for r in rows)
    payload = orjson.loads(rows[1].payload)
    assert payload["position"] == "Chủ tịch UBND"
    assert payload["full_name"] == "Nguyễn Văn An"
    assert payload["birth_date"] == "1985-03-02"
    assert payload["version"] == 2
    assert orjson.loads(rows[2].payload)["deleted"] is True
    ctx = ready_store.context
    assert {(r.node_id, r.epoch, r.commune_code) for r in rows} == {(ctx.node_id, 1, ctx.commune_code)}
    with ready_store.session() as s:
        stored = s.get(Officer, officer_id)
        assert stored.version == 3 and stored.deleted and stored.updated_by == "canbo3"


def test_rollback_leaves_neither_row_nor_log(ready_store):
    before = len(_log(ready_store))
    with pytest.raises(RuntimeError):
        with ready_store.write("x") as s:
            svc.create(s, _officer())
            raise RuntimeError("power cut")
    assert len(_log(ready_store)) == before
    with ready_store.session() as s:
        assert s.scalar(select(func.count()).select_from(Officer)) == 0


def test_seq_strictly_increasing_across_sessions(ready_store):
    for i in range(5):
        with ready_store.write("x") as s:
            svc.create(s, _officer(f"Trần Thị Lan {chr(65 + i)}".replace(" A", "").strip(),
                                   f"02019000{i:04d}"))
    seqs = [r.seq for r in _log(ready_store)]
    assert seqs == sorted(seqs)
    assert len(seqs) == len(set(seqs))
    assert seqs == list(range(1, len(seqs) + 1))


def test_unchanged_object_writes_no_log(ready_store):
    with ready_store.write("x") as s:
        officer_id = svc.create(s, _officer()).id
    before = len(_log(ready_store))
    with ready_store.write("x") as s:
        svc.update(s, officer_id, _officer())  # same values
    assert len(_log(ready_store)) == before


def test_hard_delete_of_synced_row_is_refused(ready_store):
    with ready_store.write("x") as s:
        officer_id = svc.create(s, _officer()).id
    with pytest.raises(ChangeCaptureError):
        with ready_store.write("x") as s:
            s.delete(s.get(Officer, officer_id))
    with ready_store.session() as s:
        assert s.get(Officer, officer_id) is not None


@pytest.mark.parametrize("make_stmt", [
    lambda: update(Officer).values(position="x"),
    lambda: delete(Officer),
    lambda: insert(Officer).values(full_name="A", cccd="1" * 12),
])
def test_set_based_writes_bypassing_the_log_are_refused(ready_store, make_stmt):
    with ready_store.write("x") as s:
        svc.create(s, _officer())
    with pytest.raises(ChangeCaptureError):
        with ready_store.write("x") as s:
            s.execute(make_stmt())


def test_bulk_insert_and_update_log_every_row(ready_store):
    rows = [{"full_name": f"Lê Văn {i}", "cccd": f"0201{i:08d}"} for i in range(1200)]
    with ready_store.write("bulk") as s:
        assert bulk_insert(s, Officer, rows) == 1200
    log = _log(ready_store, "officer")
    assert len(log) == 1200 and {r.op for r in log} == {"insert"}
    with ready_store.session() as s:
        ids = list(s.scalars(select(Officer.id).order_by(Officer.cccd)))[:700]
    with ready_store.write("bulk2") as s:
        assert bulk_update(s, Officer, ids, {"department": "Văn phòng"}) == 700
    updates = [r for r in _log(ready_store, "officer") if r.op == "update"]
    assert len(updates) == 700
    assert {orjson.loads(r.payload)["department"] for r in updates} == {"Văn phòng"}
    assert {r.version for r in updates} == {2}
    seqs = [r.seq for r in _log(ready_store)]
    assert len(seqs) == len(set(seqs))
    with ready_store.session() as s:
        assert s.scalar(select(func.count()).where(Officer.version == 2)) == 700


def test_account_password_hash_never_in_log(ready_store):
    log = _log(ready_store, "account")
    assert log, "creating the admin account must be logged"
    for row in log:
        payload = orjson.loads(row.payload)
        assert "password_hash" not in payload
        assert payload["username"] == "admin"
    with ready_store.session() as s:
        assert s.scalar(select(Account.password_hash)).startswith("$argon2")


def test_writes_without_setup_are_refused(store):
    with pytest.raises(ChangeCaptureError):
        with store.write("x") as s:
            svc.create(s, _officer())
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0


def test_ids_are_natural_for_officers_and_time_ordered_elsewhere(ready_store):
    from db.ids import uuid7

    with ready_store.write("x") as s:
        officer = svc.create(s, _officer())
    assert officer.id == svc.officer_id_for(TEST_COMMUNE, "020190001234")
    ids = [uuid7() for _ in range(2000)]
    assert ids == sorted(ids, key=lambda u: u.bytes)
    assert all(u.version == 7 for u in ids)
    assert isinstance(officer.id, uuid.UUID)
