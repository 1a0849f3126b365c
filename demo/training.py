"""Demo training data: realistic courses, sessions, attendance and partial completion.

Deterministic for a seed; written through the training service (so the change log has it)
inside the demo's own transaction.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from sqlalchemy.orm import Session

from core.training import courses as training
from db.models import Officer

# title, provider, topic, mode, hours, required, pass mark, sessions (date, place, trainer),
# share of officers who completed
_COURSES = (
    ("Kỹ năng số cơ bản cho cán bộ, công chức cấp xã", "bdhvs", "digital", "online", 8.0, True,
     50.0, (), 0.72),
    ("Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "province", "operation",
     "in_person", 16.0, True, 70.0,
     ((dt.date(2025, 9, 16), "Hội trường UBND xã", "Trung tâm Phục vụ hành chính công tỉnh"),
      (dt.date(2025, 9, 23), "Hội trường UBND xã", "Trung tâm Phục vụ hành chính công tỉnh"),
      (dt.date(2025, 10, 7), "Phòng họp Bộ phận một cửa", "Sở Khoa học và Công nghệ")), 0.55),
    ("Sử dụng chữ ký số chuyên dùng công vụ trên văn bản điện tử", "in_house", "signing",
     "blended", 4.0, False, None,
     ((dt.date(2025, 10, 21), "Phòng họp Bộ phận một cửa", "Công chức Văn phòng - Thống kê"),),
     0.35),
    ("Chuyển đổi số trong cải cách hành chính (MOOC OneTouch)", "mooc", "digital", "online", 6.0,
     False, 60.0, (), 0.20),
)
_MATERIALS = {
    "bdhvs": "https://binhdanhocvuso.gov.vn\nTài liệu hướng dẫn kỹ năng số cơ bản.pdf",
    "province": "Hướng dẫn vận hành Hệ thống TTGQTTHC.pdf\nBài giảng buổi 1-3.pptx",
    "in_house": "Quy trình ký số kết quả TTHC.docx",
    "mooc": "https://onetouch.edu.vn",
}


def add_demo_training(session: Session, seed: int, officers: Sequence[Officer]) -> int:
    """Add the demo courses for ``officers``; returns how many courses were added."""
    rng = random.Random(seed * 7919 + 6)
    working = [o for o in officers if o.active]
    for title, provider, topic, mode, hours, required, mark, sessions, share in _COURSES:
        starts = sessions[0][0] if sessions else dt.date(2025, 9, 1)
        course = training.create_course(session, training.CourseInput(
            title=title, provider=provider, topic=topic, mode=mode, hours=hours, required=required,
            start_date=starts, end_date=sessions[-1][0] if sessions else dt.date(2025, 11, 30),
            materials=_MATERIALS[provider], pass_mark=mark),
            origin="province" if provider in ("bdhvs", "province") else "commune")
        session_dates = []
        attended: set = set()
        for held_on, place, trainer in sessions:
            row = training.add_session(session, course.id, training.SessionInput(held_on, place, trainer))
            session_dates.append(held_on)
            marks = {o.id: _mark(rng) for o in working}
            training.save_attendance(session, row.id, marks)
            attended |= {oid for oid, status in marks.items() if status == "present"}
        # with classes, only officers who came to one can have completed
        eligible = [o for o in working if not sessions or o.id in attended]
        for number, officer in enumerate(o for o in eligible if rng.random() < share):
            when = (max(session_dates) if session_dates
                    else dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(0, 80)))
            score = float(rng.randrange(int(mark or 50) + 5, 100)) if mark is not None else None
            cert = f"{provider.upper()}-2025-{number + 1:05d}" if provider in ("bdhvs", "mooc") else ""
            training.save_result(session, course.id, officer.id,
                                 training.ResultInput(True, when, score, cert))
    return len(_COURSES)


def _mark(rng: random.Random) -> str:
    roll = rng.random()
    return "present" if roll < 0.82 else "excused" if roll < 0.92 else "absent"
