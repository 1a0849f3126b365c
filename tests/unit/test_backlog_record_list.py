"""Importing a lot's list of records (number, title): CSV/XLSX, bad rows refused, re-import."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from core.backlog import import_records as imp
from core.backlog import lots as svc
from core.backlog import records as recs
from db.models import BacklogRecord
from tests.unit.test_backlog import BIRTHS, assert_counters_match_recount, counters


@pytest.fixture
def lot(ready_store):
    with ready_store.write("t") as s:
        return svc.create_lot(s, BIRTHS).id


def write_xlsx(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH MỤC HỒ SƠ CỦA LÔ"])
    ws.append(["Số thứ tự", "Tên hồ sơ", "Ghi chú"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def run(store, lot_id, path):
    with store.write("t") as s:
        result = imp.preview(s, lot_id, imp.read_table(path))
        if result.has_errors:
            return result, None
        return result, imp.apply(s, result)


def titles(store, lot_id) -> dict[int, str]:
    with store.session() as s:
        return dict(s.execute(select(BacklogRecord.record_no, BacklogRecord.title)
                              .where(BacklogRecord.lot_id == lot_id)).all())


def test_import_list_then_again_and_counters(ready_store, lot, tmp_path):
    with ready_store.write("t") as s:
        recs.generate_records(s, lot, 1, 2)
    rows = [[1, "Khai sinh Nguyễn Văn A", ""], [3, "Khai sinh Trần Thị B", ""],
            ["1.005", "Khai sinh Lê C", ""]]
    result, summary = run(ready_store, lot, write_xlsx(tmp_path / "ds.xlsx", rows))
    assert summary == {"new": 2, "update": 1, "unchanged": 0}
    assert titles(ready_store, lot)[1005] == "Khai sinh Lê C"
    assert titles(ready_store, lot)[1] == "Khai sinh Nguyễn Văn A"
    assert counters(ready_store) == {(lot, "pending"): 4}
    assert_counters_match_recount(ready_store)
    _, again = run(ready_store, lot, write_xlsx(tmp_path / "ds.xlsx", rows))
    assert again == {"new": 0, "update": 0, "unchanged": 3}


def test_csv_bom_semicolons(ready_store, lot, tmp_path):
    path = tmp_path / "ds.csv"
    path.write_bytes("\ufeffSố thứ tự;Tên hồ sơ\n1;Sổ khai sinh 1999 – 1\n2;Sổ khai sinh 1999 – 2\n".encode())
    _, summary = run(ready_store, lot, path)
    assert summary["new"] == 2


def test_bad_rows_refused_nothing_written(ready_store, lot, tmp_path):
    rows = [[1, "A", ""], ["-3", "B", ""], [2, "", ""], [1, "C", ""]]
    result, summary = run(ready_store, lot, write_xlsx(tmp_path / "loi.xlsx", rows))
    assert summary is None
    errors = {r.row_no: r.problems[0].message() for r in result.rows if r.status == "error"}
    assert set(errors) == {4, 5, 6}
    assert "-3" in errors[4] and "title" in errors[5] and "row 3" in errors[6]
    with ready_store.session() as s:
        assert s.execute(select(func.count()).select_from(BacklogRecord)).scalar() == 0
