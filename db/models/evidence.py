"""Digitized files of backlog records and what their signatures prove (docs/evidence.md).

A file stays where the commune stores it: the row keeps its path relative to the storage root
(a setting of each computer), its SHA-256, size and page count, the last check of the file and
the verdict on its signatures. The id is derived from the commune, the record and the path
(db.ids.commune_id), so linking the same file on two computers of a commune gives one row.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced, UTCDateTime

FILE_STATES = ("ok", "missing", "changed")
VERDICTS = ("", "valid", "unsigned", "broken", "expired", "public_ca", "untrusted",
            "unknown_signer", "not_pdf", "unreadable", "image")


class RecordFile(Synced, Base):
    """One digitized file (PDF or image) of a backlog record."""

    __tablename__ = "record_file"
    __table_args__ = (
        UniqueConstraint("record_id", "path", name="uq_record_file_record_path"),
        # a lot's files in path order (keyset), and the evidence counts per lot
        Index("ix_record_file_lot", "commune_code", "deleted", "lot_id", "path", "id"),
        Index("ix_record_file_record", "record_id", "verdict", "file_state"),
    )

    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("backlog_record.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("backlog_lot.id"))
    path: Mapped[str] = mapped_column(String(1024))  # relative to the storage root, with "/"
    kind: Mapped[str] = mapped_column(String(8), default="pdf")  # pdf / image / other
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    pages: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # the last "Kiểm tra tệp": ok / missing / changed (SHA-256 differs from the linked file)
    file_state: Mapped[str] = mapped_column(String(12), default="ok")
    checked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # the signatures: "" (not verified yet) or one of VERDICTS; "valid" is the only evidence
    verdict: Mapped[str] = mapped_column(String(16), default="")
    signer_name: Mapped[str] = mapped_column(String(256), default="")
    signer_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    certificate_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("certificate.id"), nullable=True)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("officer.id"), nullable=True)
    signature_count: Mapped[int] = mapped_column(Integer, default=0)
    # every signature of the file as JSON (signer, CCCD, time, verdict), for the evidence panel
    signatures: Mapped[str] = mapped_column(Text, default="[]")
