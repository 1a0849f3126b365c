"""Demo dossiers received over the last three months, improving month by month (QĐ 766 tab).

Deterministic for a seed and relative to today; ids from the dossier code, as an import gives.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from core.backlog.import_dossiers import dossier_id
from db.models import Dossier

AGENCY = "000.00.22.H56"
# procedure code, field, days to process, share of the month's dossiers
_PROCEDURES = (
    ("1.001193", "Hộ tịch", 1, 30), ("2.000635", "Hộ tịch", 3, 15), ("1.000894", "Hộ tịch", 1, 10),
    ("2.000815", "Chứng thực", 0, 25), ("1.003005", "Đất đai", 10, 8),
    ("1.009994", "Xây dựng", 15, 4), ("1.001776", "Bảo trợ xã hội", 7, 8),
)
# per month, oldest first: dossiers a working day, digitized, reused data, e-result, stored
_MONTHS = ((4, 0.62, 0.55, 0.80, 0.70), (5, 0.74, 0.66, 0.88, 0.80), (5, 0.86, 0.78, 0.95, 0.90))


def _workdays(start: dt.date, end: dt.date) -> list[dt.date]:
    days, day = [], start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _month_start(day: dt.date, back: int) -> dt.date:
    start = day.replace(day=1)
    for _ in range(back):
        start = (start - dt.timedelta(days=1)).replace(day=1)
    return start


def add_demo_dossiers(session: Session, seed: int, commune_code: str,
                      today: dt.date | None = None) -> int:
    today = today or dt.date.today()
    rng = random.Random(seed + 766)
    weights = [p[3] for p in _PROCEDURES]
    added = 0
    for back, (per_day, digitized, reused, result, stored) in zip((2, 1, 0), _MONTHS, strict=True):
        start = _month_start(today, back)
        end = min(today, (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1))
        for day in _workdays(start, end):
            for number in range(1, rng.randint(per_day - 2, per_day + 2) + 1):
                code = f"{AGENCY}-{day:%y%m%d}-{number:04d}"
                proc, field_name, days, _ = rng.choices(_PROCEDURES, weights=weights)[0]
                due = day + dt.timedelta(days=days)
                finish = day + dt.timedelta(days=max(0, days - rng.randint(0, 1)))
                done = finish <= today
                has_result = done and rng.random() < result
                session.add(Dossier(
                    id=dossier_id(commune_code, code), code=code, procedure_code=proc,
                    field_name=field_name, received_on=day, due_on=due,
                    finished_on=finish if done else None,
                    channel=rng.choices((1, 2, 3), weights=(55, 40, 5))[0],
                    digitized=rng.random() < digitized, reused_data=rng.random() < reused,
                    result_code=f"KQ-{day:%y%m%d}-{number:04d}" if has_result else "",
                    result_stored=has_result and rng.random() < stored / result))
                added += 1
    session.flush()
    return added
