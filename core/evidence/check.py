"""“Kiểm tra tệp”: every linked file looked at again — present? same SHA-256? signatures?

Three phases so the database is never locked while files are read: the rows are loaded, the
files are read and verified without a session (progress and cancel between files), then the
verdicts are written in one transaction. A record at “đã kiểm tra” whose file carries a valid
signature of a registered officer moves to “đã ký số” with the signer, certificate and date
taken from the file.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.backlog import records as record_steps
from core.backlog.lots import local_day
from core.evidence import verify
from core.evidence.verdicts import EVIDENCE
from db.base import utcnow
from db.changes import bulk_update
from db.models import BacklogRecord, RecordFile


@dataclass(frozen=True)
class Target:
    id: uuid.UUID
    record_id: uuid.UUID
    path: str
    sha256: str


@dataclass
class Outcome:
    target: Target
    state: str  # ok / missing / changed
    result: verify.FileResult | None  # None when the file is missing


@dataclass
class CheckSummary:
    checked: int = 0
    states: Counter = field(default_factory=Counter)
    verdicts: Counter = field(default_factory=Counter)
    records_signed: int = 0  # records moved to “đã ký số” from their files
    cancelled: bool = False

    def as_json(self) -> dict:
        return {"checked": self.checked, "states": dict(self.states), "verdicts": dict(self.verdicts),
                "records_signed": self.records_signed, "cancelled": self.cancelled}


def load_targets(session: Session, lot_id: uuid.UUID | None = None) -> list[Target]:
    stmt = select(RecordFile.id, RecordFile.record_id, RecordFile.path, RecordFile.sha256).where(
        RecordFile.deleted.is_(False))
    if lot_id is not None:
        stmt = stmt.where(RecordFile.lot_id == lot_id)
    return [Target(*row) for row in session.execute(stmt.order_by(RecordFile.lot_id, RecordFile.path))]


def examine(root: Path, target: Target, trust: verify.TrustAnchors,
            signers: verify.SignerIndex) -> Outcome:
    path = root / target.path
    if ".." in Path(target.path).parts or Path(target.path).is_absolute():
        # a row from another computer never makes this one read outside its storage folder
        return Outcome(target, "missing", None)
    try:
        data = path.read_bytes()
    except OSError:
        return Outcome(target, "missing", None)
    state = "ok" if verify.sha256(data) == target.sha256 else "changed"
    kind = verify.file_kind(path.name)
    if kind == "pdf":
        result = verify.verify_pdf(data, trust, signers)
    elif kind == "image":
        result = verify.FileResult("image", verify.image_pages(data))
    else:
        result = verify.FileResult("not_pdf")
    return Outcome(target, state, result)


def examine_all(root: Path, targets: list[Target], trust: verify.TrustAnchors,
                signers: verify.SignerIndex, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> tuple[list[Outcome], bool]:
    out: list[Outcome] = []
    for done, target in enumerate(targets, 1):
        if cancelled is not None and cancelled():
            return out, True
        out.append(examine(root, target, trust, signers))
        if progress is not None:
            progress(done, len(targets))
    return out, False


def _values(outcome: Outcome, now: dt.datetime) -> dict:
    values: dict = {"file_state": outcome.state, "checked_at": now}
    result = outcome.result
    if result is None:
        return values
    main = result.main
    values.update(
        verdict=result.verdict, pages=result.pages, signature_count=len(result.signatures),
        signatures=json.dumps([s.as_json() for s in result.signatures], ensure_ascii=False),
        signer_name=main.signer_name if main else "", signer_fingerprint=main.fingerprint if main else "",
        signed_at=main.signed_at if main else None, certificate_id=main.certificate_id if main else None,
        officer_id=main.officer_id if main else None)
    return values


def save(session: Session, outcomes: list[Outcome], cancelled: bool = False) -> CheckSummary:
    """Write the verdicts (one bulk update per identical set of values) and sign the records
    whose file proves it."""
    now = utcnow()
    summary = CheckSummary(checked=len(outcomes), cancelled=cancelled)
    groups: dict[str, tuple[dict, list[uuid.UUID]]] = {}
    for outcome in outcomes:
        values = _values(outcome, now)
        key = json.dumps(values, default=str, sort_keys=True)
        groups.setdefault(key, (values, []))[1].append(outcome.target.id)
        summary.states[outcome.state] += 1
        if outcome.result is not None:
            summary.verdicts[outcome.result.verdict] += 1
    for values, ids in groups.values():
        bulk_update(session, RecordFile, ids, values)
    summary.records_signed = _sign_records(session, outcomes)
    return summary


def _sign_records(session: Session, outcomes: list[Outcome]) -> int:
    """Records still at “verified” whose intact file has a valid signature: signed from it."""
    proofs = {o.target.record_id: o.result.main for o in outcomes
              if o.state == "ok" and o.result is not None and o.result.verdict == EVIDENCE}
    if not proofs:
        return 0
    waiting: list[uuid.UUID] = []
    ids = list(proofs)
    for start in range(0, len(ids), 500):
        waiting.extend(session.execute(select(BacklogRecord.id).where(
            BacklogRecord.id.in_(ids[start:start + 500]), BacklogRecord.status == "verified",
            BacklogRecord.deleted.is_(False))).scalars())
    groups: dict[tuple, list[uuid.UUID]] = defaultdict(list)
    today = dt.date.today()
    for rid in waiting:
        sig = proofs[rid]
        day = min(local_day(sig.signed_at), today) if sig.signed_at else today
        groups[(sig.officer_id, sig.certificate_id, day)].append(rid)
    moved = 0
    for (officer_id, certificate_id, day), rids in groups.items():
        # the record names the certificate that signed: only a registered one (matched by
        # fingerprint). Matched by CCCD alone, the record waits until that certificate is
        # imported; its file still shows the valid signature of the officer.
        if officer_id is None or certificate_id is None:
            continue
        record_steps.change_status(session, record_steps.Selection(ids=tuple(rids)), "signed",
                                   officer_id, on=day, certificate_id=certificate_id)
        moved += len(rids)
    return moved


def run_check(store, lot_id: uuid.UUID | None = None, actor: str = "",
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> CheckSummary:
    """The whole run on a data folder (the CLI and the desktop worker call this)."""
    from core.evidence.files import require_root

    with store.session() as session:
        root = require_root(session)
        targets = load_targets(session, lot_id)
        trust = verify.TrustAnchors.from_session(session)
        signers = verify.SignerIndex.from_session(session)
    outcomes, stopped = examine_all(root, targets, trust, signers, progress, cancelled)
    with store.write(actor=actor or None) as session:
        return save(session, outcomes, stopped)


@dataclass(frozen=True)
class Problem:
    record_no: int
    path: str
    state: str
    verdict: str


def problems(session: Session, lot_id: uuid.UUID | None = None, limit: int = 1000) -> list[Problem]:
    """Linked files that prove nothing: missing, changed, or without a valid signature."""
    stmt = (select(BacklogRecord.record_no, RecordFile.path, RecordFile.file_state, RecordFile.verdict)
            .join(BacklogRecord, BacklogRecord.id == RecordFile.record_id)
            .where(RecordFile.deleted.is_(False),
                   (RecordFile.file_state != "ok") | (RecordFile.verdict != EVIDENCE))
            .order_by(RecordFile.lot_id, BacklogRecord.record_no, RecordFile.path).limit(limit))
    if lot_id is not None:
        stmt = stmt.where(RecordFile.lot_id == lot_id)
    return [Problem(*row) for row in session.execute(stmt)]
