"""Importing attendance and results of one course from the Excel sheets communes and platforms keep.

The sheet has a name column and/or a CCCD column, one column per session ("Buổi 1", or the
session's date "05/10/2025") holding x (present), P (excused) or nothing (absent), and optional
columns "Hoàn thành" (Có/Không), "Điểm", "Số chứng chỉ", "Ngày hoàn thành".

:func:`preview` reads and checks everything and writes nothing; people who are not in the officer
registry are listed for the clerk (never created). :func:`apply` writes all rows in the caller's
transaction, or nothing when any row has a problem. Importing the same file twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import xlsx_table
from core.officers.registry import normalize_cccd
from core.text import fold, nfc, parse_date
from core.training import courses as training
from core.xlsx_table import ImportProblem, SheetTable, cell_text, column_name
from db.errors import N_, UserError, ValidationError
from db.models import Course, Officer

SYNONYMS: dict[str, tuple[str, ...]] = {
    "stt": ("STT", "TT", "Số TT", "Số thứ tự"),
    "full_name": ("Họ và tên", "Họ tên", "Họ, tên", "Họ và tên học viên", "Học viên", "Tên học viên"),
    "cccd": ("Số CCCD", "CCCD", "Căn cước công dân", "Số định danh", "Số định danh cá nhân",
             "Mã định danh", "CMND/CCCD", "CCCD/CMND", "Tài khoản VNeID"),
    "completed": ("Hoàn thành", "Đã hoàn thành", "Hoàn thành khóa học", "Kết quả", "Đạt"),
    "score": ("Điểm", "Điểm kiểm tra", "Điểm số", "Điểm đánh giá"),
    "certificate_no": ("Số chứng chỉ", "Số chứng nhận", "Số giấy chứng nhận", "Chứng chỉ số"),
    "completed_on": ("Ngày hoàn thành", "Ngày cấp", "Ngày cấp chứng nhận"),
}
FIELDS = ("full_name", "cccd", "completed", "score", "certificate_no", "completed_on")
NOT_FOUND = N_(
    "No attendance list was found in {file} (sheets searched: {sheets}): none of the first {limit} "
    "rows holds a header with a name column (Họ và tên). Check that you chose the right file."
)
_SESSION_NUMBER = re.compile(r"\bbuoi\s*(\d{1,2})\b")
_HEADER_DATE = re.compile(r"(\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4})|(\d{4}-\d{2}-\d{2})")
_PRESENT = {"x", "co", "c", "1", "co mat", "\u2713", "\u2714", "+"}
_EXCUSED = {"p", "cp", "phep", "co phep", "vang co phep"}
_ABSENT = {"", "v", "k", "0", "vang", "khong", "ko", "-", "kp", "vang khong phep"}
_YES = {"co", "x", "dat", "hoan thanh", "da hoan thanh", "1", "yes", "\u2713"}
_NO = {"khong", "chua", "khong dat", "chua hoan thanh", "0", "no", "-"}


@dataclass
class SessionColumn:
    col: int  # 0-based column of the sheet
    label: str  # "F (Buổi 1)"
    session_id: uuid.UUID | None  # None: a new session on ``held_on`` is created on apply
    held_on: dt.date | None


@dataclass
class RowResult:
    row_no: int
    full_name: str
    cccd: str
    status: str  # ok | unknown | error
    officer_id: uuid.UUID | None = None
    marks: dict[int, str] = field(default_factory=dict)  # session column -> present/absent/excused
    completed: bool | None = None  # None: the file says nothing about completion
    completed_on: dt.date | None = None
    score: float | None = None
    certificate_no: str = ""
    problems: list[UserError] = field(default_factory=list)
    suggestion: str = ""  # for an unknown person: a registered officer with the same name unaccented


@dataclass
class ImportPreview:
    table: SheetTable
    course_id: uuid.UUID
    course_title: str
    sessions: list[SessionColumn]
    rows: list[RowResult]
    problems: list[UserError]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def errors(self) -> int:
        return self.count("error")

    @property
    def unknown(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == "unknown"]

    @property
    def has_errors(self) -> bool:
        return bool(self.problems) or self.errors > 0

    def marks(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == "ok" for s in r.marks.values() if s == status)

    @property
    def new_sessions(self) -> list[SessionColumn]:
        return [s for s in self.sessions if s.session_id is None]


@dataclass
class ImportSummary:
    sessions_created: int
    attendance_changed: int
    results_changed: int
    skipped_unknown: int


def read_table(path: Path | str, sheet: str | None = None) -> SheetTable:
    return xlsx_table.read_table(path, SYNONYMS, ("full_name",), sheet,
                                 key_fields=("cccd",), number_field="stt",
                                 not_found=NOT_FOUND)


# columns -------------------------------------------------------------------------------------
def _header_date(header: str) -> dt.date | None:
    match = _HEADER_DATE.search(header)
    if not match:
        return None
    try:
        return parse_date(match.group(1)) if match.group(1) else dt.date.fromisoformat(match.group(2))
    except ValueError:
        return None


def _session_columns(session: Session, table: SheetTable, course_id: uuid.UUID,
                     mapped: set[int]) -> tuple[list[SessionColumn], list[UserError]]:
    existing = training.sessions_of(session, course_id)
    by_date = {s.held_on: s for s in existing}
    columns: list[SessionColumn] = []
    problems: list[UserError] = []
    for col, header in enumerate(table.headers):
        if col in mapped or not header:
            continue
        number = _SESSION_NUMBER.search(xlsx_table.header_key(header))
        held_on = _header_date(header)
        if held_on is None and number is None:
            continue
        label = column_name(table, col)
        if held_on is not None:
            found = by_date.get(held_on)
            columns.append(SessionColumn(col, label, found.id if found else None, held_on))
        elif int(number.group(1)) <= len(existing):
            found = existing[int(number.group(1)) - 1]
            columns.append(SessionColumn(col, label, found.id, found.held_on))
        else:
            problems.append(ImportProblem(
                N_("Column {column}: the course has only {count} session(s). Add the session in "
                   "the app first, or write its date in the header (for example Buổi {number} "
                   "- 05/10/2025)."), column=label, count=len(existing), number=number.group(1)))
    return columns, problems


# cells ---------------------------------------------------------------------------------------
def _problem(table: SheetTable, row_no: int, col: int, template: str, **params: Any) -> ImportProblem:
    return ImportProblem(template, row=row_no, column=column_name(table, col), **params)


def _mark(table: SheetTable, row_no: int, col: int, value: Any) -> str:
    key = fold(cell_text(value))
    if isinstance(value, bool):
        return "present" if value else "absent"
    if key in _PRESENT:
        return "present"
    if key in _EXCUSED:
        return "excused"
    if key in _ABSENT:
        return "absent"
    raise _problem(table, row_no, col, N_("Row {row}: {value} in column {column} is not understood. "
                                          "Write x (present), P (excused) or leave it empty "
                                          "(absent)."), value=cell_text(value))


def _completed(table: SheetTable, row_no: int, col: int, value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    key = fold(cell_text(value))
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise _problem(table, row_no, col, N_("Row {row}: {value} in column {column} is not understood. "
                                          "Write Có or Không."), value=cell_text(value))


def _score(table: SheetTable, row_no: int, col: int, value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = cell_text(value).replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise _problem(table, row_no, col, N_("Row {row}: the score {value} in column {column} is "
                                              "not a number."), value=cell_text(value)) from None


def _date(table: SheetTable, row_no: int, col: int, value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(cell_text(value))
    except ValueError:
        raise _problem(table, row_no, col, N_("Row {row}: {value} in column {column} is not a valid "
                                              "date. Write it as dd/mm/yyyy."),
                       value=cell_text(value)) from None


# officers ------------------------------------------------------------------------------------
class _Registry:
    """The officer registry indexed by CCCD and by exact name (NFC, case ignored)."""

    def __init__(self, session: Session) -> None:
        self.by_cccd: dict[str, Officer] = {}
        self.by_name: dict[str, list[Officer]] = {}
        self.by_folded: dict[str, list[Officer]] = {}
        for officer in session.execute(select(Officer).where(Officer.deleted.is_(False))).scalars():
            self.by_cccd[officer.cccd] = officer
            self.by_name.setdefault(nfc(officer.full_name).casefold(), []).append(officer)
            self.by_folded.setdefault(fold(officer.full_name), []).append(officer)

    def similar(self, name: str) -> str:
        """Registered names equal to ``name`` without accents ("Nguyen Van An" → "Nguyễn Văn An").

        Only a hint for the clerk: accents tell people apart, so such rows are never matched."""
        return ", ".join(o.full_name for o in self.by_folded.get(fold(name), []) if name)

    def find(self, name: str, cccd: str) -> list[Officer]:
        if cccd:
            found = self.by_cccd.get(cccd)
            return [found] if found else []
        return self.by_name.get(nfc(name).casefold(), [])


def _read_row(ctx: dict[str, Any], row_no: int, values: list[Any]) -> RowResult:
    table, mapping, registry = ctx["table"], ctx["mapping"], ctx["registry"]

    def raw(name: str) -> Any:
        col = mapping.get(name)
        return values[col] if col is not None and col < len(values) else None

    name = cell_text(raw("full_name"))
    cccd = normalize_cccd(raw("cccd")) if cell_text(raw("cccd")) else ""
    result = RowResult(row_no, name, cccd, "ok")
    try:
        for sc in ctx["sessions"]:
            value = values[sc.col] if sc.col < len(values) else None
            result.marks[sc.col] = _mark(table, row_no, sc.col, value)
        for key, reader in (("completed", _completed), ("score", _score), ("completed_on", _date)):
            if mapping.get(key) is not None:
                setattr(result, key, reader(table, row_no, mapping[key], raw(key)))
        result.certificate_no = cell_text(raw("certificate_no"))
        matches = registry.find(name, cccd)
        if len(matches) > 1:
            raise ImportProblem(N_("Row {row}: {count} officers are called {name}. Add a CCCD column "
                                   "to tell them apart."), row=row_no, count=len(matches), name=name)
        if matches and cccd and name and fold(name) != fold(matches[0].full_name):
            raise ImportProblem(N_("Row {row}: CCCD {cccd} belongs to {officer}, not to {name}. "
                                   "Correct the name or the CCCD number."), row=row_no, cccd=cccd,
                                officer=matches[0].full_name, name=name)
        if result.completed:
            training.clean_result(ctx["course"], training.ResultInput(
                True, result.completed_on or dt.date.today(), result.score, result.certificate_no))
    except ValidationError as problem:
        if not isinstance(problem, ImportProblem):
            problem = ImportProblem(N_("Row {row}: {problem}"), row=row_no, cause=problem)
        result.status, result.problems = "error", [problem]
        return result
    if not matches:
        result.status = "unknown"
        result.suggestion = registry.similar(name)
    else:
        result.officer_id = matches[0].id
    return result


def _mark_duplicates(rows: list[RowResult]) -> None:
    first: dict[uuid.UUID, int] = {}
    for result in rows:
        if result.officer_id is None:
            continue
        if result.officer_id in first:
            result.status = "error"
            result.problems.append(ImportProblem(
                N_("Row {row}: {name} is already listed in row {first_row}. Keep one row per "
                   "officer."), row=result.row_no, name=result.full_name,
                first_row=first[result.officer_id]))
        else:
            first[result.officer_id] = result.row_no


def preview(session: Session, table: SheetTable, course_id: uuid.UUID) -> ImportPreview:
    """What importing would do; reads the database, writes nothing."""
    return _build(session, table, course_id)


def _build(session: Session, table: SheetTable, course_id: uuid.UUID) -> ImportPreview:
    course = training.get_course(session, course_id)
    mapping = {k: v for k, v in xlsx_table.guess_mapping(table.headers, SYNONYMS).items()
               if k in FIELDS or k == "stt"}
    mapped = {c for c in mapping.values() if c is not None}
    sessions, problems = _session_columns(session, table, course_id, mapped)
    if not sessions and mapping.get("completed") is None:
        problems.append(UserError(N_("{file} has neither session columns (Buổi 1, Buổi 2… or the "
                                     "dates of the sessions) nor a Hoàn thành column: there is "
                                     "nothing to import."), file=table.path.name))
    ctx = {"table": table, "mapping": mapping, "registry": _Registry(session),
           "sessions": sessions, "course": course}
    rows = [_read_row(ctx, row_no, values) for row_no, values in table.rows]
    _mark_duplicates(rows)
    if not rows:
        problems.append(UserError(N_("The list in {file} has a header but no rows below it."),
                                  file=table.path.name))
    return ImportPreview(table, course_id, course.title, sessions, rows, problems)


def _result_input(existing, row: RowResult, dates: dict[int, dt.date | None],
                  course: Course) -> training.ResultInput:
    """The file's values over the stored ones; a completion without a date takes the last session
    the officer attended, else the course's end date, else today."""
    stored = existing or training.ResultInput(False)
    when = row.completed_on or getattr(stored, "completed_on", None)
    if row.completed and when is None:
        attended = [dates[c] for c, s in row.marks.items() if s == "present" and dates.get(c)]
        when = max(attended) if attended else course.end_date or dt.date.today()
    return training.ResultInput(
        bool(row.completed), when if row.completed else row.completed_on,
        row.score if row.score is not None else getattr(stored, "score", None),
        row.certificate_no or getattr(stored, "certificate_no", ""))


def apply(session: Session, preview: ImportPreview, skip_unknown: bool = False) -> ImportSummary:
    """Write the previewed file; call inside one transaction so a failure leaves nothing."""
    if preview.has_errors:
        raise UserError(N_("The file still has {count} problem(s); nothing was imported. Correct "
                           "the file, then preview it again."),
                        count=len(preview.problems) + preview.errors)
    if preview.unknown and not skip_unknown:
        raise UserError(N_("{count} person(s) in the file are not in the officer list: "
                           "{names}. Add them to the officer list first, or choose to skip them; "
                           "nothing was imported."), count=len(preview.unknown),
                        names=", ".join(r.full_name or r.cccd for r in preview.unknown))
    fresh = _build(session, preview.table, preview.course_id)
    if fresh.has_errors or len(fresh.unknown) != len(preview.unknown):
        raise UserError(N_("The officer list or the course changed while the import was being "
                           "checked; nothing was imported. Preview the file again."))
    course = training.get_course(session, fresh.course_id)
    created = 0
    ids: dict[int, uuid.UUID] = {}
    for sc in fresh.sessions:
        if sc.session_id is None:
            sc.session_id = training.add_session(session, course.id,
                                                 training.SessionInput(sc.held_on)).id
            created += 1
        ids[sc.col] = sc.session_id
    dates = {sc.col: sc.held_on for sc in fresh.sessions}
    ok = [r for r in fresh.rows if r.status == "ok"]
    changed = 0
    for col, session_id in ids.items():
        changed += training.save_attendance(session, session_id,
                                            {r.officer_id: r.marks[col] for r in ok})
    results = 0
    stored = {line.officer_id: line for line in training.results_sheet(session, course.id)}
    for row in ok:
        if row.completed is None and row.score is None and not row.certificate_no:
            continue
        line = stored.get(row.officer_id)
        if row.completed is None:  # score or certificate alone: keep the stored completion
            row.completed = bool(line and line.completed)
        results += training.save_result(session, course.id, row.officer_id,
                                        _result_input(line, row, dates, course))
    return ImportSummary(created, changed, results, len(fresh.unknown))


