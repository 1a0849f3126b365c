"""Course list model: SQL-side paging and sorting (desktop/ui/widgets/paged_model.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.paging import PageRequest
from core.store import Store
from core.text import format_date, format_number
from core.training import courses as svc
from desktop.i18n import tr
from desktop.ui.widgets.paged_model import Column, PagedTableModel


def _dates(row: svc.CourseRow) -> str:
    if row.start_date and row.end_date and row.start_date != row.end_date:
        return f"{format_date(row.start_date)} – {format_date(row.end_date)}"
    return format_date(row.start_date or row.end_date)


def course_columns() -> list[Column]:
    center = Qt.AlignmentFlag.AlignHCenter
    right = Qt.AlignmentFlag.AlignRight
    return [
        Column("title", tr("Course"), sort="title"),
        Column("topic", tr("Topic"), lambda v: tr(svc.TOPICS.get(v, v)), sort="topic"),
        Column("provider", tr("Provider"), lambda v: tr(svc.PROVIDERS.get(v, v)), sort="provider"),
        Column("mode", tr("Mode"), lambda v: tr(svc.MODES.get(v, v))),
        Column("hours", tr("Hours"), lambda v: format_number(v, 0 if v == int(v) else 1), right),
        Column("required", tr("Required"), lambda v: tr("Required") if v else tr("Optional"), center),
        Column("dates", tr("Dates"), str, center, sort="start_date"),
        Column("sessions", tr("Sessions"), format_number, right),
        Column("completed", tr("Completed"), format_number, right),
        Column("origin", tr("Source"), lambda v: tr(svc.ORIGINS.get(v, v))),
    ]


class _Row:
    """A course row with its date range as one display value."""

    def __init__(self, row: svc.CourseRow) -> None:
        self.__dict__.update(row.__dict__)
        self.dates = _dates(row)
        self.row = row


class CourseTableModel(PagedTableModel):
    def __init__(self, store: Store, parent=None) -> None:
        self._store = store
        query = svc.CourseQuery(commune_code=store.context.commune_code)
        super().__init__(course_columns(), self._count, self._fetch, query, parent)

    def _count(self, query: svc.CourseQuery) -> int:
        with self._store.session() as s:
            return svc.count_courses(s, query)

    def _fetch(self, query: svc.CourseQuery, request: PageRequest) -> list[_Row]:
        with self._store.session() as s:
            return [_Row(r) for r in svc.page_courses(s, query, request)]
