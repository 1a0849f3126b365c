"""Tờ trình bổ sung thiết bị: the one-stop centre checklist against the register, and what is
missing priced line by line (quantity × the unit price the clerk typed).

ND 30/2020 Điều 7 has no "Dự toán" document type: the estimate is Phụ lục I of a Tờ trình
("Số: …/TTr-UBND"), the letter that asks the commune council to fund it.

The figures are :func:`core.infrastructure.check.check`'s, the same the "Đối chiếu yêu cầu"
tab shows; the total row adds up the amounts above it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from core.infrastructure import check as infra_check
from core.reports import wording
from core.reports.common import Stamp, annex_title, numbered, shell
from core.reports.model import Annex, Block, Document, Paragraph, Table
from core.reports.names import field
from core.reports.sections.infrastructure import gap_table

TITLE = "TỜ TRÌNH"
DOC_TYPE = "TTr"
SUMMARY = "Về việc bổ sung kinh phí trang thiết bị công nghệ thông tin tại Bộ phận Một cửa"
ANNEX = "DỰ TOÁN KINH PHÍ BỔ SUNG TRANG THIẾT BỊ CÔNG NGHỆ THÔNG TIN TẠI BỘ PHẬN MỘT CỬA"
ADDRESSEE = "Kính gửi: Hội đồng nhân dân xã."
REQUEST = ("Ủy ban nhân dân xã kính trình Hội đồng nhân dân xã xem xét, quyết định bố trí kinh "
           "phí bổ sung trang thiết bị theo dự toán tại Phụ lục I kèm theo.")
HEADERS = ["STT", "Tên thiết bị", field("infra_requirement", "quantity"), "Đơn giá (đồng)",
           "Thành tiền (đồng)"]
RECIPIENTS = ["Như trên;", "Thường trực HĐND xã;", "Văn phòng HĐND và UBND xã;",
              "Bộ phận Tài chính - Kế toán;", "Lưu: VT, VP."]
NOTHING_MISSING = ("Trang thiết bị hiện có đáp ứng đầy đủ danh mục tối thiểu; không đề nghị "
                   "bổ sung kinh phí.")


def estimate_table(check: infra_check.Check) -> Table:
    lines = check.missing_lines
    rows = [[wording.num(i), g.requirement.title, wording.num(g.missing),
             wording.num(g.requirement.unit_price) if g.requirement.unit_price else "",
             wording.num(g.total) if g.requirement.unit_price else ""]
            for i, g in enumerate(lines, start=1)]
    total = ["", wording.TOTAL, wording.num(sum(g.missing for g in lines)), "",
             wording.num(sum(g.total for g in lines))]
    return Table(HEADERS, rows, [8, 44, 12, 18, 18], [0, 2, 3, 4], total)


def intro(on: dt.date) -> str:
    return (f"Căn cứ kết quả rà soát trang thiết bị công nghệ thông tin ngày {wording.date(on)}, "
            "đối chiếu với danh mục trang thiết bị tối thiểu của Bộ phận Một cửa, Ủy ban nhân "
            "dân xã lập dự toán kinh phí bổ sung trang thiết bị như sau:")


def total_text(check: infra_check.Check) -> str:
    text = (f"Tổng kinh phí dự toán: {wording.num(check.estimate_total)} đồng "
            f"(bằng chữ: {wording.amount_in_words(check.estimate_total).lower()}).")
    if check.unpriced:
        text += (f" Còn {wording.num(check.unpriced)} nội dung chưa có đơn giá, sẽ bổ sung sau "
                 "khi có báo giá.")
    return text


def build(session: Session, stamp: Stamp) -> Document:
    check = infra_check.check(session, stamp.on)
    annexes = []
    if check.missing_lines:
        priced: list[Block] = [Paragraph(total_text(check) + " (Chi tiết tại Phụ lục I kèm theo.)")]
        annexes.append(Annex(annex_title(0), ANNEX, [estimate_table(check),
                                                     Paragraph(total_text(check))], False))
        sections = [("KẾT QUẢ ĐỐI CHIẾU YÊU CẦU", [gap_table(check)]),
                    ("DỰ TOÁN KINH PHÍ", priced), ("ĐỀ NGHỊ", [Paragraph(REQUEST)])]
    else:
        sections = [("KẾT QUẢ ĐỐI CHIẾU YÊU CẦU", [gap_table(check)]),
                    ("DỰ TOÁN KINH PHÍ", [Paragraph(NOTHING_MISSING)])]
    doc = shell(session, stamp, SUMMARY,
                [Paragraph(ADDRESSEE), Paragraph(intro(stamp.on))] + numbered(sections),
                annexes, title=TITLE, doc_type=DOC_TYPE)
    doc.recipients = list(RECIPIENTS)
    return doc
