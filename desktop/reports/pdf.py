"""Draw a :class:`~desktop.reports.model.Document` as an ND 30/2020 PDF with reportlab Platypus.

A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; body 14 pt justified, first line
indented 1 cm; page numbers centred in the top margin from page 2; annexes on landscape pages.
The output is byte-for-byte reproducible (``invariant``), so a re-printed report keeps its hash.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from desktop.reports import fonts, wording
from desktop.reports.charts import bar_chart, column_chart
from desktop.reports.model import Annex, BarChart, ColumnChart, Document, Heading, Paragraph, Table

TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
FONT = ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY)  # not even an empty Helvetica text object
CELL_SIZE, CELL_PAD, CELL_LEADING, PAD_TOP, PAD_BOTTOM = 11, 4, 13, 2, 3
Progress = Callable[[int, int], None]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _style(name: str, size: float = 14, font: str = fonts.FAMILY, align=TA_JUSTIFY,
           indent: float = 0, before: float = 0, after: float = 0, leading: float | None = None):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.2,
                          alignment=align, firstLineIndent=indent, spaceBefore=before,
                          spaceAfter=after)


class Styles:
    def __init__(self) -> None:
        self.head = _style("head", 12, align=TA_CENTER)
        self.head_bold = _style("head_bold", 12, fonts.BOLD, TA_CENTER)
        self.motto = _style("motto", 14, fonts.BOLD, TA_CENTER)
        self.place = _style("place", 14, fonts.ITALIC, TA_CENTER)
        self.number = _style("number", 13, align=TA_CENTER)
        self.title = _style("title", 14, fonts.BOLD, TA_CENTER, before=18)
        self.summary = _style("summary", 14, fonts.BOLD, TA_CENTER)
        self.heading = _style("heading", 14, fonts.BOLD, TA_JUSTIFY, 10 * mm, before=6,
                              after=6)
        self.body = _style("body", 14, indent=10 * mm, after=6, leading=14 * 1.25)  # TA_RIGHT
        self.recipients_label = _style("rl", 12, fonts.BOLD_ITALIC, TA_LEFT)
        self.recipients = _style("r", 11, align=TA_LEFT, leading=13)
        self.signer = _style("signer", 14, fonts.BOLD, TA_CENTER, leading=17)
        self.annex_title = _style("annex", 14, fonts.BOLD, TA_CENTER)
        self.annex_sub = _style("annex_sub", 13, fonts.BOLD, TA_CENTER, after=8)
        self.chart_title = _style("chart_title", 12, fonts.BOLD_ITALIC, TA_CENTER, before=6)


class Rule(Flowable):
    """A short centred line (under the issuing body, the motto and the summary)."""

    def __init__(self, width: float, thickness: float = 0.6, space: float = 2) -> None:
        super().__init__()
        self.line_width, self.thickness, self.space = width, thickness, space

    def wrap(self, avail_width, avail_height):
        self.avail = avail_width
        return avail_width, self.space * 2

    def draw(self):
        x = (self.avail - self.line_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, self.space, x + self.line_width, self.space)


class _Cells:
    """Cells of a table, made once: plain strings, broken into lines to fit their column, and
    each row's height (reportlab's own rule for text cells: lines × leading + padding).
    Shared by every chunk of one table."""

    def __init__(self, table: Table, styles: Styles, width: float) -> None:
        self.table, self.styles = table, styles
        total_w = sum(table.widths)
        self.widths = [width * w / total_w for w in table.widths]
        self.rows = list(table.rows) + ([table.total] if table.total else [])
        self.header = [self._fit(h, fonts.BOLD, self.widths[c] - 2 * CELL_PAD)
                       for c, h in enumerate(table.headers)]
        self.header_height = self._height(self.header)
        self._made: dict[int, list] = {}

    def is_total(self, i: int) -> bool:
        return self.table.total is not None and i == len(self.rows) - 1

    def row(self, i: int) -> list:
        if i not in self._made:
            font = fonts.BOLD if self.is_total(i) else fonts.FAMILY
            self._made[i] = [self._fit(value, font, self.widths[c] - 2 * CELL_PAD)
                             for c, value in enumerate(self.rows[i])]
        return self._made[i]

    def height(self, i: int) -> float:
        return self._height(self.row(i))

    @staticmethod
    def _height(cells: list[str]) -> float:
        return max(v.count("\n") + 1 for v in cells) * CELL_LEADING + PAD_TOP + PAD_BOTTOM

    @staticmethod
    def _fit(value: str, font: str, width: float) -> str:
        """The text broken into lines that fit the column (much cheaper than a Paragraph)."""
        if stringWidth(value, font, CELL_SIZE) <= width:
            return value
        return "\n".join(simpleSplit(value, font, CELL_SIZE, width))


class ChunkedTable(Flowable):
    """A long table cut into page-sized Tables by its own row heights (reportlab's split is
    quadratic in the rows and rebuilds the table twice a page), the header row on each one."""

    def __init__(self, cells: _Cells, start: int = 0) -> None:
        super().__init__()
        self.cells, self.start = cells, start

    def _build(self, stop: int) -> RLTable:
        cells = self.cells
        body = [cells.row(i) for i in range(self.start, stop)]
        table = RLTable([cells.header] + body, colWidths=cells.widths, repeatRows=1)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black), FONT,
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ]
        style += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in cells.table.numeric]
        if cells.is_total(stop - 1):
            style.append(("FONTNAME", (0, -1), (-1, -1), fonts.BOLD))
        table.setStyle(TableStyle(style))
        return table

    def _fitting(self, avail_height: float) -> int:
        """The row after the last one that fits under the header in ``avail_height``."""
        room = avail_height - self.cells.header_height
        stop, end = self.start, len(self.cells.rows)
        while stop < end and self.cells.height(stop) <= room:
            room -= self.cells.height(stop)
            stop += 1
        return stop

    def wrap(self, avail_width, avail_height):
        if self._fitting(avail_height) < len(self.cells.rows):
            return avail_width, avail_height + 1  # longer than the space left: ask to be split
        self._whole = self._build(len(self.cells.rows))
        return self._whole.wrap(avail_width, avail_height)

    def split(self, avail_width, avail_height):
        stop = self._fitting(avail_height)
        if stop == self.start:
            return []
        if stop >= len(self.cells.rows):
            return [self._build(stop)]
        return [self._build(stop), ChunkedTable(self.cells, stop)]

    def draw(self):
        self._whole.drawOn(self.canv, 0, 0)


def _header_block(doc: Document, s: Styles, width: float) -> RLTable:
    h = doc.header
    left_w, right_w = width * 0.42, width * 0.58
    body_lines = _fit_lines(h.issuing_body, fonts.BOLD, 12, left_w - 4)
    body_w = max(stringWidth(line, fonts.BOLD, 12) for line in body_lines)
    left = ([RLParagraph(_esc(h.parent_body), s.head)] if h.parent_body else []) + [
        RLParagraph("<br/>".join(_esc(line) for line in body_lines), s.head_bold),
        Rule(body_w / 3), Spacer(1, 4)]
    if h.number:  # an estimate attached to a Tờ trình has no number of its own
        left.append(RLParagraph(_esc(h.number).replace("  ", "&nbsp;&nbsp;"), s.number))
    motto_w = stringWidth(wording.MOTTO_2, fonts.BOLD, 14)
    right = [RLParagraph(wording.MOTTO_1, _style("m1", 13, fonts.BOLD, TA_CENTER)),
             RLParagraph(wording.MOTTO_2, s.motto), Rule(motto_w), Spacer(1, 4),
             RLParagraph(_esc(h.place_date), s.place)]
    table = RLTable([[left, right]], colWidths=[left_w, right_w])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), FONT,
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _fit_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The issuing body on one line, or broken before the commune ("ỦY BAN NHÂN DÂN / XÃ …")."""
    if stringWidth(text, font, size) <= width:
        return [text]
    for word in (" XÃ ", " PHƯỜNG ", " ĐẶC KHU ", " THỊ TRẤN "):
        if word in text:
            head, tail = text.split(word, 1)
            return [head, word.strip() + " " + tail]
    return [text]


def _paragraphs(text: str, style) -> list:
    return [RLParagraph(_esc(line.strip()), style) for line in text.splitlines() if line.strip()]


def _blocks(blocks, s: Styles, width: float) -> list:
    out: list = []
    for block in blocks:
        if isinstance(block, Heading):
            out += [CondPageBreak(30 * mm), RLParagraph(_esc(block.text), s.heading)]
        elif isinstance(block, Paragraph):
            out += _paragraphs(block.text, s.body)
        elif isinstance(block, Table):
            out += [ChunkedTable(_Cells(block, s, width)), Spacer(1, 6)]
        elif isinstance(block, BarChart):
            out.append(KeepTogether([RLParagraph(_esc(block.title), s.chart_title),
                                     bar_chart(block, width, fonts.FAMILY)]))
        elif isinstance(block, ColumnChart):
            out.append(KeepTogether([RLParagraph(_esc(block.title), s.chart_title),
                                     column_chart(block, width, fonts.FAMILY)]))
    return out


def _closing(doc: Document, s: Styles, width: float, last: list) -> KeepTogether:
    """Nơi nhận and the signer, kept on one page with the body's last paragraph (``last``) so
    the signature never stands alone on a page."""
    left = [RLParagraph(wording.RECIPIENTS_LABEL, s.recipients_label)] + [
        RLParagraph("- " + _esc(r), s.recipients) for r in doc.recipients]
    right = [RLParagraph(_esc(line), s.signer) for line in doc.signer.lines]
    right += [Spacer(1, 28 * mm), RLParagraph(_esc(doc.signer.name), s.signer)]
    table = RLTable([[left, right]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), FONT,
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether(last + [Spacer(1, 10), table])


def _annex(annex: Annex, s: Styles, width: float) -> list:
    return [NextPageTemplate("landscape" if annex.landscape else "portrait"), PageBreak(),
            RLParagraph(_esc(annex.title.upper()), s.annex_title),
            RLParagraph(_esc(annex.subtitle), s.annex_sub)] + _blocks(annex.blocks, s, width)


def _page_number(canvas, doc) -> None:
    if doc.page < 2:
        return
    canvas.saveState()
    canvas.setFont(fonts.FAMILY, 13)
    w, h = canvas._pagesize
    canvas.drawCentredString(w / 2, h - TOP / 2 - 4, str(doc.page))
    canvas.restoreState()


def _templates() -> list[PageTemplate]:
    out = []
    for name, size in (("portrait", A4), ("landscape", landscape(A4))):
        frame = Frame(LEFT, BOTTOM, size[0] - LEFT - RIGHT, size[1] - TOP - BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)
        out.append(PageTemplate(id=name, frames=[frame], pagesize=size, onPage=_page_number))
    return out


def render(document: Document, target: Path | str | None = None,
           progress: Progress | None = None) -> bytes:
    """Draw the document; returns the PDF bytes (and writes them to ``target`` if given)."""
    fonts.register()
    doc = document.normalized()
    s = Styles()
    templates = _templates()
    if doc.landscape:
        templates.reverse()
    buffer = io.BytesIO()
    pdf = BaseDocTemplate(buffer, pagesize=templates[0].pagesize, pageTemplates=templates,
                          leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM,
                          title=doc.summary or doc.title, author=doc.header.issuing_body,
                          creator="Xã Số", invariant=1, initialFontName=fonts.FAMILY)
    width = templates[0].frames[0]._width
    story = [_header_block(doc, s, width), Spacer(1, 6)]
    if doc.title:
        story.append(RLParagraph(_esc(doc.title), s.title))
    story += [RLParagraph(_esc(doc.summary), s.summary),
              Rule(min(stringWidth(doc.summary, fonts.BOLD, 14), width) / 3), Spacer(1, 10)]
    story += _blocks(doc.blocks, s, width)
    last = [story.pop()] if isinstance(story[-1], RLParagraph) else []
    story.append(_closing(doc, s, width, last))
    annex_width = landscape(A4)[0] - LEFT - RIGHT
    for annex in doc.annexes:
        story += _annex(annex, s, annex_width if annex.landscape else width)
    if progress:
        pdf.setProgressCallBack(lambda kind, value: _forward(progress, kind, value, len(story)))
    pdf.build(story)
    data = buffer.getvalue()
    if target is not None:
        Path(target).write_bytes(data)
    return data


def _forward(progress: Progress, kind: str, value: int, total: int) -> None:
    if kind == "PROGRESS":
        progress(value, total)
