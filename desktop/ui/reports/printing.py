"""Print a PDF held in a QPdfDocument on a QPrinter, page by page at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def make_printer(document: QPdfDocument) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF already has the official margins
    printer.setFromTo(1, max(1, document.pageCount()))
    return printer


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page (landscape annex pages turn the paper); returns the pages printed."""
    first, last = printer.fromPage() or 1, printer.toPage() or document.pageCount()
    painter = QPainter()
    printed = 0
    for index in range(first - 1, min(last, document.pageCount())):
        size = document.pagePointSize(index)
        orientation = (QPageLayout.Orientation.Landscape if size.width() > size.height()
                       else QPageLayout.Orientation.Portrait)
        printer.setPageOrientation(orientation)
        if printed == 0:
            if not painter.begin(printer):
                return 0
        else:
            printer.newPage()
        target = painter.viewport()
        dpi = printer.resolution()
        image = document.render(index, QSize(int(size.width() * dpi / 72),
                                             int(size.height() * dpi / 72)))
        painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
        printed += 1
    if printed:
        painter.end()
    return printed
