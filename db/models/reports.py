"""Report tables (DESIGN.md §3): report_register (issued numbers) and report_note (free text)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced


class ReportRegister(Synced, Base):
    """One issued report: its number in the year's series of a document type ("05/BC-UBND")."""

    __tablename__ = "report_register"
    __table_args__ = (
        UniqueConstraint("commune_code", "year", "doc_type", "number"),
        # the register list: one commune, newest first
        Index("ix_report_register_list", "commune_code", "deleted", "year", "number"),
    )

    year: Mapped[int] = mapped_column(Integer)
    doc_type: Mapped[str] = mapped_column(String(16), default="BC")  # ký hiệu loại văn bản
    number: Mapped[int] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(64))  # "05/BC-UBND"
    kind: Mapped[str] = mapped_column(String(32))  # monthly / officers / cert_expiry / ...
    period: Mapped[str] = mapped_column(String(32))  # "2026-11", "2026-Q4", "2026", "a..b"
    title: Mapped[str] = mapped_column(String(512), default="")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    signer_name: Mapped[str] = mapped_column(String(128), default="")
    signer_title: Mapped[str] = mapped_column(String(128), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    # the digitally signed PDF (PKCS#11 token or PKCS#12 file): its hash and who signed it;
    # file_sha256 stays the hash of the unsigned rendering, which a reprint reproduces
    signed_sha256: Mapped[str] = mapped_column(String(64), default="")
    signed_by: Mapped[str] = mapped_column(String(256), default="")
    # the report's inputs as JSON, so re-printing rebuilds the identical file
    snapshot: Mapped[str] = mapped_column(Text, default="")


class ReportNote(Synced, Base):
    """What the supervisor typed for section IV (difficulties and proposals) of one period."""

    __tablename__ = "report_note"
    __table_args__ = (UniqueConstraint("commune_code", "kind", "period"),)

    kind: Mapped[str] = mapped_column(String(32), default="monthly")
    period: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")
