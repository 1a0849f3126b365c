"""Import certificate files: read in the background, show file by file, then all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.certificates import parse
from core.certificates import registry as svc
from core.text import format_date
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.tasks import Progress, run_with_progress

COLORS = {"error": "#ffebee", "review": "#fff8e1", "new": "#e8f5e9", "duplicate": "#eeeeee"}


class CertImportDialog(QDialog):
    def __init__(self, ctx: AppContext, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths = paths
        self.result: svc.ImportPreview | None = None
        self.imported = 0
        self.setWindowTitle(tr("Import certificates"))
        self.resize(1100, 560)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([tr("File"), tr("Result"), tr("Name in certificate"),
                                              tr("Kind"), tr("Valid until"), tr("Officer / explanation")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # one line per file; the full text is in the tooltip
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((140, 110, 170, 150, 90)):
            self.table.setColumnWidth(column, width)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("password of the .p12 / .pfx files"))
        self.password.setToolTip(tr("Only the certificate is kept, never the private key or the password"))
        self.reread_button = QPushButton(tr("Read again with this password"))
        self.reread_button.clicked.connect(self.read)
        self.password_row = QWidget()
        row = QHBoxLayout(self.password_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("PKCS#12 password")))
        row.addWidget(self.password, 1)
        row.addWidget(self.reread_button)
        note = QLabel(tr("Only the certificate is kept; the private key in a .p12/.pfx file is never "
                         "stored."))
        note.setObjectName("hint")
        self.apply_button = QPushButton(tr("Import"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.password_row)
        layout.addLayout(buttons)
        self.read()

    # reading ------------------------------------------------------------------------------
    def read(self) -> None:
        self.apply_button.setEnabled(False)
        password = self.password.text() or None
        store = self.ctx.store

        def work(progress: Progress) -> svc.ImportPreview:
            files = svc.read_files(self.paths, password,
                                   lambda done, total: progress.report(done, total))
            with store.session() as s:
                return svc.preview(s, files)

        run_with_progress(self.ctx.runner, self, tr("Reading the certificate files…"), work,
                          self.show_preview, self.show_error)

    def show_error(self, err: Exception) -> None:
        self.status_label.setText(user_message(err))

    def _put(self, row: int, values: list[str], state: str, tip: str = "") -> None:
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setBackground(QBrush(QColor(COLORS[state])))
            item.setToolTip(tip or value)
            self.table.setItem(row, column, item)

    def show_preview(self, result: svc.ImportPreview) -> None:
        self.result = result
        self.table.setRowCount(len(result.errors) + len(result.items))
        for row, err in enumerate(result.errors):
            self._put(row, [err.params.get("file", ""), tr("Error"), "", "", "", user_message(err)],
                      "error")
        for row, item in enumerate(result.items, start=len(result.errors)):
            c = item.cert
            if item.duplicate:
                state, label = "duplicate", tr("Already imported")
            elif item.match in ("ambiguous", "no_match"):
                state, label = "review", tr("New, to assign")
            else:
                state, label = "new", tr("New")
            officer = item.officer_name or tr(svc.MATCH_TEXTS[item.match])
            if item.officer_name:
                officer += " (" + tr(svc.MATCH_TEXTS[item.match]) + ")"
            explanation = parse.explain(item.kind.reason, c.issuer_cn, c.issuer_o, tr)
            self._put(row, [item.file, label, c.subject_cn, tr(parse.KIND_TEXTS[item.kind.kind]),
                            format_date(c.not_after.date()), officer], state, explanation)
        self.password_row.setVisible(result.password_needed or any(
            p.suffix.lower() in parse.PKCS12_SUFFIXES for p in self.paths))
        new = len(result.new_items)
        if result.has_errors:
            self.status_label.setText(tr("{count} files could not be read (in red). Nothing will be "
                                         "imported until they are fixed or left out.").format(
                count=len(result.errors)))
        elif not result.items:
            self.status_label.setText(tr("No certificate was found."))
        else:
            self.status_label.setText(tr("{new} new, {dup} already imported, {review} to assign to an "
                                         "officer after the import. Point at a row to see why it "
                                         "has its kind.").format(new=new, dup=result.duplicates,
                                                                 review=result.unmatched))
        self.apply_button.setEnabled(not result.has_errors and new > 0)
        self.apply_button.setText(tr("Import {count} certificates").format(count=new) if new
                                  else tr("Import"))

    # applying -----------------------------------------------------------------------------
    def apply(self) -> None:
        if self.result is None or self.result.has_errors:
            return
        result = self.result
        self.apply_button.setEnabled(False)

        def work(_progress: Progress) -> int:
            with self.ctx.write() as s:
                return svc.apply(s, result)

        run_with_progress(self.ctx.runner, self, tr("Importing the certificates…"), work,
                          self.applied, self.apply_failed)

    def apply_failed(self, err: Exception) -> None:
        self.ctx.prompts.error(self, tr("Import certificates"), user_message(err))
        self.apply_button.setEnabled(True)

    def applied(self, count: int) -> None:
        self.imported = count
        self.ctx.signals.data_changed.emit("certificate")
        self.ctx.prompts.info(self, tr("Import certificates"),
                              tr("Done: {count} certificates imported.").format(count=self.imported))
        self.accept()
