"""Preview, then import: one dialog for every import of the app (officers, attendance, equipment,
backlog lots, record lists, dossiers, certificates).

The file is read and every row checked in the background; the rows are shown coloured by what
the import would do (new, update, unchanged, error); nothing is written until the clerk presses
Import, and then everything is written in one transaction or nothing (a row with an error blocks
the whole file). Once written, the dialog itself says what was imported, above the rows it
imported, and one click on Close ends it (no separate message box to dismiss). What differs
between imports is an :class:`Importer`: plain Python over the feature's import service, with no
widget in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from db.errors import N_
from desktop.i18n import tr, user_message
from desktop.ui.tasks import Progress, run_with_progress
from desktop.ui.widgets.forms import button_box
from desktop.ui.widgets.tables import small_table

# what the import would do with a row, by the colour of the row
COLORS = {"new": "#e8f5e9", "update": "#fff4d6", "unchanged": "#ffffff", "error": "#fde2e1",
          "review": "#fff4d6", "skipped": "#eeeeee"}
STATUS_LABELS = {"new": N_("New"), "update": N_("Update"), "unchanged": N_("Unchanged"),
                 "error": N_("Error"), "duplicate": N_("Duplicate")}
# the colour of the statuses the import services give their rows
STATUS_COLORS = {"new": "new", "update": "update", "unchanged": "unchanged", "error": "error",
                 "duplicate": "error"}
RED = "color: #c62828; font-weight: bold;"
GREEN = "color: #2e7d32; font-weight: bold;"
PROBLEM_WIDTH = 260  # the least room the last column keeps on a narrow window
CELL_PADDING = 14
MEASURED_ROWS = 500  # the widest words are looked for in the first rows only
FITTED_ROWS = 2000  # rows grown to their wrapped text on every resize (it takes time)
ROW_ERRORS = N_("Correct the rows marked Error in the file, then import it again. "
                "Nothing is imported while a row has an error.")


def status_text(status: str) -> str:
    return tr(STATUS_LABELS.get(status, status))


def problems_text(problems: Sequence[Any]) -> str:
    return "; ".join(problem.message(tr) for problem in problems)


@dataclass
class PreviewRow:
    values: list[str]  # one text per column
    color: str  # a key of COLORS
    tip: str = ""  # the tooltip of the whole row; by default each cell shows its own text


class Importer(Protocol):
    """One kind of import: reads and checks a file, shows its rows, writes them."""

    # texts are English source strings (N_), translated by the dialog
    title: str  # the window's title and the title of the message at the end
    name: str  # the file's name while it is read ("" for several files)
    widths: Sequence[int]  # of the first columns; empty: as wide as their contents
    read_text: str | None  # a progress dialog with this text while reading; None: none
    apply_text: str  # the progress dialog's text while writing

    def read(self, progress: Progress) -> Any:
        """Worker thread: read the file and check every row against the database (own session);
        returns the preview."""

    def columns(self, preview: Any | None) -> list[str]: ...

    def rows(self, preview: Any) -> list[PreviewRow]: ...

    def summary(self, preview: Any) -> str:
        """What the file holds (rich text)."""

    def blocked(self, preview: Any) -> str:
        """Why nothing can be imported, or ""."""

    def can_apply(self, preview: Any) -> bool: ...

    def button_text(self, preview: Any) -> str: ...

    def apply(self, session: Any, preview: Any) -> Any:
        """Worker thread, inside the one write transaction: write the rows; returns the result."""

    def done_text(self, result: Any) -> str:
        """What the import wrote, shown in the dialog once it is done."""


class ImportDialog(QDialog):
    """The preview of one file and the Import button; a subclass may add widgets above or below
    the table (the column choice of the officer list, the PKCS#12 password)."""

    def __init__(self, ctx, importer: Importer, parent: QWidget | None = None,
                 size: tuple[int, int] = (1000, 560)) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.importer = importer
        self.preview: Any = None
        self.outcome: Any = None  # what the import wrote
        self._extras: list[QWidget] = []  # the widgets a subclass adds; disabled once imported
        self._written = False
        self._generation = 0
        self._widths: list[int] = list(importer.widths)
        self._least: list[int] = []
        self.setWindowTitle(tr(importer.title))
        self.resize(*size)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        columns = importer.columns(None)
        self.table = small_table(columns)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(False)  # the colour says what happens to the row
        self.table.setWordWrap(True)
        self.buttons = button_box(tr("Import"), tr("Close"))
        self.apply_button = self.buttons.button(self.buttons.StandardButton.Ok)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.status_label)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.buttons)

    @property
    def error(self) -> QLabel:
        """Where a refusal shows: the same line as the summary, in red."""
        return self.status_label

    def ok_button(self):
        return self.apply_button

    def add_above(self, widget: QWidget) -> None:
        self._extras.append(widget)
        self.body.insertWidget(self.body.indexOf(self.status_label), widget)

    def add_below(self, widget: QWidget) -> None:
        self._extras.append(widget)
        self.body.insertWidget(self.body.indexOf(self.buttons), widget)

    @property
    def written(self) -> bool:
        """The file has been written; the dialog now shows what was done."""
        return self._written

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The first columns at their widths, narrowed when the window is, so that the last one
        (the problem, the explanation) keeps room to be read; the rows as tall as their text."""
        room = self.table.viewport().width() - PROBLEM_WIDTH
        factor = min(1.0, room / max(1, sum(self._widths)))
        for column, width in enumerate(self._widths):
            least = self._least[column] if column < len(self._least) else 40
            self.table.setColumnWidth(column, max(least, int(width * factor)))
        if self.table.rowCount() <= FITTED_ROWS:  # a long file: one line a row, the rest in tooltips
            self.table.resizeRowsToContents()

    def _least_widths(self, rows: list[PreviewRow]) -> list[int]:
        """Per first column: its heading and its longest word stay whole when it narrows."""
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()
        least = []
        for column in range(len(self._widths)):
            words = {word for row in rows[:MEASURED_ROWS] if column < len(row.values)
                     for word in row.values[column].split()}
            widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
            least.append(max(header.sectionSizeFromContents(column).width(), widest + CELL_PADDING))
        return least

    # reading ------------------------------------------------------------------------------
    def load(self) -> None:
        """Read and check the file in the background; an older answer arriving late is dropped."""
        if self.written:  # what was written stays on screen; another file is another import
            return
        self._generation += 1
        generation = self._generation
        self.apply_button.setEnabled(False)
        self.status_label.setStyleSheet("")
        self.status_label.setText(tr("Reading {file}…").format(file=self.importer.name)
                                  if self.importer.name else tr("Reading the file…"))

        def shown(preview) -> None:
            if generation == self._generation:
                self.show_preview(preview)

        def failed(err: Exception) -> None:
            if generation == self._generation:
                self.preview = None
                self.show_refusal(user_message(err))

        if self.importer.read_text:
            run_with_progress(self.ctx.runner, self, tr(self.importer.read_text), self.importer.read,
                              shown, failed)
        else:
            self.ctx.runner.run(self.importer.read, shown, failed)

    def show_refusal(self, text: str) -> None:
        self.status_label.setStyleSheet(RED)
        self.status_label.setText(_html(text))
        self.apply_button.setEnabled(False)

    def show_preview(self, preview) -> None:
        importer = self.importer
        self.preview = preview
        columns = importer.columns(preview)
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        rows = importer.rows(preview)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            brush = QBrush(QColor(COLORS[row.color]))
            for c, value in enumerate(row.values):
                item = QTableWidgetItem(value)
                item.setBackground(brush)
                item.setToolTip(row.tip or value)
                self.table.setItem(r, c, item)
        if importer.widths:
            self._widths = list(importer.widths)
        else:
            self.table.resizeColumnsToContents()
            self._widths = [self.table.columnWidth(c) for c in range(len(columns) - 1)]
        self._least = self._least_widths(rows)
        self._fit_columns()
        self.status_label.setStyleSheet("")
        text, blocked = importer.summary(preview), importer.blocked(preview)
        if blocked:
            text += f'<br><span style="{RED}">{_html(blocked)}</span>'
        self.status_label.setText(text)
        self.apply_button.setText(importer.button_text(preview))
        self.update_apply()

    def update_apply(self) -> None:
        self.apply_button.setEnabled(not self.written and self.preview is not None
                                     and self.importer.can_apply(self.preview))

    # applying -----------------------------------------------------------------------------
    def apply(self) -> None:
        preview, importer, ctx = self.preview, self.importer, self.ctx
        if self.written or preview is None or not importer.can_apply(preview):
            return

        def work(progress: Progress):
            with ctx.write() as s:  # one transaction: all rows or none
                result = importer.apply(s, preview)
                progress.check()  # cancelled: leaving the block rolls everything back
                return result

        self.apply_button.setEnabled(False)
        ctx.ops.run(work, self.applied, self.apply_failed, parent=self,
                    progress=tr(importer.apply_text), on_cancel=self.apply_cancelled)

    def apply_cancelled(self) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(tr("Import cancelled. Nothing has been imported."))
        self.update_apply()

    def apply_failed(self, err: Exception) -> None:
        self.show_refusal(user_message(err) + " " + tr("Nothing has been imported."))
        self.update_apply()

    def applied(self, result) -> None:
        """Written: the dialog says so in place of the summary, the Import button goes and Close
        (focused, the default) is the one click left."""
        self.outcome = result  # the screens showing what was imported refresh from the op
        self._written = True
        self.status_label.setStyleSheet(GREEN)
        self.status_label.setText(_html(self.importer.done_text(result)))
        self.apply_button.hide()
        for widget in self._extras:  # the column choice, the password: nothing left to change
            widget.setEnabled(False)
        close = self.buttons.button(self.buttons.StandardButton.Cancel)
        close.setDefault(True)
        close.setFocus()

    def reject(self) -> None:
        """Close after an import ends the dialog as accepted (something was imported)."""
        if self.written:
            self.accept()
        else:
            super().reject()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class FileImporter:
    """Defaults of the importers of one file of ``store``'s commune checked row by row."""

    widths: Sequence[int] = ()
    read_text: str | None = None
    apply_text = N_("Importing…")

    def __init__(self, store, path) -> None:
        self.store = store
        self.path = Path(path)
        self.name = self.path.name

    def blocked(self, preview) -> str:
        return tr(ROW_ERRORS) if preview.has_errors else ""

    def can_apply(self, preview) -> bool:
        return not preview.has_errors

    def button_text(self, preview) -> str:
        return tr("Import")
