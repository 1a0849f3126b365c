"""Who was working at a past instant, from the change log (every write of an officer row is
logged with the whole row, so the row as it stood at any moment can be read back).

A report for a past period counts the officers working at its end: an officer who left in
December still counts in November's report; one taken on in December does not. The officers of
the first list entered (on the day the registry was filled, usually from an Excel file) were
working before Xã Số came, so they count from the start.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ChangeLog, Officer

INITIAL_LIST_WINDOW = dt.timedelta(days=1)  # officers entered this soon after the first


@dataclass(frozen=True)
class WorkingOfficer:
    id: uuid.UUID
    full_name: str
    department: str
    position: str
    is_signer: bool


def _current(session: Session) -> dict[uuid.UUID, WorkingOfficer]:
    return {r.id: WorkingOfficer(r.id, r.full_name, r.department or "", r.position or "",
                                 bool(r.is_signer))
            for r in session.execute(select(Officer).where(
                Officer.deleted.is_(False), Officer.active.is_(True))).scalars()}


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def working_at(session: Session, instant: dt.datetime | None) -> dict[uuid.UUID, WorkingOfficer]:
    """Officers active and not deleted at ``instant`` (None: now), by id, as they stood then."""
    current = _current(session)
    if instant is None:
        return current
    rows = session.execute(
        select(ChangeLog.row_id, ChangeLog.at, ChangeLog.payload)
        .where(ChangeLog.table_name == "officer").order_by(ChangeLog.at, ChangeLog.id)).all()
    if not rows:
        return current  # no history kept (a copy without its log): the present list
    initial_until = _aware(rows[0].at) + INITIAL_LIST_WINDOW
    then: dict[uuid.UUID, dict] = {}
    for row_id, at, payload in rows:
        at = _aware(at)
        if at <= instant or (row_id not in then and at <= initial_until):
            then[row_id] = orjson.loads(payload)
    known = {r for r, _a, _p in rows}
    out = {i: o for i, o in current.items() if i not in known}  # rows that came without a log
    for row_id, values in then.items():
        if values.get("active") and not values.get("deleted"):
            out[row_id] = WorkingOfficer(row_id, values.get("full_name") or "",
                                         values.get("department") or "",
                                         values.get("position") or "",
                                         bool(values.get("is_signer")))
    return out
