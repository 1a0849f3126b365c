"""The PDFs parsed back: A4, ND 30/2020 margins, embedded fonts, exact header texts, page numbers,
header rows repeated on every page of a long table, NFC text."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from core.reports import fonts, pdf, wording
from core.reports.model import Annex, Document, Header, Paragraph, Signer, Table
from tests.reports.conftest import pdf_pages, text_positions

A4_W, A4_H = 595.27, 841.89


def _doc(rows: int = 0, annex_rows: int = 0, text: str = "Nội dung báo cáo.") -> Document:
    table = Table(["STT", "Họ và tên", "Số lượng"],
                  [[str(i), f"Cán bộ {i}", wording.num(i * 1000)] for i in range(1, rows + 1)],
                  [10, 60, 30], [0, 2], ["", "Tổng cộng", wording.num(sum(range(1, rows + 1)) * 1000)])
    annexes = []
    if annex_rows:
        annexes.append(Annex("Phụ lục I", "DANH SÁCH KIỂM TRA", [Table(
            ["STT", "Tên cột dài"], [[str(i), f"Dòng {i}"] for i in range(1, annex_rows + 1)],
            [10, 90], [0])]))
    return Document(
        Header("UBND TỈNH LẠNG SƠN", "ỦY BAN NHÂN DÂN XÃ HỮU LŨNG", "Số: 05/BC-UBND",
               wording.place_date("Hữu Lũng", dt.date(2026, 1, 5))),
        "BÁO CÁO", "Kết quả chuyển đổi số tháng 11 năm 2026",
        [Paragraph(text)] + ([table] if rows else []),
        ["UBND tỉnh (b/c);", "Lưu: VT, VP."],
        Signer(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn An"),
        annexes)


def test_page_is_a4_portrait_and_annex_landscape():
    reader = PdfReader(io.BytesIO(pdf.render(_doc(annex_rows=5))))
    first, last = reader.pages[0].mediabox, reader.pages[-1].mediabox
    assert (round(float(first.width), 1), round(float(first.height), 1)) == (595.3, 841.9)
    assert (round(float(last.width), 1), round(float(last.height), 1)) == (841.9, 595.3)


def test_text_stays_inside_the_official_margins():
    data = pdf.render(_doc(rows=80))
    for page_no in range(len(PdfReader(io.BytesIO(data)).pages)):
        for x, y, text in text_positions(data, page_no):
            assert x >= 30 * mm - 0.5, (page_no, text)
            assert y >= 20 * mm - 0.5, (page_no, text)
            if not text.strip().isdigit():  # the page number sits in the top margin
                assert y <= A4_H - 20 * mm + 0.5, (page_no, text)


def test_fonts_are_embedded_liberation_serif():
    reader = PdfReader(io.BytesIO(pdf.render(_doc(rows=3))))
    used = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        content = page.get_contents().get_data().decode("latin-1")
        for ref, font in fonts.items():
            font = font.get_object()
            if f"{ref} " in content:
                used.add(font["/BaseFont"])
                assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert {f.split("+")[1] for f in used} >= {"LiberationSerif", "LiberationSerif-Bold",
                                               "LiberationSerif-Italic"}


def test_header_motto_number_date_title_and_signer_texts_are_exact():
    text = pdf_pages(pdf.render(_doc()))[0]
    lines = [line.strip() for line in text.splitlines()]
    for expected in ("UBND TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-UBND",
                     "Hữu Lũng, ngày 05 tháng 01 năm 2026", "BÁO CÁO",
                     "Kết quả chuyển đổi số tháng 11 năm 2026", "Nơi nhận:",
                     "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An",
                     "- UBND tỉnh (b/c);", "- Lưu: VT, VP."):
        assert any(expected in line for line in lines), expected
    assert "ỦY BAN NHÂN DÂN XÃ HỮU LŨNG" in " ".join(lines)


def test_long_table_repeats_its_header_row_on_every_page_and_pages_are_numbered_from_two():
    data = pdf.render(_doc(rows=400))
    pages = pdf_pages(data)
    assert len(pages) >= 8
    table_pages = [p for p in pages if "Cán bộ " in p]
    assert len(table_pages) >= 7
    for page in table_pages:
        assert "Họ và tên" in page and "Số lượng" in page
    assert "Tổng cộng" in pages[-1] or "Tổng cộng" in pages[-2]
    for number in range(1, len(pages)):
        top = max(text_positions(data, number), key=lambda item: item[1])
        assert top[2].strip() == str(number + 1)
        assert abs(top[0] - A4_W / 2) < 20
    first_top = max(text_positions(data, 0), key=lambda item: item[1])
    assert not first_top[2].strip().isdigit()


def test_every_table_row_appears_exactly_once_across_pages():
    text = "\n".join(pdf_pages(pdf.render(_doc(rows=400))))
    for i in (1, 150, 151, 299, 400):
        assert text.count(f"Cán bộ {i}\n") + text.count(f"Cán bộ {i} ") == 1, i


def test_numbers_are_right_aligned_in_vietnamese_format():
    data = pdf.render(_doc(rows=3))
    runs = text_positions(data, 0)
    amounts = [(x, t) for x, _y, t in runs if t.strip() in ("1.000", "2.000", "3.000", "6.000")]
    assert len(amounts) == 4
    widths = {t.strip(): x for x, t in amounts}
    assert widths["1.000"] == pytest.approx(widths["3.000"], abs=0.5)  # same width, same edge
    assert widths["6.000"] > widths["1.000"] - 1  # bold total ends at the same right edge


def test_text_is_normalised_to_nfc():
    nfd = unicodedata.normalize("NFD", "Hồ sơ được số hóa")
    text = pdf_pages(pdf.render(_doc(text=nfd)))[0]
    assert "Hồ sơ được số hóa" in unicodedata.normalize("NFC", text)
    assert unicodedata.normalize("NFC", "Hồ sơ được số hóa") in text


def test_rendering_is_reproducible_byte_for_byte():
    assert pdf.render(_doc(rows=20)) == pdf.render(_doc(rows=20))


@pytest.mark.parametrize("day, expected", [
    (dt.date(2026, 1, 5), "Hữu Lũng, ngày 05 tháng 01 năm 2026"),
    (dt.date(2026, 2, 28), "Hữu Lũng, ngày 28 tháng 02 năm 2026"),
    (dt.date(2026, 3, 9), "Hữu Lũng, ngày 09 tháng 3 năm 2026"),
    (dt.date(2026, 11, 30), "Hữu Lũng, ngày 30 tháng 11 năm 2026"),
])
def test_place_date_pads_days_below_ten_and_months_one_and_two(day, expected):
    assert wording.place_date("Hữu Lũng", day) == expected


def test_number_line_blank_before_issue_and_padded_after():
    assert wording.number_line(5) == "Số: 05/BC-UBND"
    assert wording.number_line(123, "DS") == "Số: 123/DS-UBND"
    assert wording.number_line(None).replace(" ", "") == "Số:/BC-UBND"


def _list_doc(rows: int) -> Document:
    doc = _doc()
    doc.blocks = [Paragraph("Danh sách."), Table(
        ["STT", "Họ và tên", "Ngày sinh"],
        [[str(i), f"Cán bộ {i}", "01/01/1990"] for i in range(1, rows + 1)], [10, 60, 30], [0],
        centred=[2])]
    return doc


def test_a_list_ending_with_its_table_never_leaves_the_signer_alone_on_a_page():
    for rows in range(20, 45):  # somewhere here the signer block no longer fits on page 1
        pages = pdf_pages(pdf.render(_list_doc(rows)))
        last = pages[-1]
        assert "Nguyễn Văn An" in last
        if len(pages) > 1:  # the page with the signature carries the last rows with it
            assert f"Cán bộ {rows}" in last and f"Cán bộ {rows - 1}" in last, rows
        text = "\n".join(pages)
        assert all(text.count(f"Cán bộ {i}\n") + text.count(f"Cán bộ {i} ") == 1
                   for i in range(1, rows + 1))


def test_stt_and_date_columns_are_centred():
    data = pdf.render(_list_doc(3))
    runs = [(x, t.strip()) for x, _y, t in text_positions(data, 0)]
    header = dict((t, x) for x, t in runs if t in ("STT", "Ngày sinh"))
    ones = [x for x, t in runs if t == "1"]
    dates = [x for x, t in runs if t == "01/01/1990"]
    assert len(dates) == 3 and max(dates) - min(dates) < 0.5
    # a centred "1" starts right of the centred, wider "STT"; the date starts left of its header
    assert ones and ones[0] > header["STT"]
    assert dates[0] < header["Ngày sinh"]


def test_a_word_wider_than_its_column_is_cut_and_stays_inside_it():
    doc = _doc()
    doc.blocks = [Table(["STT", "Số chứng nhận"], [["1", "MOOC-2025-000040000400004"]], [80, 20],
                        [0])]
    data = pdf.render(doc)
    width = A4_W - 30 * mm - 15 * mm
    column = 30 * mm + width * 0.8
    runs = [(x, t.strip()) for x, _y, t in text_positions(data, 0)
            if x >= column - 1 and t.strip() and t.strip() != "Số chứng nhận"
            and _y < A4_H - 20 * mm]
    assert len(runs) >= 2  # cut onto two lines or more
    assert "".join(t for _x, t in runs) == "MOOC-2025-000040000400004"
    assert all(x >= column for x, _t in runs)
    assert all(stringWidth(t, fonts.FAMILY, 11) <= width * 0.2 - 8 for _x, t in runs)
