"""Training: courses, their sessions, attendance sheets and each officer's result.

Every write goes through the ORM, so the change log records it (db/changes.py). Nothing is
hard-deleted: a course or a session is tombstoned with ``deleted=True``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, fields

from sqlalchemy import Select, String, and_, cast, func, select
from sqlalchemy.orm import Session

from core.paging import PageRequest, fetch_page, row_key
from core.rows import live_row
from core.text import collation_key, fold, nfc
from db.errors import N_, ValidationError
from db.ids import natural_id
from db.models import Attendance, Course, CourseResult, Officer, TrainingSession

PROVIDERS: dict[str, str] = {
    "bdhvs": N_("Bình dân học vụ số (national platform)"),
    "province": N_("Provincial class"),
    "mooc": N_("MOOC platform (OneTouch, MobiEdu)"),
    "in_house": N_("In-house"),
}
TOPICS: dict[str, str] = {
    "digital": N_("Digital skills"),
    "operation": N_("Operating the procedure system"),
    "signing": N_("Digital signing"),
    "professional": N_("Professional field"),
}
MODES: dict[str, str] = {"online": N_("Online"), "in_person": N_("In person"),
                         "blended": N_("Blended")}
ATTENDANCE: dict[str, str] = {"present": N_("Present"), "absent": N_("Absent"),
                              "excused": N_("Excused")}
ORIGINS: dict[str, str] = {"commune": N_("Entered by the commune"),
                           "province": N_("Published by the province")}


@dataclass
class CourseInput:
    title: str
    provider: str = "in_house"
    topic: str = "digital"
    mode: str = "online"
    hours: float = 0.0
    required: bool = False
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    materials: str = ""
    pass_mark: float | None = None
    note: str = ""


def clean_course(data: CourseInput) -> CourseInput:
    out = CourseInput(**{f.name: getattr(data, f.name) for f in fields(CourseInput)})
    out.title, out.note = nfc(out.title), (out.note or "").strip()
    out.materials = "\n".join(nfc(line) for line in (out.materials or "").splitlines() if line.strip())
    if not out.title:
        raise ValidationError(N_("Enter the course title."), field="title")
    if len(out.title) > 256:
        raise ValidationError(N_("The course title is too long (at most 256 characters)."),
                              field="title")
    for name, choices in (("provider", PROVIDERS), ("topic", TOPICS), ("mode", MODES)):
        if getattr(out, name) not in choices:
            raise ValidationError(N_("Choose a value from the list."), field=name)
    if out.hours is None or not 0 <= out.hours <= 1000:
        raise ValidationError(N_("The number of hours must be between 0 and 1000."), field="hours")
    if out.start_date and out.end_date and out.end_date < out.start_date:
        raise ValidationError(N_("The end date is before the start date."), field="end_date")
    if out.pass_mark is not None and not 0 <= out.pass_mark <= 100:
        raise ValidationError(N_("The pass mark must be between 0 and 100."), field="pass_mark")
    return out


def _apply_course(course: Course, data: CourseInput) -> None:
    for f in fields(CourseInput):
        setattr(course, f.name, getattr(data, f.name))
    course.sort_key = collation_key(data.title)


def to_input(course: Course) -> CourseInput:
    return CourseInput(**{f.name: getattr(course, f.name) for f in fields(CourseInput)})


def create_course(session: Session, data: CourseInput, origin: str = "commune") -> Course:
    data = clean_course(data)
    course = Course(origin=origin)
    _apply_course(course, data)
    session.add(course)
    session.flush()
    return course


def get_course(session: Session, course_id: uuid.UUID) -> Course:
    return live_row(session, Course, course_id,
                    N_("This course no longer exists (deleted on this or another PC)."))


def update_course(session: Session, course_id: uuid.UUID, data: CourseInput) -> Course:
    course = get_course(session, course_id)
    data = clean_course(data)
    if to_input(course) != data:
        _apply_course(course, data)
        session.flush()
    return course


def delete_course(session: Session, course_id: uuid.UUID) -> None:
    get_course(session, course_id).deleted = True
    session.flush()


def find_course(session: Session, id_or_title: str) -> Course:
    """A course by its id or by its title (accents and case ignored)."""
    text = nfc(id_or_title)
    try:
        found = session.get(Course, uuid.UUID(text))
        if found is not None and not found.deleted:
            return found
    except ValueError:
        pass
    courses = session.execute(select(Course).where(Course.deleted.is_(False))).scalars().all()
    matches = [c for c in courses if fold(c.title) == fold(text)]
    if len(matches) == 1:
        return matches[0]
    raise ValidationError(N_("No course is called {name}. Give the exact title or the course "
                             "id."), field="course", name=text)


def course_choices(session: Session) -> list[tuple[uuid.UUID, str]]:
    """(id, title) of every course, in Vietnamese title order, for pick lists."""
    return [(cid, title) for cid, title in session.execute(
        select(Course.id, Course.title).where(Course.deleted.is_(False)).order_by(Course.sort_key))]


# course list ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class CourseQuery:
    commune_code: str = ""
    topic: str = ""
    sort: str = "title"
    descending: bool = False


@dataclass(frozen=True)
class CourseRow:
    id: uuid.UUID
    title: str
    provider: str
    topic: str
    mode: str
    hours: float
    required: bool
    start_date: dt.date | None
    end_date: dt.date | None
    origin: str
    sessions: int
    completed: int
    key: tuple = field(compare=False)


SORT_COLUMNS = {"title": Course.sort_key, "topic": Course.topic, "provider": Course.provider,
                # as text: courses without dates sort first and the paging key stays comparable
                "start_date": func.coalesce(cast(Course.start_date, String), "")}


def _filtered(query: CourseQuery, stmt: Select) -> Select:
    if query.commune_code:
        stmt = stmt.where(Course.commune_code == query.commune_code)
    stmt = stmt.where(Course.deleted.is_(False))
    if query.topic:
        stmt = stmt.where(Course.topic == query.topic)
    return stmt


def count_courses(session: Session, query: CourseQuery) -> int:
    return session.execute(_filtered(query, select(func.count()).select_from(Course))).scalar_one()


def page_courses(session: Session, query: CourseQuery, request: PageRequest) -> list[CourseRow]:
    sessions = (select(func.count()).select_from(TrainingSession)
                .where(TrainingSession.course_id == Course.id, TrainingSession.deleted.is_(False))
                .scalar_subquery())
    done = (select(func.count()).select_from(CourseResult)
            .where(CourseResult.course_id == Course.id, CourseResult.deleted.is_(False),
                   CourseResult.completed.is_(True)).scalar_subquery())
    columns = (Course.id, Course.title, Course.provider, Course.topic, Course.mode, Course.hours,
               Course.required, Course.start_date, Course.end_date, Course.origin,
               sessions.label("sessions"), done.label("completed"))
    sort = SORT_COLUMNS.get(query.sort, Course.sort_key)
    rows = fetch_page(session, _filtered(query, select(*columns)), sort, Course.id,
                      query.descending, request)
    return [CourseRow(*row[: len(columns)], key=row_key(row)) for row in rows]


# sessions ------------------------------------------------------------------------------------
@dataclass
class SessionInput:
    held_on: dt.date | None
    place: str = ""
    trainer: str = ""


def _clean_session(data: SessionInput) -> SessionInput:
    if data.held_on is None:
        raise ValidationError(N_("Enter the date of the session (dd/mm/yyyy)."), field="held_on")
    return SessionInput(data.held_on, nfc(data.place), nfc(data.trainer))


def add_session(session: Session, course_id: uuid.UUID, data: SessionInput) -> TrainingSession:
    get_course(session, course_id)
    data = _clean_session(data)
    row = TrainingSession(course_id=course_id, held_on=data.held_on, place=data.place,
                          trainer=data.trainer)
    session.add(row)
    session.flush()
    return row


def get_session(session: Session, session_id: uuid.UUID) -> TrainingSession:
    return live_row(session, TrainingSession, session_id,
                    N_("This session no longer exists (deleted on this or another PC)."))


def update_session(session: Session, session_id: uuid.UUID, data: SessionInput) -> TrainingSession:
    row = get_session(session, session_id)
    data = _clean_session(data)
    if (row.held_on, row.place, row.trainer) != (data.held_on, data.place, data.trainer):
        row.held_on, row.place, row.trainer = data.held_on, data.place, data.trainer
        session.flush()
    return row


def delete_session(session: Session, session_id: uuid.UUID) -> None:
    get_session(session, session_id).deleted = True
    session.flush()


@dataclass(frozen=True)
class SessionRow:
    id: uuid.UUID
    held_on: dt.date
    place: str
    trainer: str
    present: int
    absent: int
    excused: int


def sessions_of(session: Session, course_id: uuid.UUID) -> list[SessionRow]:
    def status_count(status: str):
        return (select(func.count()).select_from(Attendance)
                .where(Attendance.session_id == TrainingSession.id, Attendance.deleted.is_(False),
                       Attendance.status == status).scalar_subquery())

    rows = session.execute(
        select(TrainingSession.id, TrainingSession.held_on, TrainingSession.place,
               TrainingSession.trainer, status_count("present"), status_count("absent"),
               status_count("excused"))
        .where(TrainingSession.course_id == course_id, TrainingSession.deleted.is_(False))
        .order_by(TrainingSession.held_on, TrainingSession.id)
    ).all()
    return [SessionRow(*row) for row in rows]


# attendance ----------------------------------------------------------------------------------
@dataclass
class SheetLine:
    officer_id: uuid.UUID
    full_name: str
    position: str
    department: str
    status: str  # present / absent / excused; "" = not recorded yet


def attendance_sheet(session: Session, session_id: uuid.UUID) -> list[SheetLine]:
    """Working officers (and anyone already recorded) in Vietnamese name order."""
    get_session(session, session_id)
    rows = session.execute(
        select(Officer.id, Officer.full_name, Officer.position, Officer.department,
               Attendance.status)
        .outerjoin(Attendance, and_(Attendance.officer_id == Officer.id,
                                    Attendance.session_id == session_id,
                                    Attendance.deleted.is_(False)))
        .where(Officer.deleted.is_(False), Officer.active.is_(True) | Attendance.id.is_not(None))
        .order_by(Officer.sort_key, Officer.id)
    ).all()
    return [SheetLine(r[0], r[1], r[2], r[3], r[4] or "") for r in rows]


def attendance_id(session_id: uuid.UUID, officer_id: uuid.UUID) -> uuid.UUID:
    return natural_id("attendance", f"{session_id}:{officer_id}")


def save_attendance(session: Session, session_id: uuid.UUID,
                    statuses: dict[uuid.UUID, str]) -> int:
    """Record the sheet; returns how many officers' rows changed. Unchanged rows stay as they are."""
    get_session(session, session_id)
    existing = {a.officer_id: a for a in session.execute(
        select(Attendance).where(Attendance.session_id == session_id)).scalars()}
    changed = 0
    for officer_id, status in statuses.items():
        if status not in ATTENDANCE:
            raise ValidationError(N_("Unknown attendance value {value}."), value=status)
        row = existing.get(officer_id)
        if row is None:
            session.add(Attendance(id=attendance_id(session_id, officer_id), session_id=session_id,
                                   officer_id=officer_id, status=status))
            changed += 1
        elif row.status != status or row.deleted:
            row.status, row.deleted = status, False
            changed += 1
    session.flush()
    return changed


# results -------------------------------------------------------------------------------------
@dataclass
class ResultInput:
    completed: bool
    completed_on: dt.date | None = None
    score: float | None = None
    certificate_no: str = ""


def clean_result(course: Course, data: ResultInput) -> ResultInput:
    out = ResultInput(data.completed, data.completed_on, data.score, nfc(data.certificate_no))
    if out.score is not None and not 0 <= out.score <= 100:
        raise ValidationError(N_("The score must be between 0 and 100."), field="score")
    if out.completed and out.completed_on is None:
        raise ValidationError(N_("Enter the completion date (dd/mm/yyyy)."), field="completed_on")
    if out.completed and course.pass_mark is not None and out.score is not None \
            and out.score < course.pass_mark:
        raise ValidationError(
            N_("A score of {score} is below the pass mark {mark}: the course is not completed."),
            field="score", score=f"{out.score:g}".replace(".", ","),
            mark=f"{course.pass_mark:g}".replace(".", ","))
    return out


def result_id(course_id: uuid.UUID, officer_id: uuid.UUID) -> uuid.UUID:
    return natural_id("course_result", f"{course_id}:{officer_id}")


def save_result(session: Session, course_id: uuid.UUID, officer_id: uuid.UUID,
                data: ResultInput) -> bool:
    """Record one officer's result of a course; True when something changed."""
    course = get_course(session, course_id)
    data = clean_result(course, data)
    row = session.execute(select(CourseResult).where(
        CourseResult.course_id == course_id, CourseResult.officer_id == officer_id)
    ).scalar_one_or_none()
    values = (data.completed, data.completed_on, data.score, data.certificate_no)
    if row is None:
        session.add(CourseResult(id=result_id(course_id, officer_id), course_id=course_id,
                                 officer_id=officer_id, completed=data.completed,
                                 completed_on=data.completed_on, score=data.score,
                                 certificate_no=data.certificate_no))
    elif (row.completed, row.completed_on, row.score, row.certificate_no) != values or row.deleted:
        row.completed, row.completed_on, row.score, row.certificate_no = values
        row.deleted = False
    else:
        return False
    session.flush()
    return True


@dataclass
class ResultLine:
    officer_id: uuid.UUID
    full_name: str
    department: str
    present: int
    excused: int
    sessions: int
    completed: bool
    completed_on: dt.date | None
    score: float | None
    certificate_no: str


def results_sheet(session: Session, course_id: uuid.UUID) -> list[ResultLine]:
    """Working officers with their attendance of the course and their result."""
    get_course(session, course_id)
    session_ids = select(TrainingSession.id).where(TrainingSession.course_id == course_id,
                                                   TrainingSession.deleted.is_(False))
    total = session.execute(select(func.count()).select_from(session_ids.subquery())).scalar_one()
    counts: dict[tuple[uuid.UUID, str], int] = {
        (officer_id, status): n for officer_id, status, n in session.execute(
            select(Attendance.officer_id, Attendance.status, func.count())
            .where(Attendance.session_id.in_(session_ids), Attendance.deleted.is_(False))
            .group_by(Attendance.officer_id, Attendance.status))}
    rows = session.execute(
        select(Officer.id, Officer.full_name, Officer.department, CourseResult)
        .outerjoin(CourseResult, and_(CourseResult.officer_id == Officer.id,
                                      CourseResult.course_id == course_id,
                                      CourseResult.deleted.is_(False)))
        .where(Officer.deleted.is_(False), Officer.active.is_(True) | CourseResult.id.is_not(None))
        .order_by(Officer.sort_key, Officer.id)
    ).all()
    return [ResultLine(oid, name, dept, counts.get((oid, "present"), 0),
                       counts.get((oid, "excused"), 0), total,
                       bool(res and res.completed), res.completed_on if res else None,
                       res.score if res else None, res.certificate_no if res else "")
            for oid, name, dept, res in rows]
