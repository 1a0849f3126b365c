"""Importing backlog lots from the XLSX or CSV inventory a commune keeps.

Title rows, merged two-row headers and a total/signature footer are handled by xlsx_table; a
CSV (UTF-8 with or without BOM, or Windows-1258; ``;`` or ``,`` between values) is loaded into
the same reader. Counts may be written "1.234". :func:`preview` writes nothing and lists every
row as new / update / unchanged / error with its row number; :func:`apply` writes all rows in
the caller's transaction, or nothing when any row has a problem. Re-importing changes nothing.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import xlsx_table
from core.backlog import lots as svc
from core.text import fold
from core.xlsx_table import ImportProblem, PreviewRows, RowCells, SheetTable, cell_text
from db.errors import N_, UserError, ValidationError
from db.ids import natural_id
from db.models import BacklogLot

SYNONYMS: dict[str, tuple[str, ...]] = {
    "stt": ("STT", "TT", "Số TT"),
    "field": ("Lĩnh vực", "Lĩnh vực hồ sơ", "Lĩnh vực TTHC"),
    "record_kind": ("Loại hồ sơ", "Tên hồ sơ", "Tên loại hồ sơ", "Loại sổ", "Tên sổ",
                    "Tên hồ sơ, sổ sách", "Hồ sơ, sổ sách"),
    "year_from": ("Từ năm", "Năm bắt đầu"),
    "year_to": ("Đến năm", "Năm kết thúc"),
    "years": ("Năm", "Thời gian", "Giai đoạn", "Năm lập"),
    "total_records": ("Tổng số", "Tổng số hồ sơ", "Số lượng", "Số lượng hồ sơ", "Số hồ sơ",
                      "Tổng số hồ sơ cần số hóa", "Số lượng (hồ sơ)"),
    "digitized_before": ("Đã số hóa", "Số hồ sơ đã số hóa", "Số lượng đã số hóa", "Đã số hóa (hồ sơ)"),
    "storage": ("Nơi lưu trữ", "Vị trí lưu trữ", "Kho lưu trữ", "Nơi lưu"),
    "priority": ("Mức ưu tiên", "Ưu tiên", "Mức độ ưu tiên"),
    "note": ("Ghi chú",),
}
NOT_FOUND = N_(
    "No list of records was found in {file} (sheets searched: {sheets}): none of the first {limit} "
    "rows holds a header with the columns Lĩnh vực and Loại hồ sơ. Check that you chose the right file."
)
_COUNT = re.compile(r"^-?(\d{1,3}([.,\s]\d{3})+|\d+)$")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_PRIORITY = {"cao": 1, "1": 1, "uu tien": 1, "trung binh": 2, "binh thuong": 2, "2": 2,
             "thap": 3, "3": 3, "": 2}


@dataclass
class LotResult:
    row_no: int
    status: str  # new | update | unchanged | error
    data: svc.LotInput | None = None
    lot_id: uuid.UUID | None = None
    problems: list[UserError] = field(default_factory=list)


@dataclass
class LotPreview(PreviewRows):
    table: SheetTable
    rows: list[LotResult]


# reading --------------------------------------------------------------------------------------
def read_table(path: Path | str) -> SheetTable:
    return xlsx_table.read_any_table(path, SYNONYMS, ("field", "record_kind"),
                                     key_fields=("record_kind",), number_field="stt",
                                     not_found=NOT_FOUND)


def _count(cells: RowCells, name: str) -> int:
    value = cells.raw(name)
    if value is None or cell_text(value) == "":
        return 0
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        number = int(value)
    else:
        text = cell_text(value).replace("\u00a0", " ").strip()
        if not _COUNT.match(text):
            raise cells.problem(N_("Row {row}: {value} in column {column} is not a number of "
                                   "records. Write a whole number, e.g. 1.234."), name, value=text)
        number = int(re.sub(r"[.,\s]", "", text))
    if number < 0:
        raise cells.problem(N_("Row {row}: the number in column {column} cannot be negative ({value})."),
                            name, value=number)
    return number


def _years(cells: RowCells) -> tuple[int | None, int | None]:
    found = [int(y) for y in _YEAR.findall(cells.text("years"))]
    year_from = int(y[0]) if (y := _YEAR.findall(cells.text("year_from"))) else None
    year_to = int(y[0]) if (y := _YEAR.findall(cells.text("year_to"))) else None
    if found:
        year_from = year_from or found[0]
        year_to = year_to or found[-1]
    return year_from, year_to


def _read(cells: RowCells) -> svc.LotInput:
    field_text = cells.text("field")
    code = svc.field_code(field_text)
    if code is None:
        raise cells.problem(N_("Row {row}: the field {value} in column {column} is unknown. Write one "
                               "of the fields of the one-stop centre, e.g. Hộ tịch, Chứng thực, Đất đai."),
                            "field", value=field_text or "—")
    priority = _PRIORITY.get(fold(cells.text("priority")))
    if priority is None:
        raise cells.problem(N_("Row {row}: the priority {value} in column {column} is not understood. "
                               "Write Cao, Trung bình or Thấp."), "priority", value=cells.text("priority"))
    year_from, year_to = _years(cells)
    data = svc.LotInput(field=code, record_kind=cells.text("record_kind"), year_from=year_from,
                        year_to=year_to, total_records=_count(cells, "total_records"),
                        digitized_before=_count(cells, "digitized_before"),
                        storage=cells.text("storage"), priority=priority, note=cells.text("note"))
    try:
        return svc.clean_lot(data)
    except ValidationError as err:
        raise cells.problem(N_("Row {row}: {problem}"), err.field or "record_kind", cause=err) from None


def lot_key(data: svc.LotInput) -> str:
    return f"{data.field}|{fold(data.record_kind)}|{data.year_from or ''}|{data.year_to or ''}"


def preview(session: Session, table: SheetTable) -> LotPreview:
    mapping = xlsx_table.guess_mapping(table.headers, SYNONYMS)
    existing = {lot_key(svc.to_input(lot)): lot for lot in session.execute(
        select(BacklogLot).where(BacklogLot.deleted.is_(False))).scalars()}
    seen: dict[str, int] = {}
    rows: list[LotResult] = []
    for row_no, values in table.rows:
        cells = RowCells(table, mapping, row_no, values)
        try:
            data = _read(cells)
        except ImportProblem as err:
            rows.append(LotResult(row_no, "error", problems=[err]))
            continue
        key = lot_key(data)
        if key in seen:
            rows.append(LotResult(row_no, "error", data, problems=[ImportProblem(
                N_("Row {row} repeats the lot of row {other}; keep one of them."), row=row_no,
                other=seen[key])]))
            continue
        seen[key] = row_no
        lot = existing.get(key)
        if lot is None:
            rows.append(LotResult(row_no, "new", data))
        elif svc.to_input(lot) == replace(data, note=data.note or lot.note):
            rows.append(LotResult(row_no, "unchanged", data, lot.id))
        else:
            rows.append(LotResult(row_no, "update", replace(data, note=data.note or lot.note), lot.id))
    return LotPreview(table, rows)


def apply(session: Session, result: LotPreview, commune_code: str) -> dict[str, int]:
    """Write the previewed lots (in the caller's transaction); refuse everything on any error."""
    if result.has_errors:
        raise UserError(N_("The file still has {count} problem(s); nothing was imported. Correct "
                           "the file, then preview it again."), count=len(result.problems))
    fresh = preview(session, result.table)
    if fresh.has_errors:
        raise UserError(N_("The lots changed while the import was being checked; nothing was "
                           "imported. Preview the file again."))
    for row in fresh.rows:
        if row.status == "new":
            svc.create_lot(session, row.data,
                           lot_id=natural_id("backlog_lot", f"{commune_code}|{lot_key(row.data)}"))
        elif row.status == "update":
            svc.update_lot(session, row.lot_id, row.data)
    return {s: fresh.count(s) for s in ("new", "update", "unchanged")}
