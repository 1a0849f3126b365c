"""Backlog services: lots, record generation, the status workflow, counters, undo, forecast."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from core.backlog import listing as lst
from core.backlog import lots as svc
from core.backlog import progress as prog
from core.backlog import records as recs
from core.paging import PageRequest
from core.settings import LAST_SYNC_AT, set_setting
from db.errors import ValidationError
from db.models import BacklogCounter, BacklogDaily, BacklogRecord, ChangeLog
from tests.unit.training_fixtures import add_officer

BIRTHS = svc.LotInput(field="ho_tich", record_kind="Sổ đăng ký khai sinh", year_from=1999,
                      year_to=1999, total_records=450, storage="Kho UBND xã, tủ số 2")


@pytest.fixture
def lot(ready_store):
    with ready_store.write("t") as s:
        lot_id = svc.create_lot(s, BIRTHS).id
        recs.generate_records(s, lot_id, 1, 450)
    return lot_id


@pytest.fixture
def officer(ready_store):
    return add_officer(ready_store, "Nguyễn Văn An", "020190001234")


def counters(store) -> dict:
    with store.session() as s:
        return {(lot, st): c for lot, st, c in s.execute(
            select(BacklogCounter.lot_id, BacklogCounter.status, BacklogCounter.count)) if c}


def daily(store) -> dict:
    with store.session() as s:
        return {(d, o, lot, st): c for d, o, lot, st, c in s.execute(
            select(BacklogDaily.day, BacklogDaily.officer_id, BacklogDaily.lot_id,
                   BacklogDaily.status, BacklogDaily.count)) if c}


def assert_counters_match_recount(store) -> None:
    before, before_daily = counters(store), daily(store)
    with store.write("t") as s:
        svc.recount(s)
    assert counters(store) == before
    assert daily(store) == before_daily


def test_lot_rules(ready_store):
    with ready_store.write("t") as s:
        for bad, field in ((dict(field="xyz"), "field"), (dict(record_kind=" "), "record_kind"),
                           (dict(year_from=2001, year_to=1999), "year_to"),
                           (dict(total_records=-1), "total_records"),
                           (dict(digitized_before=500), "digitized_before")):
            data = svc.LotInput(**{**vars(BIRTHS), **bad})
            with pytest.raises(ValidationError) as err:
                svc.create_lot(s, data)
            assert err.value.field == field


def test_generate_450_records_logged_and_counted(ready_store, lot):
    with ready_store.session() as s:
        assert s.execute(select(func.count()).select_from(BacklogRecord)).scalar() == 450
        logged = s.execute(select(func.count()).select_from(ChangeLog)
                           .where(ChangeLog.table_name == "backlog_record")).scalar()
        assert logged == 450
        first = s.execute(select(BacklogRecord).where(BacklogRecord.record_no == 1)).scalar_one()
        assert first.title == "Sổ đăng ký khai sinh 1999 – 1"
    assert counters(ready_store) == {(lot, "pending"): 450}
    with ready_store.write("t") as s, pytest.raises(ValidationError, match="already exist"):
        recs.generate_records(s, lot, 440, 460)


def test_workflow_and_invalid_transitions(ready_store, lot, officer):
    rng = recs.Selection(lot_id=lot, first_no=120, last_no=180)
    with ready_store.write("t") as s:
        recs.change_status(s, rng, "scanned", officer, dt.date(2026, 11, 20))
    with ready_store.write("t") as s, pytest.raises(recs.StepRefused) as err:
        recs.change_status(s, recs.Selection(lot_id=lot, first_no=170, last_no=190), "verified", officer)
    assert "181, 182, 183, 184, 185 …" in err.value.message()
    with ready_store.write("t") as s:
        recs.change_status(s, rng, "verified", officer, dt.date(2026, 11, 21))
    with ready_store.write("t") as s, pytest.raises(ValidationError, match="no valid signing"):
        recs.change_status(s, rng, "signed", officer)
    with ready_store.write("t") as s, pytest.raises(ValidationError, match="reason"):
        recs.change_status(s, recs.Selection(lot_id=lot, first_no=1, last_no=2), "rejected", officer)
    with ready_store.write("t") as s:
        recs.change_status(s, recs.Selection(lot_id=lot, first_no=1, last_no=2), "rejected",
                           officer, reason="Sổ rách, mất trang")
    with ready_store.session() as s:
        r = s.execute(select(BacklogRecord).where(BacklogRecord.record_no == 150)).scalar_one()
        assert (r.status, r.scanned_by, r.verified_by) == ("verified", officer, officer)
        assert r.scanned_at.astimezone().date() == dt.date(2026, 11, 20)
    assert counters(ready_store) == {(lot, "pending"): 387, (lot, "verified"): 61, (lot, "rejected"): 2}
    assert_counters_match_recount(ready_store)


def test_undo_restores_and_refuses_after_sync(ready_store, lot, officer):
    rng = recs.Selection(lot_id=lot, first_no=1, last_no=100)
    with ready_store.write("t") as s:
        scanned = recs.change_status(s, rng, "scanned", officer, dt.date(2026, 11, 19)).id
        verified = recs.change_status(s, recs.Selection(lot_id=lot, first_no=1, last_no=50),
                                      "verified", officer).id
    with ready_store.write("t") as s, pytest.raises(ValidationError, match="later changes"):
        recs.undo_batch(s, scanned)
    with ready_store.write("t") as s:
        recs.undo_batch(s, verified)
    assert counters(ready_store) == {(lot, "pending"): 350, (lot, "scanned"): 100}
    assert_counters_match_recount(ready_store)
    with ready_store.write("t") as s:
        set_setting(s, LAST_SYNC_AT, dt.datetime.now(dt.UTC).isoformat())
    with ready_store.write("t") as s, pytest.raises(ValidationError, match="last sync"):
        recs.undo_batch(s, scanned)


def test_counters_always_equal_a_recount(ready_store, lot, officer):
    steps = [("scanned", 1, 300), ("verified", 1, 200), ("rejected", 150, 250),
             ("pending", 150, 250), ("scanned", 150, 250)]
    for action, first, last in steps:
        with ready_store.write("t") as s:
            recs.change_status(s, recs.Selection(lot_id=lot, first_no=first, last_no=last), action,
                               officer, dt.date(2026, 11, 2), reason="Mờ")
        assert_counters_match_recount(ready_store)
    with ready_store.write("t") as s:
        last_batch = recs.last_batches(s, 1)[0]
        recs.undo_batch(s, last_batch.id)
    assert_counters_match_recount(ready_store)


def test_records_list_filters_and_keyset(ready_store, lot, officer):
    with ready_store.write("t") as s:
        recs.change_status(s, recs.Selection(lot_id=lot, first_no=10, last_no=19), "scanned",
                           officer, dt.date(2026, 11, 20))
    with ready_store.session() as s:
        q = lst.RecordQuery(lot_id=lot, status="scanned")
        assert lst.count_records(s, q) == 10
        assert lst.count_records(s, lst.RecordQuery(officer_id=officer)) == 10
        day = lst.RecordQuery(day_from=dt.date(2026, 11, 20), day_to=dt.date(2026, 11, 20))
        assert lst.count_records(s, day) == 10
        last = lst.page_records(s, lst.RecordQuery(lot_id=lot), PageRequest(5, from_end=True))
        assert [r.record_no for r in last] == [446, 447, 448, 449, 450]
        page = lst.page_records(s, q, PageRequest(4, after=(12, last[0].id.__class__(int=0))))
        assert [r.record_no for r in page] == [12, 13, 14, 15]
        assert page[0].officer_name == "Nguyễn Văn An"


def test_forecast_arithmetic():
    figures = prog.Figures(total=1000, before=100, by_status={"scanned": 50, "stored": 50})
    target = svc.Target(30.0, dt.date(2026, 12, 31))
    today = dt.date(2026, 11, 1)
    f = prog.forecast(figures, target, 10.0, today)  # 300 needed, 200 done: 100 / 10 = 10 days
    assert (f.needed, f.reached, f.date, f.missed) == (300, False, dt.date(2026, 11, 11), False)
    slow = prog.forecast(figures, target, 1.5, today)  # 67 days -> 7 Jan 2027: missed
    assert slow.date == dt.date(2027, 1, 7) and slow.missed
    assert prog.forecast(figures, target, 0, today).missed
    assert prog.forecast(figures, svc.Target(20.0, target.due_on), 0, today).reached


def test_progress_from_counters(ready_store, lot, officer):
    today = dt.date.today()
    with ready_store.write("t") as s:
        svc.create_lot(s, svc.LotInput(field="dat_dai", record_kind="Hồ sơ cấp GCN",
                                       total_records=550, digitized_before=50))
        recs.change_status(s, recs.Selection(lot_id=lot, first_no=1, last_no=112), "scanned",
                           officer, today)
    with ready_store.session() as s:
        p = prog.progress(s, today)
        assert p.overall.total == 1000 and p.overall.digitized == 162
        assert p.fields["ho_tich"].digitized == 112 and p.fields["dat_dai"].digitized == 50
        assert p.rate_per_day == pytest.approx(112 / prog.RATE_DAYS)
        rows = prog.throughput(s, "week")
        assert rows[0].officer == "Nguyễn Văn An" and rows[0].by_status == {"scanned": 112}
        assert sum(c for _w, c in prog.trend(s)) == 112
    assert [t.percent for t in svc.targets(ready_store.session())] == [30.0]


def test_export_xlsx(ready_store, lot, officer, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "so-hoa.xlsx"
    with ready_store.session() as s:
        assert lst.export(s, path, lambda t: t) == 450
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames == ["Lots", "Progress by field", "Records per officer", "Records"]
    assert next(wb["Records per officer"].iter_rows(values_only=True))[:2] == ("Officer", "Week from")
    rows = list(wb["Records"].iter_rows(values_only=True))
    assert len(rows) == 451 and rows[1][:4] == ("Sổ đăng ký khai sinh 1999", 1,
                                                "Sổ đăng ký khai sinh 1999 – 1", "Not digitized")
