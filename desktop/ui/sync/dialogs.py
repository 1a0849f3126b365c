"""The passphrase of the key file (used only where the computer has no keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.i18n import tr
from desktop.ui.widgets.forms import button_box, error_label, mark_error


class PassphraseDialog(QDialog):
    """Asks the passphrase; with ``create`` twice, and says where the key file goes."""

    def __init__(self, create: bool, key_file: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Signing key passphrase"))
        self.create = create
        if create:
            text = tr("This computer has no password store (keyring). The signing key of this "
                      "computer will be kept in the file {path}, encrypted with a passphrase you "
                      "choose now. Keep the passphrase: it is asked at every sync.").format(path=key_file)
        else:
            text = tr("Type the passphrase of the signing key file {path}.").format(path=key_file)
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr("Passphrase"), self.first)
        if create:
            form.addRow(tr("Type it again"), self.second)
        self.error = error_label()
        buttons = button_box(tr("OK"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @property
    def passphrase(self) -> str:
        return self.first.text()

    def check(self) -> None:
        problem = None
        if self.create and len(self.first.text()) < 8:
            problem = tr("The passphrase must have at least 8 characters.")
        elif self.create and self.first.text() != self.second.text():
            problem = tr("The two passphrases differ.")
        mark_error(self.first, problem is not None)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()
