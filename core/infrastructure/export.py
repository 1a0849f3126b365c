"""The Hạ tầng tables as XLSX: the register (re-importable), the gap list and the estimate.

The estimate sheet is what the commune attaches to its budget request, so it carries a title,
the date and a total row, with amounts as numbers in đồng.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy.orm import Session

from core.certificates.export import write_sheet
from core.infrastructure import check as infra_check
from core.infrastructure import equipment as svc
from core.text import format_date
from db.errors import N_, UserError

Translate = Callable[[str], str]
MONEY = "#,##0"
# headers the equipment import recognises (equipment_xlsx.SYNONYMS)
REGISTER_HEADERS = (N_("Asset code"), N_("Device type"), N_("Subtype"), N_("Make, model"),
                    N_("Year of purchase"), N_("Location"), N_("User"), N_("Condition"),
                    N_("Operating system"), N_("Pages per minute"), N_("Warranty until"),
                    N_("Note"))


def register_rows(session: Session, tr: Translate) -> list[list]:
    rows = []
    for r in svc.all_rows(session):
        subtype = svc.SUBTYPES.get(r.kind, {}).get(r.subtype, "")
        rows.append([r.asset_code, tr(svc.KINDS[r.kind]), tr(subtype) if subtype else "",
                     r.make_model, r.purchase_year,
                     " - ".join(filter(None, (tr(svc.LOCATIONS[r.location]), r.location_detail))),
                     r.officer_name or "",
                     tr(svc.STATES[r.state]), svc.OS_SUPPORT[r.os][0] if r.os else "",
                     r.pages_per_minute, r.warranty_end, r.note])
    return rows


def gap_rows(result: infra_check.Check, tr: Translate) -> list[list]:
    return [[g.requirement.title, g.needed, g.usable, g.out_of_support, g.faulty, g.missing,
             tr("Met") if g.met else tr("Missing")] for g in result.gaps]


def _estimate_sheet(wb: Workbook, result: infra_check.Check, commune: str, tr: Translate,
                    today: dt.date) -> None:
    ws = wb.create_sheet(tr("Estimate")[:31])
    ws.append([tr("ESTIMATE OF IT EQUIPMENT TO BUY")])
    ws.append([commune])
    ws.append([tr("Drawn up on {date}").format(date=format_date(today))])
    ws.append([])
    ws.append([tr("No."), tr("Item"), tr("Quantity"), tr("Unit price (đồng)"),
               tr("Amount (đồng)")])
    for cell in ws[1] + ws[5]:
        cell.font = Font(bold=True)
    for number, gap in enumerate(result.missing_lines, start=1):
        ws.append([number, gap.requirement.title, gap.missing, gap.requirement.unit_price or None,
                   gap.total or None])
    ws.append(["", tr("Total"), result.missing_items, None, result.estimate_total])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=6, min_col=4, max_col=5):
        for cell in row:
            cell.number_format = MONEY
    for letter, width in (("A", 6), ("B", 58), ("C", 10), ("D", 20), ("E", 20)):
        ws.column_dimensions[letter].width = width


def export(session: Session, path: Path, tr: Translate, commune: str = "",
           today: dt.date | None = None) -> int:
    """Register, gap list and estimate in one workbook; returns the number of devices."""
    today = today or dt.date.today()
    wb = Workbook()
    wb.remove(wb.active)
    rows = register_rows(session, tr)
    write_sheet(wb, tr("Equipment"), [tr(h) for h in REGISTER_HEADERS], rows)
    result = infra_check.check(session, today)
    write_sheet(wb, tr("Requirements check"), [tr(h) for h in (
        N_("Requirement"), N_("Needed"), N_("Usable"), N_("Out of support"), N_("Faulty"),
        N_("Missing"), N_("Result"))], gap_rows(result, tr))
    _estimate_sheet(wb, result, commune, tr, today)
    try:
        wb.save(path)
    except OSError as err:
        raise UserError(N_("Cannot save {file}: {reason}."), file=path.name,
                        reason=err.strerror or str(err)) from err
    return len(rows)
