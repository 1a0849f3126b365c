"""Records that follow a person from the communes they worked in before (DESIGN §2b): the
certificates and completed courses the province server holds for this commune's officers'
CCCDs under other communes, kept read-only in the ``setting`` table (fetched after each online
sync, core/sync/people.py). Counted in this commune's coverage and shown on the officer's
record; never written to a synced table, so they never travel back."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.settings import get_setting, set_setting
from db.models import Officer

KEY = "people.carried"


@dataclass(frozen=True)
class CarriedCertificate:
    commune: str
    fingerprint: str
    subject_cn: str
    issuer_cn: str
    kind: str
    status: str
    not_before: dt.datetime | None
    not_after: dt.datetime | None

    def valid_at(self, now: dt.datetime) -> bool:
        return (self.status == "active" and self.not_before is not None
                and self.not_after is not None and self.not_before <= now < self.not_after)


@dataclass(frozen=True)
class CarriedCourse:
    commune: str
    course_id: uuid.UUID
    title: str
    topic: str
    required: bool
    completed_on: dt.date | None


def _moment(text):
    return dt.datetime.fromisoformat(text) if text else None


def keep(session: Session, data: dict) -> None:
    set_setting(session, KEY, data)


def _people(session: Session) -> dict[str, dict]:
    data = get_setting(session, KEY) or {}
    return {p["cccd"]: p for p in data.get("people", [])}


def fetched_at(session: Session) -> dt.datetime | None:
    return _moment((get_setting(session, KEY) or {}).get("generated_at"))


def certificates_of(session: Session, cccd: str) -> list[CarriedCertificate]:
    return _certificates(_people(session).get(cccd) or {})


def courses_of(session: Session, cccd: str) -> list[CarriedCourse]:
    return _courses(_people(session).get(cccd) or {})


def _certificates(person: dict) -> list[CarriedCertificate]:
    return [CarriedCertificate(c["commune"], c["fingerprint"], c.get("subject_cn", ""),
                               c.get("issuer_cn", ""), c["kind"], c["status"],
                               _moment(c.get("not_before")), _moment(c.get("not_after")))
            for c in person.get("certificates", [])]


def _courses(person: dict) -> list[CarriedCourse]:
    return [CarriedCourse(c["commune"], uuid.UUID(c["course_id"]), c["title"], c["topic"],
                          bool(c.get("required")),
                          dt.date.fromisoformat(c["completed_on"]) if c.get("completed_on")
                          else None)
            for c in person.get("courses", [])]


def _officers_by_cccd(session: Session, people: dict) -> dict[str, list[uuid.UUID]]:
    out: dict[str, list[uuid.UUID]] = {}
    if not people:
        return out
    for officer_id, cccd in session.execute(select(Officer.id, Officer.cccd).where(
            Officer.deleted.is_(False), Officer.cccd.in_(list(people)))):
        out.setdefault(cccd, []).append(officer_id)
    return out


def holders(session: Session, kind: str, now: dt.datetime) -> set[uuid.UUID]:
    """This commune's officers holding a carried certificate of ``kind`` valid at ``now``."""
    people = _people(session)
    ids: set[uuid.UUID] = set()
    for cccd, officer_ids in _officers_by_cccd(session, people).items():
        if any(c.kind == kind and c.valid_at(now) for c in _certificates(people[cccd])):
            ids.update(officer_ids)
    return ids


def completions(session: Session, until: dt.date | None = None) -> set[tuple[uuid.UUID, uuid.UUID]]:
    """(officer id, course id) of this commune's officers' carried completions (on or before
    ``until``)."""
    people = _people(session)
    out: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for cccd, officer_ids in _officers_by_cccd(session, people).items():
        for course in _courses(people[cccd]):
            if until is not None and (course.completed_on is None or course.completed_on > until):
                continue
            out.update((officer_id, course.course_id) for officer_id in officer_ids)
    return out
