"""Tổ công nghệ số: community digital technology teams (one per village or residential group),
the rapid-response team, their members and the help they gave (activity log)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.officers.registry import normalize_phone
from core.rows import live_row
from core.text import collation_key, nfc
from db.errors import N_, ValidationError
from db.models import DigitalTeam, Officer, TeamActivity, TeamMember

TEAM_KINDS: dict[str, str] = {
    "community": N_("Community digital technology team"),
    "rapid_response": N_("Technology rapid-response team"),
}
ROLES: dict[str, str] = {"leader": N_("Team leader"), "deputy": N_("Deputy leader"),
                         "member": N_("Member")}


# teams ---------------------------------------------------------------------------------------
@dataclass
class TeamInput:
    name: str
    kind: str = "community"
    area: str = ""
    established_on: dt.date | None = None
    note: str = ""


def _clean_team(data: TeamInput) -> TeamInput:
    out = TeamInput(nfc(data.name), data.kind, nfc(data.area), data.established_on,
                    (data.note or "").strip())
    if not out.name:
        raise ValidationError(N_("Enter the team's name."), field="name")
    if out.kind not in TEAM_KINDS:
        raise ValidationError(N_("Choose a value from the list."), field="kind")
    return out


def _get(session: Session, model, row_id: uuid.UUID):
    return live_row(session, model, row_id,
                    N_("This entry no longer exists (deleted on this or another PC)."))


def save_team(session: Session, data: TeamInput, team_id: uuid.UUID | None = None) -> DigitalTeam:
    data = _clean_team(data)
    team = _get(session, DigitalTeam, team_id) if team_id else DigitalTeam()
    values = {"name": data.name, "kind": data.kind, "area": data.area,
              "established_on": data.established_on, "note": data.note,
              "sort_key": collation_key(f"{data.kind} {data.name}")}
    for key, value in values.items():
        if getattr(team, key) != value:
            setattr(team, key, value)
    if team_id is None:
        session.add(team)
    session.flush()
    return team


def get_team(session: Session, team_id: uuid.UUID) -> DigitalTeam:
    return _get(session, DigitalTeam, team_id)


def delete_team(session: Session, team_id: uuid.UUID) -> None:
    _get(session, DigitalTeam, team_id).deleted = True
    session.flush()


@dataclass(frozen=True)
class TeamRow:
    id: uuid.UUID
    name: str
    kind: str
    area: str
    members: int
    sessions: int
    people_helped: int


def teams(session: Session, since: dt.date | None = None,
          until: dt.date | None = None) -> list[TeamRow]:
    """All teams: the rapid-response team first, then the village teams in Vietnamese order;
    their help counted between ``since`` and ``until`` (both included) when given."""
    members = (select(func.count()).select_from(TeamMember)
               .where(TeamMember.team_id == DigitalTeam.id, TeamMember.deleted.is_(False))
               .scalar_subquery())
    live = [TeamActivity.team_id == DigitalTeam.id, TeamActivity.deleted.is_(False)]
    if since is not None:
        live.append(TeamActivity.held_on >= since)
    if until is not None:
        live.append(TeamActivity.held_on <= until)
    sessions = select(func.count()).select_from(TeamActivity).where(*live).scalar_subquery()
    helped = (select(func.coalesce(func.sum(TeamActivity.people_helped), 0)).where(*live)
              .scalar_subquery())
    rows = session.execute(
        select(DigitalTeam.id, DigitalTeam.name, DigitalTeam.kind, DigitalTeam.area,
               members.label("members"), sessions.label("sessions"), helped.label("helped"))
        .where(DigitalTeam.deleted.is_(False))
        .order_by((DigitalTeam.kind != "rapid_response"), DigitalTeam.sort_key)).all()
    return [TeamRow(*row) for row in rows]


# members -------------------------------------------------------------------------------------
@dataclass
class MemberInput:
    full_name: str = ""
    officer_id: uuid.UUID | None = None
    phone: str = ""
    role: str = "member"


def _clean_member(session: Session, data: MemberInput) -> MemberInput:
    out = MemberInput(nfc(data.full_name), data.officer_id, nfc(data.phone), data.role)
    if out.officer_id is not None:
        officer = _get(session, Officer, out.officer_id)
        out.full_name = out.full_name or officer.full_name
        out.phone = out.phone or officer.phone
    if not out.full_name:
        raise ValidationError(N_("Enter the member's full name or choose an officer."),
                              field="full_name")
    if out.role not in ROLES:
        raise ValidationError(N_("Choose a value from the list."), field="role")
    if out.phone:
        phone = normalize_phone(out.phone)
        if not (len(phone) == 10 and phone.startswith("0") and phone.isdigit()):
            raise ValidationError(N_("The phone number must have 10 digits and start with 0."),
                                  field="phone")
        out.phone = phone
    return out


def save_member(session: Session, team_id: uuid.UUID, data: MemberInput,
                member_id: uuid.UUID | None = None) -> TeamMember:
    get_team(session, team_id)
    data = _clean_member(session, data)
    member = _get(session, TeamMember, member_id) if member_id else TeamMember(team_id=team_id)
    for key in ("full_name", "officer_id", "phone", "role"):
        if getattr(member, key) != getattr(data, key):
            setattr(member, key, getattr(data, key))
    if member_id is None:
        session.add(member)
    session.flush()
    return member


def delete_member(session: Session, member_id: uuid.UUID) -> None:
    _get(session, TeamMember, member_id).deleted = True
    session.flush()


def members_of(session: Session, team_id: uuid.UUID) -> list[TeamMember]:
    order = {"leader": 0, "deputy": 1}
    rows = session.execute(select(TeamMember).where(
        TeamMember.team_id == team_id, TeamMember.deleted.is_(False))).scalars().all()
    return sorted(rows, key=lambda m: (order.get(m.role, 2), collation_key(m.full_name)))


# activity log --------------------------------------------------------------------------------
@dataclass
class ActivityInput:
    held_on: dt.date | None
    description: str = ""
    people_helped: int = 0


def save_activity(session: Session, team_id: uuid.UUID, data: ActivityInput,
                  activity_id: uuid.UUID | None = None) -> TeamActivity:
    get_team(session, team_id)
    if data.held_on is None:
        raise ValidationError(N_("Enter the date (dd/mm/yyyy)."), field="held_on")
    description = (data.description or "").strip()
    if not description:
        raise ValidationError(N_("Describe the help that was given."), field="description")
    if not 0 <= data.people_helped <= 100_000:
        raise ValidationError(N_("The number of people helped must be between 0 and 100.000."),
                              field="people_helped")
    row = _get(session, TeamActivity, activity_id) if activity_id else TeamActivity(team_id=team_id)
    row.held_on, row.description, row.people_helped = data.held_on, description, data.people_helped
    if activity_id is None:
        session.add(row)
    session.flush()
    return row


def delete_activity(session: Session, activity_id: uuid.UUID) -> None:
    _get(session, TeamActivity, activity_id).deleted = True
    session.flush()


def activities_of(session: Session, team_id: uuid.UUID) -> list[TeamActivity]:
    return list(session.execute(select(TeamActivity).where(
        TeamActivity.team_id == team_id, TeamActivity.deleted.is_(False))
        .order_by(TeamActivity.held_on.desc())).scalars())
