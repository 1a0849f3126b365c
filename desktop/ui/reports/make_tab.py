"""Lập báo cáo: choose a report and period → generate in a worker → preview → print / save / issue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.reports import catalog, monthly, pdf, signer, xlsx
from core.reports import register as service
from core.reports.common import Stamp
from db.errors import UserError
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.reports.period_picker import PeriodPicker
from desktop.ui.reports.preview import PdfPreview, save_pdf
from desktop.ui.tasks import run_with_progress

ISSUERS = ("supervisor", "admin")


class MakeTab(QWidget):
    def __init__(self, ctx: AppContext, today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today  # fixed in tests; otherwise the day the report is made or issued
        self.document = None  # the document model of what is shown
        self.data: bytes | None = None  # the PDF shown
        self.issued: service.Issued | None = None
        self.kind = QComboBox()
        for kind in catalog.KINDS.values():
            self.kind.addItem(tr(kind.label), kind.key)
        self.picker = PeriodPicker(today)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("Difficulties and proposals of this month, as they "
                                        "should appear in section IV. Remembered per month."))
        self.note_label = QLabel(tr("Difficulties, problems and proposals"))
        self.generate_button = QPushButton(tr("Make the report"))
        self.generate_button.setDefault(True)
        self.print_button = QPushButton(tr("Print…"))
        self.save_button = QPushButton(tr("Save PDF…"))
        self.xlsx_button = QPushButton(tr("Export to Excel…"))
        self.issue_button = QPushButton(tr("Issue…"))
        self.status = QLabel(tr("Choose a report and a period, then press Make the report."))
        self.status.setWordWrap(True)
        self.view = PdfPreview(self)
        self.pdf_document = self.view.pdf_document
        self._layout()
        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.picker.changed.connect(self._choice_changed)
        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.issue_button.clicked.connect(self.issue)
        self._choice_changed()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @today.setter
    def today(self, value: dt.date | None) -> None:
        self._today = value

    def _layout(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(tr("Report"), self.kind)
        form.addRow(tr("Period"), self.picker)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.note_label)
        side.addWidget(self.note, 1)
        side.addWidget(self.generate_button)
        row = QHBoxLayout()
        for button in (self.print_button, self.save_button):
            row.addWidget(button)
        side.addLayout(row)
        row2 = QHBoxLayout()
        for button in (self.xlsx_button, self.issue_button):
            row2.addWidget(button)
        side.addLayout(row2)
        side.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view.beside(side, 380))

    # choice --------------------------------------------------------------------------------
    def _kind(self) -> catalog.ReportKind:
        return catalog.get(self.kind.currentData())

    def _choice_changed(self) -> None:
        is_monthly = self.kind.currentData() == monthly.KIND
        self.note.setVisible(is_monthly)
        self.note_label.setVisible(is_monthly)
        if is_monthly:
            try:
                key = self.picker.period().key
            except UserError:
                key = ""
            with self.ctx.store.session() as s:
                self.note.setPlainText(service.get_note(s, monthly.KIND, key) if key else "")
        self._show(None, None, None)

    def _buttons(self) -> None:
        ready = self.data is not None
        for button in (self.print_button, self.save_button, self.xlsx_button):
            button.setEnabled(ready)
        may_issue = self.ctx.user.role in ISSUERS
        self.issue_button.setEnabled(ready and self.issued is None and may_issue)
        self.issue_button.setToolTip("" if may_issue else tr("Only a supervisor or an "
                                                             "administrator issues reports."))

    def _show(self, document, data: bytes | None, issued: service.Issued | None) -> None:
        self.document, self.data, self.issued = document, data, issued
        pages = self.view.show_pdf(data)
        if data is not None:
            if issued is None:
                self.status.setText(tr("Preview, {pages} pages. The number is given when the "
                                       "report is issued.").format(pages=pages))
            else:
                text = tr("Issued as number {symbol} on {date}. Printing it again gives the same "
                          "file.").format(symbol=issued.symbol,
                                          date=issued.issued_on.strftime("%d/%m/%Y"))
                if issued.signed_by and service.sha256(data) != issued.sha256:
                    text += " " + tr("Signed digitally by {name}: save the signed PDF now; the "
                                     "register keeps its fingerprint, and a reprint is the unsigned "
                                     "copy.").format(name=issued.signed_by)
                elif issued.signed_by:
                    text += " " + tr("It was signed digitally by {name}; this reprint is the unsigned "
                                     "copy. Check the signed file with “Check a signed report…” in "
                                     "the register.").format(name=issued.signed_by)
                self.status.setText(text)
        self._buttons()

    def _later(self, document, data: bytes, issued: service.Issued | None) -> None:
        """Load the preview once the progress dialog is gone (QtPdf runs the event loop)."""
        QTimer.singleShot(0, lambda: self._show(document, data, issued))

    def _failed(self, err: Exception) -> None:
        self.ctx.prompts.error(self, tr("Reports"), user_message(err))

    # generate ------------------------------------------------------------------------------
    def generate(self) -> None:
        try:
            period = self.picker.period()
        except UserError as err:
            self._failed(err)
            return
        kind = self._kind()
        if kind.key == monthly.KIND:  # the note first (the writer), then the report from it
            note = self.note.toPlainText()
            self.ctx.ops.write(lambda s: service.save_note(s, monthly.KIND, period.key, note),
                               lambda _r: self._make(kind, period), self._failed, parent=self)
        else:
            self._make(kind, period)

    def _make(self, kind, period) -> None:
        store, today = self.ctx.store, self.today

        def work(progress):
            with store.session() as s:
                document = catalog.build(s, kind.key, period, Stamp(None, today))
            progress.check()
            return document, pdf.render(document, progress=lambda d, t: (
                progress.check(), progress.report(d, t, tr("Drawing the pages…"))))

        run_with_progress(self.ctx.runner, self, tr("Making the report…"), work,
                          lambda result: self._later(result[0], result[1], None), self._failed)

    # issue ---------------------------------------------------------------------------------
    def issue(self) -> None:
        period, kind, today = self.picker.period(), self._kind(), self.today
        with self.ctx.store.session() as s:
            number = service.next_number(s, today.year, kind.doc_type)
            symbol = f"{number:02d}/{kind.doc_type}-{service.load_settings(s).body_symbol}"
            warning = signer.certificate_warning(s, today)
        if warning is not None and not self.ctx.prompts.confirm(
                self, tr("Signer's certificate"),
                user_message(warning) + "\n\n" + tr("Issue the report anyway?"),
                tr("Issue anyway")):
            return
        if not self.ctx.prompts.confirm(
                self, tr("Issue the report"),
                tr("Issue this report as number {symbol}, dated {date}? The number is taken from "
                   "the register and the issued report cannot be changed.").format(
                    symbol=symbol, date=today.strftime("%d/%m/%Y")), tr("Issue")):
            return
        from desktop.ui.reports.sign_dialog import SignDialog

        dialog = SignDialog(self.ctx, symbol, today.strftime("%d/%m/%Y"), parent=self)
        self.sign_dialog = dialog  # tests and screenshots look at it
        self.ctx.prompts.show_dialog(dialog, lambda: self._issue_as(dialog, kind, period, today))

    def _issue_as(self, dialog, kind, period, today) -> None:
        """The signing chosen (or none): the register's number taken, the report issued."""
        choice = dialog.choice()
        dialog.forget_secrets()
        ctx = self.ctx

        def work(_progress):
            with ctx.write() as s:
                box = {}

                def make(n, d):
                    box["doc"] = catalog.build(s, kind.key, period, Stamp(n, d))
                    return box["doc"]

                if choice is None or choice.kind == "none":
                    issued, data = service.issue(s, kind.key, period.key, today, make, pdf.render,
                                                 kind.doc_type)
                else:
                    issued, data = _issue_signed(s, choice, kind, period, today, make)
            return box["doc"], data, issued

        # an op: the register's number is taken by the one writer; its screens refresh from it
        self.ctx.ops.run(work, lambda result: self._later(*result), self._failed, parent=self,
                         progress=tr("Issuing the report…"))

    def show_issued(self, register_id) -> None:
        """Show an issued report again, rebuilt from the register identical to the byte."""
        try:
            with self.ctx.store.session() as s:
                document, issued = service.issued_document(s, register_id)
                data = service.reprint(s, register_id, pdf.render)
        except service.RedrawnCopy as note:
            data = note.data
            self.ctx.prompts.info(self, tr("Reprint"), user_message(note))
        except UserError as err:
            self._failed(err)
            return
        self._show(document, data, issued)

    # output --------------------------------------------------------------------------------
    def _suggested(self, suffix: str) -> str:
        try:
            return catalog.file_name(self._kind().key, self.picker.period(), suffix)
        except UserError:
            return "bao-cao" + suffix

    def save_pdf(self) -> None:
        path = save_pdf(self.ctx.prompts, self, self.data, self._suggested(".pdf"))
        if path is not None:
            self.status.setText(tr("Saved {file}.").format(file=str(path)))

    def export_xlsx(self) -> None:
        path = self.ctx.prompts.save_file(self, tr("Export to Excel"), self._suggested(".xlsx"),
                                          tr("Excel files (*.xlsx)"))
        if path is None or self.document is None:
            return
        document = self.document
        run_with_progress(self.ctx.runner, self, tr("Exporting…"),
                          lambda _p: xlsx.export(document, path),
                          lambda p: self.status.setText(tr("Saved {file}.").format(file=str(p))),
                          self._failed)

    def print_report(self) -> None:
        self.view.print_with(self.ctx.prompts, self)


def _issue_signed(session, choice, kind, period, today, make):
    """Issue and sign in the caller's transaction; the PIN or password lives only in ``choice``."""
    from contextlib import nullcontext
    from pathlib import Path

    from core.evidence import signing

    place = service.load_settings(session).place
    if choice.kind == "p12":
        key = nullcontext(signing.p12_signer(Path(choice.path), choice.secret))
    else:
        key = signing.pkcs11_signer(choice.path, choice.slot, choice.secret)
    with key as signer:
        return signing.issue_and_sign(session, kind.key, period.key, today, make, kind.doc_type,
                                      signer, place)
