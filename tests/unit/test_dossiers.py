"""Dossier export import (XLSX/CSV, bad rows, re-import) and the QĐ 766 indicators 4.1–4.4."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from core.backlog import import_dossiers as imp
from core.backlog import indicators as ind
from db.models import ChangeLog, Dossier
from tests.conftest import TEST_COMMUNE

HEADER = ["STT", "MaHoSo", "MaTTHC", "LinhVuc", "NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy",
          "KenhThucHien", "DuocSoHoa", "DuocLayTuKhoDMQG", "MaKetQua"]
ROWS = [
    ["000.17.22.H56-261102-0001", "2.000635", "Hộ tịch", "02/11/2026", "05/11/2026", "04/11/2026",
     1, 1, 1, "KQ-0001"],
    ["000.17.22.H56-261103-0002", "1.001193", "Chứng thực", "03/11/2026", "03/11/2026",
     "03/11/2026", 2, 1, 0, ""],
    ["000.17.22.H56-261110-0003", "2.000635", "Hộ tịch", "10/11/2026", "20/11/2026", None, 3, 0, 0, ""],
    ["000.17.22.H56-261015-0004", "2.000635", "Hộ tịch", "15/10/2026", "25/10/2026", "02/11/2026",
     1, 1, 1, "KQ-0004"],
]


def write_xlsx(path, rows, header=HEADER):
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH HỒ SƠ TIẾP NHẬN"])
    ws.merge_cells("A1:K1")
    ws.append([])
    ws.append(header)
    for number, values in enumerate(rows, start=1):
        ws.append([number, *values])
    wb.save(path)
    return path


def count(store) -> int:
    with store.session() as s:
        return s.execute(select(func.count()).select_from(Dossier)).scalar()


def run(store, path):
    with store.write("t") as s:
        result = imp.preview(s, imp.read_table(path))
        if result.has_errors:
            return result, None
        return result, imp.apply(s, result, TEST_COMMUNE)


def test_import_then_reimport_changes_nothing(ready_store, tmp_path):
    path = write_xlsx(tmp_path / "hoso.xlsx", ROWS)
    result, summary = run(ready_store, path)
    assert summary == {"new": 4, "update": 0, "unchanged": 0}
    assert [r.row_no for r in result.rows] == [4, 5, 6, 7]
    with ready_store.session() as s:
        d = s.execute(select(Dossier).where(Dossier.code == ROWS[0][0])).scalar_one()
        assert d.id == imp.dossier_id(TEST_COMMUNE, ROWS[0][0])
        assert (d.received_on, d.channel, d.digitized, d.result_stored) == (
            dt.date(2026, 11, 2), 1, True, True)
        logged = s.execute(select(func.count()).select_from(ChangeLog)
                           .where(ChangeLog.table_name == "dossier")).scalar()
    assert logged == 4
    _, again = run(ready_store, path)
    assert again == {"new": 0, "update": 0, "unchanged": 4}
    assert count(ready_store) == 4


def test_vietnamese_headers_csv_with_bom_and_semicolons(ready_store, tmp_path):
    header = ["STT", "Mã hồ sơ", "Mã thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả",
              "Ngày kết thúc xử lý", "Kênh thực hiện", "Được số hóa", "Tái sử dụng dữ liệu", "Mã kết quả"]
    lines = [";".join(header)] + [";".join(str(v if v is not None else "") for v in [n, *row])
                                  for n, row in enumerate(ROWS, start=1)]
    path = tmp_path / "hoso.csv"
    path.write_bytes("\ufeff".encode() + "\n".join(lines).encode())
    _, summary = run(ready_store, path)
    assert summary["new"] == 4


def test_bad_rows_refused_with_row_numbers_nothing_written(ready_store, tmp_path):
    bad = ROWS + [
        ["H56-12", "2.000635", "Hộ tịch", "02/11/2026", None, None, 1, 0, 0, ""],
        ["000.17.22.H56-261102-0009", "2.000635", "Hộ tịch", "02/11/2026", None, None, 7, 0, 0, ""],
        ["000.17.22.H56-261102-0010", "2.000635", "Hộ tịch", "12/11/2026", "10/11/2026", None, 1, 0, 0, ""],
    ]
    result, summary = run(ready_store, write_xlsx(tmp_path / "loi.xlsx", bad))
    assert summary is None
    errors = {r.row_no: r.problems[0].message() for r in result.rows if r.status == "error"}
    assert set(errors) == {8, 9, 10}
    assert "H56-12" in errors[8] and "channel 7" in errors[9] and "before the reception" in errors[10]
    with ready_store.write("t") as s, pytest.raises(Exception, match="nothing was imported"):
        imp.apply(s, result, TEST_COMMUNE)
    assert count(ready_store) == 0


def test_score_formula():
    assert ind.score(80.0, 80.0, 4.0) == 4.0  # exactly at target
    assert ind.score(95.0, 80.0, 4.0) == 4.0  # over target
    assert ind.score(40.0, 80.0, 4.0) == pytest.approx(2.0)
    assert ind.score(0.0, 100.0, 6.0) == 0.0
    assert ind.score(None, 80.0, 2.0) == 2.0  # no dossiers


def test_targets_and_points_as_in_the_domain():
    """DOMAIN.md: 4.1 6 pts, 4.2 4 pts target 80 %, 4.3 2 pts target 80 %, 4.4 4 pts; no target
    is set for 4.1 and 4.4, so their points follow the rate (target 100 %)."""
    defs = {d.code: (d.pmax, d.target) for d in ind.INDICATORS}
    assert defs == {"4.1": (6.0, 100.0), "4.2": (4.0, 80.0), "4.3": (2.0, 80.0), "4.4": (4.0, 100.0)}

    def points(code, numerator, denominator):
        d = next(d for d in ind.INDICATORS if d.code == code)
        return ind.Indicator(d, numerator, denominator).points

    assert points("4.1", 45, 90) == pytest.approx(3.0)  # 50 % × 6 / 100
    assert points("4.2", 17, 20) == pytest.approx(4.0)  # 85 % ≥ 80 %: full points
    assert points("4.2", 12, 20) == pytest.approx(3.0)  # 60 % × 4 / 80
    assert points("4.3", 3, 5) == pytest.approx(1.5)  # 60 % × 2 / 80
    assert points("4.3", 4, 5) == pytest.approx(2.0)  # exactly 80 %
    assert points("4.4", 9, 10) == pytest.approx(3.6)  # 90 % × 4 / 100
    assert points("4.4", 0, 0) == 4.0  # nothing finished this month: nothing to fall short of


def test_month_indicators_hand_computed(ready_store, tmp_path):
    run(ready_store, write_xlsx(tmp_path / "hoso.xlsx", ROWS))
    with ready_store.session() as s:
        nov = ind.month_indicators(s, dt.date(2026, 11, 1))
        empty = ind.month_indicators(s, dt.date(2026, 9, 1))
        months = ind.months_with_dossiers(s)
    by = {i.definition.code: i for i in nov.items}
    # finished in Nov: rows 1, 2, 4; with MaKetQua: rows 1, 4 -> 2/3 of 100 % target, 6 pts
    assert (by["4.1"].numerator, by["4.1"].denominator) == (2, 3)
    assert by["4.1"].points == pytest.approx(4.0)
    # received in Nov: rows 1, 2, 3; digitized: 1, 2 -> 66.7 % of 80 %, 4 pts -> 3.333
    assert (by["4.2"].numerator, by["4.2"].denominator) == (2, 3)
    assert by["4.2"].points == pytest.approx(2 / 3 * 100 * 4 / 80)
    assert (by["4.3"].numerator, by["4.3"].denominator) == (1, 3)
    assert by["4.3"].points == pytest.approx(1 / 3 * 100 * 2 / 80)
    assert (by["4.4"].numerator, by["4.4"].denominator) == (2, 3)
    assert nov.pmax == 16.0
    assert nov.points == pytest.approx(sum(i.points for i in nov.items))
    assert all(i.denominator == 0 and i.rate is None for i in empty.items)
    assert empty.points == empty.pmax
    assert months == [dt.date(2026, 11, 1), dt.date(2026, 10, 1)]


def test_parse_month():
    assert ind.parse_month("2026-11") == dt.date(2026, 11, 1)
    assert ind.parse_month("11/2026") == dt.date(2026, 11, 1)
    with pytest.raises(Exception, match="not a month"):
        ind.parse_month("tháng 11")
