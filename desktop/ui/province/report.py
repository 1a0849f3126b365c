"""Báo cáo toàn tỉnh: the issuer and signer on the left, the PDF preview on the right; print or
save it. Made from the figures shown on the Toàn tỉnh page (the time they were fetched is in it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from core.province import client as svc
from core.province import report as province_report
from core.reports import pdf
from core.text import format_date
from db.errors import UserError
from desktop.i18n import tr, user_message
from desktop.ui.reports.preview import PdfPreview, save_pdf
from desktop.ui.tasks import run_with_progress
from desktop.ui.widgets.forms import error_label, mark_error, show_field_error


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class ProvinceReportDialog(QDialog):
    def __init__(self, ctx, snapshot: svc.Snapshot, parent=None,
                 today: dt.date | None = None, passphrase: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot = snapshot
        self.shown = snapshot  # the Toàn tỉnh page's figures
        self.passphrase = passphrase
        self.today = today or dt.date.today()
        self.period = QComboBox()
        self.period.addItem(tr("When the figures were fetched ({time})").format(
            time=snapshot.fetched_at.astimezone().strftime("%H:%M %d/%m/%Y")), None)
        last_month_end = self.today.replace(day=1) - dt.timedelta(days=1)
        self.period.addItem(tr("End of last month ({date})").format(
            date=format_date(last_month_end)), last_month_end)
        self.period.setToolTip(tr("Officers are counted once, in the commune where they work at "
                                  "that moment (a report for last month issued today counts "
                                  "them where they were at the month's end)"))
        self.period.currentIndexChanged.connect(self.change_period)
        self.data: bytes | None = None
        self.setWindowTitle(tr("Province report"))
        settings = svc.report_settings(ctx.store)
        self.parent_body = QLineEdit(settings.parent_body)
        self.parent_body.setToolTip(tr("The body above the issuer, upper case, e.g. UBND TỈNH "
                                       "LẠNG SƠN (may be empty)"))
        self.issuing_body = QLineEdit(settings.issuing_body)
        self.issuing_body.setToolTip(tr("The body that issues the report, upper case"))
        self.body_symbol = QLineEdit(settings.body_symbol)
        self.body_symbol.setToolTip(tr("The issuer's letters in the number line, e.g. SKHCN in "
                                       "“Số: …/BC-SKHCN”"))
        self.place = QLineEdit(settings.place)
        self.place.setToolTip(tr("The place in the date line, e.g. Lạng Sơn"))
        self.signer_lines = QPlainTextEdit("\n".join(settings.signer_lines))
        self.signer_lines.setToolTip(tr("The lines above the signature, one per line, e.g. "
                                        "KT. GIÁM ĐỐC then PHÓ GIÁM ĐỐC"))
        self.signer_name = QLineEdit(settings.signer_name)
        self.signer_name.setToolTip(tr("Full name of the person who signs"))
        self.recipients = QPlainTextEdit("\n".join(settings.recipients))
        self.recipients.setToolTip(tr("Nơi nhận: one recipient per line, e.g. UBND tỉnh (b/c);"))
        for edit in (self.signer_lines, self.recipients):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(72)
        self.fields = {"parent_body": self.parent_body, "issuing_body": self.issuing_body,
                       "place": self.place, "signer_name": self.signer_name}
        self.error = error_label()
        self.preview_button = QPushButton(tr("Update the preview"))
        self.preview_button.setToolTip(tr("Draw the report again with the texts on the left"))
        self.print_button = QPushButton(tr("Print…"))
        self.save_button = QPushButton(tr("Save PDF…"))
        self.close_button = QPushButton(tr("Close"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.view = PdfPreview(self)
        self.pdf_document = self.view.pdf_document
        self._layout()
        self.preview_button.clicked.connect(self.make)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.accept)
        self._buttons()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: full-width fields
        form.addRow(tr("Officers counted at"), self.period)
        form.addRow(tr("Place on the date line"), self.place)
        form.addRow(tr("Parent body"), self.parent_body)
        form.addRow(tr("Issuing body"), self.issuing_body)
        form.addRow(tr("Issuer's letters in the number"), self.body_symbol)
        form.addRow(tr("Signature lines"), self.signer_lines)
        form.addRow(tr("Signed by"), self.signer_name)
        form.addRow(tr("Recipients (one per line)"), self.recipients)
        side = QVBoxLayout()
        note = QLabel(tr("Figures as of {time}: the ones shown on the Whole province page. "
                         "Press Refresh there first for the latest.").format(
            time=self.snapshot.fetched_at.astimezone().strftime("%H:%M %d/%m/%Y")))
        note.setWordWrap(True)
        note.setObjectName("hint")
        side.addWidget(note)
        side.addLayout(form)
        side.addWidget(self.error)
        side.addWidget(self.preview_button)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        side.addLayout(row)
        side.addWidget(self.status)
        side.addStretch(1)
        side.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view.beside(side, 360))
        self.resize(1100, 700)

    def change_period(self) -> None:
        """The page's figures, or the hub's as at the chosen period's end (fetched in a worker),
        then the preview drawn again."""
        as_of = self.period.currentData()
        if as_of is None:
            self.snapshot = self.shown
            self.make()
            return
        store, passphrase = self.ctx.store, self.passphrase

        def done(snapshot: svc.Snapshot) -> None:
            self.snapshot = snapshot
            self.make()

        def failed(error: Exception) -> None:
            self.period.blockSignals(True)
            self.period.setCurrentIndex(0)
            self.period.blockSignals(False)
            self.snapshot = self.shown
            self.ctx.prompts.error(self, tr("Province report"), user_message(error))

        run_with_progress(self.ctx.runner, self, tr("Fetching the province figures…"),
                          lambda _p: svc.fetch_summary(store, passphrase, 1, as_of), done, failed)

    def _buttons(self) -> None:
        for button in (self.print_button, self.save_button):
            button.setEnabled(self.data is not None)

    def settings(self) -> province_report.ReportSettings:
        return province_report.ReportSettings(
            parent_body=self.parent_body.text(), issuing_body=self.issuing_body.text(),
            body_symbol=self.body_symbol.text(), place=self.place.text(),
            signer_lines=_lines(self.signer_lines), signer_name=self.signer_name.text(),
            recipients=_lines(self.recipients))

    def make(self) -> None:
        """Keep the texts (checked), then draw the report in a worker and show it."""
        for widget in self.fields.values():
            mark_error(widget, False)
        settings = self.settings()
        try:
            province_report.check(settings)
        except UserError as err:
            show_field_error(self.fields, self.error, err)
            return
        self.error.hide()
        if settings == svc.report_settings(self.ctx.store):
            self._draw(settings)
            return
        store, user = self.ctx.store, self.ctx.user.username

        def refused(err: Exception) -> None:
            if isinstance(err, UserError):
                show_field_error(self.fields, self.error, err)
            else:
                self.ctx.prompts.error(self, tr("Province report"), user_message(err))

        # kept for the next report (the writer), then drawn from what was kept
        self.ctx.ops.run(lambda _p: svc.save_report_settings(store, settings, user), self._draw,
                         refused, parent=self)

    def _draw(self, settings: province_report.ReportSettings) -> None:
        snapshot, today = self.snapshot, self.today

        def work(progress):
            document = province_report.build(snapshot, settings, today)
            return pdf.render(document, progress=lambda d, t: progress.report(
                d, t, tr("Drawing the pages…")))

        run_with_progress(self.ctx.runner, self, tr("Making the report…"), work,
                          lambda data: QTimer.singleShot(0, lambda: self._show(data)),
                          lambda e: self.ctx.prompts.error(self, tr("Province report"),
                                                           user_message(e)))

    def _show(self, data: bytes) -> None:
        self.data = data
        pages = self.view.show_pdf(data)
        self.status.setText(tr("Preview, {pages} pages. Write the number by hand, or in the "
                               "document system, when the report is issued.").format(pages=pages))
        self._buttons()

    def save_pdf(self) -> None:
        path = save_pdf(self.ctx.prompts, self, self.data, province_report.file_name(self.today))
        if path is not None:
            self.status.setText(tr("Saved {file}.").format(file=str(path)))

    def print_report(self) -> None:
        self.view.print_with(self.ctx.prompts, self)


def open_report(page) -> ProvinceReportDialog | None:
    """From the Toàn tỉnh page: the report of the figures it shows, drawn at once."""
    if page.snapshot is None or not page.snapshot.rows:
        page.ctx.prompts.info(page, tr("Province report"),
                              tr("There are no figures to report yet. Press Refresh."))
        return None
    dialog = ProvinceReportDialog(page.ctx, page.snapshot, page, passphrase=page.passphrase)
    page.report_dialog = dialog
    dialog.make()
    dialog.open()
    return dialog
