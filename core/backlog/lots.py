"""Digitization backlog: lots of paper records, targets, and the per-lot status counters.

Lots are written through the ORM (logged by db/changes.py) and only tombstoned. The counters
(``backlog_counter``: records per lot and status; ``backlog_daily``: records moved per day,
officer, lot and status) are local summary tables kept in step by backlog_records in the same
transaction as every status change; :func:`recount` rebuilds them from the records and
:func:`refresh_counters` is the hook the sync engine calls after applying remote changes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from sqlalchemy import Select, delete, func, insert, select, update
from sqlalchemy.orm import Session

from core.paging import PageRequest, fetch_page, row_key
from core.rows import live_row
from core.text import fold, nfc
from db.errors import N_, ValidationError
from db.models import BacklogCounter, BacklogDaily, BacklogLot, BacklogRecord, DigitizationTarget

# The lĩnh vực of commune one-stop centres: our codes, the official Vietnamese labels (DOMAIN.md).
# One list for the screens, the imports and the reports: they are names of the administrative
# system, printed in Vietnamese documents, so they are data, not English texts to translate.
FIELDS: dict[str, str] = {
    "ho_tich": "Hộ tịch",
    "chung_thuc": "Chứng thực",
    "dat_dai": "Đất đai",
    "xay_dung": "Xây dựng",
    "tai_nguyen": "Tài nguyên và môi trường",
    "ho_kinh_doanh": "Hộ kinh doanh (Đăng ký kinh doanh)",
    "bao_tro_xa_hoi": "Bảo trợ xã hội",
    "nguoi_co_cong": "Người có công",
    "giao_duc": "Giáo dục và đào tạo",
    "y_te": "Y tế",
    "van_hoa": "Văn hóa",
    "ton_giao": "Tôn giáo, tín ngưỡng",
    "nong_nghiep": "Nông nghiệp",
    "lao_dong": "Lao động, tiền lương",
    "thi_dua": "Thi đua, khen thưởng",
    "tu_phap": "Tư pháp (khác)",
    "khac": "Khác",
}
# Vietnamese names people type in their sheets (compared accent-free) -> field code
FIELD_NAMES: dict[str, str] = {
    "ho tich": "ho_tich", "chung thuc": "chung_thuc", "dat dai": "dat_dai",
    "xay dung": "xay_dung", "tai nguyen va moi truong": "tai_nguyen", "tai nguyen": "tai_nguyen",
    "ho kinh doanh": "ho_kinh_doanh", "dang ky kinh doanh": "ho_kinh_doanh",
    "bao tro xa hoi": "bao_tro_xa_hoi", "nguoi co cong": "nguoi_co_cong",
    "giao duc va dao tao": "giao_duc", "giao duc": "giao_duc", "y te": "y_te",
    "van hoa": "van_hoa", "ton giao tin nguong": "ton_giao", "ton giao": "ton_giao",
    "nong nghiep": "nong_nghiep", "lao dong tien luong": "lao_dong", "lao dong": "lao_dong",
    "thi dua khen thuong": "thi_dua", "thi dua": "thi_dua", "tu phap": "tu_phap", "khac": "khac",
}
PRIORITIES: dict[int, str] = {1: N_("High"), 2: N_("Normal"), 3: N_("Low")}
STATUSES: dict[str, str] = {
    "pending": N_("Not digitized"), "scanned": N_("Digitized"), "verified": N_("Checked"),
    "signed": N_("Signed"), "stored": N_("Stored"), "rejected": N_("Rejected"),
}
DONE = ("scanned", "verified", "signed", "stored")  # digitized: scanned or any later stage
DEFAULT_TARGET = (30.0, dt.date(2025, 12, 31))
MAX_RECORDS = 1_000_000


def field_code(text: str) -> str | None:
    """The field code for a code or a Vietnamese field name ('Hộ tịch', 'ho tich'); None if unknown."""
    key = " ".join(fold(text).replace(",", " ").split())
    if key.replace(" ", "_") in FIELDS:
        return key.replace(" ", "_")
    for name, code in FIELD_NAMES.items():
        if key == name or key.startswith(name + " "):
            return code
    return None


# lots -----------------------------------------------------------------------------------------
@dataclass
class LotInput:
    field: str
    record_kind: str
    year_from: int | None = None
    year_to: int | None = None
    total_records: int = 0
    digitized_before: int = 0
    storage: str = ""
    priority: int = 2
    note: str = ""


def clean_lot(data: LotInput) -> LotInput:
    out = LotInput(**{f.name: getattr(data, f.name) for f in fields(LotInput)})
    out.record_kind, out.storage, out.note = nfc(out.record_kind), nfc(out.storage), (out.note or "").strip()
    if out.field not in FIELDS:
        raise ValidationError(N_("Choose a field (lĩnh vực) from the list."), field="field")
    if not out.record_kind:
        raise ValidationError(N_("Enter the kind of records, e.g. Sổ đăng ký khai sinh."),
                              field="record_kind")
    for name in ("year_from", "year_to"):
        year = getattr(out, name)
        if year is not None and not 1900 <= year <= 2100:
            raise ValidationError(N_("A year must be between 1900 and 2100."), field=name)
    if out.year_from and out.year_to and out.year_from > out.year_to:
        raise ValidationError(N_("The first year comes after the last year."), field="year_to")
    if not 0 <= out.total_records <= MAX_RECORDS:
        raise ValidationError(N_("The number of records must be between 0 and {max}."),
                              field="total_records", max=f"{MAX_RECORDS:,}".replace(",", "."))
    if out.digitized_before < 0:
        raise ValidationError(N_("The number of records already digitized cannot be negative."),
                              field="digitized_before")
    if out.digitized_before > out.total_records:
        raise ValidationError(N_("Records already digitized ({done}) exceed the total ({total})."),
                              field="digitized_before", done=out.digitized_before,
                              total=out.total_records)
    if out.priority not in PRIORITIES:
        out.priority = 2
    return out


def create_lot(session: Session, data: LotInput, lot_id: uuid.UUID | None = None) -> BacklogLot:
    """A new lot; ``lot_id`` (a natural id from an import) revives a deleted lot of that id."""
    clean = clean_lot(data)
    lot = session.get(BacklogLot, lot_id) if lot_id is not None else None
    if lot is not None:
        for name, value in vars(clean).items():
            setattr(lot, name, value)
        lot.deleted = False
        return lot
    lot = BacklogLot(id=lot_id, **vars(clean))
    session.add(lot)
    session.flush()
    return lot


def get_lot(session: Session, lot_id: uuid.UUID) -> BacklogLot:
    return live_row(session, BacklogLot, lot_id, N_("This lot no longer exists; it may have been deleted."))


def update_lot(session: Session, lot_id: uuid.UUID, data: LotInput) -> BacklogLot:
    lot = get_lot(session, lot_id)
    clean = clean_lot(data)
    generated = generated_count(session, lot_id)
    if clean.total_records < generated:
        raise ValidationError(N_("The lot already has {count} records; the total cannot be smaller."),
                              field="total_records", count=generated)
    for name, value in vars(clean).items():
        setattr(lot, name, value)
    return lot


def delete_lot(session: Session, lot_id: uuid.UUID) -> None:
    get_lot(session, lot_id).deleted = True


def to_input(lot: BacklogLot) -> LotInput:
    return LotInput(**{f.name: getattr(lot, f.name) for f in fields(LotInput)})


def lot_label(lot) -> str:
    years = year_range(lot.year_from, lot.year_to)
    return f"{lot.record_kind} {years}".strip()


def year_range(year_from: int | None, year_to: int | None) -> str:
    if year_from and year_to and year_from != year_to:
        return f"{year_from}–{year_to}"
    return str(year_from or year_to or "")


def lot_choices(session: Session) -> list[tuple[uuid.UUID, str]]:
    order = (BacklogLot.field, BacklogLot.record_kind, BacklogLot.year_from)
    lots = session.execute(select(BacklogLot).where(BacklogLot.deleted.is_(False))
                           .order_by(*order)).scalars()
    return [(lot.id, lot_label(lot)) for lot in lots]


# lot list -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LotQuery:
    field: str = ""
    sort: str = "field"
    descending: bool = False


@dataclass(frozen=True)
class LotRow:
    id: uuid.UUID
    field: str
    record_kind: str
    year_from: int | None
    year_to: int | None
    total_records: int
    digitized_before: int
    storage: str
    priority: int
    generated: int
    done: int
    key: tuple = field(compare=False)

    @property
    def digitized(self) -> int:
        return min(self.total_records, self.done + self.digitized_before)


LOT_SORT = {"field": BacklogLot.field, "kind": BacklogLot.record_kind,
            "total": BacklogLot.total_records, "priority": BacklogLot.priority}


def _lots_filtered(query: LotQuery, stmt: Select) -> Select:
    stmt = stmt.where(BacklogLot.deleted.is_(False))
    return stmt.where(BacklogLot.field == query.field) if query.field else stmt


def count_lots(session: Session, query: LotQuery) -> int:
    return session.execute(_lots_filtered(query, select(func.count()).select_from(BacklogLot))).scalar_one()


def _counter_sum(statuses: Iterable[str] | None):
    stmt = select(func.coalesce(func.sum(BacklogCounter.count), 0)).where(
        BacklogCounter.lot_id == BacklogLot.id)
    if statuses is not None:
        stmt = stmt.where(BacklogCounter.status.in_(list(statuses)))
    return stmt.scalar_subquery()


def page_lots(session: Session, query: LotQuery, request: PageRequest) -> list[LotRow]:
    columns = (BacklogLot.id, BacklogLot.field, BacklogLot.record_kind, BacklogLot.year_from,
               BacklogLot.year_to, BacklogLot.total_records, BacklogLot.digitized_before,
               BacklogLot.storage, BacklogLot.priority, _counter_sum(None).label("generated"),
               _counter_sum(DONE).label("done"))
    sort = LOT_SORT.get(query.sort, BacklogLot.field)
    rows = fetch_page(session, _lots_filtered(query, select(*columns)), sort, BacklogLot.id,
                      query.descending, request)
    return [LotRow(*row[: len(columns)], key=row_key(row)) for row in rows]


# targets --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    percent: float
    due_on: dt.date
    id: uuid.UUID | None = None


def targets(session: Session) -> list[Target]:
    """The targets by due date; the national 30 % by 31/12/2025 when none was entered."""
    rows = session.execute(select(DigitizationTarget).where(DigitizationTarget.deleted.is_(False))
                           .order_by(DigitizationTarget.due_on)).scalars().all()
    if not rows:
        return [Target(*DEFAULT_TARGET)]
    return [Target(r.percent, r.due_on, r.id) for r in rows]


def add_target(session: Session, percent: float, due_on: dt.date | None) -> DigitizationTarget:
    if not 0 < percent <= 100:
        raise ValidationError(N_("The target must be a percentage between 0 and 100."), field="percent")
    if due_on is None:
        raise ValidationError(N_("Enter the date of the target (dd/mm/yyyy)."), field="due_on")
    existing = session.execute(select(DigitizationTarget).where(
        DigitizationTarget.deleted.is_(False))).scalars().all()
    if not existing and (percent, due_on) != DEFAULT_TARGET:  # keep the national target listed
        session.add(DigitizationTarget(percent=DEFAULT_TARGET[0], due_on=DEFAULT_TARGET[1]))
    target = DigitizationTarget(percent=percent, due_on=due_on)
    session.add(target)
    session.flush()
    return target


# counters -------------------------------------------------------------------------------------
def generated_count(session: Session, lot_id: uuid.UUID) -> int:
    return session.execute(select(func.coalesce(func.sum(BacklogCounter.count), 0))
                           .where(BacklogCounter.lot_id == lot_id)).scalar_one()


def bump(session: Session, lot_id: uuid.UUID, status: str, delta: int) -> None:
    """Add ``delta`` to the records of ``lot_id`` in ``status`` (same transaction as the change)."""
    if not delta:
        return
    done = session.execute(update(BacklogCounter).where(
        BacklogCounter.lot_id == lot_id, BacklogCounter.status == status)
        .values(count=BacklogCounter.count + delta)).rowcount
    if not done:
        session.execute(insert(BacklogCounter).values(lot_id=lot_id, status=status, count=delta))


def bump_daily(session: Session, day: dt.date, officer_id: uuid.UUID | None, lot_id: uuid.UUID,
               status: str, delta: int) -> None:
    officer = str(officer_id) if officer_id else ""
    key = (BacklogDaily.day == day, BacklogDaily.officer_id == officer,
           BacklogDaily.lot_id == lot_id, BacklogDaily.status == status)
    done = session.execute(update(BacklogDaily).where(*key)
                           .values(count=BacklogDaily.count + delta)).rowcount
    if not done:
        session.execute(insert(BacklogDaily).values(day=day, officer_id=officer, lot_id=lot_id,
                                                    status=status, count=delta))


STAGE_STAMPS = {"scanned": ("scanned_by", "scanned_at"), "verified": ("verified_by", "verified_at"),
                "signed": ("signed_by", "signed_at"), "stored": ("stored_by", "stored_at")}


def recount(session: Session, lot_ids: Iterable[uuid.UUID] | None = None) -> None:
    """Rebuild the counters of ``lot_ids`` (None: every lot) from the records themselves.

    The per-day figures are rebuilt from each stage's stamp (officer, local date of the time).
    """
    ids = None if lot_ids is None else list(lot_ids)
    rec = BacklogRecord
    for table in (BacklogCounter, BacklogDaily):
        stmt = delete(table)
        session.execute(stmt if ids is None else stmt.where(table.lot_id.in_(ids)))
    live = [rec.deleted.is_(False)] + ([] if ids is None else [rec.lot_id.in_(ids)])
    counts = session.execute(select(rec.lot_id, rec.status, func.count())
                             .where(*live).group_by(rec.lot_id, rec.status)).all()
    for lot_id, status, count in counts:
        session.execute(insert(BacklogCounter).values(lot_id=lot_id, status=status, count=count))
    daily: dict[tuple, int] = {}
    for status, (by, at) in STAGE_STAMPS.items():
        stamps = session.execute(select(rec.lot_id, getattr(rec, by), getattr(rec, at), func.count())
                                 .where(*live, getattr(rec, at).is_not(None))
                                 .group_by(rec.lot_id, getattr(rec, by), getattr(rec, at))).all()
        for lot_id, officer, at_value, count in stamps:
            key = (local_day(at_value), str(officer) if officer else "", lot_id, status)
            daily[key] = daily.get(key, 0) + count
    for (day, officer, lot_id, status), count in daily.items():
        session.execute(insert(BacklogDaily).values(day=day, officer_id=officer, lot_id=lot_id,
                                                    status=status, count=count))


def refresh_counters(session: Session, lot_ids: Iterable[uuid.UUID] | None = None) -> None:
    """Sync hook: after remote backlog_record changes are applied, rebuild those lots' counters."""
    recount(session, lot_ids)


def local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()


def stamp_time(day: dt.date) -> dt.datetime:
    """The moment recorded for work done on ``day``: now if today, else noon local time."""
    now = dt.datetime.now().astimezone()
    if day == now.date():
        return now.astimezone(dt.UTC)
    return dt.datetime.combine(day, dt.time(12, 0)).astimezone().astimezone(dt.UTC)


def officer_choices(session: Session) -> list[tuple[uuid.UUID, str]]:
    """Working officers who may record a step, in Vietnamese name order."""
    from db.models import Officer

    return [(i, n) for i, n in session.execute(
        select(Officer.id, Officer.full_name).where(Officer.deleted.is_(False), Officer.active.is_(True))
        .order_by(Officer.sort_key))]
