"""Certificate requests (cert_request), who needs one, and signing support tickets."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.paging import PageRequest, fetch_page, row_key
from core.text import nfc
from db.base import utcnow
from db.errors import N_, ValidationError
from db.models import Certificate, CertRequest, Commune, Officer, SupportTicket
from db.models.certificates import CARRIERS, REQUEST_STATUSES, REQUEST_TYPES, TICKET_KINDS

REQUEST_TYPE_TEXTS = {
    "new": N_("New certificate"),
    "renew": N_("Renewal"),
    "change_info": N_("Change of information"),
    "revoke": N_("Revocation"),
    "device_recovery": N_("Device recovery"),
}
REQUEST_STATUS_TEXTS = {
    "draft": N_("Being prepared"),
    "submitted": N_("Submitted"),
    "issued": N_("Issued"),
    "rejected": N_("Rejected"),
    "cancelled": N_("Cancelled"),
}
TICKET_KIND_TEXTS = {
    "token_not_recognised": N_("Token not recognised"),
    "pin_locked": N_("PIN locked"),
    "signing_tool": N_("Signing tool error"),
    "expired": N_("Certificate expired"),
    "other": N_("Other problem"),
}
OPEN_STATUSES = ("draft", "submitted")
# communes merged on 1 July 2025: certificates issued before carry the old agency's name
REORGANISATION = dt.datetime(2025, 7, 1, tzinfo=dt.UTC)
EXPIRY_WARNING_DAYS = 30
TICKET_TARGET_HOURS = 24  # "answered in time": resolved within one day


# requests ---------------------------------------------------------------------------------
def create_request(session: Session, officer_id: uuid.UUID, request_type: str, *,
                   certificate_id: uuid.UUID | None = None, carrier: str = "token",
                   requested_on: dt.date | None = None, note: str = "") -> CertRequest:
    """A request pre-filled from the officer's record (name, CCCD, position, contact)."""
    if request_type not in REQUEST_TYPES:
        raise ValidationError(N_("Choose the kind of request."), field="request_type")
    if carrier not in CARRIERS or not carrier:
        raise ValidationError(N_("Choose the carrier (USB token, SIM PKI or remote signing)."),
                              field="carrier")
    officer = session.get(Officer, officer_id)
    if officer is None or officer.deleted:
        raise ValidationError(N_("This officer no longer exists (deleted on this or another PC)."))
    if request_type in ("renew", "revoke", "change_info", "device_recovery") and certificate_id is None:
        certificate_id = _current_certificate(session, officer_id)
    commune = session.execute(select(Commune.name)).scalar()
    request = CertRequest(
        officer_id=officer_id, request_type=request_type, status="draft",
        certificate_id=certificate_id, full_name=officer.full_name, cccd=officer.cccd,
        position=officer.position,
        agency=", ".join(p for p in (officer.department, commune or "") if p),
        email=officer.email, phone=officer.phone, carrier=carrier,
        requested_on=requested_on or dt.date.today(), note=nfc(note),
    )
    session.add(request)
    session.flush()
    return request


def _current_certificate(session: Session, officer_id: uuid.UUID) -> uuid.UUID | None:
    return session.execute(
        select(Certificate.id).where(Certificate.officer_id == officer_id,
                                     Certificate.deleted.is_(False),
                                     Certificate.status.in_(("active", "expired")))
        .order_by((Certificate.kind == "official_duty").desc(), Certificate.not_after.desc())
    ).scalars().first()


def set_request_status(session: Session, request_id: uuid.UUID, status: str,
                       on: dt.date | None = None, reference: str | None = None) -> CertRequest:
    request = session.get(CertRequest, request_id)
    if request is None or request.deleted:
        raise ValidationError(N_("This request no longer exists (deleted on this or another PC)."))
    if status not in REQUEST_STATUSES:
        raise ValidationError(N_("Choose the status of the request."), field="status")
    on = on or dt.date.today()
    if on < request.requested_on:
        raise ValidationError(N_("The date {date} is before the request was made."),
                              field="date", date=on.strftime("%d/%m/%Y"))
    request.status = status
    if status == "submitted" and request.submitted_on is None:
        request.submitted_on = on
    if status == "issued":
        request.submitted_on = request.submitted_on or on
        request.issued_on = on
    if reference is not None:
        request.reference = nfc(reference)
    session.flush()
    return request


def close_requests_for(session: Session, officer_id: uuid.UUID, cert: Certificate) -> None:
    """A new official certificate arrived: open new/renew requests of the officer are issued."""
    for request in session.execute(
        select(CertRequest).where(CertRequest.officer_id == officer_id,
                                  CertRequest.deleted.is_(False),
                                  CertRequest.status.in_(OPEN_STATUSES),
                                  CertRequest.request_type.in_(("new", "renew")))
    ).scalars():
        if request.certificate_id == cert.id:
            continue
        request.status = "issued"
        request.result_certificate_id = cert.id
        issued = cert.not_before.date()
        request.issued_on = max(issued, request.requested_on)
        request.submitted_on = request.submitted_on or request.requested_on


@dataclass(frozen=True)
class RequestRow:
    id: uuid.UUID
    full_name: str
    request_type: str
    status: str
    requested_on: dt.date
    submitted_on: dt.date | None
    issued_on: dt.date | None
    carrier: str
    reference: str
    key: tuple = field(compare=False)


@dataclass(frozen=True)
class RequestQuery:
    commune_code: str = ""
    open_only: bool = False
    sort: str = "requested_on"
    descending: bool = True


_REQUEST_COLUMNS = (
    CertRequest.id, CertRequest.full_name, CertRequest.request_type, CertRequest.status,
    CertRequest.requested_on, CertRequest.submitted_on, CertRequest.issued_on,
    CertRequest.carrier, CertRequest.reference,
)


def _requests(query: RequestQuery, stmt):
    stmt = stmt.select_from(CertRequest).where(CertRequest.deleted.is_(False))
    if query.commune_code:
        stmt = stmt.where(CertRequest.commune_code == query.commune_code)
    if query.open_only:
        stmt = stmt.where(CertRequest.status.in_(OPEN_STATUSES))
    return stmt


def count_requests(session: Session, query: RequestQuery) -> int:
    return session.execute(_requests(query, select(func.count()))).scalar_one()


def page_requests(session: Session, query: RequestQuery, request: PageRequest) -> list[RequestRow]:
    sort = {"requested_on": CertRequest.requested_on, "status": CertRequest.status,
            "type": CertRequest.request_type}.get(query.sort, CertRequest.requested_on)
    rows = fetch_page(session, _requests(query, select(*_REQUEST_COLUMNS)), sort, CertRequest.id,
                      query.descending, request)
    return [RequestRow(*r[: len(_REQUEST_COLUMNS)], key=row_key(r)) for r in rows]


# who needs a request ----------------------------------------------------------------------
NEED_TEXTS = {
    "none": N_("No official-duty certificate"),
    "expiring": N_("Official-duty certificate expires within 30 days or has expired"),
    "public_only": N_("Only a public-CA certificate (not allowed for state business)"),
    "info_changed": N_("Certificate information out of date (issued before the reorganisation of "
                       "1/7/2025, or the name differs): to update"),
}
NEED_REQUEST = {"none": "new", "public_only": "new", "expiring": "renew",
                "info_changed": "change_info"}


@dataclass(frozen=True)
class Need:
    officer_id: uuid.UUID
    full_name: str
    department: str
    reason: str  # a key of NEED_TEXTS
    open_request: bool


def needs(session: Session, now: dt.datetime | None = None) -> list[Need]:
    """Working officers who need a new, renewed or changed certificate, in name order."""
    now = now or utcnow()
    soon = now + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    officers = session.execute(
        select(Officer.id, Officer.full_name, Officer.department, Officer.sort_key)
        .where(Officer.deleted.is_(False), Officer.active.is_(True)).order_by(Officer.sort_key)
    ).all()
    certs: dict[uuid.UUID, list] = {}
    for row in session.execute(
        select(Certificate.officer_id, Certificate.kind, Certificate.not_before,
               Certificate.not_after, Certificate.subject_cn)
        .where(Certificate.deleted.is_(False), Certificate.officer_id.is_not(None),
               Certificate.status.in_(("active", "expired")))
    ):
        certs.setdefault(row.officer_id, []).append(row)
    pending = set(session.execute(
        select(CertRequest.officer_id).where(CertRequest.deleted.is_(False),
                                             CertRequest.status.in_(OPEN_STATUSES))).scalars())
    out: list[Need] = []
    for officer in officers:
        mine = certs.get(officer.id, [])
        official = [c for c in mine if c.kind == "official_duty" and c.not_after > now]
        if not official:
            public = any(c.kind == "public_ca" and c.not_after > now for c in mine)
            reason = "public_only" if public else "none"
            if not public and any(c.kind == "official_duty" for c in mine):
                reason = "expiring"
        elif max(c.not_after for c in official) <= soon:
            reason = "expiring"
        elif max(c.not_before for c in official) < REORGANISATION or all(
                nfc(c.subject_cn).casefold() != nfc(officer.full_name).casefold() for c in official):
            reason = "info_changed"  # old agency name, or the name changed since
        else:
            continue
        out.append(Need(officer.id, officer.full_name, officer.department, reason,
                        officer.id in pending))
    return out


# support tickets --------------------------------------------------------------------------
def open_ticket(session: Session, officer_id: uuid.UUID | None, kind: str, text: str,
                opened_at: dt.datetime | None = None) -> SupportTicket:
    if kind not in TICKET_KINDS:
        raise ValidationError(N_("Choose the kind of problem."), field="kind")
    if not nfc(text):
        raise ValidationError(N_("Describe the problem."), field="text")
    ticket = SupportTicket(officer_id=officer_id, kind=kind, text=nfc(text),
                           opened_at=opened_at or utcnow())
    session.add(ticket)
    session.flush()
    return ticket


def resolve_ticket(session: Session, ticket_id: uuid.UUID, resolution: str,
                   resolved_at: dt.datetime | None = None) -> SupportTicket:
    ticket = session.get(SupportTicket, ticket_id)
    if ticket is None or ticket.deleted:
        raise ValidationError(N_("This support request no longer exists."))
    if not nfc(resolution):
        raise ValidationError(N_("Write how the problem was solved."), field="resolution")
    resolved_at = resolved_at or utcnow()
    if resolved_at < ticket.opened_at:
        raise ValidationError(N_("The problem cannot be solved before it was reported."),
                              field="resolved_at")
    ticket.resolution = nfc(resolution)
    ticket.resolved_at = resolved_at
    session.flush()
    return ticket


@dataclass(frozen=True)
class TicketRow:
    id: uuid.UUID
    full_name: str
    kind: str
    text: str
    opened_at: dt.datetime
    resolved_at: dt.datetime | None
    resolution: str

    @property
    def hours(self) -> float | None:
        if self.resolved_at is None:
            return None
        return (self.resolved_at - self.opened_at).total_seconds() / 3600

    @property
    def in_time(self) -> bool:
        return self.hours is not None and self.hours <= TICKET_TARGET_HOURS


def tickets(session: Session, limit: int = 500) -> list[TicketRow]:
    """The latest support requests, newest first (a commune logs a few a month)."""
    rows = session.execute(
        select(SupportTicket.id, func.coalesce(Officer.full_name, ""), SupportTicket.kind,
               SupportTicket.text, SupportTicket.opened_at, SupportTicket.resolved_at,
               SupportTicket.resolution)
        .outerjoin(Officer, Officer.id == SupportTicket.officer_id)
        .where(SupportTicket.deleted.is_(False))
        .order_by(SupportTicket.opened_at.desc(), SupportTicket.id.desc()).limit(limit)
    ).all()
    return [TicketRow(*r) for r in rows]

