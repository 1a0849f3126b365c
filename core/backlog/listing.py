"""The records table at scale (SQL keyset paging, SQL-side filters) and the XLSX export."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Select, String, cast, func, select
from sqlalchemy.orm import Session

from core.backlog import lots
from core.backlog import progress as prog
from core.paging import PageRequest, fetch_page, row_key
from core.text import format_date
from db.errors import N_, UserError
from db.models import BacklogCounter, BacklogLot, BacklogRecord, Officer

Translate = Callable[[str], str]


@dataclass(frozen=True)
class RecordQuery:
    lot_id: uuid.UUID | None = None
    field: str = ""
    status: str = ""
    officer_id: uuid.UUID | None = None
    day_from: dt.date | None = None
    day_to: dt.date | None = None
    sort: str = "number"
    descending: bool = False


@dataclass(frozen=True)
class RecordRow:
    id: uuid.UUID
    lot_id: uuid.UUID
    record_no: int
    title: str
    status: str
    step_at: dt.datetime | None
    rejected_reason: str
    officer_name: str | None
    record_kind: str
    year_from: int | None
    year_to: int | None
    key: tuple = field(compare=False)

    @property
    def lot(self) -> str:
        return f"{self.record_kind} {lots.year_range(self.year_from, self.year_to)}".strip()


REC = BacklogRecord
SORT = {"number": REC.record_no, "status": REC.status,
        "step_at": func.coalesce(cast(REC.step_at, String), "")}


def _bound(day: dt.date, end: bool) -> dt.datetime:
    moment = dt.datetime.combine(day + dt.timedelta(days=1 if end else 0), dt.time()).astimezone()
    return moment.astimezone(dt.UTC)


def _filtered(query: RecordQuery, stmt: Select) -> Select:
    stmt = stmt.where(REC.deleted.is_(False))
    if query.lot_id is not None:
        stmt = stmt.where(REC.lot_id == query.lot_id)
    else:
        lots_q = select(BacklogLot.id).where(BacklogLot.deleted.is_(False))
        if query.field:
            lots_q = lots_q.where(BacklogLot.field == query.field)
        stmt = stmt.where(REC.lot_id.in_(lots_q))
    if query.status:
        stmt = stmt.where(REC.status == query.status)
    if query.officer_id is not None:
        stmt = stmt.where(REC.officer_id == query.officer_id)
    if query.day_from is not None:
        stmt = stmt.where(REC.step_at >= _bound(query.day_from, False))
    if query.day_to is not None:
        stmt = stmt.where(REC.step_at < _bound(query.day_to, True))
    return stmt


def count_records(session: Session, query: RecordQuery) -> int:
    if query.officer_id is None and query.day_from is None and query.day_to is None:
        # lot / field / status only: the counters answer without touching the records
        stmt = select(func.coalesce(func.sum(BacklogCounter.count), 0)).join(
            BacklogLot, BacklogLot.id == BacklogCounter.lot_id).where(BacklogLot.deleted.is_(False))
        if query.lot_id is not None:
            stmt = stmt.where(BacklogCounter.lot_id == query.lot_id)
        if query.field:
            stmt = stmt.where(BacklogLot.field == query.field)
        if query.status:
            stmt = stmt.where(BacklogCounter.status == query.status)
        return int(session.execute(stmt).scalar_one())
    return session.execute(_filtered(query, select(func.count()).select_from(REC))).scalar_one()


def page_records(session: Session, query: RecordQuery, request: PageRequest) -> list[RecordRow]:
    columns = (REC.id, REC.lot_id, REC.record_no, REC.title, REC.status, REC.step_at,
               REC.rejected_reason, Officer.full_name, BacklogLot.record_kind,
               BacklogLot.year_from, BacklogLot.year_to)
    stmt = (select(*columns).join(BacklogLot, BacklogLot.id == REC.lot_id)
            .outerjoin(Officer, Officer.id == REC.officer_id))
    sort = SORT.get(query.sort, REC.record_no)
    if query.sort == "number" and query.lot_id is None:
        # across lots the id (UUIDv7: the order the records were listed in) serves the order
        # from its index; sorting a million record numbers would not
        sort = REC.id
    rows = fetch_page(session, _filtered(query, stmt), sort, REC.id, query.descending, request)
    return [RecordRow(*row[: len(columns)], key=row_key(row)) for row in rows]


# export ---------------------------------------------------------------------------------------
def add_sheet(wb, title: str, headers: list[str], rows) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    ws = wb.create_sheet(title[:31])
    bold = []
    for header in headers:
        cell = WriteOnlyCell(ws, value=header)
        cell.font = Font(bold=True)
        bold.append(cell)
    ws.append(bold)
    for row in rows:
        ws.append(row)


def export(session: Session, path: Path, tr: Translate, query: RecordQuery | None = None) -> int:
    """Lots with their progress, progress per field, and the records of ``query`` in one workbook."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    figures = prog.progress(session)
    lot_rows = lots.page_lots(session, lots.LotQuery(), PageRequest(limit=1_000_000))
    add_sheet(wb, tr("Lots"), [tr(h) for h in (
        N_("Field"), N_("Kind of records"), N_("Years"), N_("Total records"), N_("Digitized"),
        N_("Digitized (%)"), N_("Storage place"), N_("Priority"))], (
        [tr(lots.FIELDS[r.field]), r.record_kind, lots.year_range(r.year_from, r.year_to),
         r.total_records, figures.lots[r.id].digitized, round(figures.lots[r.id].digitized_percent, 1),
         r.storage, tr(lots.PRIORITIES.get(r.priority, ""))] for r in lot_rows))
    add_sheet(wb, tr("Progress by field"), [tr(h) for h in (
        N_("Field"), N_("Total records"), N_("Digitized"), N_("Checked"), N_("Signed"), N_("Stored"),
        N_("Digitized (%)"))], (
        [tr(lots.FIELDS.get(code, code)), f.total, f.digitized, f.reached("verified"),
         f.reached("signed"), f.reached("stored"), round(f.digitized_percent, 1)]
        for code, f in sorted(figures.fields.items())))
    add_sheet(wb, tr("Records per officer"), [tr(h) for h in (
        N_("Officer"), N_("Week from"), N_("Digitized"), N_("Checked"), N_("Signed"), N_("Stored"),
        N_("Rejected"))], (
        [r.officer or tr(N_("(not named)")), format_date(r.period)]
        + [r.by_status.get(st, 0) for st in (*lots.DONE, "rejected")]
        for r in prog.throughput(session, "week")))
    count = 0

    def records():
        nonlocal count
        request = PageRequest(5000)
        while True:
            page = page_records(session, query or RecordQuery(), request)
            for r in page:
                count += 1
                yield [r.lot, r.record_no, r.title, tr(lots.STATUSES[r.status]), r.officer_name or "",
                       format_date(r.step_at.astimezone().date()) if r.step_at else "",
                       r.rejected_reason if r.status == "rejected" else ""]
            if len(page) < request.limit:
                return
            request = PageRequest(5000, after=page[-1].key)

    add_sheet(wb, tr("Records"), [tr(h) for h in (
        N_("Lot"), N_("No."), N_("Record"), N_("Status"), N_("Officer"), N_("Date"),
        N_("Reason"))], records())
    try:
        wb.save(path)
    except OSError as err:
        raise UserError(N_("Cannot save {file}: {reason}."), file=path.name,
                        reason=err.strerror or str(err)) from err
    return count
