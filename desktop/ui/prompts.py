"""Every message box and file dialog goes through here, so tests replace one object.

File dialogs open in the folder last used (kept in ui.ini when ``settings`` is given), the
first time in Documents — never in the program's working folder. They are the system's own
dialogs where it has them (Windows: Vietnamese from the system, Qt has no qtbase_vi)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.i18n import tr

LAST_FOLDER = "dialogs/last_folder"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class Prompts:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings  # set by the app once the data folder (ui.ini) is known
        self._last: Path | None = None

    def start_folder(self) -> Path:
        """The folder the last file dialog ended in (if it still exists), else Documents."""
        last = self._last
        if last is None and self.settings is not None:
            stored = self.settings.value(LAST_FOLDER)
            last = Path(str(stored)) if stored else None
        if last is not None and last.is_dir():
            return last
        return documents_folder()

    def remember(self, chosen: Path | None, is_folder: bool = False) -> None:
        if chosen is None:
            return
        self._last = chosen if is_folder else chosen.parent
        if self.settings is not None:
            self.settings.setValue(LAST_FOLDER, str(self._last))

    def suggested_path(self, suggested: str) -> Path:
        """A suggested file name placed in :meth:`start_folder`; a whole path stays as it is."""
        target = Path(suggested)
        return target if target.is_absolute() else self.start_folder() / target

    def _start(self, start: str | Path = "") -> str:
        return str(start) if start else str(self.start_folder())

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

    def show_dialog(self, dialog, on_accepted) -> None:
        """A form dialog of our own, window-modal without a nested event loop; ``on_accepted``
        runs when the user confirms it (tests fill it in and answer)."""
        from desktop.ui.widgets.dialogs import open_dialog

        open_dialog(dialog, on_accepted)

    def open_file(self, parent: QWidget | None, title: str, file_filter: str,
                  start: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, self._start(start), file_filter)
        chosen = Path(name) if name else None
        self.remember(chosen)
        return chosen

    def open_files(self, parent: QWidget | None, title: str, file_filter: str,
                   start: str = "") -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, self._start(start), file_filter)
        chosen = [Path(n) for n in names]
        self.remember(chosen[0] if chosen else None)
        return chosen

    def open_folder(self, parent: QWidget | None, title: str, start: str = "") -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, self._start(start))
        chosen = Path(name) if name else None
        self.remember(chosen, is_folder=True)
        return chosen

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(self.suggested_path(suggested)),
                                              file_filter)
        chosen = Path(name) if name else None
        self.remember(chosen)
        return chosen

    def choose_printer(self, parent: QWidget | None, printer, on_chosen) -> None:
        """The print dialog for ``printer`` (a QPrinter), without a nested event loop;
        ``on_chosen`` runs when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        from desktop.ui.widgets.dialogs import open_dialog

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(tr("Print"))
        dialog.finished.connect(dialog.deleteLater)
        open_dialog(dialog, on_chosen)
