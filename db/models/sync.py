"""Sync tables (DESIGN.md §4): known peers, the persisted sync log, conflicts and quarantine.

None of them travels but ``sync_resolution``: they describe this node's view of the exchange.
``sync_state`` (the per-peer cursors) is in db/models/core.py.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced, UTCDateTime, utcnow


class SyncPeer(Base):
    """A node or hub whose bundles this node accepts (its Ed25519 key) — the enrolment."""

    __tablename__ = "sync_peer"

    node_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    role: Mapped[str] = mapped_column(String(8), default="node")  # node / hub
    name: Mapped[str] = mapped_column(String(128), default="")
    commune_code: Mapped[str] = mapped_column(String(8), default="")
    sign_key: Mapped[str] = mapped_column(String(64))  # Ed25519 public key, base64
    box_key: Mapped[str | None] = mapped_column(String(64), nullable=True)  # X25519, base64
    url: Mapped[str] = mapped_column(String(256), default="")
    enrolled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SyncLog(Base):
    """One export, import, push or pull: what happened, shown in the Đồng bộ history."""

    __tablename__ = "sync_log"
    __table_args__ = (Index("ix_sync_log_started", "started_at", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    direction: Mapped[str] = mapped_column(String(8))  # export / import / dry_run
    channel: Mapped[str] = mapped_column(String(8), default="file")  # file / usb / http
    peer_id: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    bundle_id: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(12), default="running")  # ok / rejected / failed
    changes: Mapped[int] = mapped_column(Integer, default=0)
    applied: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    quarantined: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str] = mapped_column(Text, default="")  # English template (translated in UI)
    message_params: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    ack: Mapped[str | None] = mapped_column(Text, nullable=True)  # the signed ACK we produced


class SyncConflict(Base):
    """A received change that did not follow this node's version of the row: both kept."""

    __tablename__ = "sync_conflict"
    __table_args__ = (
        UniqueConstraint("origin_node", "origin_epoch", "origin_seq"),
        Index("ix_sync_conflict_open", "resolved", "detected_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    origin_node: Mapped[uuid.UUID] = mapped_column(Uuid)
    origin_epoch: Mapped[int] = mapped_column(Integer)
    origin_seq: Mapped[int] = mapped_column(Integer)
    local_version: Mapped[int] = mapped_column(Integer)
    local_payload: Mapped[str] = mapped_column(Text)
    incoming_version: Mapped[int] = mapped_column(Integer)
    incoming_payload: Mapped[str] = mapped_column(Text)
    winner: Mapped[str] = mapped_column(String(8))  # local / incoming (the row holds the winner)
    detected_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(64), default="")
    resolution: Mapped[str] = mapped_column(String(8), default="")  # keep / take


class SyncResolution(Synced, Base):
    """A conflict resolved on one computer of the commune. It travels like any row, so the
    conflicts of the same row close on the commune's other computers and at the hub
    (core/sync/resolutions.py); the resolution itself ("take") travels as the row's new change."""

    __tablename__ = "sync_resolution"
    __table_args__ = (Index("ix_sync_resolution_row", "table_name", "row_id"),)

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    row_version: Mapped[int] = mapped_column(Integer)  # the row's version once resolved
    resolution: Mapped[str] = mapped_column(String(8))  # keep / take


class SyncQuarantine(Base):
    """A received change whose parent row has not arrived yet; applied when it does.

    Also one of this computer's own changes that the hub refused (``reason`` not empty, e.g.
    ``other_commune``): it waits here, shown with the action to take, and is never applied."""

    __tablename__ = "sync_quarantine"
    __table_args__ = (UniqueConstraint("node_id", "epoch", "seq"),
                      Index("ix_sync_quarantine_reason", "reason"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    node_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    commune_code: Mapped[str] = mapped_column(String(8))
    op: Mapped[str] = mapped_column(String(8))
    payload: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    missing_table: Mapped[str] = mapped_column(String(64))
    missing_id: Mapped[str] = mapped_column(String(36))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(String(32), default="", server_default="")
    reason_params: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")  # JSON
