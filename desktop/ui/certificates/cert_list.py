"""A certificate list with its filters, explanation and actions (all, or the review list)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.certificates import parse
from core.certificates import registry as svc
from core.text import format_date
from desktop.i18n import N_, tr, user_message
from desktop.ui.certificates.dialogs import AssignDialog, CertEditDialog, RequestDialog
from desktop.ui.certificates.models import CertificateTableModel
from desktop.ui.context import AppContext
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.tables import list_table

VIEWS = (
    ("all", N_("All certificates")),
    ("expiring", N_("Expiring within 30 days or expired")),
    ("official_duty", N_("Official duty")),
    ("public_ca", N_("Public CA")),
)


class CertificateList(QWidget):
    def __init__(self, ctx: AppContext, review: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review = review
        self.last_dialog = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by officer, name in certificate or CCCD…"))
        self.search.setToolTip(tr("Accents optional; matches the officer, the name in the certificate "
                                  "or the CCCD"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.view = QComboBox()
        for value, label in VIEWS:
            self.view.addItem(tr(label), value)
        self.view.currentIndexChanged.connect(self.apply_filters)
        self.view.setToolTip(tr("Which certificates to list"))
        query = svc.CertQuery(commune_code=ctx.store.context.commune_code,
                              view="review" if review else "all")
        self.model = CertificateTableModel(ctx.store, query, parent=self)
        # soonest expiry first: what needs attention is on top
        # on a small screen the name on the certificate and the carrier go first
        self.table = list_table(self.model, (170, 170, 150, 240, 90, 95), sort_column=4,
                                drop_when_narrow=(1, 6))
        self.table.doubleClicked.connect(lambda _i: self.primary_action())
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setObjectName("hint")
        self.explain.setMinimumHeight(38)
        self.assign_button = QPushButton(tr("Assign to an officer…"))
        self.edit_button = QPushButton(tr("Details…"))
        self.edit_button.setToolTip(tr("Status, carrier and subscriber type of the certificate"))
        self.renew_button = QPushButton(tr("Request renewal…"))
        self.assign_button.clicked.connect(self.assign_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.renew_button.clicked.connect(self.renew_selected)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        if not review:
            filters.addWidget(QLabel(tr("Show")))
            filters.addWidget(self.view, 1)
        actions = QHBoxLayout()
        for button in (self.assign_button, self.edit_button, self.renew_button):
            if review and button is not self.assign_button:
                continue
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explain)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_selection())
        self.update_selection()

    def apply_filters(self) -> None:
        base = self.model.query
        self.model.set_query(svc.CertQuery(
            commune_code=base.commune_code, search=self.search.text(),
            view="review" if self.review else self.view.currentData(),
            sort=base.sort, descending=base.descending))
        self.update_selection()

    def selected(self) -> svc.CertRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def update_selection(self) -> None:
        row = self.selected()
        for button in (self.assign_button, self.edit_button, self.renew_button):
            button.setEnabled(row is not None)
        if row is None:
            if self.model.rowCount():
                text = tr("Select a certificate to see why it has its kind.")
            elif self.review:
                text = tr("No certificate is waiting to be assigned.")
            else:
                text = tr("No certificate yet: import the files officers hand in "
                          "(or drag them onto this page).")
            self.explain.setText(text)
            return
        self.renew_button.setEnabled(row.officer_id is not None)
        text = parse.explain(row.kind_reason, row.issuer_cn, row.issuer_o, tr)
        text += " " + tr("Valid from {start} to {end}.").format(
            start=format_date(row.not_before.date()), end=format_date(row.not_after.date()))
        if row.match_problem:
            problem = tr(svc.MATCH_TEXTS[row.match_problem])
            text += " " + problem[:1].upper() + problem[1:] + "."
        self.explain.setText(text)

    def primary_action(self) -> None:
        (self.assign_selected if self.review else self.edit_selected)()

    def assign_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.last_dialog = open_dialog(AssignDialog(self.ctx, row, parent=self))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self.last_dialog = open_dialog(CertEditDialog(self.ctx, row.id, parent=self))
        except Exception as err:  # noqa: BLE001  (deleted on another PC meanwhile)
            self.ctx.prompts.error(self, tr("Certificates"), user_message(err))

    def renew_selected(self) -> None:
        row = self.selected()
        if row is not None and row.officer_id is not None:
            self.last_dialog = open_dialog(RequestDialog(self.ctx, row.officer_id, "renew", parent=self))
