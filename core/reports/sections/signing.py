"""Section "Chữ ký số chuyên dùng công vụ" of the monthly report: certificates, requests and
signing support, every figure at the report's cut-off (:mod:`core.reports.data`).

Two coverage figures, named apart (DOMAIN.md): the plans' figure — officials working at the
cut-off who hold a valid official-duty certificate ÷ officials working — and the province's
"người phải ký số" — the working officers marked as signers (leaders, one-stop staff) who hold
one ÷ those officers. The province view shows the same two under the same names.
"""

from __future__ import annotations

from core.certificates.requests import REQUEST_TYPE_TEXTS, TICKET_KIND_TEXTS
from core.reports import data, wording
from core.reports.model import BarChart, Block, Paragraph, Table
from core.reports.names import value
from core.reports.period import Cutoff

TITLE = "CHỮ KÝ SỐ CHUYÊN DÙNG CÔNG VỤ"
COVERAGE_NAME = "Cán bộ, công chức có chứng thư số chuyên dùng còn hiệu lực"
SIGNERS_NAME = "Người phải ký số có chứng thư số chuyên dùng còn hiệu lực"
HEADERS = ["STT", "Nội dung", "Số lượng", "Tỷ lệ"]
WIDTHS = [8, 62, 15, 15]


def _n(value: int) -> str:
    return wording.num(value)


def _change(now: int, before: int) -> str:
    diff = now - before
    return f"+{_n(diff)}" if diff > 0 else _n(diff)


def coverage_text(f: data.CertFigures) -> str:
    return (f"Tổng số cán bộ, công chức đang công tác: {_n(f.officers)} người; số người có chứng "
            f"thư số chuyên dùng công vụ còn hiệu lực: {_n(f.covered)} người, đạt "
            f"{wording.pct(f.percent)} (tăng/giảm so với kỳ trước: "
            f"{_change(f.covered, f.covered_before)}). Người phải ký số (lãnh đạo, công chức "
            f"Bộ phận Một cửa): {_n(f.signers)} người, trong đó {_n(f.signers_covered)} người có "
            f"chứng thư số chuyên dùng còn hiệu lực, đạt {wording.pct(f.signers_percent)}. "
            f"Chứng thư số sắp hết hạn trong 30 ngày: {_n(f.expiring)}; đã hết hạn nhưng chưa "
            f"gia hạn: {_n(f.expired)}. Số cán bộ còn dùng chứng thư số của CA công cộng: "
            f"{_n(f.public_ca)}.")


def request_text(f: data.CertFigures, cut: Cutoff) -> str:
    made = sum(f.requests.values())
    what = (f"đã lập {_n(made)} đề nghị về chứng thư số" if made
            else "không phát sinh đề nghị mới về chứng thư số")
    return (f"Trong {cut.period.wording} {what}; đã có kết quả (được cấp, bị từ chối hoặc hủy) "
            f"{_n(f.closed_requests)} đề nghị; đến ngày {wording.date(cut.day)} còn "
            f"{_n(f.open_requests)} đề nghị đang chuẩn bị hoặc đã gửi, chờ cấp.")


def support_text(s: data.SupportFigures, cut: Cutoff) -> str:
    if not s.received:
        return (f"Hỗ trợ ký số: trong {cut.period.wording} không có yêu cầu hỗ trợ về chữ ký số "
                "và thiết bị ký số.")
    text = (f"Hỗ trợ ký số: trong {cut.period.wording} tiếp nhận {_n(s.received)} yêu cầu hỗ "
            f"trợ; giải quyết trong thời hạn ({_n(s.target_hours)} giờ) {_n(s.in_time)} yêu cầu,"
            f" đạt {wording.pct(s.percent)} (chỉ tiêu 100 %); quá hạn {_n(len(s.late))} yêu cầu")
    if s.late:
        names = "; ".join(f"{t.full_name or 'không ghi người yêu cầu'} "
                          f"({value(TICKET_KIND_TEXTS, t.kind).lower()}, tiếp nhận ngày "
                          f"{wording.date(local_day(t.opened_at))})" for t in s.late)
        text += f": {names}"
    if s.pending:
        text += f"; còn {_n(s.pending)} yêu cầu đang xử lý, chưa quá thời hạn"
    return text + "."


def local_day(moment):
    from core.reports.period import VIETNAM

    return moment.astimezone(VIETNAM).date()


def figures_table(f: data.CertFigures, s: data.SupportFigures) -> Table:
    rows = [["1", "Cán bộ, công chức đang công tác", _n(f.officers), ""],
            ["2", COVERAGE_NAME, _n(f.covered), wording.pct(f.percent)],
            ["3", "Người phải ký số (lãnh đạo, Bộ phận Một cửa)", _n(f.signers), ""],
            ["4", SIGNERS_NAME, _n(f.signers_covered), wording.pct(f.signers_percent)],
            ["5", "Chứng thư số sắp hết hạn (30 ngày)", _n(f.expiring), ""],
            ["6", "Chứng thư số đã hết hạn, chưa gia hạn", _n(f.expired), ""],
            ["7", "Còn dùng chứng thư số CA công cộng", _n(f.public_ca), ""]]
    rows.append(["8", "Đề nghị về chứng thư số trong kỳ", _n(sum(f.requests.values())), ""])
    rows += [[f"8.{i}", f"Đề nghị {label.lower()}", _n(f.requests[t]), ""]
             for i, t in enumerate(REQUEST_TYPE_TEXTS, start=1)
             for label in [value(REQUEST_TYPE_TEXTS, t)]]
    rows += [["9", "Đề nghị đã có kết quả trong kỳ", _n(f.closed_requests), ""],
             ["10", "Đề nghị còn chờ cấp cuối kỳ", _n(f.open_requests), ""],
             ["11", "Yêu cầu hỗ trợ ký số tiếp nhận trong kỳ", _n(s.received), ""],
             ["12", "Yêu cầu hỗ trợ giải quyết trong thời hạn", _n(s.in_time),
              wording.pct(s.percent)],
             ["13", "Yêu cầu hỗ trợ quá hạn", _n(len(s.late)), ""]]
    return Table(HEADERS, rows, WIDTHS, [2, 3])


def signing_blocks(f: data.CertFigures, s: data.SupportFigures, cut: Cutoff) -> list[Block]:
    chart = BarChart("Tỷ lệ cán bộ có chứng thư số chuyên dùng theo bộ phận",
                     [d.department or "Chưa ghi bộ phận" for d in f.by_department],
                     [round(d.percent, 1) for d in f.by_department], target=100.0)
    return [Paragraph(coverage_text(f)), Paragraph(request_text(f, cut)),
            Paragraph(support_text(s, cut)), figures_table(f, s), chart]
