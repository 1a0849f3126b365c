"""What a commune receives about its people's records in other communes: certificates and
course completions follow the person (CCCD), not the commune (DESIGN §2b).

Each commune keeps only its own rows (its stints); the hub, which holds every commune's, answers
a commune computer with the certificates and completed courses that its working officers' CCCDs
have under other communes. The commune keeps the answer read-only (core/carried.py), shows it
on the officer's record and counts it in its coverage; nothing of it is written to its synced
tables, so it never travels back and never mixes with the commune's own data.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import Engine, and_, select
from sqlalchemy.orm import Session, aliased

from db.base import utcnow
from db.models import Certificate, Course, CourseResult, Officer


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def carried_for(engine: Engine, commune: str, now: dt.datetime | None = None) -> dict:
    """{"generated_at", "people": [{"cccd", "certificates": [...], "courses": [...]}]} for the
    working officers of ``commune`` who have records under another commune."""
    now = now or utcnow()
    ours, theirs = aliased(Officer), aliased(Officer)
    people = (select(ours.cccd).where(ours.commune_code == commune, ours.deleted.is_(False),
                                      ours.active.is_(True)))
    elsewhere = and_(theirs.cccd.in_(people), theirs.commune_code != commune,
                     theirs.deleted.is_(False))
    certificates: dict[str, list] = defaultdict(list)
    with Session(engine) as s:
        for cccd, c in s.execute(
                select(theirs.cccd, Certificate).join(Certificate,
                                                      Certificate.officer_id == theirs.id)
                .where(elsewhere, Certificate.deleted.is_(False))
                .order_by(Certificate.not_after.desc())):
            certificates[cccd].append({
                "commune": c.commune_code, "fingerprint": c.fingerprint, "serial": c.serial,
                "subject_cn": c.subject_cn, "subject_o": c.subject_o, "issuer_cn": c.issuer_cn,
                "kind": c.kind, "status": c.status, "not_before": _iso(c.not_before),
                "not_after": _iso(c.not_after)})
        courses: dict[str, list] = defaultdict(list)
        for cccd, r, course in s.execute(
                select(theirs.cccd, CourseResult, Course)
                .join(CourseResult, CourseResult.officer_id == theirs.id)
                .join(Course, Course.id == CourseResult.course_id)
                .where(elsewhere, CourseResult.deleted.is_(False),
                       CourseResult.completed.is_(True), Course.deleted.is_(False))
                .order_by(CourseResult.completed_on)):
            courses[cccd].append({
                "commune": r.commune_code, "course_id": str(course.id), "title": course.title,
                "topic": course.topic, "required": bool(course.required),
                "completed_on": _iso(r.completed_on), "certificate_no": r.certificate_no})
    out = [{"cccd": cccd, "certificates": certificates.get(cccd, []),
            "courses": courses.get(cccd, [])}
           for cccd in sorted(set(certificates) | set(courses))]
    return {"generated_at": now.isoformat(), "commune": commune, "people": out}
