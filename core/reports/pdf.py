"""Draw a :class:`~core.reports.model.Document` as an ND 30/2020 PDF with reportlab Platypus.

A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; body 14 pt justified, first line
indented 1 cm; page numbers centred in the top margin from page 2; annexes on landscape pages.
The output is byte-for-byte reproducible (``invariant``), so a re-printed report keeps its hash.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from core.reports import fonts, wording
from core.reports.charts import bar_chart, column_chart
from core.reports.model import Annex, BarChart, ColumnChart, Document, Heading, Paragraph, Table
from core.reports.pdf_table import Cells, ChunkedTable

# The drawing's version: raise it whenever a change to this module (or pdf_table, fonts) changes
# the bytes of the same document. An issued report keeps the version that drew it, so a reprint
# by a newer Xã Số is told apart from an altered register row (services/reports.py::reprint).
RENDERER = 2

TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
FONT = ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY)  # not even an empty Helvetica text object
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
        self.annex_mid = _style("annex_mid", 13, fonts.BOLD, TA_CENTER)
        self.annex_attached = _style("annex_attached", 13, fonts.ITALIC, TA_CENTER, after=8)
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
            out += [ChunkedTable(Cells(block, width)), Spacer(1, 6)]
        elif isinstance(block, BarChart):
            out.append(KeepTogether([RLParagraph(_esc(block.title), s.chart_title),
                                     bar_chart(block, width, fonts.FAMILY)]))
        elif isinstance(block, ColumnChart):
            out.append(KeepTogether([RLParagraph(_esc(block.title), s.chart_title),
                                     column_chart(block, width, fonts.FAMILY)]))
    return out


class SignatureGap(Spacer):
    """The blank space under "TM. ỦY BAN NHÂN DÂN" where the signature goes. It draws nothing
    (the PDF's bytes stay those of a plain Spacer); it notes where it landed — page, lower-left
    corner, width and height in points — so a digital signature can be stamped there."""

    def __init__(self, box_width: float, height: float, found: list | None) -> None:
        super().__init__(1, height)  # laid out exactly as the Spacer(1, height) it replaces
        self.box_width = box_width
        self.found = found

    def draw(self) -> None:  # called inside drawOn's translation: (0, 0) is the gap's corner
        if self.found is not None:
            ax, ay = self.canv.absolutePosition(0, 0)
            self.found.append((self.canv.getPageNumber(), ax, ay, self.box_width, self.height))


def _closing(doc: Document, s: Styles, width: float, last: list, found: list | None = None) -> list:
    """Nơi nhận and the signer, kept on one page with the body's last paragraph (``last``) so
    the signature never stands alone on a page."""
    left = [RLParagraph(wording.RECIPIENTS_LABEL, s.recipients_label)] + [
        RLParagraph("- " + _esc(r), s.recipients) for r in doc.recipients]
    right = [RLParagraph(_esc(line), s.signer) for line in doc.signer.lines]
    right += [SignatureGap(width * 0.55, 28 * mm, found), RLParagraph(_esc(doc.signer.name), s.signer)]
    table = RLTable([[left, right]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), FONT,
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return last + [Spacer(1, 10), table]


def _annex(annex: Annex, s: Styles, width: float) -> list:
    head = [NextPageTemplate("landscape" if annex.landscape else "portrait"), PageBreak(),
            RLParagraph(_esc(annex.title.upper()), s.annex_title),
            RLParagraph(_esc(annex.subtitle), s.annex_sub if not annex.attached else s.annex_mid)]
    if annex.attached:  # drawn only when set, so reports issued before draw the same bytes
        head.append(RLParagraph(_esc(annex.attached), s.annex_attached))
    blocks = [b for b in annex.blocks if not _empty(b)]
    return head + _blocks(blocks, s, width)


def _empty(block) -> bool:
    """A table with no line and no total row is not drawn (the sentence above says so); the
    XLSX export still writes its header."""
    return isinstance(block, Table) and not block.rows and not block.total


def _page_number(canvas, doc) -> None:
    if doc.page < 2:
        return
    canvas.saveState()
    canvas.setFont(fonts.FAMILY, 13)
    w, h = canvas._pagesize
    canvas.drawCentredString(w / 2, h - TOP / 2 - 4, str(doc.page))
    canvas.restoreState()


DRAFT = "DỰ THẢO"


def _draft_mark(canvas, doc) -> None:
    """A report saved or printed before it is issued has no number: a boxed "DỰ THẢO" in the
    top right corner of every page says so (the number is written only at Ban hành)."""
    _page_number(canvas, doc)
    canvas.saveState()
    canvas.setFont(fonts.BOLD, 13)
    w, h = canvas._pagesize
    text_width = stringWidth(DRAFT, fonts.BOLD, 13)
    x, y = w - RIGHT - text_width, h - TOP / 2 - 4
    canvas.drawString(x, y, DRAFT)
    canvas.setLineWidth(0.8)
    canvas.rect(x - 5, y - 5, text_width + 10, 19)
    canvas.restoreState()


def _templates(draft: bool = False) -> list[PageTemplate]:
    out = []
    for name, size in (("portrait", A4), ("landscape", landscape(A4))):
        frame = Frame(LEFT, BOTTOM, size[0] - LEFT - RIGHT, size[1] - TOP - BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)
        out.append(PageTemplate(id=name, frames=[frame], pagesize=size,
                                onPage=_draft_mark if draft else _page_number))
    return out


def render(document: Document, target: Path | str | None = None,
           progress: Progress | None = None, signature_gap: list | None = None) -> bytes:
    """Draw the document; returns the PDF bytes (and writes them to ``target`` if given).

    ``signature_gap``, a list, receives (page, x, y, width, height) of the space left for the
    signature (see :class:`SignatureGap`)."""
    fonts.register()
    doc = document.normalized()
    s = Styles()
    templates = _templates(doc.draft)
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
    story += _blocks([b for b in doc.blocks if not _empty(b)], s, width)
    last = [story.pop()] if isinstance(story[-1], RLParagraph) else []
    closing = _closing(doc, s, width, last, signature_gap)
    if not last and len(story) > 1 and isinstance(story[-2], ChunkedTable):
        # a list ends with its table: the table keeps its last rows with the signer
        story[-2].tail = sum(f.wrap(width, 10 ** 6)[1] for f in closing) + 6
    story.append(KeepTogether(closing))
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
