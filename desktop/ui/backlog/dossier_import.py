"""Importing the dossier export of the procedure system: every row previewed, then all or nothing."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from db.errors import N_
from desktop.i18n import tr
from desktop.services.imports import dossiers as imp
from desktop.services.text import format_date
from desktop.ui.backlog.import_dialog import STATUS_COLORS, STATUS_LABELS, LotImportDialog

CHANNELS = {1: N_("In person"), 2: N_("Online"), 3: N_("Public postal service")}


class DossierImportDialog(LotImportDialog):
    """The lot import dialog's preview and apply, over the dossier importer."""

    importer = imp
    title = N_("Import dossiers")
    signal_table = "dossier"
    done_text = N_("{new} new dossiers, {update} updated, {unchanged} unchanged.")

    def _columns(self) -> list[str]:
        return [tr("Row"), tr("Status"), tr("Dossier code"), tr("Field"), tr("Received"),
                tr("Channel"), tr("Digitized"), tr("Problem")]

    def _fill_rows(self, p: imp.DossierPreview) -> None:
        self.table.setRowCount(len(p.rows))
        for r, row in enumerate(p.rows):
            d = row.data
            values = [str(row.row_no), tr(STATUS_LABELS[row.status]), d.code if d else "",
                      d.field_name if d else "", format_date(d.received_on) if d else "",
                      tr(CHANNELS[d.channel]) if d else "",
                      (tr("Yes") if d.digitized else tr("No")) if d else "",
                      "; ".join(pr.message(tr) for pr in row.problems)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(QColor(STATUS_COLORS[row.status])))
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
