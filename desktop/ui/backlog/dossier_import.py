"""Importing the dossier export of the procedure system, and the list of one lot's records:
every row previewed, then all or nothing."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QWidget

from core.backlog import import_dossiers as imp
from core.backlog import import_records as rec_imp
from core.text import format_date
from db.errors import N_
from desktop.i18n import tr
from desktop.ui.backlog.import_dialog import LotImporter
from desktop.ui.context import AppContext
from desktop.ui.widgets.import_dialog import ImportDialog

CHANNELS = {1: N_("In person"), 2: N_("Online"), 3: N_("Public postal service")}


class DossierImporter(LotImporter):
    service = imp
    title = N_("Import dossiers")
    done = N_("{new} new dossiers, {update} updated, {unchanged} unchanged.")
    counts = N_("<b>{file}</b>: {rows} rows — {new} new dossiers, {update} to update, "
                "{unchanged} unchanged, {errors} with errors.")

    def columns(self, _preview) -> list[str]:
        return [tr("Row"), tr("Status"), tr("Dossier code"), tr("Field"), tr("Received"),
                tr("Channel"), tr("Digitized"), tr("Problem")]

    def cells(self, row) -> list[str]:
        d = row.data
        if d is None:
            return [""] * 5
        return [d.code, d.field_name, format_date(d.received_on), tr(CHANNELS[d.channel]),
                tr("Yes") if d.digitized else tr("No")]


class RecordListImporter(LotImporter):
    """The list of one lot's records (number, title) from Excel or CSV."""

    title = N_("Import the list of records")
    done = N_("{new} new records, {update} renamed, {unchanged} unchanged.")
    counts = N_("<b>{file}</b>: {rows} rows — {new} new records, {update} to rename, "
                "{unchanged} unchanged, {errors} with errors.")

    def __init__(self, store, path: Path, lot_id: uuid.UUID) -> None:
        super().__init__(store, path)
        self.lot_id = lot_id

    def read(self, _progress):
        table = rec_imp.read_table(self.path)
        with self.store.session() as s:
            return rec_imp.preview(s, self.lot_id, table)

    def columns(self, _preview) -> list[str]:
        return [tr("Row"), tr("Status"), tr("No."), tr("Record"), tr("Problem")]

    def cells(self, row) -> list[str]:
        return [str(row.record_no) if row.record_no else "", row.title]

    def apply(self, session, preview):
        return rec_imp.apply(session, preview)


class DossierImportDialog(ImportDialog):
    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(ctx, DossierImporter(ctx.store, path), parent)
        self.load()


class RecordListImportDialog(ImportDialog):
    def __init__(self, ctx: AppContext, lot_id: uuid.UUID, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(ctx, RecordListImporter(ctx.store, path, lot_id), parent)
        self.load()
