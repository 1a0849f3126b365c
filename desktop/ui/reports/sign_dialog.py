"""Ký số khi ban hành: how the issued report is signed — not digitally (the paper copy is signed
by hand), with the signer's token (PKCS#11, the driver set in Quản trị) or with a .p12 file.
The PIN or password typed here is used for this signature only and never stored."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.evidence import signing
from desktop.i18n import tr
from desktop.ui.context import AppContext


@dataclass
class SigningChoice:
    kind: str  # none / pkcs11 / p12
    path: str = ""  # the token driver or the .p12 file
    slot: int = 0
    secret: str = ""  # PIN or password, for this signature only


class SignDialog(QDialog):
    def __init__(self, ctx: AppContext, symbol: str, date: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Issue and sign the report"))
        self.setMinimumWidth(560)
        with ctx.store.session() as s:
            self.driver = signing.pkcs11_library(s)
        intro = QLabel(tr("The report is issued as number <b>{symbol}</b>, dated {date}. The number "
                          "is taken from the register and the issued report cannot be changed.")
                       .format(symbol=symbol, date=date))
        intro.setWordWrap(True)
        self.none = QRadioButton(tr("Do not sign digitally (print it and sign the paper copy)"))
        self.token = QRadioButton(tr("Sign with the official-duty token (USB token)"))
        self.p12 = QRadioButton(tr("Sign with a certificate file (.p12, .pfx)"))
        group = QButtonGroup(self)
        for button in (self.none, self.token, self.p12):
            group.addButton(button)
            button.toggled.connect(self._update)
        self.driver_label = QLabel(self.driver or tr("No token driver is set: the administrator sets "
                                                     "it in Quản trị → Chung."))
        self.driver_label.setWordWrap(True)
        self.slot = QSpinBox()
        self.slot.setRange(0, 31)
        self.slot.setToolTip(tr("The token's position in the driver's list (0 = the first)"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.p12_path = QLineEdit()
        self.p12_path.setReadOnly(True)
        self.p12_button = QPushButton(tr("Choose…"))
        self.p12_button.clicked.connect(self.choose_p12)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        token_form = QFormLayout()
        token_form.addRow(tr("Driver"), self.driver_label)
        token_form.addRow(tr("Token position"), self.slot)
        token_form.addRow(tr("PIN"), self.pin)
        file_row = QHBoxLayout()
        file_row.addWidget(self.p12_path, 1)
        file_row.addWidget(self.p12_button)
        p12_form = QFormLayout()
        p12_form.addRow(tr("File"), file_row)
        p12_form.addRow(tr("Password"), self.password)
        note = QLabel(tr("The signature is placed under “TM. ỦY BAN NHÂN DÂN”. The PIN or password is "
                         "used for this signature only and is never stored."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Issue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.none)
        layout.addWidget(self.token)
        layout.addLayout(token_form)
        layout.addWidget(self.p12)
        layout.addLayout(p12_form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.token_widgets = (self.slot, self.pin)
        self.p12_widgets = (self.p12_path, self.p12_button, self.password)
        (self.token if self.driver else self.none).setChecked(True)
        self.token.setEnabled(bool(self.driver))
        self._update()

    def _update(self) -> None:
        self.error.hide()
        for widget in self.token_widgets:
            widget.setEnabled(self.token.isChecked())
        for widget in self.p12_widgets:
            widget.setEnabled(self.p12.isChecked())

    def choose_p12(self) -> None:
        path = self.ctx.prompts.open_file(self, tr("Certificate file"),
                                          tr("Certificate with key (*.p12 *.pfx)"))
        if path is not None:
            self.p12_path.setText(str(path))
            self.error.hide()

    def choice(self) -> SigningChoice | None:
        """What was chosen, or None (with the reason shown) when something is missing."""
        if self.token.isChecked():
            if not self.pin.text():
                return self._missing(tr("Enter the token's PIN."))
            return SigningChoice("pkcs11", self.driver, self.slot.value(), self.pin.text())
        if self.p12.isChecked():
            if not self.p12_path.text():
                return self._missing(tr("Choose the certificate file."))
            return SigningChoice("p12", self.p12_path.text(), 0, self.password.text())
        return SigningChoice("none")

    def _missing(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        return None

    def accept(self) -> None:
        if self.choice() is not None:
            super().accept()

    def forget_secrets(self) -> None:
        self.pin.clear()
        self.password.clear()

