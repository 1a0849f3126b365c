"""Records signed or stored in a month are found through their own indexes (migration 0020):
the QĐ 766 evidence on Tổng quan reads a month of records, never every record of the commune."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import event, select

from core.backlog import indicators as ind
from core.backlog import lots as lots_svc
from core.backlog import records as recs
from db.models import BacklogRecord

VN = dt.timezone(dt.timedelta(hours=7))


def _signed(store, numbers_and_times) -> None:
    with store.write("admin") as s:
        lot = lots_svc.create_lot(s, lots_svc.LotInput("ho_tich", "Sổ khai sinh", 2000, 2010, 40))
        recs.generate_records(s, lot.id, 1, 40)
        s.flush()
        for number, when, status in numbers_and_times:
            record = s.execute(select(BacklogRecord).where(
                BacklogRecord.lot_id == lot.id, BacklogRecord.record_no == number)).scalar_one()
            record.status, record.signed_at = status, when
            if status == "stored":
                record.stored_at = when


@pytest.fixture
def vietnam_clock(monkeypatch):
    """The computer's clock set to Vietnam's time zone, as on a commune's PC."""
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_month_evidence_counts_by_month_and_seeks_its_index(ready_store, vietnam_clock):
    nov_last_evening = dt.datetime(2026, 11, 30, 23, 30, tzinfo=VN)  # 16:30 UTC, in November
    dec_first_morning = dt.datetime(2026, 12, 1, 6, 0, tzinfo=VN)  # 23:00 UTC on 30/11
    _signed(ready_store, [(1, nov_last_evening, "signed"), (2, dec_first_morning, "stored"),
                          (3, dt.datetime(2026, 12, 15, 9, 0, tzinfo=VN), "signed")])
    statements: list[tuple[str, object]] = []

    @event.listens_for(ready_store.engine, "before_cursor_execute")
    def keep(conn, cursor, statement, params, context, many):
        if "backlog_record" in statement:
            statements.append((statement, params))

    try:
        with ready_store.session() as s:
            december = ind.record_evidence(s, dt.date(2026, 12, 1))
            november = ind.record_evidence(s, dt.date(2026, 11, 1))
    finally:
        event.remove(ready_store.engine, "before_cursor_execute", keep)
    # the month of the commune's own clock: the record signed at 06:00 on 01/12 counts in December
    assert (november.signed, november.stored) == (1, 0)
    assert (december.signed, december.stored) == (2, 1)
    raw = ready_store.engine.raw_connection()
    try:
        plans = [" | ".join(row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + statement,
                                                          params).fetchall())
                 for statement, params in statements]
    finally:
        raw.close()
    assert len(plans) == 4
    for plan in plans:
        assert "ix_backlog_record_signed_at" in plan or "ix_backlog_record_stored_at" in plan, plan
        assert "SCAN backlog_record" not in plan, plan
