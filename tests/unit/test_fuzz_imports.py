"""Fuzzing the importers (fixed seed, small budget): never a crash, never a partial write,
every problem names the file or the row."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from core.certificates import parse as cert_parse
from core.officers import import_xlsx as officers_xlsx
from core.training import import_attendance as attendance_xlsx
from db.errors import UserError
from db.models import Officer
from tests.unit.xlsx_fixtures import HEADER_TOP, OFFICERS, write_commune_list

FUZZ = settings(max_examples=12, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

cells = st.one_of(
    st.none(), st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),
    st.integers(-10**14, 10**14), st.floats(allow_nan=False, allow_infinity=False), st.booleans(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["020190001234", "01/13/1990", "31/02/2000", "x", "có", "Nữ", "=1/0", "#REF!"]),
)
rows = st.lists(st.lists(cells, min_size=0, max_size=12), min_size=0, max_size=8)


def _mangled(data: bytes, cuts: list[int], flips: list[tuple[int, int]]) -> bytes:
    raw = bytearray(data)
    for at, value in flips:
        if raw:
            raw[at % len(raw)] = value
    for cut in cuts:
        if len(raw) > 1:
            del raw[cut % len(raw):]
    return bytes(raw)


def _officer_file(tmp_path, body) -> bytes:
    path = write_commune_list(tmp_path / "base.xlsx", OFFICERS)
    return path.read_bytes() if body is None else body


@seed(20261123)
@FUZZ
@given(junk=st.binary(max_size=3000), cuts=st.lists(st.integers(0, 10**6), max_size=2),
       flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=20),
       use_junk=st.booleans())
def test_damaged_officer_files_are_refused_by_name(tmp_path, junk, cuts, flips, use_junk):
    data = junk if use_junk else _mangled(_officer_file(tmp_path, None), cuts, flips)
    path = tmp_path / "danh-sach.xlsx"
    path.write_bytes(data)
    try:
        officers_xlsx.read_table(path)
    except UserError as err:
        assert "danh-sach.xlsx" in err.message()


@seed(20261124)
@FUZZ
@given(body=rows)
def test_random_officer_rows_never_crash_or_write_half(ready_store, tmp_path, body):
    path = write_commune_list(tmp_path / "ds.xlsx", OFFICERS[:1] + body)
    table = officers_xlsx.read_table(path)
    with ready_store.session() as s:
        before = s.execute(select(func.count()).select_from(Officer)).scalar()
    try:
        with ready_store.write("fuzz") as s:
            preview = officers_xlsx.preview(s, table, officers_xlsx.guess_mapping(table))
            for row in preview.rows:
                for problem in row.problems:
                    assert str(row.row_no) in problem.message()
            officers_xlsx.apply(s, preview)
    except UserError:
        with ready_store.session() as s:
            assert s.execute(select(func.count()).select_from(Officer)).scalar() == before


HEADER_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=15)


@seed(20261125)
@FUZZ
@given(body=rows, header=st.lists(st.one_of(st.none(), HEADER_TEXT), max_size=10))
def test_random_attendance_sheets_never_crash(ready_store, tmp_path, body, header):
    from core.training import courses as training

    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Số CCCD", "Hoàn thành", "Điểm"] + header)
    for row in body:
        ws.append(row)
    path = tmp_path / "diem-danh.xlsx"
    wb.save(path)
    try:
        table = attendance_xlsx.read_table(path)
    except UserError as err:
        assert "diem-danh.xlsx" in err.message()
        return
    with ready_store.write("fuzz") as s:
        course = training.create_course(s, training.CourseInput("Kỹ năng số"))
        course_id = course.id
    try:
        with ready_store.write("fuzz") as s:
            preview = attendance_xlsx.preview(s, table, course_id)
            attendance_xlsx.apply(s, preview)
    except UserError:
        pass


@seed(20261126)
@FUZZ
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".cer", ".pem", ".p7b", ".p12", ".der"]),
       pem=st.booleans())
def test_random_certificate_files_are_refused_by_name(tmp_path, data, suffix, pem):
    if pem:
        data = b"-----BEGIN CERTIFICATE-----\n" + data + b"\n-----END CERTIFICATE-----\n"
    path = tmp_path / f"chung-thu{suffix}"
    path.write_bytes(data)
    try:
        cert_parse.read_file(path)
    except UserError as err:
        assert "chung-thu" in err.message()


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "xin chào")
    path = tmp_path / "gia-mao.xlsx"
    path.write_bytes(buf.getvalue())
    try:
        officers_xlsx.read_table(path)
    except UserError as err:
        assert "gia-mao.xlsx" in err.message()
    else:
        raise AssertionError("a zip without a workbook was accepted")


assert HEADER_TOP  # the fixtures module shapes the headers used above
