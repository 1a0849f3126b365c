"""Report data: plain queries over the database, no Qt and no layout — tested on their own.

Every figure is taken at one :class:`~core.reports.period.Cutoff`: stocks at its instant, flows
from the period's start up to it, so issuing a past period again gives the same figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from core.certificates import status as cert_status
from core.certificates.requests import EXPIRY_WARNING_DAYS, TICKET_TARGET_HOURS
from core.officers import history
from core.reports.period import VIETNAM, Cutoff, end_of
from core.training import coverage as training_coverage
from core.training.coverage import CompletionRow, completion_list
from db.models import Certificate, CertRequest, Officer, SupportTicket

REQUEST_TYPES = ("new", "renew", "change_info", "revoke", "device_recovery")


# certificates --------------------------------------------------------------------------------
@dataclass(frozen=True)
class CertFigures:
    officers: int  # officials working at the cut-off
    covered: int  # … holding a valid official-duty certificate then (the plans' figure)
    covered_before: int  # the same at the end of the previous period
    signers: int  # working officers who must sign (leaders, one-stop staff: "ký số" marked)
    signers_covered: int  # … holding a valid official-duty certificate
    public_ca: int
    expiring: int  # official certificates in use expiring within 30 days after the cut-off
    expired: int  # in use but already expired at the cut-off
    requests: dict[str, int]  # requests made in the period, by type
    closed_requests: int  # issued, refused or cancelled in the period
    open_requests: int  # made by the cut-off and not yet issued, refused or cancelled
    by_department: list[cert_status.DepartmentCoverage]

    @property
    def percent(self) -> float:
        return training_coverage.percent(self.covered, self.officers)

    @property
    def signers_percent(self) -> float:
        return training_coverage.percent(self.signers_covered, self.signers)


def _closed_by(instant: dt.datetime, day: dt.date):
    """SQL: the request was issued, refused or cancelled by then (a refusal or cancellation has
    no date of its own: the row's last change stands for it). Never NULL, so it negates."""
    return or_(and_(CertRequest.issued_on.is_not(None), CertRequest.issued_on <= day),
               and_(CertRequest.status.in_(("rejected", "cancelled")),
                    CertRequest.updated_at <= instant))


def cert_figures(session: Session, cut: Cutoff) -> CertFigures:
    period, now = cut.period, cut.instant
    working = history.working_at(session, now)
    cov = cert_status.coverage(session, now, working)
    before_at = end_of(period.previous_end())
    before = cert_status.coverage(session, before_at, history.working_at(session, before_at))
    signers = {i: o for i, o in working.items() if o.is_signer}
    signers_cov = cert_status.coverage(session, now, signers)
    expiring = expired = 0
    for row in expiry_rows(session, cut):
        if row.kind == "official_duty":
            expiring += row.not_after > now
            expired += row.not_after <= now
    live = CertRequest.deleted.is_(False)
    by_type = dict(session.execute(
        select(CertRequest.request_type, func.count()).where(
            live, CertRequest.requested_on >= period.start, CertRequest.requested_on <= cut.day)
        .group_by(CertRequest.request_type)).all())
    open_requests = session.execute(select(func.count()).where(
        live, CertRequest.requested_on <= cut.day, ~_closed_by(now, cut.day))).scalar_one()
    closed = session.execute(select(func.count()).where(
        live, _closed_by(now, cut.day),
        ~_closed_by(before_at, period.previous_end()))).scalar_one()
    return CertFigures(cov.officers, cov.covered, before.covered, signers_cov.officers,
                       signers_cov.covered, cov.public_ca, expiring, expired,
                       {t: by_type.get(t, 0) for t in REQUEST_TYPES}, closed, open_requests,
                       cov.by_department)


@dataclass(frozen=True)
class ExpiryRow:
    full_name: str
    position: str
    subject_cn: str
    kind: str
    serial: str
    not_after: dt.datetime
    days_left: int  # days from the reference date to the expiry date (0: expires that day)


def expiry_rows(session: Session, cut: Cutoff,
                days: int = EXPIRY_WARNING_DAYS) -> list[ExpiryRow]:
    """Certificates in use at the cut-off (of officers working then, or waiting for review)
    that have expired or expire within ``days`` after it; soonest first."""
    now = cut.instant
    working = history.working_at(session, now)
    rows = session.execute(
        select(Certificate.officer_id, Certificate.subject_cn, Certificate.kind,
               Certificate.serial, Certificate.not_after)
        .where(Certificate.deleted.is_(False), cert_status.in_use_at(now),
               Certificate.not_before <= now,
               Certificate.not_after <= now + dt.timedelta(days=days))
        .order_by(Certificate.not_after, Certificate.id)).all()
    out = []
    for officer_id, cn, kind, serial, not_after in rows:
        if officer_id is not None and officer_id not in working:
            continue
        person = working.get(officer_id)
        expires_on = not_after.astimezone(VIETNAM).date()
        out.append(ExpiryRow(person.full_name if person else "", person.position if person else "",
                             cn, kind, serial, not_after, (expires_on - cut.day).days))
    return out


# signing support -------------------------------------------------------------------------------
@dataclass(frozen=True)
class TicketLine:
    full_name: str
    kind: str
    opened_at: dt.datetime
    resolved_at: dt.datetime | None  # None, or after the cut-off: not answered by then


@dataclass(frozen=True)
class SupportFigures:
    received: int  # requests received in the period
    in_time: int  # answered within the target time, by the cut-off
    pending: int  # not answered at the cut-off, still within the target time
    late: list[TicketLine]  # answered late, or unanswered past the target time at the cut-off
    target_hours: int = TICKET_TARGET_HOURS

    @property
    def decided(self) -> int:
        return self.in_time + len(self.late)

    @property
    def percent(self) -> float:
        """Answered in time ÷ requests whose answer was due (those still within their time at
        the cut-off wait for the next report)."""
        return training_coverage.percent(self.in_time, self.decided)


def support_figures(session: Session, cut: Cutoff) -> SupportFigures:
    now = cut.instant
    start = end_of(cut.period.previous_end())
    limit = dt.timedelta(hours=TICKET_TARGET_HOURS)
    rows = session.execute(
        select(func.coalesce(Officer.full_name, ""), SupportTicket.kind, SupportTicket.opened_at,
               SupportTicket.resolved_at)
        .outerjoin(Officer, Officer.id == SupportTicket.officer_id)
        .where(SupportTicket.deleted.is_(False), SupportTicket.opened_at > start,
               SupportTicket.opened_at <= now)
        .order_by(SupportTicket.opened_at, SupportTicket.id)).all()
    in_time = pending = 0
    late = []
    for name, kind, opened, resolved in rows:
        answered = resolved if resolved is not None and resolved <= now else None
        if answered is not None and answered - opened <= limit:
            in_time += 1
        elif answered is None and opened + limit >= now:
            pending += 1
        else:
            late.append(TicketLine(name, kind, opened, answered))
    return SupportFigures(len(rows), in_time, pending, late)


# training ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrainingFigures:
    coverage: training_coverage.Coverage  # at the cut-off
    completions: list[CompletionRow]  # completed in the period (every course)
    required: list[CompletionRow]  # … of a required course

    @property
    def officers_completed(self) -> int:
        return len({(r.full_name, r.cccd) for r in self.completions})


def training_figures(session: Session, cut: Cutoff) -> TrainingFigures:
    working = history.working_at(session, cut.instant)
    cov = training_coverage.coverage(session, cut.day, working=working, until=cut.day)
    start = cut.period.start
    return TrainingFigures(cov, completion_list(session, None, start, cut.day),
                           completion_list(session, None, start, cut.day, required_only=True))


# officers ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OfficerLine:
    full_name: str
    birth_date: dt.date | None
    position: str
    department: str
    phone: str
    is_signer: bool


def officer_lines(session: Session, cut: Cutoff | None = None) -> list[OfficerLine]:
    """Officers working (at the cut-off; default now) in Vietnamese name order."""
    working = history.working_at(session, cut.instant if cut else None)
    rows = session.execute(
        select(Officer.id, Officer.full_name, Officer.birth_date, Officer.position,
               Officer.department, Officer.phone, Officer.is_signer)
        .order_by(Officer.sort_key, Officer.id))
    return [OfficerLine(w.full_name, birth, w.position, w.department, phone, w.is_signer)
            for i, _n, birth, _p, _d, phone, _s in rows if (w := working.get(i)) is not None]


def signer_candidates(session: Session) -> list[tuple[str, str, str]]:
    """(id, full name, position) of working officers who sign documents."""
    return [(str(i), n, p) for i, n, p in session.execute(
        select(Officer.id, Officer.full_name, Officer.position)
        .where(Officer.deleted.is_(False), Officer.active.is_(True), Officer.is_signer.is_(True))
        .order_by(Officer.sort_key))]
