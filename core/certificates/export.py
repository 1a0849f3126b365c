"""The certificate section's tables as XLSX (headers in Vietnamese, dates as real dates)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy.orm import Session

from core.certificates import parse, status
from core.certificates import registry as svc
from core.certificates import requests as req
from core.paging import PageRequest
from db.errors import N_, UserError

Translate = Callable[[str], str]


def write_sheet(wb: Workbook, title: str, headers: list[str], rows: list[list]) -> None:
    ws = wb.create_sheet(title[:31])
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for i, header in enumerate(headers, start=1):
        width = max([len(str(header))] + [len(str(r[i - 1] or "")) for r in rows[:500]])
        ws.column_dimensions[ws.cell(1, i).column_letter].width = min(60, width + 2)
        for cell in ws.iter_cols(min_col=i, max_col=i, min_row=2):
            for c in cell:
                if hasattr(c.value, "year"):
                    c.number_format = "DD/MM/YYYY"
    ws.freeze_panes = "A2"


def _naive(value):
    return value.replace(tzinfo=None) if value is not None and getattr(value, "tzinfo", None) else value


def export(session: Session, path: Path, tr: Translate) -> int:
    """Certificates, requests, officers needing a request, coverage and support in one workbook."""
    wb = Workbook()
    wb.remove(wb.active)
    certs = svc.page(session, svc.CertQuery(), PageRequest(limit=1_000_000))
    write_sheet(wb, tr("Certificates"), [tr(h) for h in (
        N_("Officer"), N_("Name in certificate"), N_("Kind"), N_("Issued by"), N_("Valid from"),
        N_("Valid until"), N_("Status"), N_("Carrier"), N_("Subscriber"))], [
        [c.officer_name, c.subject_cn, tr(parse.KIND_TEXTS[c.kind]),
         parse.issuer_label(c.issuer_cn, c.issuer_o), _naive(c.not_before).date(),
         _naive(c.not_after).date(), tr(svc.STATUS_TEXTS[c.shown_status]),
         tr(svc.CARRIER_TEXTS.get(c.carrier, c.carrier)),
         tr(svc.SUBSCRIBER_TEXTS.get(c.subscriber, c.subscriber))] for c in certs])
    requests = req.page_requests(session, req.RequestQuery(), PageRequest(limit=1_000_000))
    write_sheet(wb, tr("Requests"), [tr(h) for h in (
        N_("Officer"), N_("Request"), N_("Status"), N_("Requested"), N_("Submitted on"),
        N_("Issued on"), N_("Reference"))], [
        [r.full_name, tr(req.REQUEST_TYPE_TEXTS[r.request_type]),
         tr(req.REQUEST_STATUS_TEXTS[r.status]), r.requested_on, r.submitted_on, r.issued_on,
         r.reference] for r in requests])
    write_sheet(wb, tr("Officers needing a request"), [tr("Officer"), tr("Department"), tr("Reason")],
           [[n.full_name, n.department, tr(req.NEED_TEXTS[n.reason])] for n in req.needs(session)])
    cov = status.coverage(session)
    write_sheet(wb, tr("Coverage"), [tr("Department"), tr("Officers working"),
                                tr("With a valid official-duty certificate"), tr("Rate (%)")],
           [[d.department, d.officers, d.covered, round(d.percent, 1)] for d in cov.by_department]
           + [[tr("Total"), cov.officers, cov.covered, round(cov.percent, 1)]])
    tickets = req.tickets(session, limit=100_000)
    write_sheet(wb, tr("Support"), [tr(h) for h in (
        N_("Officer"), N_("Problem"), N_("Description"), N_("Reported"), N_("Solved"), N_("Hours"),
        N_("How it was solved"))], [
        [t.full_name, tr(req.TICKET_KIND_TEXTS[t.kind]), t.text, _naive(t.opened_at),
         _naive(t.resolved_at), round(t.hours, 1) if t.hours is not None else None, t.resolution]
        for t in tickets])
    try:
        wb.save(path)
    except OSError as err:
        raise UserError(N_("Cannot save {file}: {reason}."), file=path.name,
                        reason=err.strerror or str(err)) from err
    return len(certs)
