"""Table models of the certificate section: certificates (paged from SQL) and requests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from core.certificates import parse
from core.certificates import registry as svc
from core.certificates import requests as req
from core.store import Store
from core.text import format_date
from desktop.i18n import tr
from desktop.ui.widgets.paged_model import Column, PagedTableModel

ERROR_BG = QColor("#ffebee")
WARNING_BG = QColor("#fff8e1")


def _date(value) -> str:
    return format_date(value.date() if hasattr(value, "date") else value) if value else ""


def _officer(row: svc.CertRow) -> str:
    if row.officer_name:
        return row.officer_name
    return tr("(to assign)") if row.match_problem else tr("(organisation)")


def certificate_columns() -> list[Column]:
    center = Qt.AlignmentFlag.AlignHCenter
    return [
        Column("officer_name", tr("Officer"), sort="officer"),
        Column("subject_cn", tr("Name in certificate"), sort="subject"),
        Column("kind", tr("Kind"), lambda k: tr(parse.KIND_TEXTS.get(k, k)), sort="kind"),
        Column("issuer_cn", tr("Issued by"), sort="issuer"),
        Column("not_after", tr("Valid until"), _date, center, sort="not_after"),
        Column("status", tr("Status"), lambda s: tr(svc.STATUS_TEXTS.get(s, s)), sort="status"),
        Column("carrier", tr("Carrier"), lambda c: tr(svc.CARRIER_TEXTS.get(c, c))),
    ]


class CertificateTableModel(PagedTableModel):
    def __init__(self, store: Store, query: svc.CertQuery, parent=None) -> None:
        self._store = store
        super().__init__(certificate_columns(), self._count, self._fetch, query, parent)

    def _count(self, query: svc.CertQuery) -> int:
        with self._store.session() as s:
            return svc.count(s, query)

    def _fetch(self, query: svc.CertQuery, request) -> list[svc.CertRow]:
        with self._store.session() as s:
            return svc.page(s, query, request)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_object(index.row())
            if row is None:
                return None
            if column.key == "officer_name":
                return _officer(row)
            if column.key == "status":
                return tr(svc.STATUS_TEXTS.get(row.shown_status, row.shown_status))
        if role == Qt.ItemDataRole.BackgroundRole:
            row = self.row_object(index.row())
            if row is None or row.status not in ("active", "expired"):
                return None
            if row.days_left < 7 or row.kind != "official_duty" and column.key == "kind":
                return QBrush(ERROR_BG)
            if row.days_left <= 30:
                return QBrush(WARNING_BG)
            return None
        return super().data(index, role)


def request_columns() -> list[Column]:
    center = Qt.AlignmentFlag.AlignHCenter
    return [
        Column("full_name", tr("Officer")),
        Column("request_type", tr("Request"), lambda t: tr(req.REQUEST_TYPE_TEXTS.get(t, t)), sort="type"),
        Column("status", tr("Status"), lambda s: tr(req.REQUEST_STATUS_TEXTS.get(s, s)), sort="status"),
        Column("requested_on", tr("Requested"), _date, center, sort="requested_on"),
        Column("submitted_on", tr("Submitted on"), _date, center),
        Column("issued_on", tr("Issued on"), _date, center),
        Column("carrier", tr("Carrier"), lambda c: tr(svc.CARRIER_TEXTS.get(c, c))),
        Column("reference", tr("Reference")),
    ]


class RequestTableModel(PagedTableModel):
    def __init__(self, store: Store, query: req.RequestQuery, parent=None) -> None:
        self._store = store
        super().__init__(request_columns(), self._count, self._fetch, query, parent)

    def _count(self, query: req.RequestQuery) -> int:
        with self._store.session() as s:
            return req.count_requests(s, query)

    def _fetch(self, query: req.RequestQuery, request) -> list[req.RequestRow]:
        with self._store.session() as s:
            return req.page_requests(s, query, request)
