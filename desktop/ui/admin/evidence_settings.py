"""Quản trị → Chung: where the digitized files are kept and the signing token's driver (both
set once per computer by the administrator)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QWidget

from core.accounts.permissions import can
from core.evidence import files, signing
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import path_field


class EvidenceSettings(QWidget):
    """Adds its rows to the tab's form (``form``), so the labels line up with the others."""

    def __init__(self, ctx: AppContext, form: QFormLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide()  # the owner of the rows' widgets and their slots; the rows live in ``form``
        self.ctx = ctx
        self.root = path_field("")  # a long path scrolls in its field, never widens the page
        self.driver = path_field("")
        self.root_button = QPushButton(tr("Choose…"))
        self.root_button.clicked.connect(self.choose_root)
        self.driver_button = QPushButton(tr("Choose…"))
        self.driver_button.clicked.connect(self.choose_driver)
        allowed = can(ctx.user.role, "change_settings")
        for label, value, button in ((tr("Folder of digitized files"), self.root, self.root_button),
                                     (tr("Signing token driver (PKCS#11)"), self.driver,
                                      self.driver_button)):
            button.setEnabled(allowed)
            row = QHBoxLayout()
            row.addWidget(value, 1)
            row.addWidget(button)
            form.addRow(label, row)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            root, driver = files.storage_root(s), signing.pkcs11_library(s)
        for field, text in ((self.root, str(root) if root else tr("not set")),
                            (self.driver, driver or tr("not set (reports can still be signed with "
                                                       "a .p12 file)"))):
            field.setText(text)
            field.setCursorPosition(0)
            field.setToolTip(text)

    def choose_root(self) -> None:
        folder = self.ctx.prompts.open_folder(self, tr("Folder of digitized files"))
        if folder is not None:
            self._save(lambda s: files.set_storage_root(s, Path(folder)))

    def choose_driver(self) -> None:
        path = self.ctx.prompts.open_file(self, tr("Signing token driver (PKCS#11)"),
                                          tr("Token driver (*.dll *.so *.dylib)"))
        if path is not None:
            self._save(lambda s: signing.set_pkcs11_library(s, Path(path)))

    def _save(self, write) -> None:
        self.ctx.ops.write(write, lambda _r: self.refresh(),
                           lambda err: self.ctx.prompts.warning(  # refused: nothing changed
                               self, tr("Settings"), user_message(err)), parent=self)
