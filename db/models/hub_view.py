"""Province view on the hub: when each enrolled computer last synced (hub only, never synced).

Kept in step by the hub's push/pull handlers and its USB import (``core.hub.province.record_contact``)
so the province summary reads one small row per computer instead of scanning ``sync_log``.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime


class HubNodeContact(Base):
    """The last accepted push (bundle applied) and pull of one enrolled computer."""

    __tablename__ = "hub_node_contact"
    __table_args__ = (Index("ix_hub_node_contact_commune", "commune_code", "last_push_at"),)

    node_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    commune_code: Mapped[str] = mapped_column(String(8))
    last_push_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_pull_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
