"""Report settings: who signs (and on whose behalf), the place of the date line, the issuer."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from core.reports import data
from core.reports import register as service
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import FormDialog

AUTHORITY_TEXTS = {
    "tm": "TM. ỦY BAN NHÂN DÂN",
    "tm_kt": "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH",
    "kt": "KT. CHỦ TỊCH",
    "none": None,  # translated below
}


class ReportSettingsDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Report settings"), parent, 560)
        with ctx.store.session() as s:
            self.settings = service.load_settings(s)
            signers = data.signer_candidates(s)
        self.place = QLineEdit(self.settings.place)
        self.parent_body = QLineEdit(self.settings.parent_body)
        self.issuing_body = QLineEdit(self.settings.issuing_body)
        self.body_symbol = QLineEdit(self.settings.body_symbol)
        self.signer = QComboBox()
        self.signer.addItem(tr("(no signer chosen)"), "")
        for officer_id, name, position in signers:
            self.signer.addItem(f"{name} — {position}", officer_id)
        self.signer.setCurrentIndex(max(0, self.signer.findData(self.settings.signer_id)))
        self.authority = QComboBox()
        for key, text in AUTHORITY_TEXTS.items():
            self.authority.addItem(text or tr("Signs in own name"), key)
        self.authority.setCurrentIndex(max(0, self.authority.findData(self.settings.authority)))
        self.signer_title = QLineEdit(self.settings.signer_title)
        self.signer_title.setPlaceholderText(tr("e.g. CHỦ TỊCH, PHÓ CHỦ TỊCH"))
        self.recipients = QPlainTextEdit("\n".join(self.settings.recipients))
        self.recipients.setFixedHeight(110)
        form = self.form
        form.addRow(tr("Place on the date line"), self.place)
        form.addRow(tr("Parent body"), self.parent_body)
        form.addRow(tr("Issuing body"), self.issuing_body)
        form.addRow(tr("Issuer's letters in the number"), self.body_symbol)
        form.addRow(tr("Signed by"), self.signer)
        form.addRow(tr("Signs on behalf of"), self.authority)
        form.addRow(tr("Signer's title"), self.signer_title)
        form.addRow(tr("Recipients (one per line)"), self.recipients)
        self.fields = {"place": self.place, "issuing_body": self.issuing_body,
                       "signer": self.signer, "authority": self.authority}

    def values(self) -> service.ReportSettings:
        return service.ReportSettings(
            place=self.place.text(), parent_body=self.parent_body.text(),
            issuing_body=self.issuing_body.text(), body_symbol=self.body_symbol.text(),
            signer_id=self.signer.currentData() or "", signer_title=self.signer_title.text(),
            authority=self.authority.currentData(),
            recipients=self.recipients.toPlainText().splitlines())

    def prepare(self):
        values = self.values()
        return lambda s: service.save_settings(s, values)
