"""A record's evidence panel: its files, every signature and what the file proves."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.backlog import lots as svc
from core.evidence import files as file_svc
from core.evidence import listing
from core.evidence.verdicts import STATE_TEXTS, VERDICT_ACTIONS, VERDICT_TEXTS
from core.text import format_date, format_number
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext

GOOD, BAD, PLAIN = "#1b6e20", "#b3261e", "#444444"


def when_text(value) -> str:
    return format_date(value.astimezone().date()) if value else ""


def verdict_text(state: str, verdict: str) -> str:
    if state != "ok":
        return tr(STATE_TEXTS[state])
    return tr(VERDICT_TEXTS.get(verdict, verdict))


class EvidenceDialog(QDialog):
    def __init__(self, ctx: AppContext, record_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.setWindowTitle(tr("Evidence of the record"))
        self.setMinimumSize(900, 480)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.files = QTableWidget(0, 6)
        self.files.setHorizontalHeaderLabels([tr("File"), tr("Pages"), tr("File check"),
                                              tr("Signature check"), tr("Person who signed"),
                                              tr("Signed on")])
        self.files.verticalHeader().hide()
        self.files.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.files.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.files.itemSelectionChanged.connect(self.show_signatures)
        self.signatures = QLabel()
        self.signatures.setWordWrap(True)
        self.signatures.setObjectName("hint")
        self.link_button = QPushButton(tr("Link files…"))
        self.link_button.clicked.connect(self.link_files)
        self.unlink_button = QPushButton(tr("Unlink the file"))
        self.unlink_button.clicked.connect(self.unlink)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.link_button)
        actions.addWidget(self.unlink_button)
        actions.addStretch(1)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.verdict)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.signatures)
        layout.addLayout(actions)
        self.evidence: listing.RecordEvidence | None = None
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            self.evidence = e = listing.record_evidence(s, self.record_id)
        if e is None:
            self.heading.setText(tr("This record no longer exists."))
            return
        status = tr(svc.STATUSES.get(e.status, e.status))
        head = tr("<b>Record {no}</b> – {title}<br>Status: {status}").format(
            no=e.record_no, title=e.title, status=status)
        if e.signed_by:
            head += "<br>" + tr("Signed by {name} on {date}; certificate: {cert}").format(
                name=e.signed_by, date=when_text(e.signed_at), cert=e.certificate or "–")
        self.heading.setText(head)
        if e.backed:
            text, color = tr("Evidence: a linked file carries a valid official-duty signature of a "
                             "registered officer."), GOOD
        elif e.claim_without_evidence:
            text, color = tr("No evidence (chưa có bằng chứng): the record was marked signed by hand "
                             "and no linked file carries a valid signature."), BAD
        elif e.files:
            text, color = tr("No linked file carries a valid signature yet."), PLAIN
        else:
            text, color = tr("No file is linked to this record."), PLAIN
        self.verdict.setText(f'<span style="color:{color}"><b>{text}</b></span>')
        self.files.setRowCount(len(e.files))
        for r, f in enumerate(e.files):
            row = f.row
            values = [row.path, format_number(row.pages) if row.pages is not None else "",
                      tr(STATE_TEXTS[row.file_state]), tr(VERDICT_TEXTS.get(row.verdict, row.verdict)),
                      row.signer_name, when_text(row.signed_at)]
            for c, value in enumerate(values):
                self.files.setItem(r, c, QTableWidgetItem(value))
        self.files.resizeColumnsToContents()
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(3, header.ResizeMode.Stretch)  # the verdict takes the rest
        self.files.setWordWrap(True)
        self.files.resizeRowsToContents()
        self.unlink_button.setEnabled(bool(e.files))
        if e.files:
            self.files.selectRow(0)
        self.show_signatures()

    def chosen_file(self) -> listing.FileView | None:
        rows = self.files.selectionModel().selectedRows()
        if not rows or self.evidence is None:
            return None
        return self.evidence.files[rows[0].row()]

    def show_signatures(self) -> None:
        f = self.chosen_file()
        if f is None:
            self.signatures.setText("")
            return
        lines = []
        for i, sig in enumerate(f.signatures, 1):
            template = tr("Signature {n}: {name} (CCCD {cccd}), issued by {issuer}, signed on {date}: "
                          "{verdict}")
            lines.append(template.format(
                n=i, name=sig.signer_name or "–", cccd=sig.signer_cccd or "–", issuer=sig.issuer or "–",
                date=when_text(sig.signed_at) or "–",
                verdict=tr(VERDICT_TEXTS.get(sig.verdict, sig.verdict))))
        action = VERDICT_ACTIONS.get(f.row.verdict) if f.row.file_state == "ok" else None
        if action:
            lines.append(tr(action))
        self.signatures.setText("<br>".join(lines))

    def link_files(self) -> None:
        try:
            with self.ctx.store.session() as s:
                root = file_svc.require_root(s)
        except Exception as err:  # noqa: BLE001  (no storage folder yet: said, nothing changed)
            self.ctx.prompts.warning(self, tr("Link files"), user_message(err))
            return
        chosen = self.ctx.prompts.open_files(self, tr("Link files"),
                                             tr("PDF or images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
                                             str(root))
        if not chosen:
            return
        record_id, paths = self.record_id, [Path(p) for p in chosen]
        self.ctx.ops.write(lambda s: file_svc.link_record(s, root, record_id, paths),
                           lambda _r: self.refresh(),
                           lambda err: self.ctx.prompts.warning(  # refused: nothing changed
                               self, tr("Link files"), user_message(err)), parent=self)

    def unlink(self) -> None:
        f = self.chosen_file()
        if f is None or not self.ctx.prompts.confirm(
                self, tr("Unlink the file"), tr("Take {file} off this record? The file stays in its "
                                                "folder.").format(file=f.row.path), tr("Unlink")):
            return
        file_id = f.row.id
        self.ctx.ops.write(lambda s: file_svc.unlink(s, [file_id]), lambda _r: self.refresh(),
                           parent=self, title=tr("Unlink the file"))
