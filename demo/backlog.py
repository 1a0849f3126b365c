"""Demo digitization backlog: lots across fields with realistic progress over the last weeks.

Deterministic for a seed and relative to today (the work happened in the last six weeks);
written through the backlog services inside the demo's own transaction, so the change log
and the counters have it all.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.backlog import lots as svc
from core.backlog import records as recs
from db.models import Certificate, Officer

# field, kind, years, records, digitized before, storage, priority,
# share scanned, share of those checked, signed, stored
_LOTS = (
    ("ho_tich", "Sổ đăng ký khai sinh", (1995, 2005), 1500, 0, "Kho lưu trữ UBND xã, giá A1", 1,
     0.62, 0.8, 0.7, 0.6),
    ("ho_tich", "Sổ đăng ký kết hôn", (1995, 2010), 700, 0, "Kho lưu trữ UBND xã, giá A2", 1,
     0.45, 0.7, 0.5, 0.5),
    ("ho_tich", "Sổ đăng ký khai tử", (2000, 2015), 500, 0, "Kho lưu trữ UBND xã, giá A2", 2,
     0.30, 0.5, 0.0, 0.0),
    ("chung_thuc", "Sổ chứng thực bản sao từ bản chính", (2018, 2024), 900, 0,
     "Tủ hồ sơ Bộ phận một cửa", 2, 0.20, 0.5, 0.0, 0.0),
    ("dat_dai", "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất", (2005, 2015), 600, 150,
     "Phòng Địa chính - Xây dựng", 1, 0.12, 0.4, 0.0, 0.0),
    ("xay_dung", "Giấy phép xây dựng nhà ở riêng lẻ", (2015, 2024), 250, 0,
     "Phòng Địa chính - Xây dựng", 3, 0.0, 0.0, 0.0, 0.0),
    ("bao_tro_xa_hoi", "Hồ sơ hưởng trợ cấp xã hội hằng tháng", (2012, 2020), 200, 0,
     "Tủ hồ sơ Văn hóa - Xã hội", 3, 0.0, 0.0, 0.0, 0.0),
)
WEEKS = 6
_REASONS = ("Sổ rách, mất trang; cần phục chế trước khi quét", "Ảnh quét mờ, phải quét lại",
            "Thiếu trang so với sổ gốc")


def _workday(today: dt.date, weeks_ago: int, rng: random.Random) -> dt.date:
    monday = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=weeks_ago)
    return min(today, monday + dt.timedelta(days=rng.randrange(0, 5)))


def _stage(session: Session, lot_id, first: int, count: int, action: str, officers, rng,
           today: dt.date, lag: int) -> None:
    """``count`` records from ``first`` moved to ``action`` in weekly batches, ``lag`` weeks late."""
    if count <= 0:
        return
    weeks = WEEKS - lag
    weights = [0.6 + 0.8 * rng.random() + 0.15 * w for w in range(weeks)]  # speeding up lately
    start = first
    for week in range(weeks):
        size = round(count * sum(weights[: week + 1]) / sum(weights)) - (start - first)
        if size <= 0:
            continue
        day = _workday(today, weeks - 1 - week, rng)
        recs.change_status(session, recs.Selection(lot_id=lot_id, first_no=start,
                                                   last_no=start + size - 1),
                           action, rng.choice(officers), day)
        start += size


def add_demo_backlog(session: Session, seed: int, today: dt.date | None = None) -> int:
    """Add the demo lots and their records; returns the number of records."""
    today = today or dt.date.today()
    rng = random.Random(seed * 104729 + 4)
    working = list(session.execute(select(Officer.id).where(Officer.active.is_(True))
                                   .order_by(Officer.cccd)).scalars())
    if not working:
        return 0
    clerks = rng.sample(working, min(4, len(working)))
    signers = list(session.execute(
        select(Certificate.officer_id).where(Certificate.officer_id.is_not(None),
                                             Certificate.status == "active",
                                             Certificate.kind == "official_duty")
        .order_by(Certificate.fingerprint)).scalars())
    svc.add_target(session, 60.0, dt.date(today.year, 12, 31))
    total = 0
    for (field, kind, (y1, y2), n, before, storage, priority,
         scanned, checked, signed, stored) in _LOTS:
        lot = svc.create_lot(session, svc.LotInput(field, kind, y1, y2, n, before, storage, priority))
        recs.generate_records(session, lot.id, 1, n)
        total += n
        counts = [round(n * scanned)]
        counts.append(round(counts[-1] * checked))
        counts.append(round(counts[-1] * signed) if signers else 0)
        counts.append(round(counts[-1] * stored))
        for action, count, lag, who in zip(("scanned", "verified", "signed", "stored"), counts,
                                           (0, 1, 2, 2), (clerks, clerks, signers, clerks[:1])):
            _stage(session, lot.id, 1, count, action, who or clerks, rng, today, lag)
        if counts[0] > 20:  # a few damaged books sent back
            first = counts[0] + 1
            recs.change_status(session, recs.Selection(lot_id=lot.id, first_no=first,
                                                       last_no=first + rng.randrange(2, 6)),
                               "rejected", clerks[0], today, reason=rng.choice(_REASONS))
    return total
