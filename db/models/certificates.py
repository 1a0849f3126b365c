"""Signing certificates (DESIGN.md §3): certificates, trusted CAs, requests, support tickets.

A certificate's id is UUIDv5 from its commune and SHA-256 fingerprint (db/ids.commune_id), so
the same file imported on two PCs of a commune is one row, and in two communes two rows. Only
the certificate (DER) is stored; private keys never enter the database.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced, UTCDateTime

CERT_KINDS = ("official_duty", "public_ca", "unknown")
CERT_STATUSES = ("active", "suspended", "revoked", "expired", "replaced")
CARRIERS = ("", "token", "sim", "remote")
SUBSCRIBERS = ("individual", "organisation", "device")
REQUEST_TYPES = ("new", "renew", "change_info", "revoke", "device_recovery")
REQUEST_STATUSES = ("draft", "submitted", "issued", "rejected", "cancelled")
TICKET_KINDS = ("token_not_recognised", "pin_locked", "signing_tool", "expired", "other")


class Certificate(Synced, Base):
    """An X.509 signing certificate handed in by an officer (or waiting for review)."""

    __tablename__ = "certificate"
    __table_args__ = (
        # the list: one commune, not deleted, soonest expiry first (keyset on not_after, id)
        Index("ix_certificate_list", "commune_code", "deleted", "not_after", "id"),
        Index("ix_certificate_officer", "officer_id", "status"),
        # the same file imported in two communes is a row in each
        UniqueConstraint("commune_code", "fingerprint", name="uq_certificate_commune_fingerprint"),
    )

    der: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    serial: Mapped[str] = mapped_column(String(64))
    subject_cn: Mapped[str] = mapped_column(String(256), default="")
    subject_o: Mapped[str] = mapped_column(String(256), default="")
    subject_l: Mapped[str] = mapped_column(String(256), default="")
    subject_uid: Mapped[str] = mapped_column(String(128), default="")
    subject_serial: Mapped[str] = mapped_column(String(128), default="")
    issuer_cn: Mapped[str] = mapped_column(String(256), default="")
    issuer_o: Mapped[str] = mapped_column(String(256), default="")
    not_before: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    not_after: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    key_usage: Mapped[str] = mapped_column(String(256), default="")
    kind: Mapped[str] = mapped_column(String(16), default="unknown")
    # why the kind was chosen, as a translatable English template key (see cert_parse.REASONS)
    kind_reason: Mapped[str] = mapped_column(String(32), default="")
    signature_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    carrier: Mapped[str] = mapped_column(String(16), default="")
    subscriber: Mapped[str] = mapped_column(String(16), default="individual")
    status: Mapped[str] = mapped_column(String(16), default="active")
    officer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("officer.id"), nullable=True
    )
    # why no officer was matched: "" (matched), "no_match", "ambiguous"
    match_problem: Mapped[str] = mapped_column(String(16), default="")
    replaced_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("certificate.id"), nullable=True
    )
    file_name: Mapped[str] = mapped_column(String(256), default="")
    # accent-free words of the subject (name, agency, CCCD) with a leading space, for search
    search_key: Mapped[str] = mapped_column(String(512), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class CertAuthority(Synced, Base):
    """A CA certificate the admin imported: official-duty chains are verified against it."""

    __tablename__ = "cert_authority"
    __table_args__ = (UniqueConstraint("commune_code", "fingerprint",
                                       name="uq_cert_authority_commune_fingerprint"),)

    der: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    subject_cn: Mapped[str] = mapped_column(String(256), default="")
    subject_o: Mapped[str] = mapped_column(String(256), default="")
    not_after: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    official: Mapped[bool] = mapped_column(Boolean, default=False)


class CertRequest(Synced, Base):
    """A request to the certificate authority (cấp mới, gia hạn, thay đổi, thu hồi, khôi phục)."""

    __tablename__ = "cert_request"
    __table_args__ = (Index("ix_cert_request_list", "commune_code", "deleted", "status", "id"),)

    officer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("officer.id"))
    request_type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    certificate_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("certificate.id"), nullable=True
    )
    result_certificate_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("certificate.id"), nullable=True
    )
    full_name: Mapped[str] = mapped_column(String(128), default="")
    cccd: Mapped[str] = mapped_column(String(12), default="")
    position: Mapped[str] = mapped_column(String(128), default="")
    agency: Mapped[str] = mapped_column(String(256), default="")
    email: Mapped[str] = mapped_column(String(128), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    carrier: Mapped[str] = mapped_column(String(16), default="token")
    requested_on: Mapped[dt.date] = mapped_column(Date)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reference: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class SupportTicket(Synced, Base):
    """A signing/IT support request and how long it took to resolve."""

    __tablename__ = "support_ticket"
    __table_args__ = (Index("ix_support_ticket_list", "commune_code", "deleted", "opened_at", "id"),)

    officer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("officer.id"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(32), default="other")
    text: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
