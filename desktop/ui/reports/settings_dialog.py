"""Report settings: who signs (and on whose behalf), the place of the date line, the issuer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.reports import data
from core.reports import register as service
from db.errors import UserError
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import button_box, error_label, show_field_error

AUTHORITY_TEXTS = {
    "tm": "TM. ỦY BAN NHÂN DÂN",
    "tm_kt": "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH",
    "kt": "KT. CHỦ TỊCH",
    "none": None,  # translated below
}


class ReportSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Report settings"))
        self.setMinimumWidth(560)
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
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr("Place on the date line"), self.place)
        form.addRow(tr("Parent body"), self.parent_body)
        form.addRow(tr("Issuing body"), self.issuing_body)
        form.addRow(tr("Issuer's letters in the number"), self.body_symbol)
        form.addRow(tr("Signed by"), self.signer)
        form.addRow(tr("Signs on behalf of"), self.authority)
        form.addRow(tr("Signer's title"), self.signer_title)
        form.addRow(tr("Recipients (one per line)"), self.recipients)
        buttons = button_box()
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.fields = {"place": self.place, "issuing_body": self.issuing_body,
                       "signer": self.signer, "authority": self.authority}

    def values(self) -> service.ReportSettings:
        return service.ReportSettings(
            place=self.place.text(), parent_body=self.parent_body.text(),
            issuing_body=self.issuing_body.text(), body_symbol=self.body_symbol.text(),
            signer_id=self.signer.currentData() or "", signer_title=self.signer_title.text(),
            authority=self.authority.currentData(),
            recipients=self.recipients.toPlainText().splitlines())

    def save(self) -> None:
        try:
            with self.ctx.write() as s:
                service.save_settings(s, self.values())
        except UserError as err:
            show_field_error(self.fields, self.error, err)
            return
        self.ctx.signals.data_changed.emit("setting")
        self.accept()
