"""Officer list model: SQL-side paging, sorting and accent-insensitive search."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.officers import registry as svc
from core.store import Store
from core.text import format_date
from desktop.i18n import tr
from desktop.ui.widgets.paged_model import Column, PagedTableModel


def _yes(value: bool) -> str:
    return tr("Yes") if value else ""


def officer_columns() -> list[Column]:
    center = Qt.AlignmentFlag.AlignHCenter
    return [
        Column("full_name", tr("Full name"), sort="name"),
        Column("cccd", tr("CCCD number"), sort="cccd"),
        Column("birth_date", tr("Date of birth"), format_date, center, sort="birth_date"),
        Column("gender", tr("Gender"), align=center),
        Column("position", tr("Position"), sort="position"),
        Column("department", tr("Department"), sort="department"),
        Column("phone", tr("Phone"), sort="phone"),
        Column("is_signer", tr("Signer"), _yes, center),
        Column("active", tr("Status"), lambda a: tr("Working") if a else tr("Left"), sort="active"),
    ]


class OfficerTableModel(PagedTableModel):
    def __init__(self, store: Store, query: svc.OfficerQuery | None = None, parent=None) -> None:
        self._store = store
        self.more_than_shown = False
        query = query or svc.OfficerQuery(commune_code=store.context.commune_code)
        super().__init__(officer_columns(), self._count, self._fetch, query, parent)

    def _count(self, query: svc.OfficerQuery) -> int:
        with self._store.session() as s:
            found = svc.count(s, query, cap=svc.LIST_CAP)
        self.more_than_shown = found > svc.LIST_CAP
        return min(found, svc.LIST_CAP)

    def _fetch(self, query: svc.OfficerQuery, request) -> list[svc.OfficerRow]:
        with self._store.session() as s:
            return svc.page(s, query, request)
