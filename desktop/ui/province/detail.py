"""Drill-down of one commune at the province: digitization per field, each officer's status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout

from core.backlog.lots import FIELDS
from core.province import client as svc
from core.province.client import CommuneDetail, CommuneRow
from core.text import format_date, format_number, format_percent
from desktop.i18n import N_, tr, user_message
from desktop.ui.province.models import forecast_text, forecast_tip, stale_tip, when_text
from desktop.ui.province.moves import fill_transfers, transfers_table
from desktop.ui.widgets.tables import list_table

FIELD_COLUMNS = (N_("Field of records"), N_("Records"), N_("Digitized"), N_("Digitized %"),
                 N_("Checked"), N_("Signed"), N_("Stored"))
OFFICER_COLUMNS = (N_("Full name"), N_("Position"), N_("Must sign"),
                   N_("Certificate valid until"), N_("Required courses done"), N_("Trained"))


def _model(headers: tuple[str, ...], rows: list[list[str]]) -> QStandardItemModel:
    model = QStandardItemModel(len(rows), len(headers))
    model.setHorizontalHeaderLabels([tr(h) for h in headers])
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QStandardItem(value)
            item.setEditable(False)
            if c > 0 and headers is FIELD_COLUMNS:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.setItem(r, c, item)
    return model


def field_rows(fields: list[dict]) -> list[list[str]]:
    def share(count: int, total: int) -> str:
        return format_percent(100.0 * count / total if total else 0.0)

    return [[tr(FIELDS.get(f["field"], f["field"])), format_number(f["records"]),
             format_number(f["digitized"]), format_percent(f["digitized_percent"]),
             share(f["stages"].get("verified", 0), f["records"]),
             share(f["stages"].get("signed", 0), f["records"]),
             share(f["stages"].get("stored", 0), f["records"])] for f in fields]


def officer_rows(officers: list[dict]) -> list[list[str]]:
    out = []
    for o in officers:
        until = o["certificate_until"]
        cert = format_date(dt.datetime.fromisoformat(until).astimezone().date()) if until else (
            tr("None") if o["is_signer"] else "")
        if until and o["certificate_expiring"]:
            cert += " " + tr("(expiring)")
        out.append([o["full_name"], o["position"], tr("Yes") if o["is_signer"] else "", cert,
                    f"{o['courses_done']}/{o['required_courses']}",
                    tr("Yes") if o["trained"] else tr("No")])
    return out


class CommuneDetailDialog(QDialog):
    def __init__(self, detail: CommuneDetail, parent=None) -> None:
        super().__init__(parent)
        row = detail.row
        self.setWindowTitle(tr("{name} ({code})").format(name=row.name, code=row.code))
        facts = QGroupBox(tr("Summary (rank {rank})").format(rank=row.rank))
        grid = QGridLayout(facts)
        grid.setHorizontalSpacing(28)
        for i, text in enumerate(self._facts(row, detail)):
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(label, i // 2, i % 2)
        self.fields = list_table(_model(FIELD_COLUMNS, field_rows(detail.fields)),
                                 (240, 80, 90, 85, 95, 90), sort_column=None)
        self.officers = list_table(_model(OFFICER_COLUMNS, officer_rows(detail.officers)),
                                   (175, 230, 80, 160, 150), sort_column=None)
        for table in (self.fields, self.officers):
            table.verticalHeader().hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        if detail.error is not None:
            self.note.setStyleSheet("color: #c62828; font-weight: bold;")
            self.note.setText(tr("Could not get new figures: {message}").format(
                message=user_message(detail.error)) + " " + tr(
                "Showing the figures as of {time}.").format(time=when_text(detail.fetched_at)))
        else:
            self.note.setText(tr("Figures as of {time}").format(time=when_text(detail.fetched_at)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addWidget(QLabel(tr("Digitization by field")))
        layout.addWidget(self.fields, 1)
        layout.addWidget(QLabel(tr("Officers")))
        layout.addWidget(self.officers, 2)
        self.transfers = None
        if detail.transfers:  # counted once, where they work; the dates of each commune
            self.transfers = transfers_table()
            fill_transfers(self.transfers, detail.transfers, {row.code: row.name})
            layout.addWidget(QLabel(tr("Transfers ({count})").format(
                count=len(detail.transfers))))
            layout.addWidget(self.transfers, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(960, 640)

    @staticmethod
    def _facts(row: CommuneRow, detail: CommuneDetail) -> list[str]:
        facts = [
            tr("Digitized: {percent} of {records} records").format(
                percent=format_percent(row.digitized_percent), records=format_number(row.records)),
            tr("Target forecast: {text}").format(text=forecast_text(row)),
            tr("Signed records: {signed}, of which {backed} backed by a verified signed file and "
               "{unbacked} without evidence").format(
                signed=format_number(row.stages.get("signed", 0)),
                backed=format_number(row.signed_backed), unbacked=format_number(row.signed_unbacked))
            if row.signed_backed is not None else "",
            tr("Officials with a valid official-duty certificate: {percent} of {count} "
               "working officials").format(
                percent=format_percent(row.officers_cert_percent or 0.0), count=row.officers)
            if row.officers_cert_percent is not None else "",
            tr("Officers who must sign with a valid official-duty certificate: {percent} of "
               "{count}").format(percent=format_percent(row.cert_percent), count=row.signers),
            tr("Certificates expiring within 30 days: {count}").format(count=row.expiring),
            tr("Training: {percent} of {count} officers").format(
                percent=format_percent(row.training_percent), count=row.officers),
            tr("Last sync: {when}").format(when=when_text(row.last_sync) or tr("Never")),
            forecast_tip(row),
        ]
        stale = stale_tip(row, detail.fetched_at)
        return [f for f in facts if f] + ([stale] if stale else [])


def open_detail(page, row: CommuneRow) -> None:
    ctx, store = page.ctx, page.ctx.store

    def done(detail: CommuneDetail) -> None:
        page.detail_dialog = CommuneDetailDialog(detail, page)
        page.detail_dialog.open()

    # an op: the answer is kept in the data folder (shown when the server is unreachable)
    ctx.ops.run(lambda _p: svc.fetch_commune(store, row.code, page.passphrase), done,
                lambda e: ctx.prompts.error(page, row.name, user_message(e)), parent=page,
                progress=tr("Fetching the figures of {name}…").format(name=row.name))
