"""Importing the dossier export of the procedure system: every row previewed, then all or nothing."""

from __future__ import annotations

from core.backlog import import_dossiers as imp
from core.text import format_date
from db.errors import N_
from desktop.i18n import tr
from desktop.ui.backlog.import_dialog import LotImportDialog

CHANNELS = {1: N_("In person"), 2: N_("Online"), 3: N_("Public postal service")}


class DossierImportDialog(LotImportDialog):
    """The lot import dialog's preview and apply, over the dossier importer."""

    importer = imp
    title = N_("Import dossiers")
    signal_table = "dossier"
    done_text = N_("{new} new dossiers, {update} updated, {unchanged} unchanged.")
    summary_text = N_("<b>{file}</b>: {rows} rows — {new} new dossiers, {update} to update, "
                      "{unchanged} unchanged, {errors} with errors.")

    def _columns(self) -> list[str]:
        return [tr("Row"), tr("Status"), tr("Dossier code"), tr("Field"), tr("Received"),
                tr("Channel"), tr("Digitized"), tr("Problem")]

    def _fill_rows(self, p: imp.DossierPreview) -> None:
        self._fill([[d.code, d.field_name, format_date(d.received_on), tr(CHANNELS[d.channel]),
                     tr("Yes") if d.digitized else tr("No")] if (d := row.data) else [""] * 5
                    for row in p.rows], p.rows)


class RecordListImportDialog(LotImportDialog):
    """The list of one lot's records (number, title) from Excel or CSV, previewed first."""

    title = N_("Import the list of records")
    signal_table = "backlog_record"
    done_text = N_("{new} new records, {update} renamed, {unchanged} unchanged.")
    summary_text = N_("<b>{file}</b>: {rows} rows — {new} new records, {update} to rename, "
                      "{unchanged} unchanged, {errors} with errors.")

    def __init__(self, ctx, lot_id, path, parent=None) -> None:
        from types import SimpleNamespace

        from core.backlog import import_records as rec_imp

        self.importer = SimpleNamespace(
            read_table=rec_imp.read_table,
            preview=lambda session, table: rec_imp.preview(session, lot_id, table),
            apply=lambda session, result, _commune: rec_imp.apply(session, result))
        super().__init__(ctx, path, parent)

    def _columns(self) -> list[str]:
        return [tr("Row"), tr("Status"), tr("No."), tr("Record"), tr("Problem")]

    def _fill_rows(self, p) -> None:
        self._fill([[str(row.record_no) if row.record_no else "", row.title] for row in p.rows], p.rows)
