"""The requirements check and the estimate as an A4 PDF to print and sign (Qt's own PDF writer,
so the system's Vietnamese fonts are used; the report framework may replace this later)."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from db.errors import N_, UserError
from desktop.i18n import tr
from desktop.services import infra_check
from desktop.services.text import format_date, format_number

STYLE = ("body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 11pt; }"
         "table { border-collapse: collapse; } td, th { border: 1px solid #444; padding: 3px; }"
         "th { background: #eeeeee; } .num { text-align: right; } h2, .center { text-align: center; }")


def _rows(cells: list[list[str]], numeric_from: int) -> str:
    out = []
    for row in cells:
        tds = "".join(f'<td class="num">{escape(v)}</td>' if i >= numeric_from else f"<td>{escape(v)}</td>"
                      for i, v in enumerate(row))
        out.append(f"<tr>{tds}</tr>")
    return "".join(out)


def _table(headers: list[str], cells: list[list[str]], numeric_from: int) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    return (f'<table width="100%" cellspacing="0"><tr>{head}</tr>'
            f"{_rows(cells, numeric_from)}</table>")


def estimate_html(result: infra_check.Check, commune: str, today: dt.date) -> str:
    gaps = [[str(i), g.requirement.title, format_number(g.needed), format_number(g.usable),
             format_number(g.out_of_support), format_number(g.faulty), format_number(g.missing)]
            for i, g in enumerate(result.gaps, start=1)]
    lines = [[str(i), g.requirement.title, format_number(g.missing),
              format_number(g.requirement.unit_price) if g.requirement.unit_price else "",
              format_number(g.total) if g.requirement.unit_price else ""]
             for i, g in enumerate(result.missing_lines, start=1)]
    lines.append(["", tr("Total"), format_number(result.missing_items), "",
                  format_number(result.estimate_total)])
    return "".join((
        f"<html><head><style>{STYLE}</style></head><body>",
        f'<p class="center"><b>{escape(commune.upper())}</b></p>',
        f"<h2>{escape(tr('ESTIMATE OF IT EQUIPMENT TO BUY'))}</h2>",
        f'<p class="center"><i>{escape(tr("Drawn up on {date}").format(date=format_date(today)))}</i></p>',
        f"<p><b>{escape(tr('I. Requirements check'))}</b></p>",
        _table([tr(h) for h in (N_("No."), N_("Requirement"), N_("Needed"), N_("Usable"),
                                N_("Out of support"), N_("Faulty"), N_("Missing"))], gaps, 2),
        f"<p><b>{escape(tr('II. Estimate'))}</b></p>",
        _table([tr(h) for h in (N_("No."), N_("Item"), N_("Quantity"), N_("Unit price (đồng)"),
                                N_("Amount (đồng)"))], lines, 2),
        '<br><table width="100%" cellspacing="0" style="border: none;"><tr>',
        f'<td class="center" style="border: none;"><b>{escape(tr("Drawn up by"))}</b></td>',
        f'<td class="center" style="border: none;"><b>{escape(tr("Head of the agency"))}</b></td>',
        "</tr></table></body></html>"))


def write_pdf(path: Path, html: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(20, 15, 15, 15)))
    writer.setResolution(96)
    writer.setTitle(tr("ESTIMATE OF IT EQUIPMENT TO BUY"))
    document = QTextDocument()
    document.setHtml(html)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    if not path.exists() or path.stat().st_size == 0:
        raise UserError(N_("Cannot save {file}: {reason}."), file=path.name, reason="PDF")
