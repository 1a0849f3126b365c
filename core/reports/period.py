"""Report periods: a month ("2026-11"), a quarter ("2026-Q4"), a year ("2026") or custom days
("2026-01-15..2026-03-31")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from db.errors import N_, ValidationError

ROMAN_QUARTERS = ("I", "II", "III", "IV")
VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")  # Asia/Ho_Chi_Minh: no daylight saving


def end_of(day: dt.date) -> dt.datetime:
    """The last instant of a day in Vietnam (23:59:59.999999 ICT), in UTC: the figures of a
    report are counted "as of" it."""
    nxt = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), VIETNAM)
    return (nxt - dt.timedelta(microseconds=1)).astimezone(dt.UTC)


@dataclass(frozen=True)
class Period:
    kind: str  # month / quarter / year / custom
    start: dt.date
    end: dt.date  # inclusive

    @property
    def key(self) -> str:
        if self.kind == "month":
            return f"{self.start.year}-{self.start.month:02d}"
        if self.kind == "quarter":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def wording(self) -> str:
        """"tháng 11 năm 2026", "quý IV năm 2026", "năm 2026", "từ 15/01/2026 đến 31/03/2026"."""
        if self.kind == "month":
            return f"tháng {self.start.month} năm {self.start.year}"
        if self.kind == "quarter":
            return f"quý {ROMAN_QUARTERS[(self.start.month - 1) // 3]} năm {self.start.year}"
        if self.kind == "year":
            return f"năm {self.start.year}"
        return f"từ {self.start:%d/%m/%Y} đến {self.end:%d/%m/%Y}"

    def previous_end(self) -> dt.date:
        return self.start - dt.timedelta(days=1)


@dataclass(frozen=True)
class Cutoff:
    """The one reference instant of a report: every stock is counted at it, every flow up to it.

    ``day`` is the period's last day, or the day the report is made when the period has not
    ended yet — then the report says so ("số liệu tính đến ngày …").
    """

    period: Period
    day: dt.date

    @property
    def instant(self) -> dt.datetime:
        return end_of(self.day)

    @property
    def partial(self) -> bool:
        return self.day < self.period.end

    @property
    def note(self) -> str:
        return f"Số liệu tính đến ngày {self.day:%d/%m/%Y}." if self.partial else ""


def cutoff(period: Period, today: dt.date | None = None) -> Cutoff:
    """The figures' date for ``period`` made on ``today``: its end, or today if earlier."""
    today = today or dt.date.today()
    return Cutoff(period, max(period.start - dt.timedelta(days=1), min(period.end, today)))


def month(year: int, number: int) -> Period:
    start = dt.date(year, number, 1)
    nxt = dt.date(year + number // 12, number % 12 + 1, 1)
    return Period("month", start, nxt - dt.timedelta(days=1))


def quarter(year: int, number: int) -> Period:
    first = month(year, 3 * number - 2)
    return Period("quarter", first.start, month(year, 3 * number).end)


def year(number: int) -> Period:
    return Period("year", dt.date(number, 1, 1), dt.date(number, 12, 31))


def custom(start: dt.date, end: dt.date) -> Period:
    if end < start:
        raise ValidationError(N_("The period ends before it starts."))
    return Period("custom", start, end)


def parse(text: str) -> Period:
    """Read a period key; a clear message names the text when it is not one."""
    text = (text or "").strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
            return month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-[Qq]([1-4])", text):
            return quarter(int(m[1]), int(m[2]))
        if re.fullmatch(r"\d{4}", text):
            return year(int(text))
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", text):
            return custom(dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2]))
    except ValueError:
        pass
    raise ValidationError(N_("{text} is not a report period. Write a month as 2026-11, a quarter "
                             "as 2026-Q4, a year as 2026 or days as 2026-01-15..2026-03-31."),
                          text=text)
