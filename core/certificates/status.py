"""Certificate alerts and coverage: the figures of the dashboard, the CLI and the monthly report."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from core.certificates.requests import EXPIRY_WARNING_DAYS, OPEN_STATUSES, TICKET_TARGET_HOURS
from db.base import utcnow
from db.models import Certificate, CertRequest, Officer, SupportTicket

EXPIRY_ERROR_DAYS = 7


@dataclass(frozen=True)
class Alert:
    certificate_id: uuid.UUID
    officer_name: str
    subject_cn: str
    not_after: dt.datetime
    days_left: int  # negative: expired that many days ago
    level: str  # warning / error


@dataclass(frozen=True)
class Alerts:
    warnings: int
    errors: int
    items: list[Alert]

    @property
    def total(self) -> int:
        return self.warnings + self.errors


def alerts(session: Session, now: dt.datetime | None = None) -> Alerts:
    """Certificates in use that expire within 30 days (warning) or 7 days / have expired (error).

    In use: active (or expired, never marked otherwise), not replaced, and belonging to a
    working officer or waiting for review.
    """
    now = now or utcnow()
    soon = now + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    rows = session.execute(
        select(Certificate.id, func.coalesce(Officer.full_name, ""), Certificate.subject_cn,
               Certificate.not_after)
        .outerjoin(Officer, Officer.id == Certificate.officer_id)
        .where(Certificate.deleted.is_(False), Certificate.status.in_(("active", "expired")),
               Certificate.not_after <= soon,
               or_(Certificate.officer_id.is_(None),
                   and_(Officer.active.is_(True), Officer.deleted.is_(False))))
        .order_by(Certificate.not_after, Certificate.id)
    ).all()
    items = []
    for cert_id, name, cn, not_after in rows:
        seconds = (not_after - now).total_seconds()
        days = int(seconds // 86400)
        level = "error" if seconds <= EXPIRY_ERROR_DAYS * 86400 else "warning"
        items.append(Alert(cert_id, name, cn, not_after, days, level))
    errors = sum(1 for a in items if a.level == "error")
    return Alerts(len(items) - errors, errors, items)


@dataclass(frozen=True)
class DepartmentCoverage:
    department: str
    officers: int
    covered: int

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.officers if self.officers else 0.0


@dataclass(frozen=True)
class Coverage:
    officers: int
    covered: int
    public_ca: int  # working officers holding a valid public-CA certificate
    by_department: list[DepartmentCoverage]

    @property
    def percent(self) -> float:
        """% of working officers with a valid official-duty certificate (the monthly figure)."""
        return 100.0 * self.covered / self.officers if self.officers else 0.0


def in_use_at(now: dt.datetime):
    """SQL: the certificate was in use at ``now`` — active (or marked expired), or replaced by a
    renewal that only began after ``now`` (a past report still counts the certificate then held)."""
    newer = aliased(Certificate)
    return or_(Certificate.status.in_(("active", "expired")),
               and_(Certificate.status == "replaced",
                    Certificate.replaced_by_id.in_(select(newer.id).where(newer.not_before > now))))


def _holders(session: Session, kind: str, now: dt.datetime) -> set[uuid.UUID]:
    """Officers holding a valid certificate of ``kind`` at ``now``: imported here, or carried
    from a commune where the person worked before (core/carried.py)."""
    from core import carried

    return carried.holders(session, kind, now) | set(session.execute(
        select(Certificate.officer_id).where(
            Certificate.deleted.is_(False), Certificate.kind == kind, in_use_at(now),
            Certificate.officer_id.is_not(None),
            Certificate.not_before <= now, Certificate.not_after > now)
    ).scalars())


def coverage(session: Session, now: dt.datetime | None = None,
             officers: dict | None = None) -> Coverage:
    """Working officers with a valid official-duty certificate at ``now``; ``officers`` (id →
    :class:`~core.officers.history.WorkingOfficer`) are those working then (default: today's)."""
    now = now or utcnow()
    official = _holders(session, "official_duty", now)
    public = _holders(session, "public_ca", now)
    if officers is None:
        officers = session.execute(
            select(Officer.id, Officer.department)
            .where(Officer.deleted.is_(False), Officer.active.is_(True))
        ).all()
    else:
        officers = [(o.id, o.department) for o in officers.values()]
    depts: dict[str, list[int]] = {}
    for officer_id, department in officers:
        entry = depts.setdefault(department or "", [0, 0])
        entry[0] += 1
        entry[1] += officer_id in official
    by_dept = sorted((DepartmentCoverage(d, n, c) for d, (n, c) in depts.items()),
                     key=lambda x: (-x.officers, x.department))
    ids = {o for o, _ in officers}
    return Coverage(len(officers), len(official & ids), len(public & ids), by_dept)


@dataclass(frozen=True)
class Summary:
    alerts: Alerts
    coverage: Coverage
    certificates: int
    review: int
    open_requests: int
    tickets_open: int
    tickets_resolved: int
    tickets_in_time: int

    @property
    def tickets_in_time_percent(self) -> float:
        return 100.0 * self.tickets_in_time / self.tickets_resolved if self.tickets_resolved else 100.0


def summary(session: Session, now: dt.datetime | None = None) -> Summary:
    now = now or utcnow()
    live = Certificate.deleted.is_(False)
    certificates = session.execute(select(func.count()).where(live)).scalar_one()
    review = session.execute(select(func.count()).where(
        live, Certificate.officer_id.is_(None), Certificate.match_problem != "")).scalar_one()
    open_requests = session.execute(select(func.count()).where(
        CertRequest.deleted.is_(False), CertRequest.status.in_(OPEN_STATUSES))).scalar_one()
    tickets = session.execute(select(SupportTicket.opened_at, SupportTicket.resolved_at)
                              .where(SupportTicket.deleted.is_(False))).all()
    resolved = [(o, r) for o, r in tickets if r is not None]
    in_time = sum(1 for o, r in resolved if (r - o).total_seconds() <= TICKET_TARGET_HOURS * 3600)
    return Summary(alerts(session, now), coverage(session, now), certificates, review,
                   open_requests, len(tickets) - len(resolved), len(resolved), in_time)
