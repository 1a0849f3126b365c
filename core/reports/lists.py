"""List reports: officers, certificate expiry, training completion (each also an annex table)."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from core.reports import data, wording
from core.reports.common import Stamp, shell
from core.reports.model import Document, Paragraph, Table
from core.reports.period import Period
from core.text import format_number
from core.training.coverage import CompletionRow, completion_list
from db.models import Course

KIND_LABELS = {"official_duty": "Chuyên dùng công vụ", "public_ca": "CA công cộng",
               "unknown": "Không xác định"}


def _score(value: float | None) -> str:
    if value is None:
        return ""
    return wording.num(value) if value == int(value) else format_number(value, 1)


def completion_table(rows: list[CompletionRow]) -> Table:
    return Table(["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Bộ phận", "Khóa bồi dưỡng",
                  "Ngày hoàn thành", "Điểm", "Số chứng nhận"],
                 [[wording.num(i), r.full_name, wording.date(r.birth_date), r.position,
                   r.department, r.course_title, wording.date(r.completed_on),
                   _score(r.score), r.certificate_no]
                  for i, r in enumerate(rows, start=1)],
                 [6, 20, 11, 16, 17, 22, 11, 7, 19], [0, 7], centred=[2, 6])


def officer_table(rows: list[data.OfficerLine]) -> Table:
    return Table(["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Bộ phận", "Điện thoại", "Ký số"],
                 [[wording.num(i), r.full_name, wording.date(r.birth_date), r.position,
                   r.department, r.phone, "x" if r.is_signer else ""]
                  for i, r in enumerate(rows, start=1)],
                 [6, 24, 12, 22, 22, 13, 7], [0],
                 ["", f"{wording.TOTAL}: {wording.num(len(rows))} người", "", "", "", "",
                  wording.num(sum(r.is_signer for r in rows))], centred=[2, 6])


def expiry_table(rows: list[data.ExpiryRow]) -> Table:
    return Table(["STT", "Họ và tên", "Chức vụ", "Chủ thể chứng thư", "Loại", "Hết hạn",
                  "Còn lại (ngày)"],
                 [[wording.num(i), r.full_name or "(chưa gán)", r.position, r.subject_cn,
                   KIND_LABELS.get(r.kind, r.kind), wording.date(r.not_after.date()),
                   wording.num(r.days_left)] for i, r in enumerate(rows, start=1)],
                 [6, 22, 20, 26, 16, 12, 11], [0, 6], centred=[5])


def _table(table: Table) -> list[Table]:
    """A list with no line prints no empty table (the sentence above says there are none)."""
    return [table] if table.rows else []


def officers(session: Session, period: Period, stamp: Stamp) -> Document:
    rows = data.officer_lines(session)
    intro = Paragraph(f"Danh sách cán bộ, công chức đang công tác đến ngày "
                      f"{wording.date(period.end)}: {wording.num(len(rows))} người.")
    return shell(session, stamp, "Cán bộ, công chức đang công tác", [intro, officer_table(rows)],
                 title="DANH SÁCH", landscape=True, doc_type="DS")


def cert_expiry(session: Session, period: Period, stamp: Stamp) -> Document:
    rows = data.expiry_rows(session, period.end)
    intro = Paragraph(f"Chứng thư số đang sử dụng đã hết hạn hoặc hết hạn trong 30 ngày kể từ "
                      f"ngày {wording.date(period.end)}: {wording.num(len(rows))} chứng thư. "
                      f"Đề nghị các cá nhân làm thủ tục gia hạn trước khi hết hạn.")
    return shell(session, stamp, "Chứng thư số sắp hết hạn", [intro] + _table(expiry_table(rows)),
                 title="DANH SÁCH", landscape=True, doc_type="DS")


def training(session: Session, period: Period, stamp: Stamp,
             course_id: uuid.UUID | None = None) -> Document:
    """Who completed a course (one, or all) in the period."""
    rows = completion_list(session, course_id, period.start, period.end)
    what = "bồi dưỡng"
    if course_id is not None:
        what = f"khóa “{session.get(Course, course_id).title}”"
    intro = Paragraph(f"Cán bộ, công chức hoàn thành {what} {period.wording}: "
                      f"{wording.num(len(rows))} lượt.")
    return shell(session, stamp, f"Cán bộ, công chức hoàn thành {what} {period.wording}",
                 [intro] + _table(completion_table(rows)), title="DANH SÁCH", landscape=True,
                 doc_type="DS")
