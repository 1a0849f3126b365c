"""Drill-down of one commune for the province: digitization per field, each officer's status."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, aliased

from core.backlog.lots import DONE
from core.backlog.progress import Figures
from core.certificates.requests import EXPIRY_WARNING_DAYS
from core.hub import province
from core.hub.transfers import superseded_officers, transfers
from db.base import utcnow
from db.changes import PROVINCE_WIDE
from db.models import BacklogCounter, BacklogLot, Certificate, Course, CourseResult, Officer


def field_figures(session: Session, commune: str) -> dict[str, Figures]:
    out: dict[str, Figures] = defaultdict(Figures)
    live = (BacklogLot.commune_code == commune, BacklogLot.deleted.is_(False))
    for code, total, before in session.execute(
            select(BacklogLot.field, func.sum(BacklogLot.total_records),
                   func.sum(BacklogLot.digitized_before)).where(*live).group_by(BacklogLot.field)):
        out[code].total, out[code].before = int(total or 0), int(before or 0)
    for code, status, count in session.execute(
            select(BacklogLot.field, BacklogCounter.status, func.sum(BacklogCounter.count))
            .join(BacklogLot, BacklogLot.id == BacklogCounter.lot_id).where(*live)
            .group_by(BacklogLot.field, BacklogCounter.status)):
        out[code].by_status[status] = int(count or 0)
    return out


def _fields_json(figures: dict[str, Figures]) -> list[dict]:
    rows = [{"field": code, "records": f.total, "digitized": f.digitized,
             "digitized_percent": round(f.digitized_percent, 2),
             "stages": {st: f.reached(st) for st in DONE}} for code, f in figures.items()]
    return sorted(rows, key=lambda r: (-r["records"], r["field"]))


def _certificates(session: Session, commune: str, now: dt.datetime) -> dict:
    """Officer id -> latest end date of a valid official-duty certificate of the person, from
    whichever commune it was imported in (a certificate follows the person)."""
    holder = aliased(Officer)
    return dict(session.execute(
        select(Officer.id, func.max(Certificate.not_after))
        .join(holder, holder.cccd == Officer.cccd)
        .join(Certificate, Certificate.officer_id == holder.id)
        .where(province.valid_official(now), Officer.commune_code == commune)
        .group_by(Officer.id)).all())


def _training(session: Session, commune: str) -> tuple[int, dict]:
    required = session.scalar(select(func.count()).select_from(Course).where(
        Course.deleted.is_(False), Course.required.is_(True),
        Course.commune_code.in_((commune, PROVINCE_WIDE))))
    holder = aliased(Officer)  # completions follow the person: any commune's results count
    done = dict(session.execute(
        select(Officer.id, func.count(func.distinct(CourseResult.course_id)))
        .join(holder, holder.cccd == Officer.cccd)
        .join(CourseResult, CourseResult.officer_id == holder.id)
        .join(Course, Course.id == CourseResult.course_id)
        .where(Officer.commune_code == commune, CourseResult.deleted.is_(False),
               CourseResult.completed.is_(True), Course.deleted.is_(False),
               Course.required.is_(True), Course.commune_code.in_((commune, PROVINCE_WIDE)))
        .group_by(Officer.id)).all())
    return int(required or 0), done


def officers_json(session: Session, commune: str, now: dt.datetime) -> list[dict]:
    certs = _certificates(session, commune, now)
    required, done = _training(session, commune)
    trained = set(session.execute(province.trained_officers()).scalars())
    soon = now + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    rows = session.execute(
        select(Officer.id, Officer.full_name, Officer.position, Officer.department,
               Officer.is_signer)
        .where(Officer.commune_code == commune, Officer.deleted.is_(False),
               Officer.active.is_(True), Officer.id.not_in(superseded_officers()))
        .order_by(Officer.sort_key, Officer.id)).all()
    out = []
    for officer_id, name, position, department, signer in rows:
        until = certs.get(officer_id)
        out.append({"id": str(officer_id), "full_name": name, "position": position,
                    "department": department, "is_signer": bool(signer),
                    "certificate_until": until.isoformat() if until else None,
                    "certificate_expiring": bool(until and until <= soon),
                    "required_courses": required, "courses_done": int(done.get(officer_id, 0)),
                    "trained": officer_id in trained})
    return out


def commune_detail(engine: Engine, commune: str, now: dt.datetime | None = None) -> dict | None:
    """The commune's summary row, its fields and its officers; None when the hub has nothing."""
    now = now or utcnow()
    rows = {r.code: r for r in province.summary(engine, now)}
    if commune not in rows:
        return None
    with Session(engine) as s:
        fields = _fields_json(field_figures(s, commune))
        officers = officers_json(s, commune, now)
        moves = transfers(s, commune)
    return {"commune": rows[commune].to_json(), "fields": fields, "officers": officers,
            "transfers": moves, "generated_at": now.isoformat()}
