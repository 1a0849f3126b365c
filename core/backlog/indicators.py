"""QĐ 766/QĐ-TTg digitization indicators 4.1–4.4 of one month, counted from the dossiers.

Each indicator is numerator / denominator; its points are Pmax when the rate reaches the
target, otherwise rate × Pmax / target. A month with no dossier for an indicator has nothing to
fall short of, so it scores Pmax (shown as "no dossiers").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from db.errors import N_, UserError
from db.models import BacklogRecord, Dossier, RecordFile


@dataclass(frozen=True)
class IndicatorDef:
    code: str
    title: str  # N_ text
    pmax: float
    target: float  # percent
    by: str  # "received" (reception month) or "finished" (finishing month)


# Targets as in DOMAIN.md (QĐ 766): 80 % for 4.2 and 4.3. It sets none for 4.1 and 4.4, so
# their points are proportional to the rate (a 100 % target); nothing says targets vary by
# commune or year, so they are constants, not a setting.
INDICATORS: tuple[IndicatorDef, ...] = (
    IndicatorDef("4.1", N_("Results issued electronically"), 6.0, 100.0, "finished"),
    IndicatorDef("4.2", N_("Dossiers digitized at reception"), 4.0, 80.0, "received"),
    IndicatorDef("4.3", N_("Reuse of digitized data"), 2.0, 80.0, "received"),
    IndicatorDef("4.4", N_("Results stored in the data warehouse"), 4.0, 100.0, "finished"),
)

EVIDENCE_LINE = N_("Backlog records signed this month: {signed}, of which {backed} backed by a verified "
                   "signed file and {unbacked} marked by hand without evidence (chưa có bằng chứng). "
                   "Stored this month: {stored}, of which {stored_backed} backed by a verified file.")


def evidence_line(e: RecordEvidence, tr: Callable[[str], str], number: Callable[[int], str]) -> str:
    return tr(EVIDENCE_LINE).format(signed=number(e.signed), backed=number(e.signed_backed),
                                    unbacked=number(e.signed_unbacked), stored=number(e.stored),
                                    stored_backed=number(e.stored_backed))


COLUMNS = (N_("Indicator"), N_("Content"), N_("Numerator"), N_("Denominator"), N_("Rate (%)"),
           N_("Target (%)"), N_("Points"), N_("Pmax"))


@dataclass(frozen=True)
class Indicator:
    definition: IndicatorDef
    numerator: int
    denominator: int

    @property
    def rate(self) -> float | None:
        return None if self.denominator == 0 else 100.0 * self.numerator / self.denominator

    @property
    def points(self) -> float:
        return score(self.rate, self.definition.target, self.definition.pmax)


@dataclass(frozen=True)
class RecordEvidence:
    """Backlog records signed / stored in a month, and how many a verified signed file backs
    (the rest were marked by hand: "chưa có bằng chứng")."""

    signed: int = 0
    signed_backed: int = 0
    stored: int = 0
    stored_backed: int = 0

    @property
    def signed_unbacked(self) -> int:
        return self.signed - self.signed_backed

    @property
    def stored_unbacked(self) -> int:
        return self.stored - self.stored_backed


@dataclass(frozen=True)
class MonthIndicators:
    month: dt.date  # first day of the month
    items: list[Indicator]
    evidence: RecordEvidence = RecordEvidence()

    @property
    def points(self) -> float:
        return sum(i.points for i in self.items)

    @property
    def pmax(self) -> float:
        return sum(i.definition.pmax for i in self.items)


def score(rate: float | None, target: float, pmax: float) -> float:
    """Pmax if rate ≥ target, else rate × Pmax / target; no dossiers (None) → Pmax."""
    if rate is None or rate >= target:
        return pmax
    return rate * pmax / target


def parse_month(text: str) -> dt.date:
    """'2026-11' or '11/2026' → 1 Nov 2026."""
    text = text.strip()
    try:
        if "/" in text:
            month, year = text.split("/")
        else:
            year, month = text.split("-")
        return dt.date(int(year), int(month), 1)
    except ValueError:
        raise UserError(N_("{value} is not a month. Write it as yyyy-mm, e.g. 2026-11."),
                        value=text) from None


def _month_range(month: dt.date) -> tuple[dt.date, dt.date]:
    start = month.replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    return start, end


def _sum(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _backed():
    return (select(RecordFile.id).where(
        RecordFile.record_id == BacklogRecord.id, RecordFile.deleted.is_(False),
        RecordFile.verdict == "valid", RecordFile.file_state == "ok").exists())


def record_evidence(session: Session, month: dt.date) -> RecordEvidence:
    """Records signed (stored) in the month that are still signed (stored), and those of them
    whose file carries a valid signature of a registered officer."""
    start, end = _month_range(month)
    low = dt.datetime.combine(start, dt.time()).astimezone(dt.UTC)
    high = dt.datetime.combine(end, dt.time()).astimezone(dt.UTC)
    rec = BacklogRecord
    live = rec.deleted.is_(False)
    signed = session.execute(select(func.count(), _sum(_backed())).where(
        live, rec.status.in_(("signed", "stored")), rec.signed_at >= low, rec.signed_at < high)).one()
    stored = session.execute(select(func.count(), _sum(_backed())).where(
        live, rec.status == "stored", rec.stored_at >= low, rec.stored_at < high)).one()
    return RecordEvidence(int(signed[0]), int(signed[1]), int(stored[0]), int(stored[1]))


def month_indicators(session: Session, month: dt.date) -> MonthIndicators:
    start, end = _month_range(month)
    live = Dossier.deleted.is_(False)
    received = session.execute(select(
        func.count(), _sum(Dossier.digitized.is_(True)), _sum(Dossier.reused_data.is_(True)),
    ).where(live, Dossier.received_on >= start, Dossier.received_on < end)).one()
    finished = session.execute(select(
        func.count(), _sum(Dossier.result_code != ""), _sum(Dossier.result_stored.is_(True)),
    ).where(live, Dossier.finished_on >= start, Dossier.finished_on < end)).one()
    counts = {"4.1": (finished[1], finished[0]), "4.2": (received[1], received[0]),
              "4.3": (received[2], received[0]), "4.4": (finished[2], finished[0])}
    return MonthIndicators(start, [Indicator(d, int(counts[d.code][0]), int(counts[d.code][1]))
                                   for d in INDICATORS], record_evidence(session, start))


def months_with_dossiers(session: Session) -> list[dt.date]:
    """First days of the months having a received dossier, newest first."""
    days = session.execute(select(func.min(Dossier.received_on), func.max(Dossier.received_on))
                           .where(Dossier.deleted.is_(False))).one()
    if days[0] is None:
        return []
    months, cur = [], days[1].replace(day=1)
    while cur >= days[0].replace(day=1):
        months.append(cur)
        cur = (cur - dt.timedelta(days=1)).replace(day=1)
    return months


def dossier_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(Dossier)
                           .where(Dossier.deleted.is_(False))).scalar_one()


def export(session: Session, month: dt.date, path: Path, tr: Callable[[str], str]) -> int:
    """The month's indicators and the group total in one workbook; the number of indicators."""
    from openpyxl import Workbook

    from core.backlog.listing import add_sheet

    result = month_indicators(session, month)
    wb = Workbook(write_only=True)
    rows = [[i.definition.code, tr(i.definition.title), i.numerator, i.denominator,
             None if i.rate is None else round(i.rate, 1), i.definition.target,
             round(i.points, 2), i.definition.pmax] for i in result.items]
    rows.append(["", tr(N_("Total of indicators 4.1–4.4")), None, None, None, None,
                 round(result.points, 2), result.pmax])
    from core.text import format_number

    rows.append(["", evidence_line(result.evidence, tr, format_number)] + [None] * 6)
    add_sheet(wb, tr(N_("QĐ 766 indicators {month}")).format(month=month.strftime("%m-%Y")),
              [tr(h) for h in COLUMNS], rows)
    try:
        wb.save(path)
    except OSError as err:
        raise UserError(N_("Cannot save {file}: {reason}."), file=path.name,
                        reason=err.strerror or str(err)) from err
    return len(result.items)
