"""Importing the list of records of one lot (số thứ tự, tên hồ sơ) from XLSX or CSV.

For lots whose records are not a plain numbered range: the commune's list gives each record's
number and title. :func:`preview` writes nothing and marks every row new / update (another
title) / unchanged / error with its row number; :func:`apply` writes all rows in the caller's
transaction (new records pending, counters in step) or nothing.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import xlsx_table
from core.backlog import lots
from core.xlsx_table import ImportProblem, PreviewRows, RowCells, SheetTable
from db.changes import bulk_insert
from db.errors import N_, UserError
from db.models import BacklogRecord

SYNONYMS: dict[str, tuple[str, ...]] = {
    "record_no": ("Số thứ tự", "Số hồ sơ", "Số", "Số TT", "STT", "record_no"),
    "title": ("Tên hồ sơ", "Trích yếu", "Tiêu đề", "Nội dung", "Tên", "title"),
}
NOT_FOUND = N_(
    "No list of records was found in {file} (sheets searched: {sheets}): none of the first {limit} "
    "rows holds a header with the columns Số thứ tự and Tên hồ sơ. Check that you chose the right file."
)
_NUMBER = re.compile(r"^(\d{1,3}([.,\s]\d{3})+|\d+)$")


@dataclass
class RecordRow:
    row_no: int
    status: str  # new | update | unchanged | error
    record_no: int | None = None
    title: str = ""
    record_id: uuid.UUID | None = None
    problems: list[UserError] = field(default_factory=list)


@dataclass
class RecordListPreview(PreviewRows):
    table: SheetTable
    lot_id: uuid.UUID
    rows: list[RecordRow]


def read_table(path: Path | str) -> SheetTable:
    return xlsx_table.read_any_table(path, SYNONYMS, ("record_no", "title"),
                                     key_fields=("title",), not_found=NOT_FOUND)


def _read(cells: RowCells) -> tuple[int, str]:
    text = cells.text("record_no").replace("\u00a0", " ").strip()
    if not _NUMBER.match(text) or int(re.sub(r"[.,\s]", "", text)) < 1:
        raise cells.problem(N_("Row {row}: {value} in column {column} is not a record number. Write "
                               "a whole number from 1."), "record_no", value=text or "—")
    title = cells.text("title")
    if not title:
        raise cells.problem(N_("Row {row}: the title in column {column} is missing."), "title")
    return int(re.sub(r"[.,\s]", "", text)), title[:256]


def preview(session: Session, lot_id: uuid.UUID, table: SheetTable) -> RecordListPreview:
    lots.get_lot(session, lot_id)
    mapping = xlsx_table.guess_mapping(table.headers, SYNONYMS)
    existing = {no: (rid, title) for rid, no, title in session.execute(
        select(BacklogRecord.id, BacklogRecord.record_no, BacklogRecord.title)
        .where(BacklogRecord.lot_id == lot_id))}
    seen: dict[int, int] = {}
    rows: list[RecordRow] = []
    for row_no, values in table.rows:
        try:
            number, title = _read(RowCells(table, mapping, row_no, values))
        except ImportProblem as err:
            rows.append(RecordRow(row_no, "error", problems=[err]))
            continue
        if number in seen:
            rows.append(RecordRow(row_no, "error", number, title, problems=[ImportProblem(
                N_("Row {row} repeats the record number {number} of row {other}; keep one of them."),
                row=row_no, number=number, other=seen[number])]))
            continue
        seen[number] = row_no
        old = existing.get(number)
        if old is None:
            rows.append(RecordRow(row_no, "new", number, title))
        else:
            rows.append(RecordRow(row_no, "unchanged" if old[1] == title else "update", number, title,
                                  old[0]))
    return RecordListPreview(table, lot_id, rows)


def apply(session: Session, result: RecordListPreview) -> dict[str, int]:
    """Write the previewed records (in the caller's transaction); refuse everything on any error."""
    if result.has_errors:
        raise UserError(N_("The file still has {count} problem(s); nothing was imported. Correct "
                           "the file, then preview it again."), count=len(result.problems))
    fresh = preview(session, result.lot_id, result.table)
    new = [r for r in fresh.rows if r.status == "new"]
    if new:
        lot = lots.get_lot(session, result.lot_id)
        have = lots.generated_count(session, result.lot_id)
        lot.total_records = max(lot.total_records, have + len(new))
        bulk_insert(session, BacklogRecord, ({"lot_id": result.lot_id, "record_no": r.record_no,
                                              "title": r.title, "status": "pending"} for r in new))
        lots.bump(session, result.lot_id, "pending", len(new))
    for row in fresh.rows:
        if row.status == "update":
            session.get(BacklogRecord, row.record_id).title = row.title
    session.flush()
    return {s: fresh.count(s) for s in ("new", "update", "unchanged")}
