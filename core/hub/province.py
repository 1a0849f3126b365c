"""Province summary on the hub: one row of figures per commune, from SQL aggregates.

Every figure is a GROUP BY commune over small or indexed tables — the backlog counters
(``backlog_counter``/``backlog_daily``, rebuilt by the sync hook when records arrive), lots,
officers, certificates, course results and ``hub_node_contact`` — never a scan of the records,
so it stays fast at 100 communes × 100 k records (benchmarks/bench_hub_view.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from sqlalchemy import Engine, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from core.backlog.lots import DEFAULT_TARGET, DONE, Target
from core.backlog.progress import RATE_DAYS, Figures, Progress, forecast, next_forecast
from core.certificates.requests import EXPIRY_WARNING_DAYS
from core.hub.transfers import VIETNAM, counted_at, period_end, superseded_officers
from core.training.coverage import COVERED_TOPICS, percent
from db.base import utcnow
from db.changes import PROVINCE_WIDE
from db.models import (
    BacklogCounter,
    BacklogDaily,
    BacklogLot,
    BacklogRecord,
    Certificate,
    Commune,
    Course,
    CourseResult,
    DigitizationTarget,
    HubNodeContact,
    Officer,
    RecordFile,
    SyncPeer,
)

STALE_DAYS = 7  # a commune that has not synced for longer is highlighted at the province


@dataclass
class CommuneSummary:
    code: str
    name: str
    records: int = 0
    digitized: int = 0
    stages: dict[str, int] = field(default_factory=dict)  # records that reached each stage
    target_percent: float = DEFAULT_TARGET[0]
    target_due: dt.date = DEFAULT_TARGET[1]
    target_reached: bool = False
    forecast_date: dt.date | None = None  # at the last four weeks' rate; None = never
    signers: int = 0  # working officers who must sign ("người phải ký số")
    signers_certified: int = 0  # … holding a valid official-duty certificate
    officers_certified: int = 0  # working officials holding one (the plans' 100 % figure)
    expiring: int = 0  # certificates in use expiring within 30 days
    officers: int = 0
    trained: int = 0  # working officers who completed required courses of every covered topic
    last_sync: dt.datetime | None = None
    rank: int = 0
    # records at "signed"/"stored" whose linked file carries a valid official-duty signature of
    # a registered officer (the rest of stages["signed"] were marked by hand: no evidence)
    signed_backed: int = 0

    @property
    def digitized_percent(self) -> float:
        return percent(self.digitized, self.records)

    @property
    def cert_percent(self) -> float:
        """Signers with a valid official-duty certificate ÷ signers (ranks the communes)."""
        return percent(self.signers_certified, self.signers)

    @property
    def officers_cert_percent(self) -> float:
        """Working officials with one ÷ working officials (DOMAIN.md: what the plans ask)."""
        return percent(self.officers_certified, self.officers)

    @property
    def training_percent(self) -> float:
        return percent(self.trained, self.officers)

    @property
    def on_track(self) -> bool:
        return self.target_reached or (self.forecast_date is not None
                                       and self.forecast_date <= self.target_due)

    def to_json(self) -> dict:
        data = asdict(self)
        data.update(digitized_percent=round(self.digitized_percent, 2),
                    cert_percent=round(self.cert_percent, 2),
                    officers_cert_percent=round(self.officers_cert_percent, 2),
                    training_percent=round(self.training_percent, 2), on_track=self.on_track)
        for key in ("target_due", "forecast_date", "last_sync"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


def commune_names(session: Session, codes: set[str]) -> dict[str, str]:
    names = dict(session.execute(select(Commune.code, Commune.name)
                                 .where(Commune.code.in_(codes), Commune.deleted.is_(False))).all())
    return {c: names.get(c) or official_name(c) for c in codes}


def official_name(code: str) -> str:
    """The name in the official commune list the app ships (vietnam-provinces), else the code."""
    from core.communes import find_commune

    found = find_commune(code)
    return found[0].name if found else code


def _grouped(session: Session, stmt) -> dict[str, int]:
    return {code: int(n or 0) for code, n in session.execute(stmt)}


def backlog_figures(session: Session) -> dict[str, Figures]:
    out: dict[str, Figures] = defaultdict(Figures)
    live = BacklogLot.deleted.is_(False)
    for code, total, before in session.execute(
            select(BacklogLot.commune_code, func.sum(BacklogLot.total_records),
                   func.sum(BacklogLot.digitized_before)).where(live)
            .group_by(BacklogLot.commune_code)):
        out[code].total, out[code].before = int(total or 0), int(before or 0)
    for code, status, count in session.execute(
            select(BacklogLot.commune_code, BacklogCounter.status, func.sum(BacklogCounter.count))
            .join(BacklogLot, BacklogLot.id == BacklogCounter.lot_id).where(live)
            .group_by(BacklogLot.commune_code, BacklogCounter.status)):
        out[code].by_status[status] = int(count or 0)
    return out


def rates(session: Session, today: dt.date) -> dict[str, float]:
    since = today - dt.timedelta(days=RATE_DAYS - 1)
    done = _grouped(session, select(BacklogLot.commune_code, func.sum(BacklogDaily.count))
                    .join(BacklogLot, BacklogLot.id == BacklogDaily.lot_id)
                    .where(BacklogDaily.status == "scanned", BacklogDaily.day >= since,
                           BacklogLot.deleted.is_(False))
                    .group_by(BacklogLot.commune_code))
    return {code: n / RATE_DAYS for code, n in done.items()}


def targets(session: Session) -> dict[str, list[Target]]:
    """Each commune's targets; the province's (``"*"``) under that key, added to every one."""
    out: dict[str, list[Target]] = defaultdict(list)
    for code, pct, due in session.execute(
            select(DigitizationTarget.commune_code, DigitizationTarget.percent,
                   DigitizationTarget.due_on).where(DigitizationTarget.deleted.is_(False))
            .order_by(DigitizationTarget.due_on)):
        out[code].append(Target(pct, due))
    return out


def commune_targets(goals: dict[str, list[Target]], code: str) -> list[Target]:
    return sorted(goals.get(code, []) + goals.get(PROVINCE_WIDE, []), key=lambda t: t.due_on)


def _working(counted: set | None = None):
    """Officers working now, each person once: one who moved on and is still listed by the
    commune they left counts in the commune where they started last (core/hub/transfers.py).
    ``counted``: the ids counted at a period's end instead (``transfers.counted_at``)."""
    if counted is not None:
        return Officer.id.in_(counted)
    return and_(Officer.deleted.is_(False), Officer.active.is_(True),
                Officer.id.not_in(superseded_officers()))


def valid_official(now: dt.datetime):
    return and_(Certificate.deleted.is_(False), Certificate.kind == "official_duty",
                Certificate.status == "active", Certificate.not_before <= now,
                Certificate.not_after > now)


def expiring_filter(now: dt.datetime):
    """Certificates in use expiring within 30 days (whose holder works: people_figures)."""
    soon = now + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    return and_(Certificate.deleted.is_(False), Certificate.status == "active",
                Certificate.not_after > now, Certificate.not_after <= soon)


def certified_people(now: dt.datetime):
    """CCCDs of people holding a valid official-duty certificate, whichever commune imported it:
    a certificate follows the person (one issued while in commune A stays valid in B)."""
    return (select(Officer.cccd).join(Certificate, Certificate.officer_id == Officer.id)
            .where(valid_official(now)))


def trained_people(until: dt.date | None = None):
    """CCCDs of people who completed a required course of every covered topic, in any commune
    (completions follow the person); ``until``: completed on or before that day."""
    done = and_(CourseResult.deleted.is_(False), CourseResult.completed.is_(True),
                Course.deleted.is_(False), Course.required.is_(True),
                Course.topic.in_(COVERED_TOPICS))
    if until is not None:
        done = and_(done, or_(CourseResult.completed_on.is_(None),
                              CourseResult.completed_on <= until))
    return (select(Officer.cccd)
            .join(CourseResult, CourseResult.officer_id == Officer.id)
            .join(Course, Course.id == CourseResult.course_id).where(done)
            .group_by(Officer.cccd)
            .having(func.count(func.distinct(Course.topic)) == len(COVERED_TOPICS)))


def trained_officers():
    """Officer rows whose person completed the required courses (ids, subquery)."""
    return select(Officer.id).where(Officer.cccd.in_(trained_people()))


def people_figures(session: Session, now: dt.datetime, counted: set | None = None,
                   until: dt.date | None = None) -> dict[str, dict[str, int]]:
    """Per commune: the people counted there (``counted``: at a period's end), with their
    certificates and completions from any commune they worked in."""
    by_commune = Officer.commune_code
    working = _working(counted)
    signer = and_(working, Officer.is_signer.is_(True))
    certified = Officer.cccd.in_(certified_people(now))
    holder = aliased(Officer)
    return {
        "officers": _grouped(session, select(by_commune, func.count()).where(working)
                             .group_by(by_commune)),
        "signers": _grouped(session, select(by_commune, func.count()).where(signer)
                            .group_by(by_commune)),
        "signers_certified": _grouped(session, select(by_commune, func.count()).where(
            signer, certified).group_by(by_commune)),
        "officers_certified": _grouped(session, select(by_commune, func.count()).where(
            working, certified).group_by(by_commune)),
        "trained": _grouped(session, select(by_commune, func.count()).where(
            working, Officer.cccd.in_(trained_people(until))).group_by(by_commune)),
        # counted where the holder works now (the same file imported in two communes: once)
        "expiring": _grouped(session, select(
            func.coalesce(Officer.commune_code, Certificate.commune_code),
            func.count(func.distinct(Certificate.fingerprint)))
            .outerjoin(holder, holder.id == Certificate.officer_id)
            .outerjoin(Officer, and_(Officer.cccd == holder.cccd, working))
            .where(expiring_filter(now), or_(Certificate.officer_id.is_(None),
                                                    Officer.id.is_not(None)))
            .group_by(func.coalesce(Officer.commune_code, Certificate.commune_code))),
    }


def last_syncs(session: Session) -> dict[str, dt.datetime]:
    return {code: at for code, at in session.execute(
        select(HubNodeContact.commune_code, func.max(HubNodeContact.last_push_at))
        .where(HubNodeContact.last_push_at.is_not(None))
        .group_by(HubNodeContact.commune_code))}


def known_communes(session: Session) -> set[str]:
    """Communes with an enrolled computer or any data on the hub."""
    codes = set(session.execute(select(SyncPeer.commune_code).where(SyncPeer.role == "node")
                                .distinct()).scalars())
    for column in (BacklogLot.commune_code, Officer.commune_code):
        codes.update(session.execute(select(column).distinct()).scalars())
    return {c for c in codes if c and c != PROVINCE_WIDE}


def _apply_forecast(row: CommuneSummary, figures: Figures, goals: list[Target], rate: float,
                    today: dt.date) -> None:
    forecasts = [forecast(figures, t, rate, today) for t in goals or [Target(*DEFAULT_TARGET)]]
    chosen = next_forecast(Progress(figures, {}, {}, forecasts, rate), today)
    row.target_percent, row.target_due = chosen.target.percent, chosen.target.due_on
    row.target_reached, row.forecast_date = chosen.reached, chosen.date


def rank(rows: list[CommuneSummary]) -> list[CommuneSummary]:
    """Rank 1 = furthest digitized, then best certificate and training coverage."""
    ordered = sorted(rows, key=lambda r: (-round(r.digitized_percent, 6),
                                          -round(r.cert_percent, 6),
                                          -round(r.training_percent, 6), r.code))
    for number, row in enumerate(ordered, start=1):
        row.rank = number
    return ordered


def backed_signed(session: Session) -> dict[str, int]:
    """Per commune, the signed or stored records backed by a verified, unchanged file."""
    return _grouped(session, select(BacklogRecord.commune_code,
                                    func.count(func.distinct(RecordFile.record_id)))
                    .join(BacklogRecord, BacklogRecord.id == RecordFile.record_id)
                    .where(RecordFile.deleted.is_(False), RecordFile.verdict == "valid",
                           RecordFile.file_state == "ok", BacklogRecord.deleted.is_(False),
                           BacklogRecord.status.in_(("signed", "stored")))
                    .group_by(BacklogRecord.commune_code))


def as_of_moment(as_of: dt.date | dt.datetime) -> dt.datetime:
    """A period's end: the midnight after a day (Vietnam time), or the moment itself."""
    return as_of if isinstance(as_of, dt.datetime) else period_end(as_of)


def summary(engine: Engine, now: dt.datetime | None = None,
            as_of: dt.date | dt.datetime | None = None) -> list[CommuneSummary]:
    """Every commune's row, ranked. ``as_of``: the people, certificates and completions as at
    the end of that day (a report for last month issued today) or that moment; the backlog is
    always as it is now."""
    now = now or utcnow()
    today = now.astimezone().date()
    with Session(engine) as s:
        codes = known_communes(s)
        names = commune_names(s, codes)
        backlog, speed, goals = backlog_figures(s), rates(s, today), targets(s)
        if as_of is None:
            people = people_figures(s, now)
        else:
            moment = as_of_moment(as_of)
            last_day = (moment - dt.timedelta(microseconds=1)).astimezone(VIETNAM).date()
            people = people_figures(s, moment, counted_at(s, moment), last_day)
        synced = last_syncs(s)
        backed = backed_signed(s)
    rows = []
    for code in codes:
        figures = backlog.get(code, Figures())
        row = CommuneSummary(code, names[code], records=figures.total,
                             digitized=figures.digitized,
                             stages={st: figures.reached(st) for st in DONE},
                             last_sync=synced.get(code), signed_backed=backed.get(code, 0),
                             **{key: values.get(code, 0) for key, values in people.items()})
        _apply_forecast(row, figures, commune_targets(goals, code), speed.get(code, 0.0), today)
        rows.append(row)
    return rank(rows)


def record_contact(engine: Engine, node_id: uuid.UUID | str, commune: str,
                   pushed: bool) -> None:
    """Stamp the computer's last push (a bundle applied) or pull (hub handlers, USB import)."""
    node = uuid.UUID(str(node_id))
    column = "last_push_at" if pushed else "last_pull_at"
    with Session(engine) as s, s.begin():
        row = s.get(HubNodeContact, node)
        if row is None:
            row = HubNodeContact(node_id=node, commune_code=commune)
            s.add(row)
        row.commune_code = commune
        setattr(row, column, utcnow())


def summary_json(engine: Engine, now: dt.datetime,
                 as_of: dt.date | dt.datetime | None = None) -> dict:
    """What the province view receives: the ranked rows, the people who moved between communes
    (as of ``as_of``'s end, else now) and the hub's open conflicts."""
    from core.hub.conflicts import conflicts
    from core.hub.transfers import transfers

    rows = summary(engine, now, as_of)
    with Session(engine) as s:
        moves = transfers(s, None, as_of_moment(as_of) if as_of else None)
    return {"generated_at": now.isoformat(), "as_of": as_of.isoformat() if as_of else None,
            "stale_days": STALE_DAYS, "communes": [r.to_json() for r in rows],
            "transfers": moves, "conflicts": conflicts(engine)}
