"""Section I "Kết quả số hóa hồ sơ": figures from the backlog services equal a direct recount of
the backlog_record rows, in the document and in the PDF parsed back."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from core.backlog import lots as svc
from core.backlog import records as recs
from core.backlog.lots import DONE
from core.reports import monthly, pdf, period, wording
from core.reports.common import Stamp
from core.reports.model import BarChart, Heading, Paragraph, Table
from core.reports.sections import digitization as section
from db.models import BacklogLot, BacklogRecord
from tests.reports.conftest import pdf_pages
from tests.unit.training_fixtures import add_officer

TODAY = dt.date.today()
PERIOD = period.month(TODAY.year, TODAY.month)
BEFORE = PERIOD.start - dt.timedelta(days=3)  # last month: not counted as "this period"
HEADINGS = ["I. KẾT QUẢ SỐ HÓA HỒ SƠ", "II. CHỮ KÝ SỐ CHUYÊN DÙNG CÔNG VỤ",
            "III. ĐÀO TẠO, BỒI DƯỠNG", "IV. HẠ TẦNG CÔNG NGHỆ THÔNG TIN, TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG",
            "V. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT"]


def _lot(s, field: str, total: int) -> object:
    lot_id = svc.create_lot(s, svc.LotInput(field=field, record_kind=f"Sổ {field}", year_from=2001,
                                            year_to=2003, total_records=total)).id
    recs.generate_records(s, lot_id, 1, total)
    return lot_id


def _step(s, lot_id, first, last, action, officer, on, **kw) -> None:
    recs.change_status(s, recs.Selection(lot_id=lot_id, first_no=first, last_no=last), action,
                       officer, on, **kw)


@pytest.fixture
def backlog(ready_store):
    """Three lots in two fields, worked on last month and this month."""
    officer = add_officer(ready_store, "Nguyễn Văn An", "020190001234")
    with ready_store.write("t") as s:
        births = _lot(s, "ho_tich", 300)
        deaths = _lot(s, "ho_tich", 120)
        land = _lot(s, "dat_dai", 200)
        _step(s, births, 1, 90, "scanned", officer, BEFORE)
        _step(s, births, 91, 150, "scanned", officer, PERIOD.start)
        _step(s, births, 1, 40, "verified", officer, PERIOD.start)
        _step(s, births, 151, 153, "rejected", officer, PERIOD.start, reason="Sổ rách")
        _step(s, deaths, 1, 120, "scanned", officer, PERIOD.start)
        _step(s, land, 1, 25, "scanned", officer, BEFORE)
        _step(s, land, 1, 25, "verified", officer, PERIOD.start)
    return ready_store


def recount(store) -> dict[str, dict[str, int]]:
    """Per field straight from the records: total, digitized, checked, rejected, scanned in PERIOD."""
    out: dict[str, dict[str, int]] = {}
    with store.session() as s:
        for field, status, scanned_at in s.execute(
                select(BacklogLot.field, BacklogRecord.status, BacklogRecord.scanned_at)
                .join(BacklogLot, BacklogLot.id == BacklogRecord.lot_id)
                .where(BacklogRecord.deleted.is_(False))):
            f = out.setdefault(field, dict.fromkeys(("total", "digitized", "checked", "rejected",
                                                     "change"), 0))
            f["total"] += 1
            f["digitized"] += status in DONE
            f["checked"] += status in DONE[1:]
            f["rejected"] += status == "rejected"
            when = scanned_at.astimezone().date() if scanned_at else None
            f["change"] += status in DONE and when is not None and PERIOD.start <= when <= PERIOD.end
    return out


def _build(store):
    with store.session() as s:
        return monthly.build(s, PERIOD, Stamp(None, TODAY))


def test_section_figures_equal_a_recount_of_the_records(backlog):
    expected = recount(backlog)
    doc = _build(backlog)
    table = doc.tables()[0]
    assert table.headers[1] == "Lĩnh vực"
    by_name = {row[1]: row for row in table.rows}
    for code, f in expected.items():
        row = by_name[section.field_name(code)]
        assert row[2:4] == [wording.num(f["total"]), wording.num(f["digitized"])]
        assert row[4] == wording.pct(100 * f["digitized"] / f["total"])
        assert (row[5], row[8], row[9]) == (wording.num(f["checked"]), wording.num(f["rejected"]),
                                            wording.num(f["change"]))
    totals = {k: sum(f[k] for f in expected.values()) for k in ("total", "digitized", "change")}
    assert table.total[2:4] == [wording.num(totals["total"]), wording.num(totals["digitized"])]
    assert table.total[9] == wording.num(totals["change"]) == "180"
    assert [r[1] for r in table.rows] == ["Hộ tịch", "Đất đai"]  # most records first


def test_pdf_shows_the_section_numbered_first_with_the_recount(backlog):
    expected = recount(backlog)
    doc = _build(backlog)
    assert [b.text for b in doc.blocks if isinstance(b, Heading)] == HEADINGS
    text = " ".join(" ".join(pdf_pages(pdf.render(doc))).split())
    for heading in HEADINGS:
        assert heading in text
    land = expected["dat_dai"]
    assert (f"2 Đất đai {land['total']} {land['digitized']} "
            f"{wording.pct(100 * land['digitized'] / land['total'])}") in text
    assert "đã số hóa 295 hồ sơ, đạt 47,6 %" in text
    assert f"trong {PERIOD.wording} số hóa thêm 180 hồ sơ" in text
    assert "Tỷ lệ hồ sơ đã số hóa theo lĩnh vực" in text


def test_forecast_sentence_follows_the_targets(backlog):
    doc = _build(backlog)
    section_blocks = doc.blocks[1:doc.blocks.index(
        next(b for b in doc.blocks if isinstance(b, Heading) and b.text.startswith("II.")))]
    paragraphs = [b.text for b in section_blocks if isinstance(b, Paragraph)]
    # the national 30 % by 31/12/2025: 295 of 620 is past it
    assert "Chỉ tiêu 30 % đến ngày 31/12/2025: đã đạt." in paragraphs[1]
    chart = next(b for b in section_blocks if isinstance(b, BarChart))
    assert chart.labels == ["Hộ tịch", "Đất đai"] and chart.values == [64.3, 12.5]


def test_no_lots_one_sentence_and_still_numbered(ready_store):
    doc = _build(ready_store)
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    assert headings == HEADINGS
    first = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Heading))
    assert doc.blocks[first + 1] == Paragraph(section.NO_LOTS)
    assert isinstance(doc.blocks[first + 2], Heading)
    assert not any(isinstance(t, Table) and t.headers == section.HEADERS for t in doc.tables())


def test_field_labels_are_the_official_vietnamese_list_in_one_place():
    # DOMAIN.md: the lĩnh vực of commune one-stop centres, in this order
    assert list(svc.FIELDS.values()) == [
        "Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Tài nguyên và môi trường",
        "Hộ kinh doanh (Đăng ký kinh doanh)", "Bảo trợ xã hội", "Người có công",
        "Giáo dục và đào tạo", "Y tế", "Văn hóa", "Tôn giáo, tín ngưỡng", "Nông nghiệp",
        "Lao động, tiền lương", "Thi đua, khen thưởng", "Tư pháp (khác)", "Khác"]
    assert all(section.field_name(code) == label for code, label in svc.FIELDS.items())
    assert not hasattr(section, "FIELD_NAMES")
    # an import sheet may use the label as printed
    assert all(svc.field_code(label) == code for code, label in svc.FIELDS.items())
