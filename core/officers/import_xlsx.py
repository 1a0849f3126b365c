"""Importing the commune's officer list from the Excel file the office already keeps.

Two steps so the user sees what will happen: :func:`preview` (read-only) classifies each row as
new / update / unchanged / error / duplicate; :func:`apply` writes through the officer service,
all or nothing, inside the caller's transaction.

For an officer already on file, a column that is not mapped or a cell that is empty keeps the
stored value: an import adds and corrects, it never wipes what was typed in the app.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import labels, xlsx_table
from core.officers import departments
from core.officers import registry as officers
from core.officers.registry import OfficerInput
from core.text import date_shaped, fold, nfc, parse_date
from core.xlsx_table import ImportProblem, RowCells, SheetTable, column_name
from db.errors import N_, UserError, ValidationError
from db.models import Officer

__all__ = [
    "FIELDS", "FIELD_LABELS", "REQUIRED", "SYNONYMS", "SheetTable", "RowResult", "ImportPreview",
    "ImportSummary", "read_table", "guess_mapping", "preview", "apply",
]

FIELDS: tuple[str, ...] = (
    "full_name", "cccd", "birth_date", "gender", "position", "department", "phone", "email",
    "is_signer", "note",
)
FIELD_LABELS: dict[str, str] = {name: labels.FIELDS[name] for name in FIELDS}  # core/labels.py
REQUIRED = ("full_name", "cccd")

# compared accent-free, punctuation ignored (text.fold + xlsx_table.header_key)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "stt": ("STT", "TT", "Số TT", "Số thứ tự"),
    "full_name": ("Họ và tên", "Họ tên", "Họ, tên", "Họ và tên cán bộ"),
    "cccd": ("Số CCCD", "CCCD", "Căn cước công dân", "Số căn cước", "Căn cước", "Số định danh",
             "Số định danh cá nhân", "Mã định danh", "CMND/CCCD", "CCCD/CMND", "Số CMND/CCCD",
             "Số CMND"),
    "birth_date": ("Ngày sinh", "Ngày, tháng, năm sinh", "Ngày tháng năm sinh", "Sinh ngày"),
    "gender": ("Giới tính", "Nam/Nữ"),
    "position": ("Chức vụ", "Chức danh", "Chức vụ, chức danh"),
    "department": ("Bộ phận", "Phòng ban", "Đơn vị công tác", "Lĩnh vực phụ trách", "Đơn vị",
                   "Bộ phận công tác"),
    "phone": ("Điện thoại", "Số điện thoại", "SĐT", "ĐT", "Điện thoại di động", "Di động"),
    "email": ("Email", "E-mail", "Thư điện tử", "Địa chỉ email"),
    "is_signer": ("Ký số", "Người ký", "Chữ ký số", "Được ký số"),
    "note": ("Ghi chú",),
}
NOT_FOUND = N_(
    "No officer list was found in {file} (sheets searched: {sheets}): none of the first {limit} "
    "rows holds a header with a name column (Họ và tên) and a CCCD column (Số CCCD). Check that "
    "you chose the right file, or add these two headers above the list."
)
_YES = {"x", "co", "1", "yes", "true", "v", "ky", "ky so", "\u2713", "\u2714"}
_NO = {"", "khong", "0", "no", "false", "-"}
_GENDERS = {"nam": "Nam", "nu": "Nữ"}
_EXCEL_SERIALS = range(3653, 73051)  # 1910 … 2099 written as a bare Excel day number


def read_table(path: Path | str, sheet: str | None = None) -> SheetTable:
    return xlsx_table.read_table(path, SYNONYMS, REQUIRED, sheet, key_fields=("cccd",),
                                 number_field="stt", not_found=NOT_FOUND)


def guess_mapping(table: SheetTable) -> dict[str, int | None]:
    guessed = xlsx_table.guess_mapping(table.headers, SYNONYMS)
    return {name: guessed[name] for name in FIELDS}


# results --------------------------------------------------------------------------------------
@dataclass
class RowResult:
    row_no: int
    data: OfficerInput | None
    status: str  # new | update | unchanged | error | duplicate
    problems: list[UserError] = field(default_factory=list)
    officer_id: uuid.UUID | None = None  # also set for a deleted officer that "new" revives
    changes: list[str] = field(default_factory=list)


@dataclass
class ImportPreview:
    table: SheetTable
    mapping: dict[str, int | None]
    rows: list[RowResult]
    problems: list[UserError]

    @property
    def has_errors(self) -> bool:
        return bool(self.problems) or any(r.status in ("error", "duplicate") for r in self.rows)

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def new(self) -> int:
        return self.count("new")

    @property
    def updated(self) -> int:
        return self.count("update")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def errors(self) -> int:
        return self.count("error") + self.count("duplicate")


@dataclass
class ImportSummary:
    created: int
    updated: int
    unchanged: int


# reading one row ------------------------------------------------------------------------------
def _birth_date(cells: RowCells) -> dt.date | None:
    value = cells.raw("birth_date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if is_number and int(value) in _EXCEL_SERIALS:
        from openpyxl.utils.datetime import from_excel

        return from_excel(value).date()
    text = cells.text("birth_date")
    try:
        return parse_date(text)
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        if date_shaped(text):
            raise cells.problem(N_("Row {row}: the date {value} in column {column} does not exist: "
                                   "check the day and the month."), "birth_date", value=text) from None
        raise cells.problem(
            N_("Row {row}: {value} in column {column} is not a valid date. Write it as "
               "dd/mm/yyyy, for example 15/03/1980."), "birth_date", value=text) from None


def _gender(cells: RowCells) -> str:
    text = cells.text("gender")
    if not text:
        return ""
    if fold(text) in _GENDERS:
        return _GENDERS[fold(text)]
    raise cells.problem(N_("Row {row}: gender {value} in column {column} is not understood. "
                           "Write Nam or Nữ, or leave the cell empty."), "gender", value=text)


def _signer(cells: RowCells) -> bool | None:
    value = cells.raw("is_signer")
    if isinstance(value, bool):
        return value
    key = fold(cells.text("is_signer"))
    if key in _YES:
        return True
    if key in _NO:
        return None if not key else False
    raise cells.problem(N_("Row {row}: {value} in column {column} is not understood. Write x "
                           "(or Có) for an officer who signs digitally, otherwise leave it "
                           "empty."), "is_signer", value=cells.text("is_signer"))


def _cccd_text(cells: RowCells) -> str:
    cccd = officers.normalize_cccd(cells.raw("cccd"))
    if cccd.isdigit() and len(cccd) == 9:
        raise cells.problem(
            N_("Row {row}: {value} in column {column} is an old 9-digit CMND number. Enter the "
               "officer's 12-digit CCCD number instead."), "cccd", value=cccd)
    return cccd


def _read_row(cells: RowCells) -> dict[str, Any]:
    """Values of the mapped, non-empty cells (a raw ImportProblem for a bad one)."""
    readers = {"birth_date": _birth_date, "gender": _gender, "is_signer": _signer,
               "cccd": _cccd_text}
    found: dict[str, Any] = {}
    for name in FIELDS:
        if cells.mapping.get(name) is None or not cells.text(name) and name != "is_signer":
            continue
        value = readers[name](cells) if name in readers else cells.text(name)
        if value is not None:
            found[name] = value
    return found


def _missing_key(cells: RowCells, found: dict[str, Any]) -> ImportProblem | None:
    if "full_name" in found and "cccd" not in found:
        return cells.problem(N_("Row {row}: the CCCD number of {name} is missing. Enter the "
                                "officer's 12-digit CCCD number in column {column}."), "cccd",
                             name=found["full_name"])
    if "cccd" in found and "full_name" not in found:
        return cells.problem(N_("Row {row}: the full name for CCCD {value} is missing. Enter the "
                                "officer's name in column {column}."), "full_name",
                             value=found["cccd"])
    if "full_name" not in found:
        return ImportProblem(N_("Row {row} has data but neither a name nor a CCCD number. Fill "
                                "them in, or delete the row."), row=cells.row_no)
    return None


def _merged_input(found: dict[str, Any], existing: Officer | None) -> OfficerInput:
    """The file's values over the stored ones (or over the defaults for a new officer)."""
    live = existing is not None and not existing.deleted
    base = officers.to_input(existing) if live else OfficerInput(full_name="", cccd="")
    return replace(base, **found)


def _clean(cells: RowCells, data: OfficerInput) -> OfficerInput:
    try:
        return officers.clean(data)
    except ValidationError as err:
        if err.field not in FIELDS or cells.mapping.get(err.field) is None:
            raise ImportProblem(N_("Row {row}: {problem}"), row=cells.row_no, cause=err) from err
        raise cells.problem(N_("Row {row}, column {column}: {problem}"), err.field,
                            cause=err) from err


def _changes(existing: Officer, data: OfficerInput) -> list[str]:
    stored = officers.to_input(existing)
    return [f.name for f in fields(OfficerInput)
            if getattr(stored, f.name) != getattr(data, f.name)]


class ImportNote(UserError):
    """Said about a row that imports all the same (a department taken as an existing one)."""


def _same_department(cells: RowCells, found: dict[str, Any], mapper: departments.Mapper) -> list:
    typed = found.get("department")
    if not typed:
        return []
    found["department"] = mapper.map(typed)
    if found["department"] == nfc(typed).strip():
        return []
    return [ImportNote(N_("Row {row}: department “{value}” is taken as the existing “{department}”."),
                       row=cells.row_no, value=typed,
                       department=found["department"])]


def _classify(session: Session, cells: RowCells, mapper: departments.Mapper) -> RowResult:
    try:
        found = _read_row(cells)
        missing = _missing_key(cells, found)
        if missing is not None:
            raise missing
        notes = _same_department(cells, found, mapper)
        existing = session.execute(
            select(Officer).where(Officer.cccd == officers.normalize_cccd(found["cccd"]))
        ).scalar_one_or_none()
        data = _clean(cells, _merged_input(found, existing))
    except ImportProblem as problem:
        return RowResult(cells.row_no, None, "error", [problem])
    if existing is None or existing.deleted:
        return RowResult(cells.row_no, data, "new", notes, existing.id if existing else None)
    changes = _changes(existing, data)
    return RowResult(cells.row_no, data, "update" if changes else "unchanged", notes, existing.id,
                     changes)


# preview / apply ------------------------------------------------------------------------------
def _mapping_problems(table: SheetTable, mapping: dict[str, int | None]) -> list[UserError]:
    problems: list[UserError] = []
    if mapping.get("full_name") is None:
        problems.append(ImportProblem(N_("Choose the column that holds the officers' full names."),
                                      field="full_name"))
    if mapping.get("cccd") is None:
        problems.append(ImportProblem(N_("Choose the column that holds the CCCD numbers."),
                                      field="cccd"))
    seen: dict[int, str] = {}
    for name in FIELDS:
        col = mapping.get(name)
        if col is None:
            continue
        if not 0 <= col < len(table.headers):
            problems.append(ImportProblem(
                N_("The column chosen for {label} is not in the table. Choose another column."),
                field=name, translated=("label",), label=FIELD_LABELS[name]))
        elif col in seen:
            problems.append(ImportProblem(
                N_("Column {column} is chosen both for {first} and for {second}. A column can "
                   "fill only one field."), field=name, translated=("first", "second"),
                column=column_name(table, col), first=FIELD_LABELS[seen[col]],
                second=FIELD_LABELS[name]))
        else:
            seen[col] = name
    return problems


def _mark_duplicates(rows: list[RowResult]) -> None:
    first_row: dict[str, int] = {}
    for result in rows:
        if result.data is None:
            continue
        cccd = result.data.cccd
        if cccd not in first_row:
            first_row[cccd] = result.row_no
            continue
        result.problems.append(ImportProblem(
            N_("Row {row}: CCCD {value} is already used in row {first_row}. Each officer may "
               "appear only once: correct or delete one of the two rows."), field="cccd",
            row=result.row_no, value=cccd, first_row=first_row[cccd]))
        result.status, result.data, result.changes = "duplicate", None, []


def preview(session: Session, table: SheetTable, mapping: dict[str, int | None]) -> ImportPreview:
    """What importing would do; reads the database, writes nothing."""
    return _preview(session, table, mapping)


def _preview(session: Session, table: SheetTable, mapping: dict[str, int | None]) -> ImportPreview:
    mapping = {name: mapping.get(name) for name in FIELDS}
    problems = _mapping_problems(table, mapping)
    if problems:
        return ImportPreview(table, mapping, [], problems)
    mapper = departments.Mapper.of(session)  # near-duplicate departments: the spelling in use
    with session.no_autoflush:
        rows = [_classify(session, RowCells(table, mapping, row_no, values), mapper)
                for row_no, values in table.rows]
    _mark_duplicates(rows)
    if not rows:
        problems.append(UserError(N_("The list in {file} has a header but no officer rows below "
                                     "it."), file=table.path.name))
    return ImportPreview(table, mapping, rows, problems)


def apply(session: Session, preview: ImportPreview) -> ImportSummary:
    """Write the previewed rows; run inside one transaction so a failure leaves nothing."""
    if preview.has_errors:
        raise UserError(N_("The file still has {count} problem(s); nothing was imported. Correct "
                           "the file, then preview it again."),
                        count=len(preview.problems) + preview.errors)
    # the database may have changed since the preview was shown: classify again, here
    fresh = _preview(session, preview.table, preview.mapping)
    if fresh.has_errors:
        raise UserError(N_("The officer list changed while the import was being checked; "
                           "nothing was imported. Preview the file again."))
    for result in fresh.rows:
        if result.status == "new":
            officers.create(session, result.data)
        elif result.status == "update":
            officers.update(session, result.officer_id, result.data)
    return ImportSummary(fresh.new, fresh.updated, fresh.unchanged)
