"""Hostile list files: every case of the hardening probe (issue 23, point 10) gives a Vietnamese
message naming the file and the row, never a traceback, and nothing is written."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from core import xlsx_table
from core.backlog import import_dossiers, import_lots, import_records
from core.i18n import user_message
from core.infrastructure import import_equipment as equipment_xlsx
from core.officers import import_xlsx as officers_xlsx
from db.errors import UserError
from db.models import BacklogLot, Equipment
from tests.unit.infra_fixtures import ROWS, write_list
from tests.unit.xlsx_fixtures import write_commune_list

GOOD = "STT;Lĩnh vực;Loại hồ sơ;Tổng số\n1;Hộ tịch;Khai sinh;10\n2;Chứng thực;Chứng thực bản sao;25\n"
CSV_READERS = (import_lots.read_table, import_records.read_table, import_dossiers.read_table)


def _vi(err: UserError) -> str:
    return user_message(err)


def _refused(reader, path) -> str:
    with pytest.raises(UserError) as caught:
        reader(path)
    text = _vi(caught.value)
    assert path.name in text
    return text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_csv_is_read_like_utf8(tmp_path, encoding):
    path = tmp_path / "ho-so.csv"
    path.write_bytes(GOOD.encode(encoding))
    table = import_lots.read_table(path)
    assert [values[2] for _row, values in table.rows] == ["Khai sinh", "Chứng thực bản sao"]


def test_cr_only_line_ends_are_lines(tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(GOOD.replace("\n", "\r").encode())
    table = import_lots.read_table(path)
    assert [row for row, _values in table.rows] == [2, 3]


@pytest.mark.parametrize("reader", CSV_READERS)
def test_binary_is_not_a_csv(tmp_path, reader):
    path = tmp_path / "anh.csv"
    path.write_bytes(bytes(range(256)) * 20)
    assert "không phải" in _refused(reader, path)


@pytest.mark.parametrize("reader", CSV_READERS)
def test_a_nul_byte_names_its_row(tmp_path, reader):
    path = tmp_path / "hong.csv"
    path.write_bytes(GOOD.replace("Chứng thực bản", "Chứng\0thực bản").encode())
    text = _refused(reader, path)
    assert "3" in text and "ký tự điều khiển" in text


@pytest.mark.parametrize("quoted", [False, True])
def test_a_128_kib_field_is_refused_with_its_row(tmp_path, quoted):
    field = ('"' if quoted else "") + "x" * (128 << 10)
    path = tmp_path / "dai.csv"
    path.write_text(f"STT;Lĩnh vực;Loại hồ sơ;Tổng số\n1;Hộ tịch;{field};10\n", encoding="utf-8")
    for reader in CSV_READERS:
        text = _refused(reader, path)
        assert "dòng 2" in text.lower()


def test_a_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_table, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "lon.csv"
    path.write_text(GOOD * 40, encoding="utf-8")
    assert "quá lớn" in _refused(import_lots.read_table, path)
    xlsx = write_commune_list(tmp_path / "lon.xlsx")
    assert "quá lớn" in _refused(officers_xlsx.read_table, xlsx)


def test_a_csv_beyond_the_rows_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_table, "MAX_ROWS", 5)
    path = tmp_path / "nhieu.csv"
    path.write_text(GOOD.splitlines()[0] + "\n" + "1;Hộ tịch;Khai sinh;10\n" * 6, encoding="utf-8")
    assert "(dòng 6)" in _refused(import_lots.read_table, path)


def _declared_gib_sheet(path, size=1 << 30):
    """A real workbook whose worksheet's zip entry says it unpacks to 1 GiB (a zip bomb's
    directory, without spending a gigabyte to build it) — or to ``size``."""
    wb = Workbook()
    wb.active.append(["Mã tài sản", "Loại thiết bị"])
    buf = io.BytesIO()
    wb.save(buf)
    data = bytearray(buf.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        names = [info.filename for info in archive.infolist()]
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:  # central directory entries
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        name = bytes(data[at + 46:at + 46 + name_len]).decode()
        if name.startswith("xl/worksheets/"):
            struct.pack_into("<I", data, at + 24, size)
        at += 4
    assert any(n.startswith("xl/worksheets/") for n in names)
    path.write_bytes(bytes(data))
    return path


def test_a_gib_worksheet_is_refused_by_size_before_parsing(tmp_path):
    path = _declared_gib_sheet(tmp_path / "bom.xlsx")
    text = _refused(equipment_xlsx.read_table, path)
    assert "quá lớn" in text and "1.024" in text


def test_a_worksheet_larger_than_it_declares_is_damaged(tmp_path):
    """zipfile stops reading a part at its declared size and the CRC differs: a bomb that lies
    about its size in the directory is cut there, never unpacked further."""
    path = _declared_gib_sheet(tmp_path / "noi-doi.xlsx", size=40)
    assert "bị hỏng" in _refused(equipment_xlsx.read_table, path)


def test_far_away_cells_are_refused_by_rows_and_columns(tmp_path):
    for name, cell in (("rong.xlsx", (1, 600)), ("dai.xlsx", (200_000, 1))):
        path = write_list(tmp_path / name)
        from openpyxl import load_workbook

        wb = load_workbook(path)
        wb.active.cell(*cell, value="x")
        wb.save(path)
        text = _refused(equipment_xlsx.read_table, path)
        assert "100.000" in text and "500" in text


@pytest.mark.parametrize("year", ["inf", "-inf", "1e999", "9" * 400, "nan"])
def test_purchase_year_overflow_is_a_row_problem(ready_store, tmp_path, year):
    rows = [list(r) for r in ROWS]
    rows[0][4] = year
    table = equipment_xlsx.read_table(write_list(tmp_path / "tb.xlsx", rows))
    with ready_store.session() as s:
        before = s.execute(select(func.count()).select_from(Equipment)).scalar()
        preview = equipment_xlsx.preview(s, table)
    first = preview.rows[0]
    assert first.status == "error"
    assert str(first.row_no) in _vi(first.problems[0]) and year[:3] in _vi(first.problems[0])
    with ready_store.session() as s:
        assert s.execute(select(func.count()).select_from(Equipment)).scalar() == before


def test_hostile_csv_lots_write_nothing(ready_store, tmp_path):
    path = tmp_path / "lo.csv"
    path.write_bytes(GOOD.replace("Khai sinh", "Khai\0sinh").encode("utf-16"))
    with pytest.raises(UserError):
        import_lots.read_table(path)
    with ready_store.session() as s:
        assert s.execute(select(func.count()).select_from(BacklogLot)).scalar() == 0
