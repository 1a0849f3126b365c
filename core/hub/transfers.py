"""A person across communes: one officer row per commune stint, linked by the CCCD at the hub.

After the 2025 merger officers move between communes; each commune keeps its own row of the
person (its id names the commune, db/ids.commune_id). A stint starts with the first change of
its row (the hub's change log keeps each change with the time it was made) and ends when the row
was marked as left (*Ngừng công tác*). The province counts a person once, where they work: when
a commune has not yet marked a person who moved on as left, the stint that started last wins.

As of a period's end (a report for last month issued today) the same rule is applied to the
rows as the hub's change log had them at that moment (``counted_at``): a person who moved after
the period's end still counts in the commune they left; one taken on after it is not counted.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

import orjson
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from db.models import ChangeLog, Officer

VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")


def _joined():
    """When each officer row was first written (its first change), as a subquery."""
    return (select(ChangeLog.row_id.label("id"), func.min(ChangeLog.at).label("at"))
            .where(ChangeLog.table_name == "officer").group_by(ChangeLog.row_id).subquery())


def superseded_officers():
    """Ids of working officer rows whose person (CCCD) also works in another commune, in a
    stint that started later: that commune counts them (a subquery; empty without transfers)."""
    mine, other = aliased(Officer), aliased(Officer)
    mine_at, other_at = _joined(), _joined()
    later = or_(other_at.c.at > mine_at.c.at,
                and_(other_at.c.at == mine_at.c.at, other.commune_code > mine.commune_code))
    return (select(mine.id)
            .join(other, and_(other.cccd == mine.cccd, other.commune_code != mine.commune_code,
                              other.deleted.is_(False), other.active.is_(True)))
            .join(mine_at, mine_at.c.id == mine.id).join(other_at, other_at.c.id == other.id)
            .where(mine.deleted.is_(False), mine.active.is_(True), later))


def period_end(day: dt.date) -> dt.datetime:
    """The moment a period ending on ``day`` closes: midnight after it, Vietnam time."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), VIETNAM)


def _stints_at(session: Session, moment: dt.datetime) -> dict[uuid.UUID, tuple]:
    """Officer rows working just before ``moment``: id -> (CCCD, commune, first change)."""
    state: dict[uuid.UUID, tuple] = {}
    for row_id, commune, op, at, payload in session.execute(
            select(ChangeLog.row_id, ChangeLog.commune_code, ChangeLog.op, ChangeLog.at,
                   ChangeLog.payload)
            .where(ChangeLog.table_name == "officer", ChangeLog.at < moment)
            .order_by(ChangeLog.at, ChangeLog.id)):
        data = orjson.loads(payload) if payload else {}
        joined = state[row_id][3] if row_id in state else at
        working = (op != "delete" and not data.get("deleted", False)
                   and bool(data.get("active", True)))
        state[row_id] = (working, data.get("cccd", ""), commune, joined)
    return {k: (cccd, commune, joined) for k, (working, cccd, commune, joined) in state.items()
            if working}


def counted_at(session: Session, moment: dt.datetime) -> set[uuid.UUID]:
    """Ids of the officer rows the province counts at ``moment``: each person (CCCD) once, in
    the stint working then that started last."""
    best: dict[str, tuple] = {}
    for row_id, (cccd, commune, joined) in _stints_at(session, moment).items():
        key = (_aware(joined), commune)
        if cccd not in best or key > best[cccd][0]:
            best[cccd] = (key, row_id)
    return {row_id for _key, row_id in best.values()}


def _day(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(VIETNAM).date().isoformat()


def _dates(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple]:
    """Row id -> (first change, the moment it was last marked as left or None if working)."""
    out: dict[uuid.UUID, list] = defaultdict(lambda: [None, None])
    for row_id, at, payload in session.execute(
            select(ChangeLog.row_id, ChangeLog.at, ChangeLog.payload)
            .where(ChangeLog.table_name == "officer", ChangeLog.row_id.in_(ids))
            .order_by(ChangeLog.at, ChangeLog.id)):
        dates = out[row_id]
        dates[0] = dates[0] or at
        working = bool(orjson.loads(payload).get("active", True))
        if working:
            dates[1] = None
        elif dates[1] is None:
            dates[1] = at
    return {k: (v[0], v[1]) for k, v in out.items()}


def transfers(session: Session, commune: str | None = None,
              as_of: dt.datetime | None = None) -> list[dict]:
    """People with stints in several communes (those of ``commune`` only, if given): name,
    CCCD and each stint — commune, officer id, joined/left dates (ISO, Vietnam time), whether
    it is the one the province counts (at ``as_of``, else now) — oldest stint first. With
    ``as_of``, only stints begun before it, and a leaving after it is not shown."""
    live = Officer.deleted.is_(False)
    shared = select(Officer.cccd).where(live).group_by(Officer.cccd).having(
        func.count(func.distinct(Officer.commune_code)) > 1)
    if commune is not None:
        shared = shared.where(Officer.cccd.in_(select(Officer.cccd).where(
            live, Officer.commune_code == commune)))
    rows = session.execute(select(Officer).where(live, Officer.cccd.in_(shared))).scalars().all()
    if not rows:
        return []
    dates = _dates(session, [r.id for r in rows])
    if as_of is None:
        superseded = set(session.execute(superseded_officers()).scalars())
        counted = {r.id for r in rows if r.active and r.id not in superseded}
        working = {r.id for r in rows if r.active}
    else:
        counted, working = counted_at(session, as_of), set(_stints_at(session, as_of))
    people: dict[str, list] = defaultdict(list)
    for r in rows:
        joined, left = dates.get(r.id, (None, None))
        joined = joined or r.updated_at
        if as_of is not None and _aware(joined) >= as_of:
            continue  # begun after the period's end
        if as_of is not None and left is not None and _aware(left) >= as_of:
            left = None
        people[r.cccd].append((joined, r, left))
    out = []
    for cccd, stints in sorted(people.items()):
        if len({r.commune_code for _j, r, _l in stints}) < 2:
            continue
        stints.sort(key=lambda s: (_aware(s[0]), s[1].commune_code))
        out.append({"cccd": cccd, "full_name": stints[-1][1].full_name, "stints": [
            {"commune": r.commune_code, "officer_id": str(r.id), "position": r.position,
             "joined_on": _day(joined), "left_on": _day(left) if r.id not in working else None,
             "working": r.id in working, "counted": r.id in counted}
            for joined, r, left in stints]})
    return out


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
