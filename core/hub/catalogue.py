"""Province-wide catalogues the province publishes to every commune: digitization targets and
required courses. They are synced rows with ``commune_code = "*"`` written by the hub under its
own identity, so every commune receives them on its next pull (core/sync/export.py admits
them downstream only; a commune computer that tries to send one is refused, and a commune user
cannot change one: db/changes.py)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from core.sync.state import SyncIdentity
from core.text import collation_key, nfc
from core.training.coverage import COVERED_TOPICS
from db.changes import PROVINCE_WIDE
from db.engine import ChangeContext
from db.errors import N_, ValidationError
from db.models import Course, DigitizationTarget


def _session(engine: Engine, identity: SyncIdentity, actor: str) -> Session:
    session = Session(engine, expire_on_commit=False)
    session.info["change_context"] = ChangeContext(identity.node_id, identity.epoch,
                                                   PROVINCE_WIDE, actor)
    return session


def _existing(s: Session, model, row_id: uuid.UUID | None):
    """The row a repeated request already made (same id): publishing again changes nothing."""
    if row_id is None:
        return None
    row = s.get(model, row_id)
    if row is not None and row.commune_code != PROVINCE_WIDE:
        raise ValidationError(N_("This id belongs to a row of a commune, not to a published "
                                 "one."))
    return row


def publish_target(engine: Engine, identity: SyncIdentity, percent: float, due_on: dt.date,
                   actor: str = "province", row_id: uuid.UUID | None = None) -> DigitizationTarget:
    if not 0 < percent <= 100:
        raise ValidationError(N_("The target must be a percentage between 0 and 100."))
    with _session(engine, identity, actor) as s, s.begin():
        target = _existing(s, DigitizationTarget, row_id)
        if target is None:
            target = DigitizationTarget(commune_code=PROVINCE_WIDE, percent=percent,
                                        due_on=due_on, note="")
            if row_id is not None:
                target.id = row_id
            s.add(target)
    return target


def publish_course(engine: Engine, identity: SyncIdentity, title: str, topic: str,
                   hours: float = 0.0, actor: str = "province",
                   row_id: uuid.UUID | None = None) -> Course:
    title = nfc(title or "").strip()
    if not title or topic not in COVERED_TOPICS:
        raise ValidationError(N_("Enter the title of the course and its topic."))
    if not 0 <= hours <= 1000:
        raise ValidationError(N_("The hours of a course are between 0 and 1000."))
    with _session(engine, identity, actor) as s, s.begin():
        course = _existing(s, Course, row_id)
        if course is None:
            course = Course(commune_code=PROVINCE_WIDE, title=title,
                            sort_key=collation_key(title), provider="province", topic=topic,
                            mode="online", hours=hours, required=True, origin="province",
                            materials="", note="")
            if row_id is not None:
                course.id = row_id
            s.add(course)
    return course


def published(engine: Engine) -> dict[str, list[dict]]:
    """What the province has published and not withdrawn, as JSON-ready rows."""
    with Session(engine) as s:
        targets = s.scalars(select(DigitizationTarget).where(
            DigitizationTarget.commune_code == PROVINCE_WIDE,
            DigitizationTarget.deleted.is_(False)).order_by(DigitizationTarget.due_on)).all()
        courses = s.scalars(select(Course).where(
            Course.commune_code == PROVINCE_WIDE, Course.deleted.is_(False))
            .order_by(Course.sort_key)).all()
        return {
            "targets": [{"id": str(t.id), "percent": t.percent, "due_on": t.due_on.isoformat()}
                        for t in targets],
            "courses": [{"id": str(c.id), "title": c.title, "topic": c.topic, "hours": c.hours}
                        for c in courses],
        }


def withdraw(engine: Engine, identity: SyncIdentity, kind: str, row_id: uuid.UUID,
             actor: str = "province") -> bool:
    """Withdraw a published target or course: every commune drops it on its next pull.
    False when there is no such published row (already withdrawn: nothing to do)."""
    model = {"target": DigitizationTarget, "course": Course}[kind]
    with _session(engine, identity, actor) as s, s.begin():
        row = s.get(model, row_id)
        if row is None or row.commune_code != PROVINCE_WIDE or row.deleted:
            return False
        row.deleted = True
    return True
