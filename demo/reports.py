"""Demo report data: the report settings, the supervisor's notes of recent months, and the
monthly report of the month before last issued as number 01 (a realistic register).

Deterministic for a seed; written inside the demo's own transaction.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from core.reports import register as service

_NOTES = (
    "Máy quét tài liệu của Bộ phận một cửa thường xuyên hỏng, ảnh hưởng tiến độ số hóa.\n"
    "Đề nghị UBND tỉnh bố trí kinh phí mua bổ sung 01 máy quét khổ A3.",
    "Một số cán bộ chưa được cấp chứng thư số chuyên dùng do chờ thiết bị ký số.\n"
    "Đề nghị Sở Khoa học và Công nghệ sớm cấp bổ sung thiết bị cho xã.",
    "Đường truyền Internet tại trụ sở xã không ổn định vào giờ cao điểm.\n"
    "Đề nghị doanh nghiệp viễn thông nâng cấp đường truyền.",
)


def add_demo_reports(session: Session, seed: int, today: dt.date | None = None) -> None:
    from core.reports import monthly, pdf, period
    from core.reports.common import Stamp

    today = today or dt.date.today()
    rng = random.Random(seed)
    service.save_settings(session, service.default_settings(session))
    first = today.replace(day=1)
    months = []
    for _ in range(2):
        first = (first - dt.timedelta(days=1)).replace(day=1)
        months.append(period.month(first.year, first.month))
    for p in months:
        service.save_note(session, monthly.KIND, p.key, rng.choice(_NOTES))
    older = months[-1]
    issued_on = older.end + dt.timedelta(days=rng.randint(3, 6))
    service.issue(session, monthly.KIND, older.key, issued_on,
                  lambda n, d: monthly.build(session, older, Stamp(n, d)), pdf.render)
