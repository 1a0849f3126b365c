"""Hạ tầng figures for the monthly report: equipment, gaps against the checklist, teams, help.

:func:`monthly_figures` returns plain data for the report forms (no Qt, no formatting).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.infrastructure import check as infra_check
from core.infrastructure.equipment import KINDS, os_supported
from db.models import DigitalTeam, Equipment, TeamActivity, TeamMember


@dataclass(frozen=True)
class InfraFigures:
    period_start: dt.date
    period_end: dt.date
    equipment_in_use: int
    equipment_faulty: int  # faulty or awaiting repair
    out_of_support: int  # in use, operating system no longer updated
    gap_lines: int  # checklist lines not met
    gap_items: int  # devices (or tokens) missing in all
    estimate_total: int  # đồng, at the unit prices typed so far
    community_teams: int
    rapid_response_teams: int
    team_members: int
    help_sessions: int  # activity entries in the period
    people_helped: int  # in the period


def monthly_figures(session: Session, period_start: dt.date, period_end: dt.date) -> InfraFigures:
    """The figures as of ``period_end`` (help given counted from start to end, both included)."""
    items = session.execute(select(Equipment.state, Equipment.os).where(
        Equipment.deleted.is_(False))).all()
    in_use = [os for state, os in items if state == "in_use"]
    faulty = sum(1 for state, _ in items if state in ("faulty", "awaiting_repair"))
    old = sum(1 for os in in_use if os and not os_supported(os, period_end))
    result = infra_check.check(session, period_end)
    kinds = dict(session.execute(select(DigitalTeam.kind, func.count()).where(
        DigitalTeam.deleted.is_(False)).group_by(DigitalTeam.kind)).all())
    members = session.execute(
        select(func.count()).select_from(TeamMember).join(
            DigitalTeam, DigitalTeam.id == TeamMember.team_id)
        .where(TeamMember.deleted.is_(False), DigitalTeam.deleted.is_(False))).scalar_one()
    sessions, helped = session.execute(
        select(func.count(), func.coalesce(func.sum(TeamActivity.people_helped), 0))
        .join(DigitalTeam, DigitalTeam.id == TeamActivity.team_id)
        .where(TeamActivity.deleted.is_(False), DigitalTeam.deleted.is_(False),
               TeamActivity.held_on >= period_start, TeamActivity.held_on <= period_end)).one()
    return InfraFigures(period_start, period_end, len(in_use), faulty, old,
                        len(result.missing_lines), result.missing_items, result.estimate_total,
                        kinds.get("community", 0), kinds.get("rapid_response", 0), members,
                        sessions, int(helped))


@dataclass(frozen=True)
class KindFigures:
    """One device type in the register (retired devices left out)."""

    kind: str
    total: int
    in_use: int
    out_of_support: int  # in use, operating system no longer updated
    faulty: int  # faulty or awaiting repair


def by_kind(session: Session, as_of: dt.date) -> list[KindFigures]:
    """Devices per type in the order of the register's types (types with none left out)."""
    rows = session.execute(select(Equipment.kind, Equipment.state, Equipment.os).where(
        Equipment.deleted.is_(False), Equipment.state != "retired")).all()
    out = []
    for kind in KINDS:
        mine = [(state, os) for k, state, os in rows if k == kind]
        if not mine:
            continue
        in_use = [os for state, os in mine if state == "in_use"]
        out.append(KindFigures(
            kind, len(mine), len(in_use),
            sum(1 for os in in_use if os and not os_supported(os, as_of)),
            sum(1 for state, _ in mine if state in ("faulty", "awaiting_repair"))))
    return out
