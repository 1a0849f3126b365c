"""The generic sheet reader: headers under titles, merged two-row headers, footers, bad files."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook

from core import xlsx_table
from core.xlsx_table import ImportProblem, cell_text, guess_mapping, header_key, match_score, read_table
from db.errors import N_, UserError, ValidationError

# a backlog-lot-like list: the module must not know about officers
LOT_SYNONYMS = {
    "stt": ("STT",),
    "code": ("Mã hồ sơ", "Số hồ sơ"),
    "title": ("Tên hồ sơ", "Tiêu đề"),
    "year": ("Năm",),
    "pages": ("Số trang", "Số tờ"),
}
LOT_REQUIRED = ("code", "title")


def _save(wb: Workbook, path):
    wb.save(path)
    return path


def _lot_sheet(ws, header_row: int, rows: list[list], title: str | None = "DANH MỤC HỒ SƠ"):
    if title:
        ws.cell(1, 1, title)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    for col, text in enumerate(["STT", "Mã hồ sơ", "Tên hồ sơ", "Năm", "Số trang"], start=1):
        ws.cell(header_row, col, text)
    for i, values in enumerate(rows, start=header_row + 1):
        for col, value in enumerate(values, start=1):
            ws.cell(i, col, value)


# matching headers -----------------------------------------------------------------------------
def test_header_key_drops_accents_and_punctuation():
    assert header_key("Họ, tên") == "ho ten"
    assert header_key("CMND/CCCD") == "cmnd cccd"
    assert header_key("  Số ĐT (di động) ") == "so dt di dong"


def test_match_score_prefers_exact_then_sub_header_then_prefix():
    assert match_score("Số CCCD", "số cccd") == 3.0
    assert match_score("Thông tin liên hệ / Điện thoại", "Điện thoại") == 2.5
    assert match_score("Họ và tên cán bộ", "Họ và tên") == 2.0
    assert match_score("Số điện thoại cơ quan", "điện thoại") == 1.0
    assert match_score("Người lập", "Ngày sinh") == 0.0
    assert match_score("Ngày cấp", "Năm") == 0.0  # whole words only


def test_guess_mapping_gives_each_column_to_its_best_field_once():
    headers = ["STT", "Ngày cấp / Mã hồ sơ", "Mã hồ sơ", "Tên hồ sơ", "", "Số tờ"]
    mapping = guess_mapping(headers, LOT_SYNONYMS)
    assert mapping == {"stt": 0, "code": 2, "title": 3, "year": None, "pages": 5}


def test_cell_text_renders_numbers_and_normalises():
    assert cell_text(12.0) == "12"
    assert cell_text(None) == ""
    assert cell_text(unicodedata.normalize("NFD", "  Nguyễn   Thị ")) == "Nguyễn Thị"


# finding the table ----------------------------------------------------------------------------
def test_header_found_below_title_rows(tmp_path):
    wb = Workbook()
    _lot_sheet(wb.active, 7, [[1, "HS-01", "Hồ sơ đất đai", 2019, 12]])
    table = read_table(_save(wb, tmp_path / "lots.xlsx"), LOT_SYNONYMS, LOT_REQUIRED)
    assert (table.header_row_first, table.header_row_last) == (7, 7)
    assert table.headers == ["STT", "Mã hồ sơ", "Tên hồ sơ", "Năm", "Số trang"]
    assert table.rows == [(8, [1, "HS-01", "Hồ sơ đất đai", 2019, 12])]


def test_header_beyond_search_rows_is_not_found(tmp_path):
    wb = Workbook()
    _lot_sheet(wb.active, xlsx_table.HEADER_SEARCH_ROWS + 1, [[1, "HS-01", "Hồ sơ", 2019, 3]])
    with pytest.raises(UserError) as info:
        read_table(_save(wb, tmp_path / "deep.xlsx"), LOT_SYNONYMS, LOT_REQUIRED)
    assert info.value.template == xlsx_table.NOT_FOUND
    assert info.value.params["file"] == "deep.xlsx"


def test_merged_two_row_header_is_combined_per_column(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A3"], ws["B3"], ws["E3"] = "STT", "Thông tin hồ sơ", "Số trang"
    ws["B4"], ws["C4"], ws["D4"] = "Mã hồ sơ", "Tên hồ sơ", "Năm"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:D3")
    ws.merge_cells("E3:E4")
    ws["A5"], ws["B5"], ws["C5"], ws["D5"], ws["E5"] = 1, "HS-7", "Sổ hộ tịch", 2001, 40
    table = read_table(_save(wb, tmp_path / "two.xlsx"), LOT_SYNONYMS, LOT_REQUIRED)
    assert (table.header_row_first, table.header_row_last) == (3, 4)
    assert table.headers == ["STT", "Thông tin hồ sơ / Mã hồ sơ", "Thông tin hồ sơ / Tên hồ sơ",
                             "Thông tin hồ sơ / Năm", "Số trang"]
    assert guess_mapping(table.headers, LOT_SYNONYMS)["year"] == 3
    assert table.rows == [(5, [1, "HS-7", "Sổ hộ tịch", 2001, 40])]


def test_group_header_without_vertical_merges_takes_the_row_below(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Hồ sơ", None, "Số trang"])
    ws.merge_cells("B1:C1")
    ws.append([None, "Mã hồ sơ", "Tên hồ sơ", None])
    ws.append([1, "HS-1", "Sổ đăng ký", 10])
    table = read_table(_save(wb, tmp_path / "g.xlsx"), LOT_SYNONYMS, LOT_REQUIRED)
    assert table.header_row_last == 2
    assert table.headers[1:3] == ["Hồ sơ / Mã hồ sơ", "Hồ sơ / Tên hồ sơ"]


def test_unit_line_merged_above_the_header_is_not_part_of_it(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Đơn vị: Mã hồ sơ lưu trữ UBND xã"  # one text naming a synonym, merged across
    ws.merge_cells("A1:E1")
    _lot_sheet(ws, 2, [[1, "HS-2", "Sổ", 2000, 1]], title=None)
    table = read_table(_save(wb, tmp_path / "u.xlsx"), LOT_SYNONYMS, LOT_REQUIRED)
    assert table.header_row_first == 2
    assert table.headers[1] == "Mã hồ sơ"


def test_numbering_blank_and_section_rows_are_skipped(tmp_path):
    wb = Workbook()
    ws = wb.active
    _lot_sheet(ws, 3, [
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["I", "HỒ SƠ HỘ TỊCH", None, None, None],
        [1, "HS-1", "Sổ khai sinh", 2001, 10],
        [None, None, None, None, None],
        ["II. HỒ SƠ ĐẤT ĐAI", None, None, None, None],
        [2, "HS-2", "Sổ địa chính", 2005, 20],
        [3, None, None, None, None],  # numbered but blank
    ])
    ws.merge_cells("A8:E8")
    table = read_table(_save(wb, tmp_path / "s.xlsx"), LOT_SYNONYMS, LOT_REQUIRED,
                       key_fields=("code",), number_field="stt")
    assert [(r, v[1]) for r, v in table.rows] == [(6, "HS-1"), (9, "HS-2")]


def test_footer_stops_the_table_and_hides_signature_names(tmp_path):
    wb = Workbook()
    ws = wb.active
    _lot_sheet(ws, 2, [
        [1, "HS-1", "Sổ khai sinh", 2001, 10],
        ["Tổng cộng: 1 hồ sơ", None, None, None, None],
        [None, None, "Hữu Lũng, ngày 20 tháng 11 năm 2026", None, None],
        [None, "Người lập biểu", "KT. CHỦ TỊCH", None, None],
        [None, None, None, None, None],
        [None, "Lê Thị Hoa", "Nguyễn Văn An", None, None],
    ])
    table = read_table(_save(wb, tmp_path / "f.xlsx"), LOT_SYNONYMS, LOT_REQUIRED,
                       key_fields=("code",), number_field="stt")
    assert [r for r, _ in table.rows] == [3]


def test_footer_words_in_a_record_above_more_records_do_not_stop(tmp_path):
    wb = Workbook()
    _lot_sheet(wb.active, 2, [
        [None, None, "Biên bản họp Chủ tịch", 2001, 3],  # no code, no number: still a record
        [2, "HS-2", "Sổ địa chính", 2005, 20],
    ])
    table = read_table(_save(wb, tmp_path / "k.xlsx"), LOT_SYNONYMS, LOT_REQUIRED,
                       key_fields=("code",), number_field="stt")
    assert [r for r, _ in table.rows] == [3, 4]


def test_vertical_merge_in_data_fills_down_but_wide_merge_does_not_spread(tmp_path):
    wb = Workbook()
    ws = wb.active
    _lot_sheet(ws, 1, [[1, "HS-1", "Sổ A", 2001, 1], [2, "HS-2", "Sổ B", None, 2]], title=None)
    ws.merge_cells("D2:D3")  # the year written once for both
    table = read_table(_save(wb, tmp_path / "m.xlsx"), LOT_SYNONYMS, LOT_REQUIRED)
    assert [v[3] for _, v in table.rows] == [2001, 2001]


# sheets ---------------------------------------------------------------------------------------
def test_first_sheet_with_a_header_is_used_and_a_named_sheet_can_be_chosen(tmp_path):
    wb = Workbook()
    wb.active.title = "Hướng dẫn"
    wb.active["A1"] = "Điền danh mục vào sheet bên cạnh"
    _lot_sheet(wb.create_sheet("2024"), 3, [[1, "HS-24", "Sổ 2024", 2024, 1]])
    _lot_sheet(wb.create_sheet("2025"), 3, [[1, "HS-25", "Sổ 2025", 2025, 1]])
    path = _save(wb, tmp_path / "sheets.xlsx")
    assert read_table(path, LOT_SYNONYMS, LOT_REQUIRED).sheet_name == "2024"
    assert read_table(path, LOT_SYNONYMS, LOT_REQUIRED, "2025").rows[0][1][1] == "HS-25"
    with pytest.raises(UserError) as info:
        read_table(path, LOT_SYNONYMS, LOT_REQUIRED, "2026")
    assert info.value.params["sheets"] == "Hướng dẫn, 2024, 2025"
    with pytest.raises(UserError) as info:
        read_table(path, LOT_SYNONYMS, LOT_REQUIRED, "Hướng dẫn")
    assert info.value.params["sheets"] == "Hướng dẫn"


# bad files ------------------------------------------------------------------------------------
_TEMPLATE_WORDS = {
    "missing": "does not exist", "not_xlsx": "not an Excel workbook",
    "ole": "password-protected", "damaged": "damaged",
}


@pytest.mark.parametrize("kind", ["missing", "random", "csv", "ole", "damaged"])
def test_bad_files_raise_user_errors(tmp_path, kind):
    path = tmp_path / "ds.xlsx"
    if kind == "random":
        path.write_bytes(bytes(range(256)) * 8)
    elif kind == "csv":
        path.write_text("STT,Mã hồ sơ,Tên hồ sơ\n1,HS-1,Sổ\n", encoding="utf-8")
    elif kind == "ole":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    elif kind == "damaged":
        import zipfile

        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("hello.txt", "not a workbook")
    with pytest.raises(UserError) as info:
        read_table(path, LOT_SYNONYMS, LOT_REQUIRED)
    expected = {"missing": "missing", "random": "not_xlsx", "csv": "not_xlsx", "ole": "ole",
                "damaged": "damaged"}[kind]
    assert _TEMPLATE_WORDS[expected] in info.value.template
    assert "ds.xlsx" in info.value.message()


def test_csv_named_csv_is_refused_the_same_way(tmp_path):
    path = tmp_path / "ds.csv"
    path.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(UserError, match="not an Excel workbook"):
        read_table(path, LOT_SYNONYMS, LOT_REQUIRED)


# problems -------------------------------------------------------------------------------------
def test_import_problem_translates_template_labels_and_nested_cause():
    cause = ValidationError(N_("The e-mail address {value} is not valid."), field="email", value="a@")
    problem = ImportProblem(N_("Row {row}, column {column} for {label}: {problem}"), field="email",
                            cause=cause, translated=("label",), row=7, column="I (Email)",
                            label=N_("E-mail"))
    assert problem.message() == ("Row 7, column I (Email) for E-mail: "
                                 "The e-mail address a@ is not valid.")
    vi = {
        "Row {row}, column {column} for {label}: {problem}":
            "Dòng {row}, cột {column} ({label}): {problem}",
        "E-mail": "Thư điện tử",
        "The e-mail address {value} is not valid.": "Địa chỉ {value} sai.",
    }
    assert (problem.message(lambda s: vi.get(s, s))
            == "Dòng 7, cột I (Email) (Thư điện tử): Địa chỉ a@ sai.")
    assert isinstance(problem, ValidationError) and problem.field == "email"


def test_module_does_not_import_qt():
    code = ("import sys; import core.officers.import_xlsx; "
            "bad = [m for m in sys.modules if m.startswith('PySide6')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=str(Path(__file__).resolve().parents[2]))
    assert done.returncode == 0, done.stdout + done.stderr


def test_dates_are_left_as_excel_gave_them(tmp_path):
    wb = Workbook()
    _lot_sheet(wb.active, 1, [[1, "HS-1", "Sổ", dt.datetime(2001, 2, 3), 1]], title=None)
    table = read_table(_save(wb, tmp_path / "d.xlsx"), LOT_SYNONYMS, LOT_REQUIRED)
    assert table.rows[0][1][3] == dt.datetime(2001, 2, 3)
