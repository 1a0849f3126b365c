"""Import certificate files: read in the background, show file by file, then all or nothing.

A file that cannot be read blocks the import until it is fixed or left out of the list (one
button, no re-reading of the others); a new certificate that takes the place of one the officer
has says so ("Replaces") and names that one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from core.certificates import parse
from core.certificates import registry as svc
from core.reports.period import VIETNAM
from core.text import format_date, format_number
from db.errors import N_
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.import_dialog import ImportDialog, PreviewRow


class CertImporter:
    """Certificate files (PEM, DER, PKCS#7, PKCS#12 with ``password``), one row per file."""

    title = N_("Import certificates")
    name = ""
    widths = (140, 110, 170, 150, 90)
    read_text = N_("Reading the certificate files…")
    apply_text = N_("Importing the certificates…")

    def __init__(self, store, paths: list[Path]) -> None:
        self.store = store
        self.paths = paths
        self.password: str | None = None
        self.left_out: list[Path] = []  # unreadable files the clerk took out of the list
        self.to_assign = 0  # written without an officer (the review list)

    def read(self, progress) -> svc.ImportPreview:
        paths = [p for p in parse.collect_files(self.paths) if p not in self.left_out]
        files = svc.read_files(paths, self.password, lambda done, total: progress.report(done, total))
        with self.store.session() as s:
            result = svc.preview(s, files)
        result.left_out = list(self.left_out)
        return result

    def columns(self, _preview) -> list[str]:
        return [tr("File"), tr("Result"), tr("Name in certificate"), tr("Kind"), tr("Valid until"),
                tr("Officer / explanation")]

    def rows(self, result: svc.ImportPreview) -> list[PreviewRow]:
        rows = [PreviewRow([err.params.get("file", ""), tr("Error"), "", "", "", user_message(err)], "error")
                for err in result.errors]
        for item in result.items:
            c = item.cert
            kept = [h for h in item.replaces if not h.in_file]
            if item.duplicate:
                color, label = "skipped", tr("Already imported")
            elif item.match in ("ambiguous", "no_match"):
                color, label = "review", tr("New, to assign")
            elif kept:
                color, label = "update", tr("Replaces")
            elif item.replaced_by is not None:
                color, label = "new", tr("Older")
            else:
                color, label = "new", tr("New")
            officer = item.officer_name or tr(svc.MATCH_TEXTS[item.match])
            if item.officer_name:
                officer += " (" + tr(svc.MATCH_TEXTS[item.match]) + ")"
            if not item.duplicate:
                officer = "; ".join([officer] + svc.renewal_texts(item, tr))
            explanation = parse.explain(item.kind.reason, c.issuer_cn, c.issuer_o, tr)
            rows.append(PreviewRow([item.file, label, c.subject_cn, tr(parse.KIND_TEXTS[item.kind.kind]),
                                    format_date(c.not_after.astimezone(VIETNAM).date()), officer], color,
                                   officer + "\n" + explanation))
        return rows

    def summary(self, result: svc.ImportPreview) -> str:
        left_out = ""
        if result.left_out:
            left_out = " " + tr("Left out: {files}.").format(files=", ".join(p.name for p in result.left_out))
        if result.has_errors:
            return left_out.strip()
        if not result.items:
            return tr("No certificate was found.") + left_out
        text = tr("{new} new, {dup} already imported, {review} to assign to an officer after the "
                  "import. Point at a row to see why it has its kind.").format(
            new=format_number(len(result.new_items)), dup=format_number(result.duplicates),
            review=format_number(result.unmatched))
        if result.replacing:
            text += " <b>" + tr("{count} of them replace a certificate still in use (Result: "
                                "Replaces): it will be marked Replaced.").format(
                count=format_number(result.replacing)) + "</b>"
        return text + left_out

    def blocked(self, result: svc.ImportPreview) -> str:
        if not result.has_errors:
            return ""
        return tr("{count} files could not be read (in red). Nothing will be imported until they "
                  "are fixed or left out: select them and press “Leave out of the list”.").format(
            count=format_number(len(result.errors)))

    def can_apply(self, result: svc.ImportPreview) -> bool:
        return not result.has_errors and len(result.new_items) > 0

    def button_text(self, result: svc.ImportPreview) -> str:
        new = len(result.new_items)
        return tr("Import {count} certificates").format(count=new) if new else tr("Import")

    def apply(self, session, result: svc.ImportPreview) -> int:
        self.to_assign = result.unmatched
        return svc.apply(session, result)

    def done_text(self, count: int) -> str:
        text = tr("Done: {count} certificates imported.").format(count=format_number(count))
        if self.to_assign:
            text += " " + tr("{count} of them wait in the “To assign” tab for their officer.").format(
                count=format_number(self.to_assign))
        return text


class CertImportDialog(ImportDialog):
    """The preview, and the password of the .p12 / .pfx files among them."""

    def __init__(self, ctx: AppContext, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(ctx, CertImporter(ctx.store, paths), parent, (1100, 560))
        self.paths = paths
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
        self.leave_out_button = QPushButton(tr("Leave out of the list"))
        self.leave_out_button.setToolTip(tr("Take the selected files that cannot be read out of this "
                                            "import; the other files stay as they are"))
        self.leave_out_button.clicked.connect(self.leave_out_selected)
        self.leave_out_row = QWidget()  # the button at its own width, under the red rows
        leave_out = QHBoxLayout(self.leave_out_row)
        leave_out.setContentsMargins(0, 0, 0, 0)
        leave_out.addWidget(self.leave_out_button)
        leave_out.addStretch(1)
        self.leave_out_row.hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._update_leave_out)
        note = QLabel(tr("Only the certificate is kept; the private key in a .p12/.pfx file is never "
                         "stored."))
        note.setObjectName("hint")
        self.add_below(self.leave_out_row)
        self.add_below(self.password_row)
        self.add_below(note)
        self.read()

    @property
    def imported(self) -> int:
        """How many certificates the import wrote."""
        return self.outcome or 0

    def read(self) -> None:
        self.importer.password = self.password.text() or None
        self.load()

    def show_preview(self, result: svc.ImportPreview) -> None:
        super().show_preview(result)
        self.password_row.setVisible(result.password_needed or any(
            p.suffix.lower() in parse.PKCS12_SUFFIXES for p in self.paths))
        self.leave_out_row.setVisible(result.has_errors)
        self._update_leave_out()

    def _unreadable_selected(self) -> list[Path]:
        """The files of the selected red rows (the rows of the errors come first)."""
        result = self.preview
        if result is None:
            return []
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [result.error_files[r] for r in sorted(rows) if r < len(result.error_files)]

    def _update_leave_out(self) -> None:
        self.leave_out_button.setEnabled(bool(self._unreadable_selected()))

    def leave_out_selected(self) -> None:
        """The selected unreadable files leave the list; the others keep their preview."""
        paths = self._unreadable_selected()
        if not paths or self.written:
            return
        self.importer.left_out += paths
        self.show_preview(self.preview.without(paths))
