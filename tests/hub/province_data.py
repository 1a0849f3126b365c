"""Commune data for the province view tests, and an independent recount on the hub database."""

from __future__ import annotations

import datetime as dt
import math

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import enrolment as hub_svc
from core.backlog import lots, records
from core.backlog.progress import Figures, forecast
from core.hub import enrolment
from core.officers import registry as officer_svc
from core.province.client import is_province_mode
from db.base import utcnow
from db.models import (
    BacklogLot,
    BacklogRecord,
    Certificate,
    Course,
    CourseResult,
    DigitizationTarget,
    HubNodeContact,
    Officer,
)


def small_commune(store, prefix: str, scanned: int = 30, verified: int = 10) -> None:
    """Three officers (two must sign), one lot of 100 records, some of them digitized."""
    with store.write("admin") as s:
        ids = []
        for i, (name, signer) in enumerate((("Lương Văn Tú", True), ("Vi Thị Hoa", True),
                                           ("Nông Văn Sơn", False))):
            person = officer_svc.OfficerInput(full_name=name, cccd=f"{prefix}{i:08d}"[-12:],
                                              birth_date=dt.date(1985, 1, 1), is_signer=signer,
                                              position="Công chức")
            ids.append(officer_svc.create(s, person).id)
        lot = lots.create_lot(s, lots.LotInput("ho_tich", "Sổ khai sinh 2001", 2001, 2001, 100))
        records.generate_records(s, lot.id, 1, 100)
        today = dt.date.today()
        records.change_status(s, records.Selection(lot_id=lot.id, first_no=1, last_no=scanned),
                              "scanned", ids[2], on=today - dt.timedelta(days=3))
        records.change_status(s, records.Selection(lot_id=lot.id, first_no=1, last_no=verified),
                              "verified", ids[2], on=today - dt.timedelta(days=1))


def enrol_viewer(running, store) -> None:
    code = enrolment.create_code(running.engine, enrolment.PROVINCE)
    hub_svc.enrol_with_hub(store, running.url, code)
    assert is_province_mode(store)


def _targets(s: Session, commune: str) -> list[lots.Target]:
    rows = s.execute(select(DigitizationTarget.percent, DigitizationTarget.due_on).where(
        DigitizationTarget.commune_code == commune, DigitizationTarget.deleted.is_(False))
        .order_by(DigitizationTarget.due_on)).all()
    return [lots.Target(p, d) for p, d in rows] or [lots.Target(*lots.DEFAULT_TARGET)]


def recount(engine, commune: str, now: dt.datetime | None = None) -> dict:
    """Every summary figure of ``commune`` recounted from the rows themselves (no counters)."""
    now = now or utcnow()
    today = now.astimezone().date()
    with Session(engine) as s:
        lot_rows = s.execute(select(BacklogLot.id, BacklogLot.total_records,
                                    BacklogLot.digitized_before).where(
            BacklogLot.commune_code == commune, BacklogLot.deleted.is_(False))).all()
        live = {r.id for r in lot_rows}
        recs = [r for r in s.execute(select(BacklogRecord.lot_id, BacklogRecord.status,
                                            BacklogRecord.scanned_at)
                                     .where(BacklogRecord.deleted.is_(False))).all()
                if r.lot_id in live]
        officers = s.execute(select(Officer).where(
            Officer.commune_code == commune, Officer.deleted.is_(False),
            Officer.active.is_(True))).scalars().all()
        certs = s.execute(select(Certificate).where(Certificate.commune_code == commune,
                                                    Certificate.deleted.is_(False))).scalars().all()
        courses = {c.id: c for c in s.execute(select(Course)).scalars()}
        results = s.execute(select(CourseResult).where(
            CourseResult.deleted.is_(False), CourseResult.completed.is_(True))).scalars().all()
        goals = _targets(s, commune)
        contact = [c.last_push_at for c in s.execute(select(HubNodeContact).where(
            HubNodeContact.commune_code == commune)).scalars() if c.last_push_at]
    done = ("scanned", "verified", "signed", "stored")
    total = sum(r.total_records for r in lot_rows)
    before = sum(r.digitized_before for r in lot_rows)
    figures = Figures(total, before)
    for r in recs:
        figures.by_status[r.status] = figures.by_status.get(r.status, 0) + 1
    since = today - dt.timedelta(days=27)
    rate = sum(1 for r in recs if r.scanned_at and r.scanned_at.astimezone().date() >= since) / 28
    forecasts = [forecast(figures, t, rate, today) for t in goals]
    ahead = [f for f in forecasts if not f.reached and f.target.due_on >= today]
    chosen = ahead[0] if ahead else forecasts[-1]
    working = {o.id for o in officers}
    signers = {o.id for o in officers if o.is_signer}
    certified = {c.officer_id for c in certs if c.kind == "official_duty" and c.status == "active"
                 and c.not_before <= now < c.not_after}
    soon = now + dt.timedelta(days=30)
    expiring = [c for c in certs if c.status == "active" and now < c.not_after <= soon
                and (c.officer_id is None or c.officer_id in working)]
    topics: dict = {}
    for r in results:
        course = courses[r.course_id]
        if course.required and not course.deleted and course.topic in ("digital", "operation"):
            topics.setdefault(r.officer_id, set()).add(course.topic)
    trained = [o for o in working if len(topics.get(o, ())) == 2]
    digitized = min(total, sum(1 for r in recs if r.status in done) + before)
    return {"records": total, "digitized": digitized,
            "scanned": sum(1 for r in recs if r.status in done),
            "stored": sum(1 for r in recs if r.status == "stored"),
            "needed": math.ceil(total * chosen.target.percent / 100),
            "forecast_date": chosen.date, "target_due": chosen.target.due_on,
            "officers": len(working), "signers": len(signers),
            "signers_certified": len(signers & certified), "expiring": len(expiring),
            "trained": len(trained), "last_sync": max(contact) if contact else None}
