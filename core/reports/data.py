"""Report data: plain queries over the database, no Qt and no layout — tested on their own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from core.certificates import status as cert_status
from core.certificates.requests import EXPIRY_WARNING_DAYS, OPEN_STATUSES
from core.reports.period import Period
from core.training import coverage as training_coverage
from core.training.coverage import CompletionRow, completion_list
from db.models import Certificate, CertRequest, Officer

REQUEST_TYPES = ("new", "renew", "change_info", "revoke", "device_recovery")


def end_of(day: dt.date) -> dt.datetime:
    """The last instant of a day, in UTC (the figures are counted "as of" it)."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), dt.UTC) \
        - dt.timedelta(microseconds=1)


# certificates --------------------------------------------------------------------------------
@dataclass(frozen=True)
class CertFigures:
    officers: int
    covered: int  # working officers with a valid official-duty certificate at the period's end
    covered_before: int  # the same at the end of the previous period
    public_ca: int
    expiring: int  # official certificates in use expiring within 30 days after the period
    expired: int  # in use but already expired at the period's end
    requests: dict[str, int]  # requests made in the period, by type
    open_requests: int  # still being prepared or submitted at the period's end
    by_department: list[cert_status.DepartmentCoverage]

    @property
    def percent(self) -> float:
        return training_coverage.percent(self.covered, self.officers)


def cert_figures(session: Session, period: Period) -> CertFigures:
    now = end_of(period.end)
    cov = cert_status.coverage(session, now)
    before = cert_status.coverage(session, end_of(period.previous_end()))
    expiring = expired = 0
    for row in expiry_rows(session, period.end):
        if row.kind == "official_duty":
            expiring += row.days_left >= 0
            expired += row.days_left < 0
    live = CertRequest.deleted.is_(False)
    by_type = dict(session.execute(
        select(CertRequest.request_type, func.count()).where(
            live, CertRequest.requested_on >= period.start, CertRequest.requested_on <= period.end)
        .group_by(CertRequest.request_type)).all())
    open_requests = session.execute(select(func.count()).where(
        live, CertRequest.requested_on <= period.end,
        CertRequest.status.in_(OPEN_STATUSES))).scalar_one()
    return CertFigures(cov.officers, cov.covered, before.covered, cov.public_ca, expiring,
                       expired, {t: by_type.get(t, 0) for t in REQUEST_TYPES}, open_requests,
                       cov.by_department)


@dataclass(frozen=True)
class ExpiryRow:
    full_name: str
    position: str
    subject_cn: str
    kind: str
    serial: str
    not_after: dt.datetime
    days_left: int


def expiry_rows(session: Session, as_of: dt.date,
                days: int = EXPIRY_WARNING_DAYS) -> list[ExpiryRow]:
    """Certificates in use (active or expired, not replaced) of working officers or waiting for
    review, that have expired or expire within ``days`` after ``as_of``; soonest first."""
    now = end_of(as_of)
    rows = session.execute(
        select(func.coalesce(Officer.full_name, ""), func.coalesce(Officer.position, ""),
               Certificate.subject_cn, Certificate.kind, Certificate.serial,
               Certificate.not_after)
        .outerjoin(Officer, Officer.id == Certificate.officer_id)
        .where(Certificate.deleted.is_(False), Certificate.status.in_(("active", "expired")),
               Certificate.not_after <= now + dt.timedelta(days=days),
               or_(Certificate.officer_id.is_(None),
                   and_(Officer.active.is_(True), Officer.deleted.is_(False))))
        .order_by(Certificate.not_after, Certificate.id)).all()
    return [ExpiryRow(*r, days_left=int((r[5] - now).total_seconds() // 86400)) for r in rows]


# training ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrainingFigures:
    coverage: training_coverage.Coverage
    completions: list[CompletionRow]  # completed in the period

    @property
    def officers_completed(self) -> int:
        return len({(r.full_name, r.cccd) for r in self.completions})


def training_figures(session: Session, period: Period) -> TrainingFigures:
    return TrainingFigures(training_coverage.coverage(session, period.end),
                           completion_list(session, None, period.start, period.end))


# officers ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OfficerLine:
    full_name: str
    birth_date: dt.date | None
    position: str
    department: str
    phone: str
    is_signer: bool


def officer_lines(session: Session) -> list[OfficerLine]:
    """Working officers in Vietnamese name order."""
    return [OfficerLine(*r) for r in session.execute(
        select(Officer.full_name, Officer.birth_date, Officer.position, Officer.department,
               Officer.phone, Officer.is_signer)
        .where(Officer.deleted.is_(False), Officer.active.is_(True))
        .order_by(Officer.sort_key, Officer.id))]


def signer_candidates(session: Session) -> list[tuple[str, str, str]]:
    """(id, full name, position) of working officers who sign documents."""
    return [(str(i), n, p) for i, n, p in session.execute(
        select(Officer.id, Officer.full_name, Officer.position)
        .where(Officer.deleted.is_(False), Officer.active.is_(True), Officer.is_signer.is_(True))
        .order_by(Officer.sort_key))]
