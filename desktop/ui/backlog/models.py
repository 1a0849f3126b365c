"""Lot and record list models: SQL-side paging, filtering and sorting (widgets/paged_model.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.backlog import listing as lst
from core.backlog import lots as svc
from core.paging import PageRequest
from core.store import Store
from core.text import format_date, format_number, format_percent
from desktop.i18n import tr
from desktop.ui.widgets.paged_model import Column, PagedTableModel


def _percent(row) -> str:
    return format_percent(100.0 * row.digitized / row.total_records if row.total_records else 0.0)


class _LotRow:
    def __init__(self, row: svc.LotRow) -> None:
        self.__dict__.update(row.__dict__)
        self.years = svc.year_range(row.year_from, row.year_to)
        self.digitized = row.digitized
        self.percent = _percent(row)
        self.row = row


def lot_columns() -> list[Column]:
    right = Qt.AlignmentFlag.AlignRight
    return [
        Column("field", tr("Field"), lambda v: tr(svc.FIELDS.get(v, v)), sort="field"),
        Column("record_kind", tr("Kind of records"), sort="kind"),
        Column("years", tr("Years"), align=Qt.AlignmentFlag.AlignHCenter),
        Column("total_records", tr("Total records"), format_number, right, sort="total"),
        Column("generated", tr("Listed"), format_number, right),
        Column("digitized", tr("Digitized"), format_number, right),
        Column("percent", tr("Digitized (%)"), str, right),
        Column("priority", tr("Priority"), lambda v: tr(svc.PRIORITIES.get(v, "")), sort="priority"),
        Column("storage", tr("Storage place")),
    ]


class LotTableModel(PagedTableModel):
    def __init__(self, store: Store, parent=None) -> None:
        self._store = store
        super().__init__(lot_columns(), self._count, self._fetch, svc.LotQuery(), parent)

    def _count(self, query: svc.LotQuery) -> int:
        with self._store.session() as s:
            return svc.count_lots(s, query)

    def _fetch(self, query: svc.LotQuery, request: PageRequest) -> list[_LotRow]:
        with self._store.session() as s:
            return [_LotRow(r) for r in svc.page_lots(s, query, request)]


def _step_date(value) -> str:
    return format_date(value.astimezone().date()) if value else ""


def record_columns() -> list[Column]:
    statuses = {code: tr(label) for code, label in svc.STATUSES.items()}  # translated once
    return [
        Column("record_no", tr("No."), format_number, Qt.AlignmentFlag.AlignRight, sort="number"),
        Column("lot", tr("Lot")),
        Column("title", tr("Record")),
        Column("status", tr("Status"), lambda v: statuses.get(v, v), sort="status"),
        Column("officer_name", tr("Officer"), lambda v: v or ""),
        Column("step_at", tr("Date"), _step_date, Qt.AlignmentFlag.AlignHCenter, sort="step_at"),
        Column("reason", tr("Reason")),
    ]


class _RecordRow:
    def __init__(self, row: lst.RecordRow, lot: str) -> None:
        self.__dict__.update(row.__dict__)
        self.lot = lot
        self.reason = row.rejected_reason if row.status == "rejected" else ""


class RecordTableModel(PagedTableModel):
    page_size = 100  # the first screen (about 25 rows) comes with one small fetch

    def __init__(self, store: Store, parent=None) -> None:
        self._store = store
        super().__init__(record_columns(), self._count, self._fetch, lst.RecordQuery(), parent)

    def _count(self, query: lst.RecordQuery) -> int:
        with self._store.session() as s:
            return lst.count_records(s, query)

    def _fetch(self, query: lst.RecordQuery, request: PageRequest) -> list[_RecordRow]:
        with self._store.session() as s:
            rows = lst.page_records(s, query, request)
        labels: dict = {}  # a page holds few lots: each label is made once
        return [_RecordRow(r, labels.get(r.lot_id) or labels.setdefault(r.lot_id, r.lot)) for r in rows]
