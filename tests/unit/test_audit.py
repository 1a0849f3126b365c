"""Audit trail: readable history, filters, export, and a hash chain that detects edits."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from sqlalchemy import select, text

from core.audit import log as audit
from core.officers import registry as officers
from core.paging import PageRequest
from db.models import ChangeLog


def _history(store):
    with store.write("canbo") as s:
        officer = officers.create(s, officers.OfficerInput("Nguyễn Văn An", "020190001234",
                                                           position="Công chức"))
    with store.write("hoa") as s:
        data = officers.to_input(officers.get(s, officer.id))
        data.position = "Phó Chủ tịch"
        officers.update(s, officer.id, data)
    return officer.id


def test_history_reads_who_when_field_from_to(ready_store):
    _history(ready_store)
    with ready_store.session() as s:
        rows = audit.page(s, audit.AuditQuery(table="officer"), PageRequest(limit=10))
        assert audit.count(s, audit.AuditQuery(actor="hoa")) == 1
        assert audit.count(s, audit.AuditQuery(date_to=dt.date(2000, 1, 1))) == 0
        assert audit.count(s, audit.AuditQuery(date_from=dt.date.today())) >= 2
    newest, first = rows[0], rows[1]
    assert (newest.actor, newest.op, newest.title) == ("hoa", "update", "Nguyễn Văn An")
    assert newest.changes == [("position", "Công chức", "Phó Chủ tịch")]
    assert audit.describe_changes(newest, lambda t: t) == "Position: Công chức → Phó Chủ tịch"
    assert first.op == "insert" and ("cccd", None, "020190001234") in first.changes


def test_export_xlsx_lists_each_changed_field(ready_store, tmp_path):
    _history(ready_store)
    target = tmp_path / "nhat-ky.xlsx"
    with ready_store.session() as s:
        assert audit.export_xlsx(s, audit.AuditQuery(actor="hoa"), target, lambda t: t) == 1
    ws = load_workbook(target).active
    assert [c.value for c in ws[2]][1:] == ["hoa", "Officer", "Nguyễn Văn An", "Changed",
                                            "Position", "Công chức", "Phó Chủ tịch"]


def test_chain_detects_an_edited_row(ready_store):
    _history(ready_store)
    with ready_store.session() as s:
        report = audit.verify(s)
        assert report.ok and report.rows >= 3
        target = s.execute(select(ChangeLog.id).where(ChangeLog.actor == "canbo")).scalar()
    with ready_store.engine.begin() as conn:  # someone edits the file behind the app's back
        conn.execute(text("UPDATE change_log SET actor = 'hoa' WHERE id = :i"), {"i": target})
    with ready_store.session() as s:
        report = audit.verify(s)
    assert not report.ok and report.broken_at == target


def test_chain_detects_a_deleted_row_and_covers_foreign_inserts(ready_store):
    _history(ready_store)
    with ready_store.session() as s:
        last = s.execute(select(ChangeLog).order_by(ChangeLog.id.desc())).scalars().first()
        values = {c.key: getattr(last, c.key) for c in ChangeLog.__table__.columns
                  if c.key not in ("id", "chain_hash")}
    # a change received from another node, written by code that bypasses db.changes
    with ready_store.write("sync") as s:
        s.execute(ChangeLog.__table__.insert(), [dict(values, seq=values["seq"] + 100, epoch=9)])
    with ready_store.session() as s:
        assert s.execute(select(ChangeLog.chain_hash).order_by(ChangeLog.id.desc())).scalar()
        assert audit.verify(s).ok
        middle = s.execute(select(ChangeLog.id).order_by(ChangeLog.id).offset(1)).scalar()
    with ready_store.engine.begin() as conn:
        conn.execute(text("DELETE FROM change_log WHERE id = :i"), {"i": middle})
    with ready_store.session() as s:
        assert audit.verify(s).broken_at == middle + 1
