"""A PDF shown in memory (QtPdf reads it from a QBuffer), saved or printed as drawn.

Used by Lập báo cáo and by the province report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLayout, QSplitter, QWidget

from desktop.i18n import tr
from desktop.ui.reports.printing import make_printer, print_document


class PdfPreview(QPdfView):
    def __init__(self, owner: QObject) -> None:
        """``owner`` (the page or dialog) holds the document: a document owned by the view
        itself crashes QtPdf while it loads."""
        super().__init__()
        self.pdf_document = QPdfDocument(owner)
        self.setDocument(self.pdf_document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None

    def show_pdf(self, data: bytes | None) -> int:
        """Show ``data`` (None: nothing); returns the number of pages."""
        self.pdf_document.close()
        if data is None:
            return 0
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)
        return self.pdf_document.pageCount()

    def beside(self, side: QLayout, width: int) -> QSplitter:
        """The controls of ``side`` at the left (at least ``width`` wide), this preview filling
        the rest; the user may drag the border."""
        panel = QWidget()
        panel.setLayout(side)
        panel.setMinimumWidth(width)
        splitter = QSplitter()
        splitter.addWidget(panel)
        splitter.addWidget(self)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([width + 20, 2 * width + 120])
        return splitter

    def print_with(self, prompts, parent) -> None:
        """The printer dialog, then every chosen page at the printer's resolution."""
        printer = make_printer(self.pdf_document)
        document = self.pdf_document
        prompts.choose_printer(parent, printer, lambda: print_document(document, printer))


def save_pdf(prompts, parent, data: bytes | None, suggested: str) -> Path | None:
    """Ask where, write ``data``; the file written, or None (cancelled or refused: said)."""
    path = prompts.save_file(parent, tr("Save PDF"), suggested, tr("PDF files (*.pdf)"))
    if path is None or data is None:
        return None
    try:
        path.write_bytes(data)
    except OSError as err:
        prompts.error(parent, tr("Save PDF"), tr("Cannot save {file}: {reason}.").format(
            file=str(path), reason=err.strerror or str(err)))
        return None
    return path
