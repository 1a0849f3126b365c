"""IT infrastructure tables: equipment register, requirement checklist, digital technology teams.

The checklist rows carry the unit price the clerk types for the budget estimate, so the
estimate table is the checklist's gaps times those prices.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced


class Equipment(Synced, Base):
    """One device of the commune: PC, scanner, printer, token reader, network line, UPS…"""

    __tablename__ = "equipment"
    __table_args__ = (
        # the register: one commune, not deleted, in Vietnamese order of kind + model (keyset)
        Index("ix_equipment_list", "commune_code", "deleted", "sort_key", "id"),
        Index("ix_equipment_kind", "kind", "deleted", "state"),
    )

    # the commune's asset code or serial number: the key an Excel re-import matches on
    asset_code: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(16))
    # scanner: flatbed / adf; network device: main_line / backup_line / router / switch / wifi
    subtype: Mapped[str] = mapped_column(String(16), default="")
    make_model: Mapped[str] = mapped_column(String(256), default="")
    sort_key: Mapped[str] = mapped_column(String(1024), default="")
    purchase_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    location: Mapped[str] = mapped_column(String(16), default="one_stop")
    location_detail: Mapped[str] = mapped_column(String(128), default="")
    officer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("officer.id"), nullable=True
    )
    state: Mapped[str] = mapped_column(String(16), default="in_use")
    os: Mapped[str] = mapped_column(String(16), default="")
    pages_per_minute: Mapped[int | None] = mapped_column(Integer, nullable=True)
    warranty_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class InfraRequirement(Synced, Base):
    """One line of the one-stop centre checklist, with the unit price for the estimate."""

    __tablename__ = "infra_requirement"
    __table_args__ = (Index("ix_infra_requirement_list", "commune_code", "deleted", "position"),)

    code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(256))
    # which equipment counts: a kind ("computer" = desktop or laptop) and optional subtype
    kind: Mapped[str] = mapped_column(String(16))
    subtype: Mapped[str] = mapped_column(String(16), default="")
    # only devices at this location count ("" = anywhere)
    location: Mapped[str] = mapped_column(String(16), default="")
    # "fixed": ``quantity`` items; "signers": one per officer who signs (tokens)
    basis: Mapped[str] = mapped_column(String(16), default="fixed")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # estimate: unit price in đồng typed by the user (0 = not priced yet)
    unit_price: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class DigitalTeam(Synced, Base):
    """A community digital technology team (per village) or the rapid-response team."""

    __tablename__ = "digital_team"
    __table_args__ = (Index("ix_digital_team_list", "commune_code", "deleted", "sort_key", "id"),)

    name: Mapped[str] = mapped_column(String(256))
    sort_key: Mapped[str] = mapped_column(String(1024), default="")
    # "community" (Tổ công nghệ số cộng đồng) or "rapid_response" (Tổ ứng cứu)
    kind: Mapped[str] = mapped_column(String(16), default="community")
    area: Mapped[str] = mapped_column(String(256), default="")
    established_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class TeamMember(Synced, Base):
    """A member of a team: an officer of the registry or a citizen volunteer."""

    __tablename__ = "team_member"
    __table_args__ = (Index("ix_team_member_team", "team_id", "deleted"),)

    team_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("digital_team.id"))
    officer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("officer.id"), nullable=True
    )
    full_name: Mapped[str] = mapped_column(String(128))
    phone: Mapped[str] = mapped_column(String(20), default="")
    role: Mapped[str] = mapped_column(String(16), default="member")


class TeamActivity(Synced, Base):
    """One day of help given by a team: what, and how many people were helped."""

    __tablename__ = "team_activity"
    __table_args__ = (Index("ix_team_activity_team", "team_id", "deleted", "held_on"),)

    team_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("digital_team.id"))
    held_on: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    people_helped: Mapped[int] = mapped_column(Integer, default=0)
