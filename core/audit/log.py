"""Nhật ký thay đổi: the change log as a readable history (who, when, which field from → to)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core import labels, value_names
from core.accounts.permissions import require_in
from core.paging import PageRequest, fetch_page
from db.chain import ChainReport, verify_chain
from db.errors import N_, UserError
from db.models import ChangeLog, synced_models

OP_LABELS = {"insert": N_("Added"), "update": N_("Changed"), "delete": N_("Deleted")}
TABLE_LABELS = labels.TABLES  # the one catalogue of names: core/labels.py
_HIDDEN = labels.HIDDEN
# an id shown as the name of what it points to
_REFERENCES = {
    "officer_id": ("officer", "full_name"), "course_id": ("course", "title"),
    "scanned_by": ("officer", "full_name"), "verified_by": ("officer", "full_name"),
    "signed_by": ("officer", "full_name"), "stored_by": ("officer", "full_name"),
    "lot_id": ("backlog_lot", "record_kind"), "team_id": ("digital_team", "name"),
    "certificate_id": ("certificate", "subject_cn"), "result_certificate_id": ("certificate", "subject_cn"),
    "replaced_by_id": ("certificate", "subject_cn"), "session_id": ("training_session", "held_on"),
}


@dataclass(frozen=True)
class AuditQuery:
    actor: str = ""
    table: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    table_name: str
    row_id: uuid.UUID
    op: str
    title: str = ""  # the row's name: officer's name, course title…
    changes: list[tuple[str, Any, Any]] = field(default_factory=list)  # field, from, to
    key: tuple[Any, Any] = ()  # keyset paging key


def _filtered(query: AuditQuery, stmt):
    if query.actor:
        stmt = stmt.where(ChangeLog.actor == query.actor)
    if query.table:
        stmt = stmt.where(ChangeLog.table_name == query.table)
    if query.date_from:
        stmt = stmt.where(ChangeLog.at >= _utc_start(query.date_from))
    if query.date_to:
        stmt = stmt.where(ChangeLog.at < _utc_start(query.date_to + dt.timedelta(days=1)))
    return stmt


def _utc_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)


def count(session: Session, query: AuditQuery) -> int:
    require_in(session, "view_audit")
    return session.execute(_filtered(query, select(func.count()).select_from(ChangeLog))).scalar()


def page(session: Session, query: AuditQuery, request: PageRequest) -> list[AuditRow]:
    """Newest first; each row with the fields it changed compared with the row's previous entry."""
    require_in(session, "view_audit")
    stmt = _filtered(query, select(ChangeLog))
    rows = fetch_page(session, stmt, ChangeLog.id, ChangeLog.id, True, request)
    return [_readable(session, r[0], r._sort, r._id) for r in rows]


def _readable(session: Session, entry: ChangeLog, sort: Any, row_key: Any) -> AuditRow:
    after = orjson.loads(entry.payload)
    before: dict[str, Any] = {}
    if entry.op != "insert":
        previous = session.execute(
            select(ChangeLog.payload).where(
                ChangeLog.table_name == entry.table_name, ChangeLog.row_id == entry.row_id,
                ChangeLog.id < entry.id).order_by(ChangeLog.id.desc()).limit(1)
        ).scalar()
        before = orjson.loads(previous) if previous else {}
    changes = [(key, before.get(key), value) for key, value in after.items()
               if key not in _HIDDEN and (entry.op == "insert" and value not in (None, "", False)
                                          or entry.op != "insert" and before.get(key) != value)]
    if entry.op == "delete":
        changes = []
    changes = [(key, _name_of(session, key, old), _name_of(session, key, new))
               for key, old, new in changes]
    return AuditRow(entry.id, entry.at, entry.actor, entry.table_name, entry.row_id, entry.op,
                    _title(after), changes, (sort, row_key))


def _name_of(session: Session, key: str, value: Any) -> Any:
    """An officer's name (a course's title) instead of its id."""
    if key not in _REFERENCES or not value:
        return value
    table, column = _REFERENCES[key]
    model = synced_models().get(table)
    if model is None:
        return value
    try:
        row_id = uuid.UUID(str(value))
    except ValueError:
        return value
    name = session.execute(select(getattr(model, column)).where(model.id == row_id)).scalar()
    return name or value


def _title(values: dict[str, Any]) -> str:
    for key in ("full_name", "title", "username", "subject_cn", "name"):
        if values.get(key):
            return str(values[key])
    return ""


def actors(session: Session) -> list[str]:
    found = session.execute(select(ChangeLog.actor).distinct().order_by(ChangeLog.actor)).scalars()
    return [a for a in found if a]


def tables(session: Session) -> list[str]:
    stmt = select(ChangeLog.table_name).distinct().order_by(ChangeLog.table_name)
    return list(session.execute(stmt).scalars())


def verify(session: Session, progress: Callable[[int], None] | None = None) -> ChainReport:
    require_in(session, "view_audit")
    return verify_chain(session.connection(), progress)


def field_label(table: str, key: str, tr: Callable[[str], str]) -> str:
    return labels.field_label(table, key, tr)


def describe_changes(row: AuditRow, tr: Callable[[str], str], limit: int = 6) -> str:
    table = row.table_name

    def show(key, value):
        return _short(display_value(table, key, value, tr))

    parts = [f"{field_label(table, key, tr)}: {show(key, old)} → {show(key, new)}" if row.op != "insert"
             else f"{field_label(table, key, tr)}: {show(key, new)}" for key, old, new in row.changes[:limit]]
    if len(row.changes) > limit:
        parts.append("…")
    return "; ".join(parts)


def display_value(table: str, key: str, value: Any, tr: Callable[[str], str]) -> Any:
    """Names of codes, Yes/No, dd/mm/yyyy dates: as a clerk reads them (core/labels.py)."""
    return value_names.value_label(table, key, value, tr)


def _short(value: Any) -> str:
    if value is None or value == "":
        return "–"
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def export_xlsx(session: Session, query: AuditQuery, path: Path, tr: Callable[[str], str]) -> int:
    """The filtered history as a workbook (one line per change)."""
    require_in(session, "view_audit")
    wb = Workbook()
    ws = wb.active
    ws.title = tr("Change history")[:31]
    ws.append([tr(h) for h in (N_("Time"), N_("User"), N_("Data"), N_("Record"), N_("Action"),
                                N_("Data item"), N_("From"), N_("To"))])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    rows = page(session, query, PageRequest(limit=1_000_000))
    for row in rows:
        at = row.at.astimezone().replace(tzinfo=None)
        table = row.table_name
        head = [at, row.actor, labels.table_label(table, tr), row.title,
                tr(OP_LABELS.get(row.op, row.op))]
        for key, old, new in row.changes or [("", None, None)]:
            ws.append(head + [field_label(table, key, tr) if key else "",
                              _cell(display_value(table, key, old, tr)),
                              _cell(display_value(table, key, new, tr))])
    for column, width in zip("ABCDEFGH", (18, 14, 18, 30, 10, 18, 30, 30), strict=True):
        ws.column_dimensions[column].width = width
    for (cell,) in ws.iter_rows(min_row=2, max_col=1):
        cell.number_format = "DD/MM/YYYY HH:MM"
    ws.freeze_panes = "A2"
    try:
        wb.save(path)
    except OSError as err:
        raise UserError(N_("Cannot save {file}: {reason}."), file=path.name,
                        reason=err.strerror or str(err)) from err
    return len(rows)


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, (int, float, str)):
        return value
    return str(value)
