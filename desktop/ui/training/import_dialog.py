"""Importing an attendance/results sheet into one course: preview every row, then apply all or nothing."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QPushButton, QWidget

from core.text import counts, format_date
from core.training import import_attendance as imp
from db.errors import N_
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.import_dialog import FileImporter, ImportDialog, PreviewRow, problems_text

STATUS_LABELS = {"ok": N_("Ready"), "unknown": N_("Not in the officer list"), "error": N_("Error")}
STATUS_COLORS = {"ok": "unchanged", "unknown": "review", "error": "error"}
MARK_LETTERS = {"present": "x", "excused": "P", "absent": ""}


class AttendanceImporter(FileImporter):
    title = N_("Import attendance")
    apply_text = N_("Importing attendance…")

    def __init__(self, store, path: Path, course_id: uuid.UUID) -> None:
        super().__init__(store, path)
        self.course_id = course_id
        self.skip_unknown = False  # import without the people who are not in the officer list

    def read(self, _progress) -> imp.ImportPreview:
        table = imp.read_table(self.path)
        with self.store.session() as s:
            return imp.preview(s, table, self.course_id)

    def columns(self, p: imp.ImportPreview | None) -> list[str]:
        sessions = [format_date(sc.held_on) for sc in p.sessions] if p else []
        return [tr("Row"), tr("Full name"), tr("CCCD number"), tr("Status"), *sessions,
                tr("Completed"), tr("Problem")]

    def rows(self, p: imp.ImportPreview) -> list[PreviewRow]:
        rows = []
        for row in p.rows:
            done = {True: tr("Yes"), False: tr("No"), None: ""}[row.completed]
            problem = problems_text(row.problems)
            if row.suggestion:
                problem = tr("Did you mean {name}? Correct the name in the file.").format(name=row.suggestion)
            rows.append(PreviewRow(
                [str(row.row_no), row.full_name, row.cccd, tr(STATUS_LABELS[row.status]),
                 *[MARK_LETTERS.get(row.marks.get(sc.col, ""), "") for sc in p.sessions], done, problem],
                STATUS_COLORS[row.status]))
        return rows

    def summary(self, p: imp.ImportPreview) -> str:
        sessions = ", ".join(format_date(sc.held_on) + (" " + tr("(new)") if sc.session_id is None else "")
                             for sc in p.sessions)
        return tr("<b>{file}</b> → course “{course}”. Sessions: {sessions}.<br>{rows} rows: {ok} ready, "
                  "{unknown} not in the officer list, {errors} with errors. Marks: {present} present, "
                  "{excused} excused, {absent} absent.").format(
            **counts(file=self.name, course=p.course_title, sessions=sessions or "—",
                     rows=len(p.rows), ok=p.count("ok"), unknown=len(p.unknown), errors=p.errors,
                     present=p.marks("present"), excused=p.marks("excused"), absent=p.marks("absent")))

    def blocked(self, p: imp.ImportPreview) -> str:
        if p.problems:  # of the whole sheet
            return "\n".join(problem.message(tr) for problem in p.problems)
        return super().blocked(p)

    def can_apply(self, p: imp.ImportPreview) -> bool:
        return not p.has_errors and (not p.unknown or self.skip_unknown)

    def apply(self, session, preview: imp.ImportPreview) -> imp.ImportSummary:
        return imp.apply(session, preview, skip_unknown=self.skip_unknown)

    def done_text(self, result: imp.ImportSummary) -> str:
        return tr("Imported: {sessions} new session(s), {attendance} attendance change(s), {results} "
                  "result change(s); {skipped} person(s) skipped.").format(
            **counts(sessions=result.sessions_created, attendance=result.attendance_changed,
                     results=result.results_changed, skipped=result.skipped_unknown))


class AttendanceImportDialog(ImportDialog):
    """The preview, and what to do with the people who are not in the officer list: skip them,
    or register the selected one and check the file again."""

    def __init__(self, ctx: AppContext, path: Path, course_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, AttendanceImporter(ctx.store, path, course_id), parent, (1000, 620))
        self.skip_unknown = QCheckBox(tr("Skip the people who are not in the officer list "
                                         "(add them to the officer list first to include them)"))
        self.skip_unknown.toggled.connect(self._skip_toggled)
        self.add_officer_button = QPushButton(tr("Add to the officer list…"))
        self.add_officer_button.setToolTip(tr("Register the selected person, who is not in the "
                                              "officer list yet, then check the file again"))
        self.add_officer_button.clicked.connect(self.add_selected_person)
        self.table.itemSelectionChanged.connect(self._update_add_button)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        unknown = QWidget()
        unknown_row = QHBoxLayout(unknown)
        unknown_row.setContentsMargins(0, 0, 0, 0)
        unknown_row.addWidget(self.skip_unknown, 1)
        unknown_row.addWidget(self.add_officer_button)
        self.add_below(unknown)
        self.load()

    def show_preview(self, preview: imp.ImportPreview) -> None:
        super().show_preview(preview)
        self.skip_unknown.setVisible(bool(preview.unknown))
        self.add_officer_button.setVisible(bool(preview.unknown))
        self._update_add_button()

    def show_refusal(self, text: str) -> None:
        super().show_refusal(text)
        self.skip_unknown.hide()
        self.add_officer_button.hide()

    def _skip_toggled(self, on: bool) -> None:
        self.importer.skip_unknown = on
        self.update_apply()

    def selected_row(self) -> imp.RowResult | None:
        rows = self.table.selectionModel().selectedRows() if self.preview else []
        return self.preview.rows[rows[0].row()] if rows else None

    def _update_add_button(self) -> None:
        row = self.selected_row()
        self.add_officer_button.setEnabled(row is not None and row.status == "unknown")

    def add_selected_person(self) -> None:
        """The clerk resolves an unknown person by registering them (name and CCCD filled in)."""
        from desktop.ui.officers.dialog import OfficerDialog

        row = self.selected_row()
        if row is None or row.status != "unknown":
            return
        dialog = OfficerDialog(self.ctx, parent=self)
        dialog.full_name.setText(row.full_name)
        dialog.cccd.setText(row.cccd)
        self.last_dialog = open_dialog(dialog, lambda: dialog.saved_id and self.load())
