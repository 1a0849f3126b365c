"""Báo cáo tiến độ số hóa: the pages parsed back, the landscape lot annex, the XLSX values."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from pypdf import PdfReader

from core.reports import catalog, digitization_report, pdf, period, wording, xlsx
from core.reports.common import Stamp
from core.reports.model import ColumnChart, Document, Heading
from core.reports.sections import digitization as section
from tests.reports.conftest import pdf_pages
from tests.reports.test_digitization_section import PERIOD, TODAY, backlog, recount  # noqa: F401


def _build(store) -> Document:
    with store.session() as s:
        return catalog.build(s, "digitization", PERIOD, Stamp(None, TODAY))


def test_registered_like_the_other_reports():
    kind = catalog.get("digitization")
    assert kind.build is digitization_report.build and kind.doc_type == "BC"
    assert catalog.file_name("digitization", PERIOD).startswith("bao-cao-tien-do-so-hoa-")


def test_pages_chart_and_landscape_lot_annex(backlog):  # noqa: F811
    doc = _build(backlog)
    assert [b.text for b in doc.blocks if isinstance(b, Heading)] == [
        "I. KẾT QUẢ SỐ HÓA THEO LĨNH VỰC", "II. TIẾN ĐỘ THEO TUẦN"]
    trend = next(b for b in doc.blocks if isinstance(b, ColumnChart))
    assert len(trend.values) == digitization_report.TREND_WEEKS
    assert sum(trend.values) == 295  # every scan of the fixture is within the last 12 weeks
    reader = PdfReader(io.BytesIO(pdf.render(doc)))
    first, last = reader.pages[0].mediabox, reader.pages[-1].mediabox
    assert float(first.width) < float(first.height) and float(last.width) > float(last.height)
    text = [" ".join(t.split()) for t in pdf_pages(pdf.render(doc))]
    assert "Tiến độ số hóa hồ sơ " + PERIOD.wording in text[0]
    assert "PHỤ LỤC I" in text[-1] and "TIẾN ĐỘ SỐ HÓA THEO LÔ HỒ SƠ" in text[-1]
    assert "Số hồ sơ được số hóa theo tuần" in " ".join(text)
    for n, page in enumerate(text[1:], start=2):
        assert page.startswith(str(n))  # page numbers from page 2


def test_lot_annex_totals_equal_the_recount(backlog):  # noqa: F811
    expected = recount(backlog)
    table = _build(backlog).annexes[0].blocks[0]
    assert len(table.rows) == 3 and table.headers[2] == "Loại hồ sơ"
    assert [r[1] for r in table.rows] == ["Đất đai", "Hộ tịch", "Hộ tịch"]  # Vietnamese order
    assert table.total[5] == wording.num(sum(f["total"] for f in expected.values()))
    assert table.total[6] == wording.num(sum(f["digitized"] for f in expected.values()))
    assert table.total[12] == wording.num(sum(f["change"] for f in expected.values()))
    assert sum(int(r[6]) for r in table.rows) == 295


def test_xlsx_values_are_numbers(backlog, tmp_path):  # noqa: F811
    expected = recount(backlog)
    wb = load_workbook(xlsx.export(_build(backlog), tmp_path / "tien-do.xlsx"))
    by_field, lots = (wb[name] for name in wb.sheetnames)
    assert by_field["B4"].value == "Lĩnh vực" and by_field["B5"].value == "Hộ tịch"
    assert by_field["C5"].value == expected["ho_tich"]["total"] == 420
    assert round(by_field["E5"].value, 3) == 0.643 and by_field["E5"].number_format == "0.0 %"
    assert lots.cell(lots.max_row, 7).value == 295 and lots.cell(lots.max_row, 7).font.bold


def test_no_lots_one_sentence_no_annex(ready_store):
    doc = _build(ready_store)
    # this month has not ended: the figures say to which day they are counted
    cut = period.cutoff(PERIOD, TODAY)
    note = [f"Số liệu tính đến ngày {TODAY:%d/%m/%Y}."] if cut.partial else []
    assert [b.text for b in doc.blocks] == note + [section.NO_LOTS] and doc.annexes == []
