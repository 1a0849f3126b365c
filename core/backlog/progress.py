"""Digitization progress: per lot, per field and overall vs the targets; throughput; forecast.

Every figure comes from the counter tables (backlog_counter, backlog_daily) and the lots, never
from a scan of the records, so the dashboard stays instant at a million records.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from core.backlog import lots
from core.backlog.lots import DONE, Target
from db.models import (
    BacklogBatch,
    BacklogCounter,
    BacklogDaily,
    BacklogLot,
    BacklogRecord,
    Officer,
    RecordFile,
)

RATE_DAYS = 28  # the "current rate" is the average of the last four weeks


@dataclass
class Figures:
    """Records of a lot, a field or the commune by stage (``reached`` counts later stages too)."""

    total: int = 0
    before: int = 0  # digitized before tracking in Xã Số
    by_status: dict[str, int] = field(default_factory=dict)
    # records at "signed" / "stored" backed by a linked file with a valid signature (evidence)
    backed: dict[str, int] = field(default_factory=dict)

    def add(self, other: Figures) -> None:
        self.total += other.total
        self.before += other.before
        for status, count in other.by_status.items():
            self.by_status[status] = self.by_status.get(status, 0) + count
        for status, count in other.backed.items():
            self.backed[status] = self.backed.get(status, 0) + count

    def backed_reached(self, status: str) -> int:
        """Records at ``status`` or later whose signature is proved by a verified file."""
        order = DONE[DONE.index(status):]
        return min(self.reached(status), sum(self.backed.get(s, 0) for s in order))

    def unbacked(self, status: str) -> int:
        """Records at ``status`` or later marked by hand, without a verified file
        ("chưa có bằng chứng")."""
        return self.reached(status) - self.backed_reached(status)

    def reached(self, status: str) -> int:
        order = DONE[DONE.index(status):]
        return sum(self.by_status.get(s, 0) for s in order)

    @property
    def digitized(self) -> int:
        return min(self.total, self.reached("scanned") + self.before)

    def percent(self, count: int) -> float:
        return 100.0 * count / self.total if self.total else 0.0

    @property
    def digitized_percent(self) -> float:
        return self.percent(self.digitized)


@dataclass
class Forecast:
    target: Target
    needed: int  # records digitized the target asks for
    reached: bool
    rate_per_day: float
    date: dt.date | None  # when the target will be reached at the current rate; None = never
    today: dt.date | None = None  # the day the rate window ends and the forecast starts from

    @property
    def missed(self) -> bool:
        return not self.reached and (self.date is None or self.date > self.target.due_on)


@dataclass
class Progress:
    overall: Figures
    fields: dict[str, Figures]
    lots: dict[uuid.UUID, Figures]
    forecasts: list[Forecast]
    rate_per_day: float


def lot_figures(session: Session) -> dict[uuid.UUID, tuple[str, Figures]]:
    out: dict[uuid.UUID, tuple[str, Figures]] = {}
    for lot_id, field_code, total, before in session.execute(
            select(BacklogLot.id, BacklogLot.field, BacklogLot.total_records,
                   BacklogLot.digitized_before).where(BacklogLot.deleted.is_(False))):
        out[lot_id] = (field_code, Figures(total, before))
    for lot_id, status, count in session.execute(
            select(BacklogCounter.lot_id, BacklogCounter.status, BacklogCounter.count)):
        if lot_id in out:
            out[lot_id][1].by_status[status] = count
    return out


def backed_counts(session: Session) -> dict[uuid.UUID, dict[str, int]]:
    """Per lot, the records at "signed" and "stored" with a valid signed file (driven by the
    verified files, not by a scan of the records)."""
    stmt = (select(RecordFile.lot_id, BacklogRecord.status, func.count(func.distinct(RecordFile.record_id)))
            .join(BacklogRecord, BacklogRecord.id == RecordFile.record_id)
            .where(RecordFile.deleted.is_(False), RecordFile.verdict == "valid",
                   RecordFile.file_state == "ok", BacklogRecord.deleted.is_(False),
                   BacklogRecord.status.in_(("signed", "stored")))
            .group_by(RecordFile.lot_id, BacklogRecord.status))
    out: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    for lot_id, status, count in session.execute(stmt):
        out[lot_id][status] = int(count)
    return out


def _status_at(day: dt.date, instant: dt.datetime):
    """SQL: the stage a record was at on ``day`` (``instant`` = that day's last moment).

    A record counts at the latest stage whose stamp is not after the instant, never beyond its
    present stage (a record reopened and scanned again keeps the older stamps of the later
    stages). A record rejected or reopened on or before ``day`` was already so then.
    """
    rec, now = BacklogRecord, BacklogRecord.status
    settled = and_(now.in_(("rejected", "pending")),
                   or_(BacklogBatch.done_on.is_(None), BacklogBatch.done_on <= day))
    undone = ("pending", "rejected")
    whens = [(settled, now)]
    for i, stage in reversed(list(enumerate(DONE))):
        stamp = getattr(rec, lots.STAGE_STAMPS[stage][1])
        whens.append((and_(now.in_(DONE[i:] + undone), stamp <= instant), stage))
    return case(*whens, else_="pending")


def lot_figures_at(session: Session, day: dt.date,
                   instant: dt.datetime) -> dict[uuid.UUID, tuple[str, Figures]]:
    """As :func:`lot_figures`, but the records' stages as they were at the end of ``day``:
    from the per-stage timestamps of the records (one grouped pass over backlog_record)."""
    out = {lot_id: (field_code, Figures(fig.total, fig.before))
           for lot_id, (field_code, fig) in lot_figures(session).items()}
    stage = _status_at(day, instant).label("stage")
    for lot_id, status, count in session.execute(
            select(BacklogRecord.lot_id, stage, func.count())
            .outerjoin(BacklogBatch, BacklogBatch.id == BacklogRecord.batch_id)
            .where(BacklogRecord.deleted.is_(False))
            .group_by(BacklogRecord.lot_id, stage)):
        if lot_id in out:
            out[lot_id][1].by_status[status] = count
    return out


def daily_done(session: Session, since: dt.date, until: dt.date | None = None) -> dict[dt.date, int]:
    """Records newly digitized (scanned) per day from ``since`` to ``until``, for the live lots."""
    stmt = (select(BacklogDaily.day, func.sum(BacklogDaily.count))
            .join(BacklogLot, BacklogLot.id == BacklogDaily.lot_id)
            .where(BacklogDaily.status == "scanned", BacklogDaily.day >= since,
                   BacklogLot.deleted.is_(False))
            .group_by(BacklogDaily.day))
    if until is not None:
        stmt = stmt.where(BacklogDaily.day <= until)
    return {day: int(count) for day, count in session.execute(stmt)}


def forecast(figures: Figures, target: Target, rate_per_day: float, today: dt.date) -> Forecast:
    """When ``figures`` reach ``target`` at ``rate_per_day`` records a day from ``today``."""
    needed = math.ceil(figures.total * target.percent / 100.0)
    if figures.digitized >= needed:
        return Forecast(target, needed, True, rate_per_day, None, today)
    if rate_per_day <= 0:
        return Forecast(target, needed, False, rate_per_day, None, today)
    days = math.ceil((needed - figures.digitized) / rate_per_day)
    return Forecast(target, needed, False, rate_per_day, today + dt.timedelta(days=days), today)


def progress(session: Session, today: dt.date | None = None,
             instant: dt.datetime | None = None) -> Progress:
    """Figures as of ``today`` (the screen: now, from the counters). A report for a past day
    passes ``instant``, that day's last moment, and gets the records' stages then; the rate is
    the average of the ``RATE_DAYS`` days ending on ``today`` either way."""
    today = today or dt.date.today()
    overall = Figures()
    by_field: dict[str, Figures] = defaultdict(Figures)
    by_lot: dict[uuid.UUID, Figures] = {}
    past = instant is not None and today < dt.date.today()
    figures_by_lot = lot_figures_at(session, today, instant) if past else lot_figures(session)
    backed = backed_counts(session)
    for lot_id, (field_code, figures) in figures_by_lot.items():
        figures.backed = dict(backed.get(lot_id, {}))
        by_lot[lot_id] = figures
        by_field[field_code].add(figures)
        overall.add(figures)
    done = daily_done(session, today - dt.timedelta(days=RATE_DAYS - 1), today)
    rate = sum(done.values()) / RATE_DAYS
    forecasts = [forecast(overall, t, rate, today) for t in lots.targets(session)]
    return Progress(overall, dict(by_field), by_lot, forecasts, rate)


def next_forecast(p: Progress, today: dt.date | None = None) -> Forecast | None:
    """The first target not yet reached whose date is still ahead (else the last target)."""
    today = today or dt.date.today()
    open_ones = [f for f in p.forecasts if not f.reached and f.target.due_on >= today]
    return open_ones[0] if open_ones else (p.forecasts[-1] if p.forecasts else None)


# throughput -----------------------------------------------------------------------------------
PERIODS = ("day", "week", "month")


def period_start(day: dt.date, period: str) -> dt.date:
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return day


@dataclass(frozen=True)
class ThroughputRow:
    officer: str
    period: dt.date
    by_status: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def throughput(session: Session, period: str = "week", since: dt.date | None = None) -> list[ThroughputRow]:
    """Records per officer and period, by stage reached (latest period first)."""
    since = since or dt.date.today() - dt.timedelta(days=90)
    names = {str(i): n for i, n in session.execute(select(Officer.id, Officer.full_name))}
    cells: dict[tuple[str, dt.date], dict[str, int]] = defaultdict(dict)
    for day, officer, status, count in session.execute(
            select(BacklogDaily.day, BacklogDaily.officer_id, BacklogDaily.status,
                   func.sum(BacklogDaily.count))
            .where(BacklogDaily.day >= since)
            .group_by(BacklogDaily.day, BacklogDaily.officer_id, BacklogDaily.status)):
        if not count:
            continue
        key = (names.get(officer, ""), period_start(day, period))
        cells[key][status] = cells[key].get(status, 0) + int(count)
    rows = [ThroughputRow(name, start, by) for (name, start), by in cells.items()]
    return sorted(rows, key=lambda r: (-r.period.toordinal(), -r.total, r.officer))


def trend(session: Session, weeks: int = 12, today: dt.date | None = None) -> list[tuple[dt.date, int]]:
    """Records digitized per week (Monday of the week, count) for the last ``weeks`` weeks."""
    today = today or dt.date.today()
    first = period_start(today, "week") - dt.timedelta(weeks=weeks - 1)
    per_week: dict[dt.date, int] = {first + dt.timedelta(weeks=i): 0 for i in range(weeks)}
    for day, count in daily_done(session, first, today).items():
        per_week[period_start(day, "week")] = per_week.get(period_start(day, "week"), 0) + count
    return sorted(per_week.items())
