"""xaso-admin report as real processes on a real demo folder."""

from __future__ import annotations

import hashlib
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.e2e.test_cli import admin


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("reports") / "home"
    admin(home, "demo", check=True)
    return home


def test_monthly_report_to_pdf_and_xlsx(home, tmp_path):
    out, book = tmp_path / "thang-11.pdf", tmp_path / "thang-11.xlsx"
    result = admin(home, "report", "monthly", "--period", "2026-11", "--out", str(out),
                   "--xlsx", str(book), "--date", "05/12/2026", check=True)
    assert "Đã lưu" in result.stdout and "tháng 11 năm 2026" in result.stdout
    text = PdfReader(out).pages[0].extract_text()
    assert "Kết quả chuyển đổi số tháng 11 năm 2026" in text
    assert "ngày 05 tháng 12 năm 2026" in text
    assert load_workbook(book).sheetnames


def test_issue_numbers_follow_each_other_and_the_hash_is_the_files(home, tmp_path):
    first = json.loads(admin(home, "report", "monthly", "--period", "2026-10", "--out",
                             str(tmp_path / "a.pdf"), "--issue", "--date", "03/11/2030",
                             "--json", check=True).stdout)
    second = json.loads(admin(home, "report", "officers", "--period", "2026-10", "--out",
                              str(tmp_path / "b.pdf"), "--issue", "--date", "03/11/2030",
                              "--json", check=True).stdout)
    third = json.loads(admin(home, "report", "monthly", "--period", "2026-11", "--out",
                             str(tmp_path / "c.pdf"), "--issue", "--date", "04/12/2030",
                             "--json", check=True).stdout)
    # a list is the annex of a report (ND 30/2020 Điều 7): one number series
    assert (first["number"], second["number"], third["number"]) == (
        "01/BC-UBND", "02/BC-UBND", "03/BC-UBND")
    assert first["sha256"] == hashlib.sha256((tmp_path / "a.pdf").read_bytes()).hexdigest()
    assert "Số: 03/BC-UBND" in PdfReader(tmp_path / "c.pdf").pages[0].extract_text()


def test_an_empty_list_exports_a_valid_workbook_and_is_not_issued(home, tmp_path):
    pdf, book = tmp_path / "trong.pdf", tmp_path / "trong.xlsx"
    admin(home, "report", "training", "--period", "2020-01", "--out", str(pdf), "--xlsx",
          str(book), check=True)
    ws = load_workbook(book).worksheets[0]
    assert [c.value for c in ws[4]][:2] == ["STT", "Họ và tên"] and ws.max_row == 4
    refused = admin(home, "report", "training", "--period", "2020-01", "--out",
                    str(tmp_path / "so.pdf"), "--issue")
    assert refused.returncode != 0 and "không thể ban hành" in refused.stdout + refused.stderr
    assert not (tmp_path / "so.pdf").exists()


@pytest.mark.parametrize("args, message", [
    (("--period", "2026-13"), "không phải kỳ báo cáo"),
    (("--period", "2026-11", "--date", "31/02/2026"), "không phải là ngày"),
    (("--period", "2026-11", "--course", "Khóa không có"), "Không có khóa học nào tên"),
])
def test_bad_input_exits_1_with_the_reason_and_writes_nothing(home, tmp_path, args, message):
    out = tmp_path / "x.pdf"
    result = admin(home, "report", "monthly", "--out", str(out), *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert not out.exists()


def test_digitization_progress_report_with_lot_annex_and_xlsx(home, tmp_path):
    out, book = tmp_path / "tien-do.pdf", tmp_path / "tien-do.xlsx"
    result = admin(home, "report", "digitization", "--period", "2026-11", "--out", str(out),
                   "--xlsx", str(book), "--date", "05/12/2026", check=True)
    assert "Báo cáo tiến độ số hóa" in result.stdout
    reader = PdfReader(out)
    assert "Tiến độ số hóa hồ sơ tháng 11 năm 2026" in reader.pages[0].extract_text()
    assert "I. KẾT QUẢ SỐ HÓA THEO LĨNH VỰC" in reader.pages[0].extract_text()
    annex = reader.pages[-1]
    assert float(annex.mediabox.width) > float(annex.mediabox.height)
    assert "PHỤ LỤC I" in annex.extract_text()
    sheets = load_workbook(book)
    assert len(sheets.sheetnames) == 2 and sheets[sheets.sheetnames[0]]["B4"].value == "Lĩnh vực"
