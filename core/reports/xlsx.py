"""Every table of a report to an .xlsx sheet: title rows, bold framed header, Vietnamese numbers."""

from __future__ import annotations

import re
from pathlib import Path

from core.reports.model import Document, Table
from db.errors import N_, UserError

_NUMBER = re.compile(r"^[+-]?\d{1,3}(\.\d{3})*(,\d+)?( %)?$")


def cell_value(text: str):
    """"1.234" → 1234, "12,5 %" → 0.125 (shown as a percentage); other text stays text."""
    if not _NUMBER.match(text):
        return text, None
    is_pct = text.endswith(" %")
    raw = text.removesuffix(" %").replace(".", "").replace(",", ".")
    value = float(raw)
    if is_pct:
        return value / 100, "0.0 %" if "," in raw or "." in raw else "0 %"
    return (int(value), "#,##0") if value == int(value) and "." not in raw else (value, "#,##0.0")


def _sheet_tables(document: Document) -> list[tuple[str, Table]]:
    out = [("Báo cáo", t) for t in document.blocks if isinstance(t, Table)]
    for annex in document.annexes:
        out += [(annex.title, t) for t in annex.blocks if isinstance(t, Table)]
    return out


def export(document: Document, path: Path | str) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="888888")
    box = Border(top=thin, bottom=thin, left=thin, right=thin)
    for n, (name, table) in enumerate(_sheet_tables(document), start=1):
        ws = wb.create_sheet(f"{n}. {name}"[:31])
        ws.append([document.header.issuing_body])
        ws.append([document.summary])
        ws["A2"].font = Font(bold=True, size=13)
        ws.append([])
        ws.append(table.headers)
        for cell in ws[4]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DCE6F1")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = box
        for row in table.rows + ([table.total] if table.total else []):
            ws.append([cell_value(v)[0] if c in table.numeric else v for c, v in enumerate(row)])
            for c in table.numeric:
                fmt = cell_value(row[c])[1]
                if fmt:
                    ws.cell(ws.max_row, c + 1).number_format = fmt
            for cell in ws[ws.max_row]:
                cell.border = box
        if table.total:
            for cell in ws[ws.max_row]:
                cell.font = Font(bold=True)
        total_w = sum(table.widths)
        for i, w in enumerate(table.widths):
            ws.column_dimensions[chr(65 + i)].width = max(6, round(120 * w / total_w))
        ws.freeze_panes = "A5"
    if not wb.sheetnames:  # a report without a table still gives a valid workbook
        ws = wb.create_sheet("Báo cáo")
        ws.append([document.header.issuing_body])
        ws.append([document.summary])
    _save(wb, path)
    return path


def _save(wb, path: Path) -> None:
    """Write next to the target and rename: a failure never leaves a broken .xlsx behind."""
    partial = path.with_name(path.name + ".partial")
    try:
        wb.save(partial)
        partial.replace(path)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise cannot_save(path, err) from err
    except Exception:
        partial.unlink(missing_ok=True)
        raise


def cannot_save(path: Path, err: OSError) -> UserError:
    return UserError(N_("Cannot save {file}: {reason}. Close it in Excel or choose another "
                        "folder."), file=str(path), reason=err.strerror or str(err))
