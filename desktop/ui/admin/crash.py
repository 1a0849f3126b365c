"""The Vietnamese face of the unexpected: the crash dialog and the damaged-file offer at start."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from core.backup import recovery
from core.config import Paths
from desktop.i18n import tr


class CrashDialog(QMessageBox):
    """An unexpected error: reassure, offer the diagnostics for the help desk, no traceback."""

    def __init__(self, paths: Paths | None, details: str, parent=None) -> None:
        super().__init__(QMessageBox.Icon.Critical, tr("Xã Số"), tr(
            "Something unexpected went wrong. Your saved data is safe. If it happens again, "
            "export the diagnostics and send the file to the province help desk."),
            QMessageBox.StandardButton.NoButton, parent)
        self.paths = paths
        self.export_button = self.addButton(tr("Export diagnostics…"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        self.export_button.setEnabled(paths is not None)
        self.setDetailedText(details)


def show_crash(prompts, paths: Paths | None, details: str) -> None:
    dialog = CrashDialog(paths, details)
    dialog.exec()
    if dialog.clickedButton() is dialog.export_button:
        export_diagnostics(prompts, None, paths)


def export_diagnostics(prompts, parent, paths: Paths, facts: dict | None = None) -> None:
    from core import diagnostics  # importlib.metadata, zipfile: not at every start

    target = prompts.save_file(parent, tr("Export diagnostics"), diagnostics.suggested_name(),
                               tr("Zip file (*.zip)"))
    if target is None:
        return
    from db.errors import UserError
    from desktop.i18n import user_message

    try:
        diagnostics.export_diagnostics(paths, target, facts)
    except UserError as err:
        prompts.error(parent, tr("Export diagnostics"), user_message(err))
        return
    prompts.info(parent, tr("Export diagnostics"), tr(
        "Saved {file}. It holds the logs and program versions, never your data or passwords. "
        "Send it to the province help desk.").format(file=str(target)))


def check_at_start(paths: Paths, prompts, check: recovery.StartupCheck | None = None) -> bool:
    """Unclean shutdown and damaged file: offer the newest good backup. False = do not open.
    ``check``: the check already made (at start, in the worker that opens the data folder)."""
    check = check or recovery.check_at_start(paths)
    if not check.damaged:
        return True
    backup = recovery.newest_good_backup(paths)
    if backup is None:
        prompts.error(None, tr("Xã Số"), tr(
            "The data file {path} is damaged and there is no good backup in the data folder. Do "
            "not enter data; contact the province help desk.").format(path=str(paths.db_file)),
            "\n".join(check.problems[:20]))
        return False
    if not prompts.confirm(None, tr("Xã Số"), tr(
            "The data file is damaged{after}. Restore the newest good backup, made on {when}? "
            "Changes made after it are lost; the damaged file is kept in the backups folder for "
            "the help desk.").format(after=tr(" after an unexpected shutdown") if check.unclean else "",
                                     when=backup.made_at.strftime("%d/%m/%Y %H:%M")),
            tr("Restore the backup"), tr("Exit")):
        return False
    recovery.recover(paths, backup)  # the copy comes in under a new sync epoch already
    return True


def end_session(paths: Paths) -> None:
    recovery.end_session(paths)
