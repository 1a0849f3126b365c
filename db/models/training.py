"""Training tables (DESIGN.md §3): course, training_session, attendance, course_result."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced


class Course(Synced, Base):
    """A course officers take: a Bình dân học vụ số module, a provincial class, a MOOC…"""

    __tablename__ = "course"
    __table_args__ = (
        # the course list: one commune, not deleted, in Vietnamese title order (keyset paging)
        Index("ix_course_list", "commune_code", "deleted", "sort_key", "id"),
    )

    title: Mapped[str] = mapped_column(String(256))
    sort_key: Mapped[str] = mapped_column(String(1024), default="")
    provider: Mapped[str] = mapped_column(String(32), default="in_house")
    topic: Mapped[str] = mapped_column(String(32), default="digital")
    mode: Mapped[str] = mapped_column(String(16), default="online")
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    start_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # one link or file path per line (teaching materials)
    materials: Mapped[str] = mapped_column(Text, default="")
    pass_mark: Mapped[float | None] = mapped_column(Float, nullable=True)
    # "commune" (entered here) or "province" (published by the province, arrives by sync)
    origin: Mapped[str] = mapped_column(String(16), default="commune")
    note: Mapped[str] = mapped_column(Text, default="")


class TrainingSession(Synced, Base):
    """One class meeting of a course."""

    __tablename__ = "training_session"
    __table_args__ = (Index("ix_training_session_course", "course_id", "deleted", "held_on"),)

    course_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("course.id"))
    held_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(256), default="")
    trainer: Mapped[str] = mapped_column(String(128), default="")


class Attendance(Synced, Base):
    """Whether one officer attended one session: present / absent / excused."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "officer_id"),
        Index("ix_attendance_officer", "officer_id", "deleted"),
    )

    session_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("training_session.id"))
    officer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("officer.id"))
    status: Mapped[str] = mapped_column(String(16), default="present")


class CourseResult(Synced, Base):
    """An officer's outcome of a course: completed or not, date, score, certificate number."""

    __tablename__ = "course_result"
    __table_args__ = (
        UniqueConstraint("course_id", "officer_id"),
        # coverage and completion lists: completed results per course, by date
        Index("ix_course_result_done", "course_id", "deleted", "completed", "completed_on"),
        Index("ix_course_result_officer", "officer_id", "deleted"),
    )

    course_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("course.id"))
    officer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("officer.id"))
    completed: Mapped[bool] = mapped_column(Boolean, default=False)
    completed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    certificate_no: Mapped[str] = mapped_column(String(64), default="")
