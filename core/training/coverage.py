"""Training coverage against the province's 100 % target, and the completion list.

An officer counts as *trained in a topic* ("digital" skills, system "operation") once they have
completed a **required** course of that topic. Only working officers (active, not deleted) are
counted. An officer whose record was created in the last ``NEW_OFFICER_DAYS`` days and who is not
yet trained in both topics is flagged as new — except the officers of the first list entered (on
the day the registry was filled, e.g. by an Excel import), who were working before the app came.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.text import collation_key
from db.base import utcnow
from db.errors import N_, UserError
from db.models import ChangeLog, Course, CourseResult, Officer

TARGET_PERCENT = 100.0
COVERED_TOPICS = ("digital", "operation")
NEW_OFFICER_DAYS = 90
INITIAL_LIST_WINDOW = dt.timedelta(days=1)  # officers entered this soon after the first are not "new"


def percent(done: int, total: int) -> float:
    """Share in per cent; 0 officers counts as 0 % (nothing to report, not 100 %)."""
    return 100.0 * done / total if total else 0.0


@dataclass
class OfficerCoverage:
    officer_id: uuid.UUID
    full_name: str
    department: str
    topics_done: set[str]
    missing_courses: list[str]  # titles of required courses not completed yet
    is_new: bool = False

    @property
    def fully_trained(self) -> bool:
        return all(t in self.topics_done for t in COVERED_TOPICS)


@dataclass
class GroupCoverage:
    name: str  # department name ("" = none); the commune for the total
    officers: int = 0
    digital: int = 0
    operation: int = 0
    both: int = 0

    @property
    def digital_percent(self) -> float:
        return percent(self.digital, self.officers)

    @property
    def operation_percent(self) -> float:
        return percent(self.operation, self.officers)


@dataclass
class Coverage:
    total: GroupCoverage
    departments: list[GroupCoverage]
    officers: list[OfficerCoverage]
    required_courses: int
    target: float = TARGET_PERCENT
    to_train: list[OfficerCoverage] = field(default_factory=list)

    @property
    def new_untrained(self) -> int:
        return sum(1 for o in self.to_train if o.is_new)


def _created_since(session: Session, since: dt.datetime) -> set[uuid.UUID]:
    """Officers created on or after ``since`` and after the day the first list was entered."""
    first = (select(ChangeLog.row_id, func.min(ChangeLog.at).label("first_at"))
             .where(ChangeLog.table_name == "officer").group_by(ChangeLog.row_id).subquery())
    registry_start = session.execute(select(func.min(first.c.first_at))).scalar()
    if registry_start is None:
        return set()
    if registry_start.tzinfo is None:
        registry_start = registry_start.replace(tzinfo=dt.UTC)
    since = max(since, registry_start + INITIAL_LIST_WINDOW)
    return set(session.execute(select(first.c.row_id).where(first.c.first_at >= since)).scalars())


def coverage(session: Session, today: dt.date | None = None,
             new_days: int = NEW_OFFICER_DAYS, working: dict | None = None,
             until: dt.date | None = None) -> Coverage:
    """Coverage now; a report passes ``until`` (completions up to that day count) and
    ``working`` (id → :class:`~core.officers.history.WorkingOfficer`, those working then)."""
    required = session.execute(
        select(Course.id, Course.title, Course.topic, Course.sort_key)
        .where(Course.deleted.is_(False), Course.required.is_(True))
        .order_by(Course.sort_key)).all()
    required_ids = {r.id: r for r in required}
    done: dict[uuid.UUID, set[uuid.UUID]] = {}
    results = (select(CourseResult.officer_id, CourseResult.course_id)
               .where(CourseResult.deleted.is_(False), CourseResult.completed.is_(True)))
    if until is not None:
        results = results.where(CourseResult.completed_on <= until)
    from core import carried  # completions in a commune where the person worked before count

    for officer_id, course_id in [*session.execute(results), *carried.completions(session, until)]:
        if course_id in required_ids:
            done.setdefault(officer_id, set()).add(course_id)
    officers = session.execute(
        select(Officer.id, Officer.full_name, Officer.department)
        .where(Officer.deleted.is_(False), Officer.active.is_(True))
        .order_by(Officer.sort_key, Officer.id)).all()
    if working is not None:
        order = {i: n for n, i in enumerate(session.execute(
            select(Officer.id).order_by(Officer.sort_key, Officer.id)).scalars())}
        officers = sorted(((o.id, o.full_name, o.department) for o in working.values()),
                          key=lambda o: order.get(o[0], len(order)))
    now = utcnow() if today is None else dt.datetime.combine(today, dt.time(), dt.UTC)
    recent = _created_since(session, now - dt.timedelta(days=new_days))

    total = GroupCoverage("")
    groups: dict[str, GroupCoverage] = {}
    people: list[OfficerCoverage] = []
    for officer_id, name, department in officers:
        courses = done.get(officer_id, set())
        topics = {required_ids[c].topic for c in courses}
        missing = [r.title for r in required if r.id not in courses]
        person = OfficerCoverage(officer_id, name, department or "", topics, missing)
        person.is_new = officer_id in recent and not person.fully_trained
        people.append(person)
        group = groups.setdefault(person.department, GroupCoverage(person.department))
        for g in (total, group):
            g.officers += 1
            g.digital += "digital" in topics
            g.operation += "operation" in topics
            g.both += person.fully_trained
    departments = sorted(groups.values(), key=lambda g: collation_key(g.name))
    to_train = [p for p in people if not p.fully_trained]
    to_train.sort(key=lambda p: not p.is_new)  # new officers first, then in name order
    return Coverage(total, departments, people, len(required), to_train=to_train)


@dataclass(frozen=True)
class RequiredCourseStatus:
    title: str
    topic: str
    completed: bool
    completed_on: dt.date | None


def officer_status(session: Session, officer_id: uuid.UUID) -> list[RequiredCourseStatus]:
    """Every required course: whether this officer completed it, and when."""
    from core import carried

    results = {r.course_id: r for r in session.execute(
        select(CourseResult).where(CourseResult.officer_id == officer_id,
                                   CourseResult.deleted.is_(False))).scalars()}
    officer = session.get(Officer, officer_id)
    elsewhere = {c.course_id: c for c in carried.courses_of(session, officer.cccd)} \
        if officer is not None else {}
    out = []
    for course in session.execute(select(Course).where(
            Course.deleted.is_(False), Course.required.is_(True)).order_by(Course.sort_key)).scalars():
        res = results.get(course.id)
        completed = bool(res and res.completed)
        if not completed and course.id in elsewhere:  # completed in a commune before this one
            out.append(RequiredCourseStatus(course.title, course.topic, True,
                                            elsewhere[course.id].completed_on))
            continue
        out.append(RequiredCourseStatus(course.title, course.topic, completed,
                                        res.completed_on if completed else None))
    return out


# completion list (danh sách học viên hoàn thành) ---------------------------------------------
@dataclass(frozen=True)
class CompletionRow:
    full_name: str
    birth_date: dt.date | None
    cccd: str
    position: str
    department: str
    course_title: str
    completed_on: dt.date | None
    score: float | None
    certificate_no: str


def completion_list(session: Session, course_id: uuid.UUID | None = None,
                    date_from: dt.date | None = None,
                    date_to: dt.date | None = None,
                    required_only: bool = False) -> list[CompletionRow]:
    """Officers who completed (one course or all, or the required ones), within the period
    when one is given."""
    stmt = (select(Officer.full_name, Officer.birth_date, Officer.cccd, Officer.position,
                   Officer.department, Course.title, CourseResult.completed_on,
                   CourseResult.score, CourseResult.certificate_no)
            .join(CourseResult, CourseResult.officer_id == Officer.id)
            .join(Course, Course.id == CourseResult.course_id)
            .where(CourseResult.completed.is_(True), CourseResult.deleted.is_(False),
                   Course.deleted.is_(False), Officer.deleted.is_(False)))
    if course_id is not None:
        stmt = stmt.where(CourseResult.course_id == course_id)
    if required_only:
        stmt = stmt.where(Course.required.is_(True))
    if date_from is not None:
        stmt = stmt.where(CourseResult.completed_on >= date_from)
    if date_to is not None:
        stmt = stmt.where(CourseResult.completed_on <= date_to)
    stmt = stmt.order_by(Course.sort_key, Officer.sort_key, Officer.id)
    return [CompletionRow(*row) for row in session.execute(stmt)]


EXPORT_HEADERS = (N_("No."), N_("Full name"), N_("Date of birth"), N_("CCCD number"),
                  N_("Position"), N_("Department"), N_("Course"), N_("Completion date"),
                  N_("Score"), N_("Certificate no."))


def export_completion_xlsx(rows: list[CompletionRow], path: Path | str, title: str,
                           subtitle: str = "", translate=lambda s: s) -> Path:
    """Write the list to an .xlsx: title rows, a bold framed header, dates as dd/mm/yyyy."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Hoàn thành"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([subtitle])
    ws.append([])
    ws.append([translate(h) for h in EXPORT_HEADERS])
    thin = Side(style="thin", color="888888")
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6F1")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for number, r in enumerate(rows, start=1):
        ws.append([number, r.full_name, r.birth_date, r.cccd, r.position, r.department,
                   r.course_title, r.completed_on, r.score, r.certificate_no])
        for col in (3, 8):
            ws.cell(ws.max_row, col).number_format = "dd/mm/yyyy"
        ws.cell(ws.max_row, 4).number_format = "@"
    for col, width in zip("ABCDEFGHIJ", (6, 28, 13, 15, 24, 26, 40, 14, 8, 18), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A5"
    try:
        wb.save(path)
    except OSError as err:
        raise UserError(N_("Cannot save {file}: {reason}. Close it in Excel or choose another "
                           "folder."), file=str(path), reason=err.strerror or str(err)) from err
    return path
