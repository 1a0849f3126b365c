"""The passphrase of the signing key file (used only where the computer has no keyring), asked
by the sync screen, the province view and the first-run wizard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.i18n import tr
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.forms import FormDialog, mark_error


class PassphraseDialog(FormDialog):
    """Asks the passphrase; with ``create`` twice, and says where the key file goes."""

    def __init__(self, create: bool, key_file: str, parent=None) -> None:
        super().__init__(None, tr("Signing key passphrase"), parent, 460)
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
        self.form.addRow(tr("Passphrase"), self.first)
        if create:
            self.form.addRow(tr("Type it again"), self.second)
        self.add_above(intro)
        self.ok_button().setText(tr("OK"))

    @property
    def passphrase(self) -> str:
        return self.first.text()

    def save(self) -> None:
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


def with_keys(store, prompts, parent, passphrase: str | None,
              then: Callable[[str | None], None], runner) -> None:
    """``then(passphrase)`` once this computer's signing key can be used; not called when the
    user gives up. Every question is a dialog that does not block.

    The keyring needs nothing (``then`` at once); a key file asks its passphrase once (pass back
    what ``then`` got); a computer without a keyring is offered a key file, created with a
    passphrase chosen now — its setting written on ``runner`` (``ctx.ops``, or a TaskRunner in
    the first-run wizard), never on the GUI thread.
    """
    from core.sync import service as sync_svc
    from core.sync.keys import KEY_FILE_NAME, KeyringUnavailable
    from desktop.i18n import user_message

    key_file = str(store.paths.home / KEY_FILE_NAME)
    if sync_svc.uses_key_file(store):
        if passphrase is not None:
            then(passphrase)
            return
        dialog = PassphraseDialog(False, key_file, parent)
        parent.passphrase_dialog = dialog  # tests fill it in
        open_dialog(dialog, lambda: then(dialog.passphrase))
        return
    try:
        sync_svc.load_keys(store)
    except KeyringUnavailable as err:
        if not prompts.confirm(parent, tr("Signing key"), user_message(err), tr("Use a key file")):
            return
    else:
        then(passphrase)
        return
    dialog = PassphraseDialog(True, key_file, parent)
    parent.passphrase_dialog = dialog

    def chosen() -> None:
        chosen_passphrase = dialog.passphrase
        runner.run(lambda _p: sync_svc.use_key_file(store, chosen_passphrase),
                   lambda _path: then(chosen_passphrase),
                   lambda e: prompts.error(parent, tr("Signing key"), user_message(e)))

    open_dialog(dialog, chosen)
