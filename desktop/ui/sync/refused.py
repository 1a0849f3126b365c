"""The "Chờ hoặc bị từ chối" tab: changes waiting for their parent record, and this computer's
changes the province server refused. A refused one shows what to do and the buttons that do it:
open the officer to look at or fix it; a record another commune owns at the server is discarded
here (after confirming) — sending it again would only be refused again —, any other refusal is
sent again after fixing."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.sync import lists, refused
from db.errors import UserError
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.sync import models
from desktop.ui.widgets.tables import list_table


class RefusedTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = models.quarantine_model(ctx)
        self.table = list_table(self.model, (130, 160, 160, 160), sort_column=None)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.open_button = QPushButton(tr("Open the officer…"))
        self.open_button.setToolTip(tr("Look at the officer's record and correct it; then send "
                                       "it again"))
        self.resend_button = QPushButton(tr("Send again"))
        self.resend_button.setToolTip(tr("After fixing: the record as it is now goes with the "
                                         "next sync; if the province server refuses it again, "
                                         "it comes back here with the reason"))
        self.discard_button = QPushButton(tr("Discard here…"))
        self.discard_button.setToolTip(tr("The record belongs to another commune: remove it from "
                                          "this computer only (the province server and the other "
                                          "commune keep theirs)"))
        self.open_button.clicked.connect(self.open_officer)
        self.resend_button.clicked.connect(self.resend)
        self.discard_button.clicked.connect(self.discard)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.resend_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.show_selected()

    def refresh(self) -> None:
        self.model.refresh()
        self.show_selected()

    def selected(self) -> lists.QuarantineRow | None:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def show_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.message.setText(tr("Choose a row to see what to do."))
        elif not row.refused:
            self.message.setText(tr("This change waits for its parent record; it is applied "
                                    "by itself when that record arrives. Nothing to do."))
        else:
            self.message.setText(row.message.message(tr) + " " + tr("Record id: {id}.").format(
                id=str(row.row_id)))
        is_refused = row is not None and row.refused
        self.open_button.setVisible(is_refused and row.table_name == "officer")
        discardable = is_refused and row.reason in refused.DISCARDABLE
        # another commune owns the id at the server: sending again would be refused again
        self.resend_button.setVisible(is_refused and not discardable)
        self.discard_button.setVisible(discardable)

    def _act(self, action, done: str) -> None:
        row = self.selected()
        if row is None or not row.refused:
            return
        quarantine_id = row.id

        def refused_here(err: Exception) -> None:
            self.ctx.prompts.error(self, tr("Sync"), user_message(err))
            self.refresh()

        # an op: the Đồng bộ page and the record's own page refresh from what it changed
        self.ctx.ops.write(lambda s: action(s, quarantine_id),
                           lambda _r: self.message.setText(done), refused_here, parent=self)

    def resend(self) -> None:
        self._act(refused.resend, tr("The record goes with the next sync."))

    def discard(self) -> None:
        row = self.selected()
        if row is None or not row.refused:
            return
        if not self.ctx.prompts.confirm(
                self, tr("Discard here"),
                tr("Remove this record from this computer? It belongs to another commune; the "
                   "province server and that commune keep theirs. This cannot be undone."),
                tr("Discard here"), tr("Cancel")):
            return
        self._act(refused.discard, tr("The record was removed from this computer."))

    def open_officer(self) -> None:
        from desktop.ui.officers.dialog import OfficerDialog

        row = self.selected()
        if row is None or row.table_name != "officer":
            return
        try:
            dialog = OfficerDialog(self.ctx, row.row_id, parent=self)
        except UserError as err:
            self.ctx.prompts.error(self, tr("Sync"), user_message(err))
            return
        self.officer_dialog = dialog  # kept for tests; window-modal, the page goes on
        dialog.open()
