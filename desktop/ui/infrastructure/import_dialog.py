"""Importing the equipment register from Excel: every row previewed, then all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from core.infrastructure import import_equipment as imp
from core.text import counts
from db.errors import N_
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.infrastructure.models import kind_text
from desktop.ui.widgets.import_dialog import (
    STATUS_COLORS,
    FileImporter,
    ImportDialog,
    PreviewRow,
    problems_text,
    status_text,
)


class EquipmentImporter(FileImporter):
    title = N_("Import the equipment register")
    widths = (50, 90, 100, 230, 220)

    def read(self, _progress) -> imp.ImportPreview:
        table = imp.read_table(self.path)
        with self.store.session() as s:
            return imp.preview(s, table)

    def columns(self, _preview) -> list[str]:
        return [tr("Row"), tr("Status"), tr("Asset code"), tr("Device type"), tr("Make, model"),
                tr("Problem")]

    def rows(self, p: imp.ImportPreview) -> list[PreviewRow]:
        rows = []
        for row in p.rows:
            d = row.data
            rows.append(PreviewRow([str(row.row_no), status_text(row.status), d.asset_code if d else "",
                                    kind_text(d.kind, d.subtype) if d else "", d.make_model if d else "",
                                    problems_text(row.problems)], STATUS_COLORS[row.status]))
        return rows

    def summary(self, p: imp.ImportPreview) -> str:
        return tr("<b>{file}</b>: {rows} rows — {new} new, {update} to update, {same} unchanged, "
                  "{errors} with errors.").format(**counts(
            file=self.name, rows=len(p.rows), new=p.count("new"), update=p.count("update"),
            same=p.count("unchanged"), errors=p.errors))

    def blocked(self, p: imp.ImportPreview) -> str:
        if p.problems:  # of the whole file
            return "\n".join(problem.message(tr) for problem in p.problems)
        return super().blocked(p)

    def apply(self, session, preview: imp.ImportPreview) -> imp.ImportSummary:
        return imp.apply(session, preview)

    def done_text(self, result: imp.ImportSummary) -> str:
        return tr("Imported: {new} new devices, {update} updated, {same} unchanged.").format(
            **counts(new=result.created, update=result.updated, same=result.unchanged))


class EquipmentImportDialog(ImportDialog):
    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(ctx, EquipmentImporter(ctx.store, path), parent, (980, 560))
        self.load()
