"""Equipment list model: SQL-side paging (desktop/ui/widgets/paged_model.py); faulty devices and
out-of-support operating systems are tinted so the gaps show in the register too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from core.infrastructure import equipment as svc
from core.paging import PageRequest
from core.store import Store
from core.text import format_date
from desktop.i18n import tr
from desktop.ui.widgets.paged_model import Column, PagedTableModel

ERROR_BG = QColor("#ffebee")
WARNING_BG = QColor("#fff8e1")


def kind_text(kind: str, subtype: str = "") -> str:
    label = tr(svc.KINDS.get(kind, kind))
    sub = svc.SUBTYPES.get(kind, {}).get(subtype)
    if sub and kind == "network":  # "Đường truyền Internet chính" says it all
        return tr(sub)
    return f"{label} – {tr(sub)}" if sub else label


def os_text(code: str) -> str:
    if not code:
        return ""
    label, _ends = svc.OS_SUPPORT.get(code, (code, None))
    text = tr(label)
    return text if svc.os_supported(code) else tr("{os} (out of support)").format(os=text)


class _Row:
    def __init__(self, row: svc.EquipmentRow) -> None:
        self.__dict__.update(row.__dict__)
        self.kind_label = kind_text(row.kind, row.subtype)
        self.place = row.location_detail or tr(svc.LOCATIONS.get(row.location, row.location))
        self.row = row


def equipment_columns() -> list[Column]:
    center = Qt.AlignmentFlag.AlignHCenter
    return [
        Column("asset_code", tr("Asset code")),
        Column("kind_label", tr("Device type"), sort="kind"),
        Column("make_model", tr("Make, model")),
        Column("purchase_year", tr("Year"), lambda v: str(v) if v else "", center, sort="year"),
        Column("place", tr("Location"), sort="location"),
        Column("officer_name", tr("User"), lambda v: v or ""),
        Column("state", tr("Condition"), lambda v: tr(svc.STATES.get(v, v)), sort="state"),
        Column("os", tr("Operating system"), os_text),
        Column("warranty_end", tr("Warranty until"), format_date, center),
    ]


class EquipmentTableModel(PagedTableModel):
    def __init__(self, store: Store, parent=None) -> None:
        self._store = store
        query = svc.EquipmentQuery(commune_code=store.context.commune_code)
        super().__init__(equipment_columns(), self._count, self._fetch, query, parent)

    def _count(self, query: svc.EquipmentQuery) -> int:
        with self._store.session() as s:
            return svc.count(s, query)

    def _fetch(self, query: svc.EquipmentQuery, request: PageRequest) -> list[_Row]:
        with self._store.session() as s:
            return [_Row(r) for r in svc.page(s, query, request)]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row_object(index.row())
            if row is None:
                return None
            if row.state in ("faulty", "awaiting_repair"):
                return QBrush(ERROR_BG)
            if row.state == "in_use" and row.os and not svc.os_supported(row.os):
                return QBrush(WARNING_BG)
            return None
        return super().data(index, role)
