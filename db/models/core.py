"""Foundation tables (DESIGN.md §3): commune, officer, account, change log, sync state, settings.

Feature tables live in their own modules of this package (db/models/<feature>.py).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Date,
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

from db.base import Base, Synced, UTCDateTime, utcnow

ROLES = ("staff", "supervisor", "admin")


class Commune(Synced, Base):
    """A commune or ward of the official post-2025 list (vietnam-provinces)."""

    __tablename__ = "commune"

    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    province_code: Mapped[str] = mapped_column(String(4), index=True)
    province_name: Mapped[str] = mapped_column(String(128))


class Officer(Synced, Base):
    """A commune official (cán bộ, công chức)."""

    __tablename__ = "officer"
    __table_args__ = (
        # the officer list: one commune, not deleted, in Vietnamese order (keyset on sort_key, id)
        Index("ix_officer_list", "commune_code", "deleted", "sort_key", "id"),
        # a person is one row per commune (a transfer makes a row in the new commune)
        UniqueConstraint("commune_code", "cccd", name="uq_officer_commune_cccd"),
        Index("ix_officer_cccd", "cccd"),
    )

    full_name: Mapped[str] = mapped_column(String(128))
    # accent-free, lower-case text of name, CCCD, position, department, phone: for search
    search_key: Mapped[str] = mapped_column(String(512), default="")
    # Vietnamese collation key (given name first); binary order == Vietnamese order
    sort_key: Mapped[str] = mapped_column(String(512), default="")
    cccd: Mapped[str] = mapped_column(String(12))
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    gender: Mapped[str] = mapped_column(String(8), default="")
    position: Mapped[str] = mapped_column(String(128), default="")
    department: Mapped[str] = mapped_column(String(128), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(128), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_signer: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class Account(Synced, Base):
    """A login of this PC. Audited, but stays on the PC (password hashes never travel)."""

    __tablename__ = "account"
    __sync_scope__ = "local"
    __change_redact__ = frozenset({"password_hash"})

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(128), default="")
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16), default="staff")
    officer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("officer.id"), nullable=True
    )
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    # locked by an administrator (not by wrong passwords): no sign-in until unlocked
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


# change_log rows that never leave this computer: tables audited locally (``__sync_scope__ =
# "local"``), the audit chain's repair events and the province's catalogue rows (commune '*').
# The WHERE of the partial index below; core/sync/pending.py counts them through it (the same
# text, so SQLite can use the index) to know how many changes wait without reading the log.
CHANGE_LOG_STAYS = "table_name IN ('account', 'backlog_batch', 'change_log') OR commune_code = '*'"


class ChangeLog(Base):
    """Every write to a synced table: the audit trail and the source of sync bundles."""

    __tablename__ = "change_log"
    __table_args__ = (
        UniqueConstraint("node_id", "epoch", "seq"),
        Index("ix_change_log_row", "table_name", "row_id"),
        # rows not yet chained (written by code that bypasses db.changes): found without a scan
        Index("ix_change_log_unchained", "id", sqlite_where=text("chain_hash IS NULL")),
        # (PostgreSQL: the same partial index from migration 0018; naming postgresql_where
        # here would load SQLAlchemy's PostgreSQL support at every desktop start)
        Index("ix_change_log_stays", "node_id", "epoch", "seq",
              sqlite_where=text(CHANGE_LOG_STAYS)),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    node_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    commune_code: Mapped[str] = mapped_column(String(8))
    op: Mapped[str] = mapped_column(String(8))  # insert / update / delete
    payload: Mapped[str] = mapped_column(Text)  # JSON of the row after the change
    version: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # SHA-256 of the previous row's chain_hash + this row (db/chain.py): tamper evidence
    chain_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class SyncState(Base):
    """Per-peer cursors: what this node has received from and sent to each peer."""

    __tablename__ = "sync_state"
    __table_args__ = (UniqueConstraint("peer_id", "node_id", "epoch"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    peer_id: Mapped[str] = mapped_column(String(64))  # "hub" or a node id
    node_id: Mapped[uuid.UUID] = mapped_column(Uuid)  # origin node of the changes
    epoch: Mapped[int] = mapped_column(Integer)
    received_seq: Mapped[int] = mapped_column(Integer, default=0)
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    # what the peer last said it holds of this origin (an ACK's cursor or a bundle's "holds");
    # None: never said, the larger of acked_seq and received_seq stands for it. Lower than
    # received_seq after the peer restored a backup (it lost what it had sent us)
    held_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_success_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """Key/value settings of this installation (JSON values); local, never synced."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


def synced_models() -> dict[str, type[Synced]]:
    """Table name -> model class of every table that carries the common sync columns."""
    return {
        mapper.class_.__tablename__: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced)
    }
