"""Province-wide catalogues the province publishes to every commune: digitization targets and
required courses. They are synced rows with ``commune_code = "*"`` written by the hub under its
own identity, so every commune receives them on its next pull (desktop/sync/export.py admits
them downstream only; a commune computer that tries to send one is refused, and a commune user
cannot change one: db/changes.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from db.changes import PROVINCE_WIDE
from db.engine import ChangeContext
from db.errors import N_, ValidationError
from db.models import Course, DigitizationTarget
from desktop.services.text import collation_key, nfc
from desktop.services.training_coverage import COVERED_TOPICS
from desktop.sync.state import SyncIdentity


def _session(engine: Engine, identity: SyncIdentity, actor: str) -> Session:
    session = Session(engine, expire_on_commit=False)
    session.info["change_context"] = ChangeContext(identity.node_id, identity.epoch,
                                                   PROVINCE_WIDE, actor)
    return session


def publish_target(engine: Engine, identity: SyncIdentity, percent: float, due_on: dt.date,
                   actor: str = "province") -> DigitizationTarget:
    if not 0 < percent <= 100:
        raise ValidationError(N_("The target must be a percentage between 0 and 100."))
    with _session(engine, identity, actor) as s, s.begin():
        target = DigitizationTarget(commune_code=PROVINCE_WIDE, percent=percent, due_on=due_on,
                                    note="")
        s.add(target)
    return target


def publish_course(engine: Engine, identity: SyncIdentity, title: str, topic: str,
                   hours: float = 0.0, actor: str = "province") -> Course:
    title = nfc(title or "").strip()
    if not title or topic not in COVERED_TOPICS:
        raise ValidationError(N_("Enter the title of the course and its topic."))
    with _session(engine, identity, actor) as s, s.begin():
        course = Course(commune_code=PROVINCE_WIDE, title=title, sort_key=collation_key(title),
                        provider="province", topic=topic, mode="online", hours=hours,
                        required=True, origin="province", materials="", note="")
        s.add(course)
    return course
