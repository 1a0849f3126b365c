"""Import an officer list from XLSX: column mapping, row-by-row preview, all-or-nothing apply."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from core.officers import import_xlsx as imp
from core.text import counts, format_date
from desktop.i18n import N_, tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.import_dialog import (
    STATUS_COLORS,
    FileImporter,
    ImportDialog,
    PreviewRow,
    status_text,
)


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class OfficerImporter(FileImporter):
    """The sheet is read once; the preview follows the columns chosen (``mapping``)."""

    title = N_("Import officers from Excel")
    widths = (55, 95, 190, 115, 95, 170)
    apply_text = N_("Importing officers…")

    def __init__(self, store, path: Path) -> None:
        super().__init__(store, path)
        self.table: imp.SheetTable | None = None
        self.mapping: dict[str, int | None] | None = None  # None: as guessed from the headers

    def read(self, _progress) -> imp.ImportPreview:
        if self.table is None:
            self.table = imp.read_table(self.path)
        if self.mapping is None:
            self.mapping = imp.guess_mapping(self.table)
        with self.store.session() as s:
            return imp.preview(s, self.table, self.mapping)

    def columns(self, _preview) -> list[str]:
        return [tr("Row"), tr("Result"), tr("Full name"), tr("CCCD number"), tr("Date of birth"),
                tr("Position"), tr("Problems")]

    def rows(self, p: imp.ImportPreview) -> list[PreviewRow]:
        rows = []
        for row in p.rows:
            d = row.data
            problems = "; ".join(user_message(problem) for problem in row.problems)
            if row.status == "update" and row.changes:
                problems = tr("Changes: {fields}").format(
                    fields=", ".join(tr(imp.FIELD_LABELS.get(c, c)) for c in row.changes))
            rows.append(PreviewRow([str(row.row_no), status_text(row.status), d.full_name if d else "",
                                    d.cccd if d else "", format_date(d.birth_date) if d else "",
                                    d.position if d else "", problems], STATUS_COLORS[row.status]))
        return rows

    def summary(self, p: imp.ImportPreview) -> str:
        return tr("{new} new, {update} to update, {same} unchanged, {errors} with errors").format(
            **counts(new=p.new, update=p.updated, same=p.unchanged, errors=p.errors)) + "."

    def blocked(self, p: imp.ImportPreview) -> str:
        if not p.has_errors:
            return ""
        return " ".join([*(user_message(problem) for problem in p.problems), tr(
            "Fix the rows marked in red in the Excel file (or the column choice above), then open "
            "the file again. Nothing has been imported.")])

    def can_apply(self, p: imp.ImportPreview) -> bool:
        return not p.has_errors and p.new + p.updated > 0

    def button_text(self, p: imp.ImportPreview) -> str:
        return tr("Import {count} officers").format(**counts(count=p.new + p.updated))

    def apply(self, session, _preview) -> imp.ImportSummary:
        # checked again inside the write: the list may have changed since the preview
        return imp.apply(session, imp.preview(session, self.table, self.mapping))

    def done_text(self, summary: imp.ImportSummary) -> str:
        return tr("Done: {created} officers added, {updated} updated, {same} unchanged.").format(
            **counts(created=summary.created, updated=summary.updated, same=summary.unchanged))


class OfficerImportDialog(ImportDialog):
    """The preview, with the columns of the file recognised from their headers and changeable."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(ctx, OfficerImporter(ctx.store, path), parent, (1000, 640))
        self.file_label = QLabel(tr("File: {name}").format(name=self.importer.name))
        self.file_label.setWordWrap(True)
        self.mapping_box = QGroupBox(tr("Columns of the file (check and correct if needed)"))
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        self.add_above(self.file_label)
        self.add_above(self.mapping_box)
        self.mapping_box.hide()
        self.load()

    @property
    def summary(self) -> imp.ImportSummary | None:
        """What the import wrote."""
        return self.outcome

    @property
    def rows_table(self):
        return self.table

    def show_preview(self, preview: imp.ImportPreview) -> None:
        if not self.combos:
            self._show_columns(self.importer.table)
        super().show_preview(preview)

    def _show_columns(self, table: imp.SheetTable) -> None:
        self.file_label.setText(
            tr("File: {name} — sheet “{sheet}”, header on row {first}–{last}, {rows} data rows").format(
                name=self.importer.name, sheet=table.sheet_name, first=table.header_row_first,
                last=table.header_row_last, rows=len(table.rows)))
        for i, field in enumerate(imp.FIELDS):
            combo = QComboBox()
            # long headers must not widen the dialog past a small screen (1366×768 at 150 %)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.addItem(tr("(not in the file)"), None)
            for col, header in enumerate(table.headers):
                if header:
                    combo.addItem(f"{column_letter(col)}: {header}", col)
            combo.setCurrentIndex(max(0, combo.findData(self.importer.mapping.get(field))))
            combo.currentIndexChanged.connect(self.mapping_changed)
            label = tr(imp.FIELD_LABELS[field]) + (" *" if field in imp.REQUIRED else "")
            self.mapping_grid.addWidget(QLabel(label), i // 3, (i % 3) * 2)
            self.mapping_grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
            self.combos[field] = combo
        self.mapping_box.show()

    def mapping(self) -> dict[str, int | None]:
        return {field: combo.currentData() for field, combo in self.combos.items()}

    def mapping_changed(self) -> None:
        self.importer.mapping = self.mapping()
        self.load()
