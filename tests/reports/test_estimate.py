"""Dự toán bổ sung thiết bị on the reports framework: ND 30 header, bundled fonts embedded,
amounts = quantity × unit price and a total row that adds them up (parsed back with pypdf)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from core.infrastructure import check as infra_check
from core.reports import estimate, pdf, wording
from core.reports.common import Stamp
from tests.reports.conftest import pdf_pages
from tests.unit.infra_fixtures import add_device, add_signer

ON = dt.date(2026, 2, 3)


def _price(store, prices: dict[str, int]) -> None:
    with store.write("t") as s:
        for gap in infra_check.check(s, ON).gaps:
            if gap.requirement.code in prices:
                infra_check.set_line(s, gap.requirement.id,
                                     unit_price=prices[gap.requirement.code])


def _words(data: bytes) -> str:
    return " ".join(" ".join(pdf_pages(data)).split())


def test_estimate_amounts_are_quantity_times_price_and_the_total_adds_up(ready_store):
    add_signer(ready_store)
    add_device(ready_store, asset_code="MT-01", os="win11", location="one_stop")
    add_device(ready_store, asset_code="MT-02", os="win7", location="one_stop")
    _price(ready_store, {"pc_per_desk": 15_500_000, "ups": 2_400_000, "kiosk": 30_000_000})
    with ready_store.session() as s:
        doc = estimate.build(s, Stamp(None, ON))
        check = infra_check.check(s, ON)
    table = doc.tables()[-1]
    assert table.headers == estimate.HEADERS
    priced = [r for r in table.rows if r[3]]
    for row in priced:
        assert int(row[4].replace(".", "")) == int(row[2]) * int(row[3].replace(".", ""))
    want = 3 * 15_500_000 + 2 * 2_400_000 + 30_000_000
    assert check.estimate_total == want
    assert table.total[-1] == wording.num(want) == "81.300.000"
    assert sum(int(r[4].replace(".", "")) for r in priced) == want
    assert table.total[2] == wording.num(check.missing_items)
    text = _words(pdf.render(doc))
    assert f"Tổng cộng {check.missing_items} {wording.num(want)}" in text
    assert "Máy tính cho mỗi quầy tiếp nhận 3 15.500.000 46.500.000" in text
    assert "tám mươi mốt triệu ba trăm nghìn đồng" in text
    assert "chưa có đơn giá" in text  # scanner, printer, lines… still to be priced


def test_estimate_has_the_nd30_header_and_embeds_the_bundled_fonts(ready_store):
    with ready_store.session() as s:
        data = pdf.render(estimate.build(s, Stamp(None, ON)))
    text = _words(data)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "ngày 03 tháng 02 năm 2026", "TỜ TRÌNH", estimate.SUMMARY,
                     "I. KẾT QUẢ ĐỐI CHIẾU YÊU CẦU", "II. DỰ TOÁN KINH PHÍ", "Nơi nhận:",
                     "TM. ỦY BAN NHÂN DÂN"):
        assert expected in text, expected
    # ND 30 has no "Dự toán" type: a numbered Tờ trình (blank until issued)
    assert "Số: /TTr-UBND" in text
    reader = PdfReader(io.BytesIO(data))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(font["/BaseFont"].split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert names >= {"LiberationSerif", "LiberationSerif-Bold"}


@pytest.mark.parametrize("value, words", [
    (0, "Không đồng"), (105, "Một trăm linh năm đồng"), (21, "Hai mươi mốt đồng"),
    (15, "Mười lăm đồng"), (1_050_000, "Một triệu không trăm năm mươi nghìn đồng"),
    (57_300_000, "Năm mươi bảy triệu ba trăm nghìn đồng"),
    (2_000_000_005, "Hai tỷ không trăm linh năm đồng"),
])
def test_amount_in_words(value, words):
    assert wording.amount_in_words(value) == words
