"""Section "Đào tạo, bồi dưỡng" of the monthly report and its two annexes: who completed a
required course in the period, and who still has to — at the report's cut-off."""

from __future__ import annotations

from core.reports import data, wording
from core.reports.common import annex_title
from core.reports.lists import completion_table
from core.reports.model import Annex, Block, Paragraph, Table
from core.reports.names import field, value
from core.reports.period import Cutoff
from core.training.courses import TOPICS
from core.training.coverage import OfficerCoverage

TITLE = "ĐÀO TẠO, BỒI DƯỠNG"


def _n(value: int) -> str:
    return wording.num(value)


def coverage_text(t: data.TrainingFigures) -> str:
    total = t.coverage.total
    return (f"Số cán bộ, công chức đã hoàn thành bồi dưỡng kỹ năng số: {_n(total.digital)}/"
            f"{_n(total.officers)} người, đạt {wording.pct(total.digital_percent)}; đã hoàn "
            f"thành bồi dưỡng vận hành hệ thống: {_n(total.operation)}/{_n(total.officers)} "
            f"người, đạt {wording.pct(total.operation_percent)} (chỉ tiêu "
            f"{wording.pct(t.coverage.target, 0)}).")


def done_text(t: data.TrainingFigures, cut: Cutoff, done_annex: str | None,
              todo_annex: str | None) -> str:
    when = cut.period.wording
    if t.completions:
        text = (f"Trong {when} có {_n(t.officers_completed)} cán bộ, công chức hoàn thành khóa "
                f"bồi dưỡng, tổng cộng {_n(len(t.completions))} lượt, trong đó "
                f"{_n(len(t.required))} lượt hoàn thành khóa bồi dưỡng bắt buộc")
        text += f" (danh sách tại {done_annex})." if done_annex else "."
    else:
        text = f"Trong {when} không có cán bộ, công chức hoàn thành khóa bồi dưỡng."
    left = len(t.coverage.to_train)
    if left:
        text += (f" Đến ngày {wording.date(cut.day)} còn {_n(left)} cán bộ, công chức chưa hoàn "
                 f"thành đủ các khóa bồi dưỡng bắt buộc")
        text += f" (danh sách tại {todo_annex})." if todo_annex else "."
    return text


def department_table(t: data.TrainingFigures) -> Table:
    total = t.coverage.total
    rows = [[str(i), g.name or "Chưa ghi bộ phận", _n(g.officers), _n(g.digital),
             wording.pct(g.digital_percent), _n(g.operation), wording.pct(g.operation_percent)]
            for i, g in enumerate(t.coverage.departments, start=1)]
    return Table(["STT", field("officer", "department"), "Số CB", value(TOPICS, "digital"), "Tỷ lệ",
                  "Vận hành HT", "Tỷ lệ"],
                 rows, [8, 36, 10, 12, 11, 12, 11], [2, 3, 4, 5, 6],
                 ["", wording.TOTAL, _n(total.officers), _n(total.digital),
                  wording.pct(total.digital_percent), _n(total.operation),
                  wording.pct(total.operation_percent)])


def to_train_table(people: list[OfficerCoverage]) -> Table:
    return Table(["STT", field("officer", "full_name"), field("officer", "department"),
                  "Khóa bồi dưỡng bắt buộc chưa hoàn thành", field("officer", "note")],
                 [[_n(i), p.full_name, p.department, "; ".join(p.missing_courses),
                   "Cán bộ mới" if p.is_new else ""] for i, p in enumerate(people, start=1)],
                 [5, 21, 19, 45, 10], [0])


def training_blocks(t: data.TrainingFigures, cut: Cutoff,
                    first_annex: int) -> tuple[list[Block], list[Annex]]:
    """The section's blocks and its annexes, numbered from ``first_annex``."""
    annexes: list[Annex] = []
    names: list[str | None] = [None, None]
    when = cut.period.wording.upper()
    if t.required:
        names[0] = annex_title(first_annex + len(annexes))
        annexes.append(Annex(names[0], "DANH SÁCH CÁN BỘ, CÔNG CHỨC HOÀN THÀNH KHÓA BỒI DƯỠNG "
                             f"BẮT BUỘC {when}", [completion_table(t.required)]))
    if t.coverage.to_train:
        names[1] = annex_title(first_annex + len(annexes))
        annexes.append(Annex(names[1], "DANH SÁCH CÁN BỘ, CÔNG CHỨC CHƯA HOÀN THÀNH BỒI DƯỠNG "
                             f"BẮT BUỘC (ĐẾN NGÀY {wording.date(cut.day)})",
                             [to_train_table(t.coverage.to_train)]))
    blocks: list[Block] = [Paragraph(coverage_text(t)), Paragraph(done_text(t, cut, *names)),
                           department_table(t)]
    return blocks, annexes
