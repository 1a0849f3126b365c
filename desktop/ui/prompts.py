"""Every message box and file dialog goes through here, so tests replace one object."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.i18n import tr


class Prompts:
    def _box(self, parent, icon, title: str, text: str, details: str | None = None) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.addButton(tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        if details:
            box.setDetailedText(details)
        box.exec()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self._box(parent, QMessageBox.Icon.Information, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        self._box(parent, QMessageBox.Icon.Warning, title, text)

    def error(self, parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
        self._box(parent, QMessageBox.Icon.Critical, title, text, details)

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no or tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def open_file(self, parent: QWidget | None, title: str, file_filter: str, start: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, start, file_filter)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, file_filter: str, start: str = "") -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, start, file_filter)
        return [Path(n) for n in names]

    def open_folder(self, parent: QWidget | None, title: str, start: str = "") -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(name) if name else None

    def save_file(self, parent: QWidget | None, title: str, suggested: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return Path(name) if name else None

    def choose_printer(self, parent: QWidget | None, printer) -> bool:
        """The print dialog for ``printer`` (a QPrinter); True when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(tr("Print"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted
