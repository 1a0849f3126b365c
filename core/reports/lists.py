"""List reports: officers, certificate expiry, training completion.

ND 30/2020 Điều 7 has no "Danh sách" document type: a list goes out as the Phụ lục of a report
("Phụ lục I … (Kèm theo Báo cáo số …)"), and only the report takes a number from the register.
So each list here is a short Báo cáo whose annex is the list; an empty list is shown but cannot
be issued (:func:`core.reports.register.issue` refuses it).
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from core.certificates.parse import KIND_TEXTS
from core.reports import data, wording
from core.reports.common import Stamp, annex_title, cut_note, shell
from core.reports.model import Annex, Document, Paragraph, Table
from core.reports.names import field, value
from core.reports.period import VIETNAM, Period, cutoff
from core.text import format_number
from core.training.coverage import CompletionRow, completion_list
from db.models import Course


def _score(value: float | None) -> str:
    if value is None:
        return ""
    return wording.num(value) if value == int(value) else format_number(value, 1)


def completion_table(rows: list[CompletionRow]) -> Table:
    return Table(["STT", field("officer", "full_name"), field("officer", "birth_date"),
                  field("officer", "position"), field("officer", "department"),
                  field("course_result", "course_id"),
                  field("course_result", "completed_on"), field("course_result", "score"),
                  field("course_result", "certificate_no")],
                 [[wording.num(i), r.full_name, wording.date(r.birth_date), r.position,
                   r.department, r.course_title, wording.date(r.completed_on),
                   _score(r.score), r.certificate_no]
                  for i, r in enumerate(rows, start=1)],
                 [6, 20, 11, 16, 17, 22, 11, 7, 19], [0, 7], centred=[2, 6])


def officer_table(rows: list[data.OfficerLine]) -> Table:
    return Table(["STT", field("officer", "full_name"), field("officer", "birth_date"),
                  field("officer", "position"), field("officer", "department"),
                  field("officer", "phone"), field("officer", "is_signer")],
                 [[wording.num(i), r.full_name, wording.date(r.birth_date), r.position,
                   r.department, r.phone, "x" if r.is_signer else ""]
                  for i, r in enumerate(rows, start=1)],
                 [6, 24, 12, 22, 22, 13, 7], [0],
                 ["", f"{wording.TOTAL}: {wording.num(len(rows))} người", "", "", "", "",
                  wording.num(sum(r.is_signer for r in rows))], centred=[2, 6])


def expiry_table(rows: list[data.ExpiryRow]) -> Table:
    return Table(["STT", field("officer", "full_name"), field("officer", "position"),
                  field("certificate", "subject_cn"), field("certificate", "kind"),
                  field("certificate", "not_after"), "Còn lại (ngày)"],
                 [[wording.num(i), r.full_name or "(chưa gán)", r.position, r.subject_cn,
                   value(KIND_TEXTS, r.kind),
                   wording.date(r.not_after.astimezone(VIETNAM).date()),
                   wording.num(r.days_left)] for i, r in enumerate(rows, start=1)],
                 [6, 22, 20, 23, 19, 12, 11], [0, 6], centred=[5])


def _list_report(session: Session, stamp: Stamp, cut, summary: str, intro: str, subtitle: str,
                 table: Table, count: int) -> Document:
    """A Báo cáo whose Phụ lục I is the list; ``count`` lines (0: the list cannot be issued)."""
    if not count:  # no annex to attach; the empty table stays for the XLSX header (not drawn)
        doc = shell(session, stamp, summary, cut_note(cut) + [Paragraph(intro + "."), table])
        doc.empty_list = True
        return doc
    annex = Annex(annex_title(0), subtitle, [table])
    body = cut_note(cut) + [Paragraph(f"{intro} (danh sách chi tiết tại {annex.title} kèm theo).")]
    return shell(session, stamp, summary, body, [annex])


def officers(session: Session, period: Period, stamp: Stamp) -> Document:
    cut = cutoff(period, stamp.on)
    rows = data.officer_lines(session, cut)
    day = wording.date(cut.day)
    signers = sum(r.is_signer for r in rows)
    intro = (f"Ủy ban nhân dân xã báo cáo danh sách cán bộ, công chức đang công tác đến ngày "
             f"{day}: {wording.num(len(rows))} người, trong đó {wording.num(signers)} người phải "
             "ký số")
    return _list_report(session, stamp, cut, f"Danh sách cán bộ, công chức đến ngày {day}", intro,
                        f"DANH SÁCH CÁN BỘ, CÔNG CHỨC ĐANG CÔNG TÁC ĐẾN NGÀY {day}",
                        officer_table(rows), len(rows))


def cert_expiry(session: Session, period: Period, stamp: Stamp) -> Document:
    cut = cutoff(period, stamp.on)
    rows = data.expiry_rows(session, cut)
    day = wording.date(cut.day)
    intro = (f"Chứng thư số đang sử dụng đã hết hạn hoặc hết hạn trong 30 ngày kể từ ngày {day}: "
             f"{wording.num(len(rows))} chứng thư. Đề nghị các cá nhân làm thủ tục gia hạn trước "
             "khi hết hạn")
    return _list_report(session, stamp, cut, f"Chứng thư số sắp hết hạn tính đến ngày {day}",
                        intro, f"DANH SÁCH CHỨNG THƯ SỐ ĐÃ HẾT HẠN HOẶC SẮP HẾT HẠN (TÍNH ĐẾN "
                        f"NGÀY {day})", expiry_table(rows), len(rows))


def training(session: Session, period: Period, stamp: Stamp,
             course_id: uuid.UUID | None = None) -> Document:
    """Who completed a course (one, or all) in the period."""
    cut = cutoff(period, stamp.on)
    rows = completion_list(session, course_id, period.start, cut.day)
    what = "bồi dưỡng"
    if course_id is not None:
        what = f"khóa “{session.get(Course, course_id).title}”"
    intro = (f"Cán bộ, công chức hoàn thành {what} {period.wording}: "
             f"{wording.num(len(rows))} lượt")
    return _list_report(session, stamp, cut,
                        f"Cán bộ, công chức hoàn thành {what} {period.wording}", intro,
                        f"DANH SÁCH CÁN BỘ, CÔNG CHỨC HOÀN THÀNH {what.upper()} "
                        f"{period.wording.upper()}", completion_table(rows), len(rows))
