"""Officer list import: real commune-style XLSX files through preview and apply."""

from __future__ import annotations

import ast
import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from core.i18n import tr
from core.officers import import_xlsx as ox
from core.officers import registry as officers
from core.officers.registry import OfficerInput
from db.errors import UserError
from db.models import ChangeLog, Officer
from tests.conftest import TEST_COMMUNE
from tests.unit.xlsx_fixtures import OFFICERS, write_commune_list

ROOT = Path(__file__).resolve().parents[2]


def _row(name="Phạm Văn Tuấn", cccd="020188001111", birth=None, gender="", position="",
         department="", phone="", email="", signer="", note=""):
    return [name, cccd, birth, gender, position, department, phone, email, signer, note]


def _preview(store, path, actor="admin"):
    with store.session() as s:
        table = ox.read_table(path)
        return ox.preview(s, table, ox.guess_mapping(table))


def _import(store, path) -> ox.ImportSummary:
    with store.write("admin") as s:
        table = ox.read_table(path)
        result = ox.preview(s, table, ox.guess_mapping(table))
        return ox.apply(s, result)


def _officers(store) -> dict[str, Officer]:
    with store.session() as s:
        return {o.cccd: o for o in s.execute(select(Officer)).scalars()}


def _log_count(store) -> int:
    with store.session() as s:
        return s.execute(select(func.count()).select_from(ChangeLog)
                         .where(ChangeLog.table_name == "officer")).scalar_one()


# reading --------------------------------------------------------------------------------------
def test_commune_list_is_found_under_titles_with_merged_header(tmp_path):
    table = ox.read_table(write_commune_list(tmp_path / "ds.xlsx"))
    assert (table.header_row_first, table.header_row_last) == (4, 5)
    assert [r for r, _ in table.rows] == [7, 8, 9]  # numbering row 6 and the footer are left out
    mapping = ox.guess_mapping(table)
    assert list(mapping) == list(ox.FIELDS)
    assert mapping == {"full_name": 1, "cccd": 2, "birth_date": 3, "gender": 4, "position": 5,
                       "department": 6, "phone": 7, "email": 8, "is_signer": 9, "note": 10}
    assert table.headers[7] == "Thông tin liên hệ / Điện thoại"


@pytest.mark.parametrize("headers, expected", [
    (["TT", "Họ tên", "CMND/CCCD", "Ngày, tháng, năm sinh", "SĐT", "Thư điện tử", "Người ký"],
     {"full_name": 1, "cccd": 2, "birth_date": 3, "phone": 4, "email": 5, "is_signer": 6}),
    (["Số TT", "Họ, tên", "Số định danh cá nhân", "Đơn vị công tác", "Chức danh", "Số điện thoại"],
     {"full_name": 1, "cccd": 2, "department": 3, "position": 4, "phone": 5}),
    (["STT", "Họ và tên", "Căn cước công dân", "Lĩnh vực phụ trách", "Ghi chú", "Giới tính"],
     {"full_name": 1, "cccd": 2, "department": 3, "note": 4, "gender": 5}),
    (["Họ và tên", "Số định danh", "Phòng ban", "Ký số", "Email"],
     {"full_name": 0, "cccd": 1, "department": 2, "is_signer": 3, "email": 4}),
])
def test_header_synonyms(tmp_path, headers, expected):
    wb = Workbook()
    wb.active.append(headers)
    wb.active.append(["x"] * len(headers))
    wb.save(tmp_path / "h.xlsx")
    mapping = ox.guess_mapping(ox.read_table(tmp_path / "h.xlsx"))
    assert {k: v for k, v in mapping.items() if v is not None} == expected


def test_file_without_name_and_cccd_columns_is_refused(tmp_path):
    wb = Workbook()
    wb.active.append(["STT", "Họ và tên", "Chức vụ"])
    wb.active.append([1, "Nguyễn Văn An", "Chủ tịch"])
    wb.save(tmp_path / "no-cccd.xlsx")
    with pytest.raises(UserError) as info:
        ox.read_table(tmp_path / "no-cccd.xlsx")
    assert info.value.template == ox.NOT_FOUND
    assert info.value.params["file"] == "no-cccd.xlsx"


def test_instructions_sheet_is_passed_over(tmp_path):
    path = write_commune_list(tmp_path / "ds.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    guide = wb.create_sheet("Hướng dẫn", 0)
    guide["A1"] = "Nhập danh sách ở sheet tiếp theo"
    wb.save(path)
    table = ox.read_table(path)
    assert table.sheet_name == "Danh sách" and len(table.rows) == 3


# new officers ---------------------------------------------------------------------------------
def test_import_creates_officers_with_normalised_values_and_change_log(ready_store, tmp_path):
    before = _log_count(ready_store)
    summary = _import(ready_store, write_commune_list(tmp_path / "ds.xlsx"))
    assert summary == ox.ImportSummary(created=3, updated=0, unchanged=0)
    stored = _officers(ready_store)
    assert set(stored) == {"020190001234", "020185004321", "020190005555"}
    an = stored["020190001234"]
    assert (an.full_name, an.birth_date, an.gender, an.is_signer, an.active) == (
        "Nguyễn Văn An", dt.date(1978, 5, 12), "Nam", True, True)
    assert an.email == "an.nv@huulung.gov.vn" and an.department == "Lãnh đạo UBND"
    assert stored["020185004321"].birth_date == dt.date(1985, 9, 3)  # text dd/mm/yyyy
    assert stored["020190005555"].is_signer is True  # "có"
    assert stored["020185004321"].is_signer is False
    assert an.id == officers.officer_id_for(TEST_COMMUNE, "020190001234")
    with ready_store.session() as s:
        ops = s.execute(select(ChangeLog.op, ChangeLog.actor)
                        .where(ChangeLog.table_name == "officer")).all()
    assert _log_count(ready_store) == before + 3
    assert {tuple(o) for o in ops} == {("insert", "admin")}


def test_reimport_is_all_unchanged_and_logs_nothing(ready_store, tmp_path):
    path = write_commune_list(tmp_path / "ds.xlsx")
    _import(ready_store, path)
    logged = _log_count(ready_store)
    result = _preview(ready_store, path)
    assert [r.status for r in result.rows] == ["unchanged"] * 3
    assert _import(ready_store, path) == ox.ImportSummary(0, 0, 3)
    assert _log_count(ready_store) == logged


@pytest.mark.parametrize("raw", [20190001234, 20190001234.0, "020 190 001 234", "020.190.001.234",
                                 "'020190001234", " 020190001234 "])
def test_cccd_as_excel_stores_it(ready_store, tmp_path, raw):
    path = write_commune_list(tmp_path / "c.xlsx", [_row(cccd=raw)])
    assert _import(ready_store, path).created == 1
    assert set(_officers(ready_store)) == {"020190001234"}


@pytest.mark.parametrize("raw", [912345678, 912345678.0, "0912 345 678", "+84912345678"])
def test_phone_as_excel_stores_it(ready_store, tmp_path, raw):
    rows = _preview(ready_store, write_commune_list(tmp_path / "p.xlsx", [_row(phone=raw)])).rows
    assert rows[0].data.phone == "0912345678"


def test_old_cmnd_number_is_a_row_error(ready_store, tmp_path):
    path = write_commune_list(tmp_path / "c.xlsx", [_row(cccd=123456789), _row(cccd="020188002222")])
    result = _preview(ready_store, path)
    bad, good = result.rows
    assert (bad.status, bad.row_no, good.status) == ("error", 7, "new")
    problem = bad.problems[0]
    assert "12-digit CCCD" in problem.template and problem.params["row"] == 7
    assert problem.params["value"] == "123456789"
    assert problem.params["column"] == "C (Số CCCD)"


@pytest.mark.parametrize("raw, expected", [
    (dt.datetime(1980, 3, 15), dt.date(1980, 3, 15)),
    (dt.date(1980, 3, 15), dt.date(1980, 3, 15)),
    ("15/03/1980", dt.date(1980, 3, 15)),
    ("5-3-1980", dt.date(1980, 3, 5)),
    ("5.3.1980", dt.date(1980, 3, 5)),
    ("1980-03-15", dt.date(1980, 3, 15)),
    (29295, dt.date(1980, 3, 15)),  # a date whose cell format was lost
    (None, None),
])
def test_birth_dates(ready_store, tmp_path, raw, expected):
    result = _preview(ready_store, write_commune_list(tmp_path / "d.xlsx", [_row(birth=raw)]))
    assert result.rows[0].status == "new"
    assert result.rows[0].data.birth_date == expected


@pytest.mark.parametrize("raw", ["31/02/1980", "abc", "1980"])
def test_invalid_dates_name_column_and_value(ready_store, tmp_path, raw):
    result = _preview(ready_store, write_commune_list(tmp_path / "d.xlsx", [_row(birth=raw)]))
    row = result.rows[0]
    assert row.status == "error" and row.data is None
    assert row.problems[0].params == {"row": 7, "column": "D (Ngày sinh)", "value": raw}
    if raw == "31/02/1980":  # the right form, a day that does not exist: say so
        assert "does not exist" in row.problems[0].message()
        assert "không có thật" in row.problems[0].message(tr)
    else:
        assert "dd/mm/yyyy" in row.problems[0].message()


def test_nfd_names_become_nfc_with_single_spaces(ready_store, tmp_path):
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Thị  Thuỳ Dương ")
    path = write_commune_list(tmp_path / "n.xlsx", [_row(name=nfd, department=unicodedata.normalize(
        "NFD", "Địa chính - Xây dựng"))])
    _import(ready_store, path)
    officer = _officers(ready_store)["020188001111"]
    assert officer.full_name == "Nguyễn Thị Thuỳ Dương"
    assert unicodedata.is_normalized("NFC", officer.full_name)
    assert officer.department == "Địa chính - Xây dựng"


@pytest.mark.parametrize("raw, expected", [("Nam", "Nam"), ("NAM", "Nam"), ("Nữ", "Nữ"),
                                           ("nu", "Nữ"), ("nữ ", "Nữ"), (None, "")])
def test_gender_is_normalised(ready_store, tmp_path, raw, expected):
    result = _preview(ready_store, write_commune_list(tmp_path / "g.xlsx", [_row(gender=raw)]))
    assert result.rows[0].data.gender == expected


def test_unknown_gender_and_signer_values_are_row_errors(ready_store, tmp_path):
    path = write_commune_list(tmp_path / "g.xlsx", [
        _row(gender="Khác"), _row(cccd="020188002222", signer="chưa rõ")])
    rows = _preview(ready_store, path).rows
    assert [r.status for r in rows] == ["error", "error"]
    assert rows[0].problems[0].field == "gender" and rows[0].problems[0].params["value"] == "Khác"
    assert rows[1].problems[0].field == "is_signer"
    assert rows[1].problems[0].params["column"] == "J (Ký số)"


def test_duplicate_cccd_names_both_rows_and_blocks_apply(ready_store, tmp_path):
    path = write_commune_list(tmp_path / "dup.xlsx", [
        _row(cccd="020188001111"), _row(name="Lý Thị Mai", cccd="020188002222"),
        _row(name="Phạm Văn Tuấn", cccd=20188001111)])
    result = _preview(ready_store, path)
    assert [r.status for r in result.rows] == ["new", "new", "duplicate"]
    problem = result.rows[2].problems[0]
    assert (problem.params["row"], problem.params["first_row"]) == (9, 7)
    assert result.has_errors and result.errors == 1
    with pytest.raises(UserError), ready_store.write("admin") as s:
        ox.apply(s, result)
    assert _officers(ready_store) == {}


def test_missing_name_or_cccd_are_row_errors(ready_store, tmp_path):
    path = write_commune_list(tmp_path / "m.xlsx", [
        _row(cccd=None), _row(name=None, cccd="020188002222"),
        _row(name=None, cccd=None, position="Công an viên"), _row(cccd="020188003333")])
    rows = _preview(ready_store, path).rows
    assert [r.status for r in rows] == ["error", "error", "error", "new"]
    assert rows[0].problems[0].field == "cccd" and rows[0].problems[0].params["name"] == "Phạm Văn Tuấn"
    assert rows[1].problems[0].field == "full_name"
    assert rows[2].problems[0].params == {"row": 9}


@pytest.mark.parametrize("kwargs, field_name, column", [
    ({"phone": "12345"}, "phone", "H (Thông tin liên hệ / Điện thoại)"),
    ({"email": "an@@x"}, "email", "I (Thông tin liên hệ / Email)"),
    ({"name": "Nguyễn Văn 2"}, "full_name", "B (Họ và tên)"),
    ({"birth": "01/01/2020"}, "birth_date", "D (Ngày sinh)"),
])
def test_service_validation_becomes_a_row_problem(ready_store, tmp_path, kwargs, field_name, column):
    rows = _preview(ready_store, write_commune_list(tmp_path / "v.xlsx", [_row(**kwargs)])).rows
    problem = rows[0].problems[0]
    assert rows[0].status == "error"
    assert (problem.field, problem.params["row"], problem.params["column"]) == (field_name, 7, column)
    assert problem.cause is not None and problem.cause.field == field_name
    assert problem.message().startswith(f"Row 7, column {column}: ")
    translated = problem.message(lambda s: "«" + s + "»")
    assert translated.count("«") == 2  # the row template and the service's sentence both


def test_one_bad_row_blocks_the_whole_import(ready_store, tmp_path):
    path = write_commune_list(tmp_path / "bad.xlsx", OFFICERS + [_row(phone="0123")])
    result = _preview(ready_store, path)
    assert result.has_errors and (result.new, result.errors) == (3, 1)
    before = _log_count(ready_store)
    with pytest.raises(UserError) as info, ready_store.write("admin") as s:
        ox.apply(s, result)
    assert info.value.params["count"] == 1
    assert _officers(ready_store) == {} and _log_count(ready_store) == before


def test_failure_midway_rolls_everything_back(ready_store, tmp_path, monkeypatch):
    path = write_commune_list(tmp_path / "ds.xlsx")
    real_create, calls = officers.create, []

    def failing_create(session, data):
        calls.append(data.cccd)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real_create(session, data)

    monkeypatch.setattr(officers, "create", failing_create)
    before = _log_count(ready_store)
    with pytest.raises(RuntimeError), ready_store.write("admin") as s:
        table = ox.read_table(path)
        ox.apply(s, ox.preview(s, table, ox.guess_mapping(table)))
    assert len(calls) == 3
    assert _officers(ready_store) == {} and _log_count(ready_store) == before


@pytest.mark.parametrize("kind", ["random", "csv", "missing"])
def test_bad_file_raises_and_writes_nothing(ready_store, tmp_path, kind):
    path = tmp_path / "ds.xlsx"
    if kind == "random":
        path.write_bytes(bytes(range(256)) * 4)
    elif kind == "csv":
        path.write_text("STT,Họ và tên,Số CCCD\n1,Nguyễn Văn An,020190001234\n", encoding="utf-8")
    before = _log_count(ready_store)
    with pytest.raises(UserError) as info, ready_store.write("admin") as s:
        table = ox.read_table(path)
        ox.apply(s, ox.preview(s, table, ox.guess_mapping(table)))
    assert "ds.xlsx" in info.value.message()
    assert _officers(ready_store) == {} and _log_count(ready_store) == before


# existing officers ----------------------------------------------------------------------------
def _add(store, **kwargs) -> Officer:
    data = OfficerInput(**{"full_name": "Nguyễn Văn An", "cccd": "020190001234", **kwargs})
    with store.write("admin") as s:
        return officers.create(s, data)


def test_changed_cells_update_and_blank_or_unmapped_ones_keep_stored_values(ready_store, tmp_path):
    _add(ready_store, phone="0911111111", email="an@huulung.gov.vn", note="Trưởng ban",
         position="Phó Chủ tịch UBND")
    path = write_commune_list(tmp_path / "u.xlsx", [
        _row(name="Nguyễn Văn An", cccd="020190001234", position="Chủ tịch UBND", phone=None,
             email=None, note=None)])
    with ready_store.session() as s:
        table = ox.read_table(path)
        mapping = ox.guess_mapping(table) | {"note": None}
        result = ox.preview(s, table, mapping)
    row = result.rows[0]
    assert (row.status, row.changes) == ("update", ["position"])
    assert row.officer_id == officers.officer_id_for(TEST_COMMUNE, "020190001234")
    logged = _log_count(ready_store)
    with ready_store.write("admin") as s:
        assert ox.apply(s, result) == ox.ImportSummary(0, 1, 0)
    officer = _officers(ready_store)["020190001234"]
    assert (officer.position, officer.phone, officer.email, officer.note) == (
        "Chủ tịch UBND", "0911111111", "an@huulung.gov.vn", "Trưởng ban")
    assert _log_count(ready_store) == logged + 1


def test_import_keeps_an_inactive_officer_inactive(ready_store, tmp_path):
    officer = _add(ready_store)
    with ready_store.write("admin") as s:
        officers.set_active(s, officer.id, False)
    path = write_commune_list(tmp_path / "i.xlsx", [_row(name="Nguyễn Văn An", cccd="020190001234",
                                                         phone="0912 345 678")])
    assert _import(ready_store, path) == ox.ImportSummary(0, 1, 0)
    stored = _officers(ready_store)["020190001234"]
    assert (stored.active, stored.phone) == (False, "0912345678")


def test_deleted_officer_is_revived_as_new(ready_store, tmp_path):
    officer = _add(ready_store, phone="0911111111")
    with ready_store.write("admin") as s:
        officers.delete(s, officer.id)
    path = write_commune_list(tmp_path / "r.xlsx", [_row(name="Nguyễn Văn An", cccd="020190001234")])
    result = _preview(ready_store, path)
    assert (result.rows[0].status, result.rows[0].officer_id) == ("new", officer.id)
    assert result.rows[0].data.phone == ""  # a revived record takes the file, not the tombstone
    assert _import(ready_store, path) == ox.ImportSummary(1, 0, 0)
    stored = _officers(ready_store)["020190001234"]
    assert (stored.deleted, stored.id) == (False, officer.id)


def test_preview_writes_nothing(ready_store, tmp_path):
    _add(ready_store)
    path = write_commune_list(tmp_path / "p.xlsx", OFFICERS)
    before = _log_count(ready_store)
    with ready_store.write("admin") as s:
        table = ox.read_table(path)
        result = ox.preview(s, table, ox.guess_mapping(table))
        assert not (s.new or s.dirty or s.deleted)
    assert [r.status for r in result.rows] == ["update", "new", "new"]
    assert _log_count(ready_store) == before and len(_officers(ready_store)) == 1


# mapping --------------------------------------------------------------------------------------
def test_mapping_problems_block_apply(ready_store, tmp_path):
    table = ox.read_table(write_commune_list(tmp_path / "ds.xlsx"))
    mapping = ox.guess_mapping(table) | {"cccd": None, "email": 7}
    with ready_store.session() as s:
        result = ox.preview(s, table, mapping)
    templates = [p.template for p in result.problems]
    assert result.has_errors and result.rows == []
    assert any("CCCD numbers" in t for t in templates)
    both = next(p for p in result.problems if "both" in p.template)
    # the field names of core/labels.py
    assert both.params["first"] == "Phone" and both.params["second"] == "Email"
    assert both.message(lambda s: {"Phone": "Điện thoại"}.get(s, s)).count("Điện thoại") == 2
    with pytest.raises(UserError), ready_store.write("admin") as s:
        ox.apply(s, result)
    assert _officers(ready_store) == {}


def test_manual_mapping_can_remap_a_column(ready_store, tmp_path):
    table = ox.read_table(write_commune_list(tmp_path / "ds.xlsx"))
    mapping = ox.guess_mapping(table) | {"department": None, "note": 6}  # Bộ phận into the note
    with ready_store.session() as s:
        rows = ox.preview(s, table, mapping).rows
    assert rows[0].data.note == "Lãnh đạo UBND" and rows[0].data.department == ""


# messages and the sample file -----------------------------------------------------------------
def test_every_n_call_has_one_literal_string():
    for module in ("core/officers/import_xlsx.py", "core/xlsx_table.py"):
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
                 and getattr(n.func, "id", None) == "N_"]
        assert calls, module
        for call in calls:
            assert len(call.args) == 1 and isinstance(call.args[0], ast.Constant), ast.dump(call)
            assert isinstance(call.args[0].value, str) and not call.keywords


def test_field_labels_cover_every_field():
    assert set(ox.FIELD_LABELS) == set(ox.FIELDS) and ox.REQUIRED == ("full_name", "cccd")


def test_sample_file_imports_cleanly(ready_store):
    path = ROOT / "resources/demo/danh-sach-can-bo-mau.xlsx"
    table = ox.read_table(path)
    assert table.header_row_last > table.header_row_first  # the two-row header
    assert len(table.rows) == 12
    assert _import(ready_store, path) == ox.ImportSummary(12, 0, 0)
    stored = _officers(ready_store)
    assert all(c.startswith("020") for c in stored) and len(stored) == 12
    assert sum(o.is_signer for o in stored.values()) >= 1
