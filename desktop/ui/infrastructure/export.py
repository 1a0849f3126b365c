"""Saving the register, the requirements check and the estimate to one .xlsx (in the background)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core.infrastructure import export as infra_export
from core.text import format_number
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.tasks import run_with_progress


def export_workbook(ctx: AppContext, parent: QWidget) -> None:
    path = ctx.prompts.save_file(parent, tr("Export to Excel"), tr("ha-tang-cntt.xlsx"),
                                 tr("Excel files (*.xlsx)"))
    if path is None:
        return
    commune = ctx.store.commune()
    name = f"{commune.name}, {commune.province_name}" if commune else ""
    store = ctx.store

    def work(_progress) -> int:
        with store.session() as s:
            return infra_export.export(s, path, tr, name)

    def done(count: int) -> None:
        ctx.prompts.info(parent, tr("Export to Excel"), tr(
            "Saved {file}: {count} devices, the requirements check and the estimate.").format(
            file=path.name, count=format_number(count)))

    def failed(err: Exception) -> None:
        ctx.prompts.error(parent, tr("Export to Excel"), user_message(err))

    run_with_progress(ctx.runner, parent, tr("Exporting…"), work, done, failed)
