"""Importing lots from Excel/CSV: every row previewed, then all written or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from core.backlog import import_lots as imp
from core.backlog import lots as svc
from core.text import counts, format_number
from db.errors import N_
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.import_dialog import (
    STATUS_COLORS,
    FileImporter,
    ImportDialog,
    PreviewRow,
    problems_text,
    status_text,
)


class LotImporter(FileImporter):
    """The lots of an Excel/CSV list; the dossier and record-list importers share its texts."""

    service = imp  # a module with read_table, preview and apply
    title = N_("Import lots")
    done = N_("{new} new lots, {update} updated, {unchanged} unchanged.")
    counts = N_("<b>{file}</b>: {rows} rows — {new} new, {update} to update, "
                "{unchanged} unchanged, {errors} with errors.")

    def read(self, _progress):
        table = self.service.read_table(self.path)
        with self.store.session() as s:
            return self.service.preview(s, table)

    def columns(self, _preview) -> list[str]:
        return [tr("Row"), tr("Status"), tr("Field"), tr("Kind of records"), tr("Years"),
                tr("Total records"), tr("Problem")]

    def cells(self, row) -> list[str]:
        d = row.data
        if d is None:
            return ["", "", "", ""]
        return [tr(svc.FIELDS[d.field]), d.record_kind, svc.year_range(d.year_from, d.year_to),
                format_number(d.total_records)]

    def rows(self, preview) -> list[PreviewRow]:
        return [PreviewRow([str(row.row_no), status_text(row.status), *self.cells(row),
                            problems_text(row.problems)], STATUS_COLORS[row.status])
                for row in preview.rows]

    def summary(self, p) -> str:
        return tr(self.counts).format(**counts(
            file=self.name, rows=len(p.rows), new=p.count("new"), update=p.count("update"),
            unchanged=p.count("unchanged"), errors=p.count("error")))

    def apply(self, session, preview):
        return self.service.apply(session, preview, self.store.context.commune_code)

    def done_text(self, done) -> str:
        return tr(self.done).format(**counts(**done))


class LotImportDialog(ImportDialog):
    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(ctx, LotImporter(ctx.store, path), parent)
        self.load()
