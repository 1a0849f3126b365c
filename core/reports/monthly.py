"""The monthly commune report on digital transformation (DOMAIN.md: sections I–IV + annexes)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from core.reports import data, wording
from core.reports import register as service
from core.reports.common import Stamp, annex_title, numbered, shell
from core.reports.lists import completion_table
from core.reports.model import Annex, BarChart, Block, Document, Paragraph, Table
from core.reports.period import Period
from core.reports.sections import digitization, infrastructure

KIND = "monthly"
REQUEST_LABELS = {"new": "Cấp mới", "renew": "Gia hạn", "change_info": "Thay đổi thông tin",
                  "revoke": "Thu hồi", "device_recovery": "Khôi phục thiết bị"}
NO_NOTE = "Không có."


def _change(now: int, before: int) -> str:
    diff = now - before
    return f"+{wording.num(diff)}" if diff > 0 else wording.num(diff)


def certificate_blocks(f: data.CertFigures, period: Period) -> list[Block]:
    requests = sum(f.requests.values())
    text = (f"Tổng số cán bộ, công chức đang công tác: {wording.num(f.officers)} người; số người "
            f"có chứng thư số chuyên dùng công vụ còn hiệu lực: {wording.num(f.covered)} người, "
            f"đạt {wording.pct(f.percent)} (tăng/giảm so với kỳ trước: "
            f"{_change(f.covered, f.covered_before)}). Chứng thư số sắp hết hạn trong 30 ngày: "
            f"{wording.num(f.expiring)}; đã hết hạn nhưng chưa gia hạn: {wording.num(f.expired)}. "
            f"Số cán bộ còn dùng chứng thư số của CA công cộng: {wording.num(f.public_ca)}.")
    made = (f"đã lập {wording.num(requests)} đề nghị về chứng thư số" if requests
            else "không phát sinh đề nghị mới về chứng thư số")
    req = (f"Trong {period.wording} {made}; còn {wording.num(f.open_requests)} đề nghị đang "
           "chuẩn bị hoặc đã gửi, chờ cấp.")
    rows = [["1", "Cán bộ, công chức đang công tác", wording.num(f.officers), ""],
            ["2", "Có chứng thư số chuyên dùng còn hiệu lực", wording.num(f.covered),
             wording.pct(f.percent)],
            ["3", "Chứng thư số sắp hết hạn (30 ngày)", wording.num(f.expiring), ""],
            ["4", "Chứng thư số đã hết hạn, chưa gia hạn", wording.num(f.expired), ""],
            ["5", "Còn dùng chứng thư số CA công cộng", wording.num(f.public_ca), ""]]
    rows += [[f"6.{i}", f"Đề nghị {label.lower()} trong kỳ", wording.num(f.requests[t]), ""]
             for i, (t, label) in enumerate(REQUEST_LABELS.items(), start=1)]
    table = Table(["STT", "Nội dung", "Số lượng", "Tỷ lệ"], rows, [8, 62, 15, 15], [2, 3],
                  ["", "Tổng số đề nghị trong kỳ", wording.num(requests), ""])
    chart = BarChart("Tỷ lệ cán bộ có chứng thư số chuyên dùng theo bộ phận",
                     [d.department or "Chưa ghi bộ phận" for d in f.by_department],
                     [round(d.percent, 1) for d in f.by_department], target=100.0)
    return [Paragraph(text), Paragraph(req), table, chart]


def training_blocks(t: data.TrainingFigures, period: Period, annex: str | None) -> list[Block]:
    total = t.coverage.total
    text = (f"Số cán bộ, công chức đã hoàn thành bồi dưỡng kỹ năng số: {wording.num(total.digital)}"
            f"/{wording.num(total.officers)} người, đạt {wording.pct(total.digital_percent)}; "
            f"đã hoàn thành bồi dưỡng vận hành hệ thống: {wording.num(total.operation)}/"
            f"{wording.num(total.officers)} người, đạt {wording.pct(total.operation_percent)} "
            f"(chỉ tiêu {wording.pct(t.coverage.target, 0)}).")
    if t.completions:
        done = (f"Trong {period.wording} có {wording.num(t.officers_completed)} cán bộ, công "
                f"chức hoàn thành khóa bồi dưỡng, tổng cộng {wording.num(len(t.completions))} "
                "lượt" + (f" (danh sách tại {annex})." if annex else "."))
    else:
        done = f"Trong {period.wording} không có cán bộ, công chức hoàn thành khóa bồi dưỡng."
    rows = [[str(i), g.name or "Chưa ghi bộ phận", wording.num(g.officers), wording.num(g.digital),
             wording.pct(g.digital_percent), wording.num(g.operation),
             wording.pct(g.operation_percent)]
            for i, g in enumerate(t.coverage.departments, start=1)]
    table = Table(["STT", "Bộ phận", "Số CB", "Kỹ năng số", "Tỷ lệ", "Vận hành HT", "Tỷ lệ"],
                  rows, [8, 36, 10, 12, 11, 12, 11], [2, 3, 4, 5, 6],
                  ["", wording.TOTAL, wording.num(total.officers), wording.num(total.digital),
                   wording.pct(total.digital_percent), wording.num(total.operation),
                   wording.pct(total.operation_percent)])
    return [Paragraph(text), Paragraph(done), table]


def build(session: Session, period: Period, stamp: Stamp) -> Document:
    sections: list[tuple[str, list[Block]]] = []
    backlog = digitization.digitization_blocks(session, period)
    if backlog is not None:
        sections.append((digitization.TITLE, backlog))
    training = data.training_figures(session, period)
    annexes: list[Annex] = []
    annex_name = None
    if training.completions:
        annex_name = annex_title(0)
        annexes.append(Annex(annex_name, "DANH SÁCH CÁN BỘ, CÔNG CHỨC HOÀN THÀNH BỒI DƯỠNG "
                             + period.wording.upper(), [completion_table(training.completions)]))
    sections.append(("CHỮ KÝ SỐ CHUYÊN DÙNG CÔNG VỤ",
                     certificate_blocks(data.cert_figures(session, period), period)))
    sections.append(("ĐÀO TẠO, BỒI DƯỠNG", training_blocks(training, period, annex_name)))
    sections.append((infrastructure.TITLE, infrastructure.infrastructure_blocks(session, period)))
    note = service.get_note(session, KIND, period.key) or NO_NOTE
    sections.append(("KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT", [Paragraph(note)]))
    summary = f"Kết quả chuyển đổi số {period.wording}"
    return shell(session, stamp, summary, numbered(sections), annexes)
