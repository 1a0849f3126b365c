"""Records of a backlog lot: generation, the status workflow, batches and their undo.

pending → scanned (đã số hóa) → verified (đã kiểm tra) → signed (đã ký số) → stored (đã lưu
kho); any step before stored may be rejected with a reason, and a rejected record reopened.
Every change is one batch (one record or thousands) written with db.changes.bulk_update, so
each record is logged; the counters move in the same transaction. A batch is undone by a new
batch restoring the previous statuses, until the next sync.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.backlog import lots
from core.backlog.lots import STAGE_STAMPS, STATUSES, bump, bump_daily, local_day
from core.settings import LAST_SYNC_AT, get_setting
from core.text import nfc
from core.xlsx_table import ImportProblem
from db.base import utcnow
from db.changes import bulk_insert, bulk_update
from db.errors import N_, ValidationError
from db.models import BacklogBatch, BacklogRecord, Certificate, Officer

PREVIOUS: dict[str, tuple[str, ...]] = {
    "scanned": ("pending",), "verified": ("scanned",), "signed": ("verified",),
    "stored": ("signed",), "rejected": ("pending", "scanned", "verified", "signed"),
    "pending": ("rejected",),
}
MAX_GENERATE = 200_000
_CHUNK = 20_000


class StepRefused(ImportProblem):
    """A status change that breaks the workflow (status names are translated params)."""


# generation -----------------------------------------------------------------------------------
def generate_records(session: Session, lot_id: uuid.UUID, first_no: int, last_no: int,
                     title: str = "") -> int:
    """Records numbered ``first_no``..``last_no`` in the lot, all pending; returns how many.

    ``title`` may hold ``{no}`` for the record number (default: the lot's kind and number).
    """
    lot = lots.get_lot(session, lot_id)
    if first_no < 1 or last_no < first_no:
        raise ValidationError(N_("Enter a range of record numbers, the first not above the last."),
                              field="first_no")
    count = last_no - first_no + 1
    if count > MAX_GENERATE:
        raise ValidationError(N_("At most {max} records can be generated at once."),
                              field="last_no", max=f"{MAX_GENERATE:,}".replace(",", "."))
    taken = session.execute(select(func.count()).select_from(BacklogRecord).where(
        BacklogRecord.lot_id == lot_id, BacklogRecord.record_no.between(first_no, last_no))).scalar_one()
    if taken:
        raise ValidationError(N_("{count} of the records {first}–{last} already exist in this lot. "
                                 "Choose numbers that are still free."),
                              field="first_no", count=taken, first=first_no, last=last_no)
    have = lots.generated_count(session, lot_id)
    if have + count > lot.total_records:
        lot.total_records = have + count  # the inventory grows to what is really there
    years = lots.year_range(lot.year_from, lot.year_to)
    template = nfc(title) or f"{lot.record_kind} {years}".strip() + " – {no}"
    if "{no}" not in template:
        template += " {no}"
    for start in range(first_no, last_no + 1, _CHUNK):
        stop = min(last_no, start + _CHUNK - 1)
        bulk_insert(session, BacklogRecord, (
            {"lot_id": lot_id, "record_no": no, "title": template.replace("{no}", str(no)),
             "status": "pending"} for no in range(start, stop + 1)))
    bump(session, lot_id, "pending", count)
    return count


# selection ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Selection:
    """Records chosen by id, or the numbers ``first_no``..``last_no`` of one lot."""

    ids: tuple[uuid.UUID, ...] = ()
    lot_id: uuid.UUID | None = None
    first_no: int | None = None
    last_no: int | None = None


@dataclass(frozen=True)
class _Rec:
    id: uuid.UUID
    lot_id: uuid.UUID
    record_no: int
    status: str


def _load(session: Session, selection: Selection) -> list[_Rec]:
    rec = BacklogRecord
    cols = (rec.id, rec.lot_id, rec.record_no, rec.status)
    if selection.lot_id is not None:
        lots.get_lot(session, selection.lot_id)
        first, last = selection.first_no or 1, selection.last_no or selection.first_no or 1
        if last < first:
            raise ValidationError(N_("Enter a range of record numbers, the first not above the last."),
                                  field="first_no")
        stmt = select(*cols).where(rec.lot_id == selection.lot_id, rec.deleted.is_(False),
                                   rec.record_no.between(first, last))
        rows = [_Rec(*r) for r in session.execute(stmt)]
    else:
        rows = []
        ids = list(selection.ids)
        for start in range(0, len(ids), 500):
            stmt = select(*cols).where(rec.id.in_(ids[start:start + 500]), rec.deleted.is_(False))
            rows.extend(_Rec(*r) for r in session.execute(stmt))
    if not rows:
        raise ValidationError(N_("No records are selected."))
    return sorted(rows, key=lambda r: (r.lot_id, r.record_no))


def _numbers(recs: Sequence[_Rec], limit: int = 5) -> str:
    shown = ", ".join(str(r.record_no) for r in recs[:limit])
    return shown + (" …" if len(recs) > limit else "")


# transitions ----------------------------------------------------------------------------------
def officer_certificate(session: Session, officer_id: uuid.UUID) -> uuid.UUID | None:
    """The officer's active, unexpired certificate (official-duty first, latest expiry)."""
    return session.execute(
        select(Certificate.id).where(Certificate.officer_id == officer_id, Certificate.deleted.is_(False),
                                     Certificate.status == "active", Certificate.not_after > utcnow())
        .order_by((Certificate.kind == "official_duty").desc(), Certificate.not_after.desc())
        .limit(1)).scalar()


def _check(session: Session, recs: list[_Rec], action: str, officer_id: uuid.UUID | None,
           reason: str, certificate_id: uuid.UUID | None) -> uuid.UUID | None:
    if action not in PREVIOUS:
        raise ValidationError(N_("Unknown step."))
    wrong = [r for r in recs if r.status not in PREVIOUS[action]]
    if wrong:
        raise StepRefused(
            N_("Records {numbers} cannot be marked “{action}”: they are “{status}”. Nothing was "
               "changed."), translated=("action", "status"), numbers=_numbers(wrong),
            action=STATUSES[action], status=STATUSES[wrong[0].status])
    if action in STAGE_STAMPS and officer_id is None:
        raise ValidationError(N_("Choose the officer who did the work."), field="officer")
    if officer_id is not None and session.get(Officer, officer_id) is None:
        raise ValidationError(N_("Choose the officer who did the work."), field="officer")
    if action == "rejected" and not nfc(reason):
        raise ValidationError(N_("Enter the reason for rejecting the records."), field="reason")
    if action == "signed":
        certificate_id = certificate_id or officer_certificate(session, officer_id)
        if certificate_id is None:
            officer = session.get(Officer, officer_id)
            raise ValidationError(N_("{name} has no valid signing certificate, so the records cannot "
                                     "be marked signed."), field="officer", name=officer.full_name)
    return certificate_id


def _forget_stamps(session: Session, ids: list[uuid.UUID], stage: str) -> None:
    """Take the stage's existing stamps of these records out of the per-day figures."""
    by, at = STAGE_STAMPS[stage]
    rec = BacklogRecord
    for start in range(0, len(ids), 500):
        rows = session.execute(select(rec.lot_id, getattr(rec, by), getattr(rec, at), func.count())
                               .where(rec.id.in_(ids[start:start + 500]), getattr(rec, at).is_not(None))
                               .group_by(rec.lot_id, getattr(rec, by), getattr(rec, at))).all()
        for lot_id, officer, moment, count in rows:
            bump_daily(session, local_day(moment), officer, lot_id, stage, -count)


def change_status(session: Session, selection: Selection, action: str, officer_id: uuid.UUID | None,
                  on: dt.date | None = None, reason: str = "",
                  certificate_id: uuid.UUID | None = None) -> BacklogBatch:
    """Move the selected records to ``action`` as one batch; all or nothing."""
    on = on or dt.date.today()
    if on > dt.date.today():
        raise ValidationError(N_("The date of the work cannot be in the future."), field="on")
    recs = _load(session, selection)
    certificate_id = _check(session, recs, action, officer_id, reason, certificate_id)
    batch = BacklogBatch(action=action, officer_id=officer_id, done_on=on, record_count=len(recs),
                         description=_numbers(recs, 3))
    session.add(batch)
    session.flush()
    moment = lots.stamp_time(on)
    values: dict = {"status": action, "batch_id": batch.id}
    if action in STAGE_STAMPS:
        by, at = STAGE_STAMPS[action]
        values.update({by: officer_id, at: moment, "officer_id": officer_id, "step_at": moment})
        _forget_stamps(session, [r.id for r in recs], action)
    if action == "signed":
        values["certificate_id"] = certificate_id
    if action == "rejected":
        values.update(rejected_reason=nfc(reason), officer_id=officer_id or BacklogRecord.officer_id)
    _apply(session, recs, values, action)
    if action in STAGE_STAMPS:
        for lot_id, count in Counter(r.lot_id for r in recs).items():
            bump_daily(session, on, officer_id, lot_id, action, count)
    return batch


def _apply(session: Session, recs: list[_Rec], values: dict, new_status: str,
           restore: bool = False) -> None:
    """bulk_update per previous status (it becomes prev_status); counters moved in step."""
    groups: dict[str, list[_Rec]] = defaultdict(list)
    for r in recs:
        groups[r.status].append(r)
    for old, members in groups.items():
        row_values = dict(values, prev_status=old)
        if restore:
            row_values.update(_restore_values(new_status))
        bulk_update(session, BacklogRecord, [r.id for r in members], row_values)
        for lot_id, count in Counter(r.lot_id for r in members).items():
            bump(session, lot_id, old, -count)
            bump(session, lot_id, row_values["status"], count)


def _restore_values(status: str) -> dict:
    rec = BacklogRecord
    if status in STAGE_STAMPS:
        by, at = STAGE_STAMPS[status]
        return {"status": status, "officer_id": getattr(rec, by), "step_at": getattr(rec, at)}
    if status == "pending":
        return {"status": status, "officer_id": None, "step_at": None}
    return {"status": status}


# undo -----------------------------------------------------------------------------------------
def last_batches(session: Session, limit: int = 20) -> list[BacklogBatch]:
    return list(session.execute(select(BacklogBatch).where(BacklogBatch.deleted.is_(False))
                                .order_by(BacklogBatch.updated_at.desc()).limit(limit)).scalars())


def can_undo(session: Session, batch: BacklogBatch) -> bool:
    last_sync = get_setting(session, LAST_SYNC_AT)
    synced = False
    if last_sync:
        moment = dt.datetime.fromisoformat(str(last_sync))
        moment = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
        synced = moment >= batch.updated_at
    return batch.undo_of is None and batch.undone_by is None and not synced


def undo_batch(session: Session, batch_id: uuid.UUID) -> BacklogBatch:
    """Restore the statuses the batch changed, as a new batch (the change log keeps both)."""
    batch = session.get(BacklogBatch, batch_id)
    if batch is None or batch.undo_of is not None or batch.undone_by is not None:
        raise ValidationError(N_("This change has already been undone or cannot be undone."))
    if not can_undo(session, batch):
        raise ValidationError(N_("This change was sent to the province at the last sync and can no "
                                 "longer be undone. Change the records again instead."))
    rec = BacklogRecord
    rows = session.execute(select(rec.id, rec.lot_id, rec.record_no, rec.prev_status)
                           .where(rec.batch_id == batch_id)).all()
    if len(rows) != batch.record_count:
        raise ValidationError(N_("Some of these records were changed again afterwards; undo the "
                                 "later changes first."))
    undo = BacklogBatch(action="undo", officer_id=batch.officer_id, done_on=dt.date.today(),
                        record_count=len(rows), description=batch.description, undo_of=batch.id)
    session.add(undo)
    session.flush()
    ids = [r.id for r in rows]
    values: dict = {"batch_id": undo.id}
    if batch.action in STAGE_STAMPS:
        _forget_stamps(session, ids, batch.action)
        by, at = STAGE_STAMPS[batch.action]
        values.update({by: None, at: None})
        if batch.action == "signed":
            values["certificate_id"] = None
    if batch.action == "rejected":
        values["rejected_reason"] = ""
    groups: dict[str, list[_Rec]] = defaultdict(list)
    for r in rows:
        groups[r.prev_status].append(_Rec(r.id, r.lot_id, r.record_no, batch.action))
    for prev, members in groups.items():
        _apply(session, members, values, prev, restore=True)
    batch.undone_by = undo.id
    return undo


def latest_undoable(session: Session) -> BacklogBatch | None:
    """The most recent change that is not an undo and has not been undone."""
    return session.execute(select(BacklogBatch).where(
        BacklogBatch.deleted.is_(False), BacklogBatch.undo_of.is_(None),
        BacklogBatch.undone_by.is_(None)).order_by(BacklogBatch.updated_at.desc()).limit(1)).scalar()
