"""Importing backlog lots: merged headers, BOM, ';', 1.234, bad rows refused, nothing written."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from core.backlog import import_lots as imp
from core.backlog import lots as svc
from db.errors import UserError
from db.models import BacklogLot
from tests.conftest import TEST_COMMUNE


def write_xlsx(path, rows, merged_header=True):
    wb = Workbook()
    ws = wb.active
    ws.append(["UBND XÃ HỮU LŨNG"])
    ws.append(["DANH MỤC HỒ SƠ TỒN ĐỌNG CẦN SỐ HÓA"])
    ws.append([])
    if merged_header:
        ws.append(["STT", "Lĩnh vực", "Loại hồ sơ", "Thời gian", None, "Số lượng hồ sơ", None,
                   "Nơi lưu trữ"])
        ws.append([None, None, None, "Từ năm", "Đến năm", "Tổng số", "Đã số hóa", None])
        for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4", "H4:H5"):
            ws.merge_cells(rng)
    for number, values in enumerate(rows, start=1):
        ws.append([number, *values])
    ws.append([None, "Tổng cộng", None, None, None, 99999])
    ws.append([None, "Người lập biểu", None, None, None, None, "Chủ tịch UBND xã"])
    wb.save(path)
    return path


ROWS = [
    ["Hộ tịch", "Sổ đăng ký khai sinh", 1999, 2005, "3.150", 0, "Kho UBND xã"],
    ["Chứng thực", "Sổ chứng thực bản sao", 2015, 2020, 1234, "200", "Tủ 2"],
    ["Đất đai", "Hồ sơ cấp GCN quyền sử dụng đất", 2010, 2010, "850", None, "Phòng địa chính"],
]


def lots_count(store) -> int:
    with store.session() as s:
        return s.execute(select(func.count()).select_from(BacklogLot)).scalar()


def run(store, path):
    with store.write("t") as s:
        result = imp.preview(s, imp.read_table(path))
        if result.has_errors:
            return result, None
        return result, imp.apply(s, result, TEST_COMMUNE)


def test_merged_headers_thousands_and_reimport(ready_store, tmp_path):
    path = write_xlsx(tmp_path / "ton-dong.xlsx", ROWS)
    result, summary = run(ready_store, path)
    assert summary == {"new": 3, "update": 0, "unchanged": 0}
    assert [r.row_no for r in result.rows] == [6, 7, 8]
    first = result.rows[0].data
    assert (first.field, first.year_from, first.year_to, first.total_records) == ("ho_tich", 1999, 2005, 3150)
    assert result.rows[1].data.digitized_before == 200 and result.rows[1].data.total_records == 1234
    _, again = run(ready_store, path)
    assert again == {"new": 0, "update": 0, "unchanged": 3}
    assert lots_count(ready_store) == 3


def test_bad_rows_refused_with_row_numbers_nothing_written(ready_store, tmp_path):
    rows = ROWS + [["Hộ tịch", "Sổ khai tử", 2000, 2001, "-5", 0, ""],
                   ["Hộ tịch", "Sổ kết hôn", 2000, 2001, "100", "150", ""],
                   ["Ngoại giao", "Sổ gì đó", 2000, 2001, "10", 0, ""]]
    path = write_xlsx(tmp_path / "loi.xlsx", rows)
    result, summary = run(ready_store, path)
    assert summary is None
    errors = {r.row_no: r.problems[0].message() for r in result.rows if r.status == "error"}
    assert sorted(errors) == [9, 10, 11]
    assert "negative" in errors[9] and "exceed the total" in errors[10] and "Ngoại giao" in errors[11]
    with ready_store.write("t") as s, pytest.raises(UserError, match="nothing was imported"):
        imp.apply(s, result, TEST_COMMUNE)
    assert lots_count(ready_store) == 0


@pytest.mark.parametrize("encoding,sep", [("utf-8-sig", ";"), ("utf-8", ",")])
def test_csv_with_bom_and_separators(ready_store, tmp_path, encoding, sep):
    lines = ["Danh mục hồ sơ tồn đọng", "",
             sep.join(["STT", "Lĩnh vực", "Loại hồ sơ", "Năm", "Tổng số hồ sơ", "Ghi chú"]),
             sep.join(["1", "Hộ tịch", "Sổ đăng ký kết hôn", "1999-2003", '"1.234"', "Mục nát"]),
             sep.join(["2", "Xây dựng", "Giấy phép xây dựng", "2018", "75", ""])]
    path = tmp_path / "lots.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))
    result, summary = run(ready_store, path)
    assert summary == {"new": 2, "update": 0, "unchanged": 0}, [p.message() for p in result.problems]
    data = result.rows[0].data
    assert (data.record_kind, data.year_from, data.year_to, data.total_records) == (
        "Sổ đăng ký kết hôn", 1999, 2003, 1234)
    assert result.rows[1].data.field == "xay_dung"


def test_no_header_found(ready_store, tmp_path):
    path = tmp_path / "khac.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(UserError, match="khac.csv"):
        imp.read_table(path)


def test_field_names():
    assert svc.field_code("HỘ TỊCH") == "ho_tich"
    assert svc.field_code("Tài nguyên và Môi trường") == "tai_nguyen"
    assert svc.field_code("Ngoại giao") is None
