"""The linked files of a lot (keyset pages) and the evidence of one record."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from core.evidence.verdicts import EVIDENCE
from core.paging import PageRequest, fetch_page, row_key
from db.models import BacklogRecord, Certificate, Officer, RecordFile

RF = RecordFile


@dataclass(frozen=True)
class FileQuery:
    lot_id: uuid.UUID | None = None
    problems_only: bool = False  # missing, changed, or not a valid signature


@dataclass(frozen=True)
class FileRow:
    id: uuid.UUID
    record_id: uuid.UUID
    record_no: int
    path: str
    kind: str
    pages: int | None
    size: int
    file_state: str
    verdict: str
    signer_name: str
    signed_at: dt.datetime | None
    key: tuple = field(compare=False, default=())

    @property
    def proves(self) -> bool:
        return self.file_state == "ok" and self.verdict == EVIDENCE


def _filtered(query: FileQuery, stmt: Select) -> Select:
    stmt = stmt.where(RF.deleted.is_(False))
    if query.lot_id is not None:
        stmt = stmt.where(RF.lot_id == query.lot_id)
    if query.problems_only:
        stmt = stmt.where((RF.file_state != "ok") | (RF.verdict != EVIDENCE))
    return stmt


def count_files(session: Session, query: FileQuery) -> int:
    return session.execute(_filtered(query, select(func.count()).select_from(RF))).scalar_one()


def page_files(session: Session, query: FileQuery, request: PageRequest) -> list[FileRow]:
    columns = (RF.id, RF.record_id, BacklogRecord.record_no, RF.path, RF.kind, RF.pages, RF.size,
               RF.file_state, RF.verdict, RF.signer_name, RF.signed_at)
    stmt = select(*columns).join(BacklogRecord, BacklogRecord.id == RF.record_id)
    rows = fetch_page(session, _filtered(query, stmt), RF.path, RF.id, False, request)
    return [FileRow(*row[: len(columns)], key=row_key(row)) for row in rows]


# one record's evidence ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SignatureView:
    signer_name: str
    signer_cccd: str
    issuer: str
    signed_at: dt.datetime | None
    verdict: str


@dataclass(frozen=True)
class FileView:
    row: FileRow
    signatures: list[SignatureView]


@dataclass(frozen=True)
class RecordEvidence:
    record_id: uuid.UUID
    record_no: int
    title: str
    status: str
    signed_by: str  # the officer the record says signed it
    signed_at: dt.datetime | None
    certificate: str  # the certificate the record says was used
    files: list[FileView]

    @property
    def backed(self) -> bool:
        """A linked, unchanged file carries a valid signature of a registered officer."""
        return any(f.row.proves for f in self.files)

    @property
    def claim_without_evidence(self) -> bool:
        """Marked signed (or stored) by hand with no verified file: "chưa có bằng chứng"."""
        return self.status in ("signed", "stored") and not self.backed


def _signatures(text: str) -> list[SignatureView]:
    out = []
    for item in json.loads(text or "[]"):
        when = dt.datetime.fromisoformat(item["signed_at"]) if item.get("signed_at") else None
        out.append(SignatureView(item.get("signer_name", ""), item.get("signer_cccd", ""),
                                 item.get("issuer", ""), when, item.get("verdict", "")))
    return out


def record_evidence(session: Session, record_id: uuid.UUID) -> RecordEvidence | None:
    rec = session.get(BacklogRecord, record_id)
    if rec is None or rec.deleted:
        return None
    signer = session.get(Officer, rec.signed_by) if rec.signed_by else None
    cert = session.get(Certificate, rec.certificate_id) if rec.certificate_id else None
    columns = (RF.id, RF.record_id, BacklogRecord.record_no, RF.path, RF.kind, RF.pages, RF.size,
               RF.file_state, RF.verdict, RF.signer_name, RF.signed_at, RF.signatures)
    files = [FileView(FileRow(*row[:-1]), _signatures(row[-1])) for row in session.execute(
        select(*columns).join(BacklogRecord, BacklogRecord.id == RF.record_id)
        .where(RF.record_id == record_id, RF.deleted.is_(False)).order_by(RF.path))]
    return RecordEvidence(rec.id, rec.record_no, rec.title, rec.status,
                          signer.full_name if signer else "", rec.signed_at,
                          f"{cert.subject_cn} – {cert.issuer_cn}" if cert else "", files)
