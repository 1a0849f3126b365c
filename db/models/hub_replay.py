"""Province hub: signed requests already seen, shared by every API worker (hub only, never synced).

A worker inserts (node, SHA-256 of the request signature) before acting on a request; the unique
constraint refuses the same signature a second time, whichever worker saw it first. Rows expire
after the replay window (twice the allowed clock skew) and are purged now and then.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Index, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime


class HubSeenRequest(Base):
    __tablename__ = "hub_seen_request"
    __table_args__ = (UniqueConstraint("node_id", "sig_hash", name="uq_hub_seen_request"),
                      Index("ix_hub_seen_request_expires", "expires_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    node_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    sig_hash: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
