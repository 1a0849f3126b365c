"""Digitization backlog (DESIGN.md §3): lots of paper records, their records, targets, batches.

``backlog_counter`` and ``backlog_daily`` are local summary tables kept in step with every
status change in the same transaction (core/backlog/records.py); every node can
rebuild them from the records, so they are plain tables that are neither logged nor synced.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced, UTCDateTime

RECORD_STATUSES = ("pending", "scanned", "verified", "signed", "stored", "rejected")


class BacklogLot(Synced, Base):
    """A lot of paper records to digitize (lô hồ sơ tồn): e.g. the birth registers of 1999."""

    __tablename__ = "backlog_lot"
    __table_args__ = (Index("ix_backlog_lot_list", "commune_code", "deleted", "field", "id"),)

    field: Mapped[str] = mapped_column(String(32))  # lĩnh vực code (backlog.FIELDS)
    record_kind: Mapped[str] = mapped_column(String(256))
    year_from: Mapped[int | None] = mapped_column(Integer, nullable=True)
    year_to: Mapped[int | None] = mapped_column(Integer, nullable=True)
    total_records: Mapped[int] = mapped_column(Integer, default=0)
    # records digitized before the commune started tracking them here (from its Excel)
    digitized_before: Mapped[int] = mapped_column(Integer, default=0)
    storage: Mapped[str] = mapped_column(String(256), default="")
    priority: Mapped[int] = mapped_column(Integer, default=2)  # 1 high, 2 normal, 3 low
    note: Mapped[str] = mapped_column(Text, default="")


class BacklogBatch(Synced, Base):
    """One status change of many records at once; undoable (by a new batch) until the next sync."""

    __tablename__ = "backlog_batch"
    __sync_scope__ = "local"

    action: Mapped[str] = mapped_column(String(16))  # the status the records moved to
    officer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("officer.id"), nullable=True)
    done_on: Mapped[dt.date] = mapped_column(Date)
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(String(256), default="")
    undo_of: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    undone_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)


class BacklogRecord(Synced, Base):
    """One paper record of a lot and how far its digitization has gone."""

    __tablename__ = "backlog_record"
    __table_args__ = (
        UniqueConstraint("lot_id", "record_no"),
        # the records table: one lot (and status), in record-number order (keyset paging)
        Index("ix_backlog_record_list", "lot_id", "status", "record_no", "id"),
        Index("ix_backlog_record_batch", "batch_id"),
        # records signed / stored in a month (QĐ 766 evidence, reports): a seek, not a scan.
        # The hub's PostgreSQL gets the same partial index from migration 0020; naming
        # postgresql_where here would load SQLAlchemy's PostgreSQL support at every desktop start
        Index("ix_backlog_record_signed_at", "signed_at",
              sqlite_where=text("signed_at IS NOT NULL")),
        Index("ix_backlog_record_stored_at", "stored_at",
              sqlite_where=text("stored_at IS NOT NULL")),
    )

    lot_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("backlog_lot.id"))
    record_no: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(256), default="")
    status: Mapped[str] = mapped_column(String(16), default="pending")
    # the last step: who and when (list filters); each stage keeps its own stamp below
    officer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("officer.id"), nullable=True)
    step_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    scanned_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    scanned_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    verified_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    verified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    signed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    certificate_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("certificate.id"), nullable=True)
    stored_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    stored_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    rejected_reason: Mapped[str] = mapped_column(Text, default="")
    batch_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    prev_status: Mapped[str] = mapped_column(String(16), default="")


class DigitizationTarget(Synced, Base):
    """A target: ``percent`` of the backlog's records digitized by ``due_on``."""

    __tablename__ = "digitization_target"

    percent: Mapped[float] = mapped_column(Float)
    due_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(256), default="")


class BacklogCounter(Base):
    """How many records of a lot are in each status (local; rebuilt by backlog.recount)."""

    __tablename__ = "backlog_counter"

    lot_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class BacklogDaily(Base):
    """Records moved to a status per day, officer and lot (throughput, trend, forecast)."""

    __tablename__ = "backlog_daily"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    officer_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # "" = nobody named
    lot_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
