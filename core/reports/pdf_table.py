"""Report tables drawn straight onto the canvas, a page-sized chunk at a time.

reportlab's Table measures every cell, builds a style for every cell and opens a text object for
every string; for a 10 k-row annex that is most of the time. Our tables are plain text in fixed
columns, so each cell is broken into lines once (widths cached per text), each row's height is
lines × leading + padding, and a chunk draws its grid as one path and its text as one text
object. The look is reportlab's own for the same style: a 0.5 pt black grid with round caps,
a grey bold centred header row repeated on every page, text middle-aligned with 4 pt side
padding, numeric columns right-aligned, the STT column, dates and marks centred, the total
row bold.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from core.reports import fonts
from core.reports.model import Table

CELL_SIZE, CELL_PAD, CELL_LEADING, PAD_TOP, PAD_BOTTOM = 11, 4, 13, 2, 3
GRID_WIDTH = 0.5
HEADER_FILL = colors.Color(0.93, 0.93, 0.93)
LEFT, RIGHT, CENTRE = 0, 1, 2
KEEP_WITH_TAIL = 2
MAX_CARRIED = 400  # points: the most a page can be asked to leave for rows and the tail

Cell = tuple[tuple[str, float], ...]  # the lines of a cell with their widths


class Cells:
    """Cells of a table, made once and shared by every chunk of it: each broken into lines that
    fit its column (with each line's width, for right and centred alignment), and row heights."""

    def __init__(self, table: Table, width: float) -> None:
        self.table = table
        total_w = sum(table.widths)
        self.widths = [width * w / total_w for w in table.widths]
        self.lefts = [sum(self.widths[:c]) for c in range(len(self.widths))]
        self.width = sum(self.widths)
        self.align = [CENTRE if c in table.centred or h == "STT" else
                      RIGHT if c in table.numeric else LEFT for c, h in enumerate(table.headers)]
        self.rows = list(table.rows) + ([table.total] if table.total else [])
        self._fitted: dict[tuple[str, int, str], Cell] = {}
        self.header = [self._fit(h, fonts.BOLD, c) for c, h in enumerate(table.headers)]
        self.header_height = self._height(self.header)
        self._made: dict[int, list[Cell]] = {}
        self._heights: dict[int, float] = {}
        self.shown: dict[tuple[str, str], list[tuple[int, str]]] = {}  # see _Text

    def is_total(self, i: int) -> bool:
        return self.table.total is not None and i == len(self.rows) - 1

    def font(self, i: int) -> str:
        return fonts.BOLD if self.is_total(i) else fonts.FAMILY

    def row(self, i: int) -> list[Cell]:
        made = self._made.get(i)
        if made is None:
            font = self.font(i)
            made = self._made[i] = [self._fit(v, font, c) for c, v in enumerate(self.rows[i])]
        return made

    def height(self, i: int) -> float:
        h = self._heights.get(i)
        if h is None:
            h = self._heights[i] = self._height(self.row(i))
        return h

    @staticmethod
    def _height(cells: list[Cell]) -> float:
        return max(len(c) for c in cells) * CELL_LEADING + PAD_TOP + PAD_BOTTOM

    def _fit(self, value: str, font: str, col: int) -> Cell:
        """The text broken into lines that fit the column (cached: columns repeat values)."""
        key = (font, col, value)
        fitted = self._fitted.get(key)
        if fitted is None:
            room = self.widths[col] - 2 * CELL_PAD
            lines = value.split("\n") if "\n" in value else [value]
            out = []
            for line in lines:
                w = stringWidth(line, font, CELL_SIZE)
                if w <= room:
                    out.append((line, w))
                else:
                    for part in simpleSplit(line, font, CELL_SIZE, room):
                        out += _break_word(part, font, room)
            fitted = self._fitted[key] = tuple(out)
        return fitted


class _Text:
    """The text of a chunk: what ``canvas.drawString`` writes for each string, without a text
    object per string. The shown strings (font subset and escaped bytes) are cached per
    table: names, dates and positions repeat down a column."""

    def __init__(self, canvas, shown: dict) -> None:
        self.canvas, self.doc, self.shown = canvas, canvas._doc, shown
        self.ops: list[str] = []
        self.font, self.subset = "", -1  # the font last set by Tf
        self.xs: dict[float, str] = {}

    def show(self, font_name: str, x: str, y: str, line: str) -> None:
        """``line`` at (``x``, ``y``), both already formatted for PDF."""
        ops = self.ops
        # BT … ET per string as drawString does (PDF text extractors then see one run per cell;
        # the font set by Tf is graphics state and carries over to the next block)
        ops.append(f"BT 1 0 0 1 {x} {y} Tm")
        parts = self.shown.get((font_name, line))
        if parts is None:
            font, escape = getFont(font_name), self.canvas._escape
            parts = self.shown[(font_name, line)] = [
                (subset, f"({escape(chars)}) Tj") for subset, chars in font.splitString(line,
                                                                                       self.doc)]
        for subset, op in parts:
            if subset != self.subset or font_name != self.font:
                internal = getFont(font_name).getSubsetInternalName(subset, self.doc)
                ops.append(f"{internal} {fp_str(CELL_SIZE)} Tf {fp_str(CELL_LEADING)} TL")
                self.font, self.subset = font_name, subset
            ops.append(op)
        ops.append("ET")

    def code(self) -> str:
        return "\n".join(self.ops)


def _break_word(text: str, font: str, room: float) -> list[tuple[str, float]]:
    """A line that is still too wide (one long word: "MOOC-2025-00004") cut between
    characters, so no text runs over the column's border."""
    width = stringWidth(text, font, CELL_SIZE)
    if width <= room:
        return [(text, width)]
    out, current = [], ""
    for char in text:
        if current and stringWidth(current + char, font, CELL_SIZE) > room:
            out.append((current, stringWidth(current, font, CELL_SIZE)))
            current = ""
        current += char
    return out + [(current, stringWidth(current, font, CELL_SIZE))]


class TableChunk(Flowable):
    """Rows ``start`` … ``stop - 1`` of a table under its header row, as one block."""

    def __init__(self, cells: Cells, start: int, stop: int) -> None:
        super().__init__()
        self.cells, self.start, self.stop = cells, start, stop
        self.height = cells.header_height + sum(cells.height(i) for i in range(start, stop))
        self.width = cells.width

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        c, cells = self.canv, self.cells
        c.saveState()
        c.setFillColor(HEADER_FILL)
        c.rect(0, self.height - cells.header_height, self.width, cells.header_height,
               stroke=0, fill=1)
        c.setFillColor(colors.black)
        text = _Text(c, cells.shown)
        top = self.height
        bottoms = [top]
        top = self._row(text, cells.header, fonts.BOLD, [CENTRE] * len(cells.widths), top)
        bottoms.append(top)
        for i in range(self.start, self.stop):
            top = self._row(text, cells.row(i), cells.font(i), cells.align, top)
            bottoms.append(top)
        c.addLiteral(text.code())
        self._grid(bottoms)
        c.restoreState()

    def _row(self, text: _Text, row: list[Cell], font: str, align: list[int],
             top: float) -> float:
        """Draw one row's text below ``top`` where reportlab's Table puts it (MIDDLE valign);
        returns the row's bottom."""
        height = self.cells._height(row)
        bottom = top - height
        lefts, widths = self.cells.lefts, self.cells.widths
        xs = text.xs
        for col, cell in enumerate(row):
            y = bottom + (PAD_BOTTOM + height - PAD_TOP + len(cell) * CELL_LEADING) / 2 - CELL_SIZE
            left, width, how = lefts[col], widths[col], align[col]
            for line, w in cell:
                if line:
                    if how == LEFT:
                        x = left + CELL_PAD
                    elif how == RIGHT:
                        x = left + width - CELL_PAD - w
                    else:
                        x = left + width / 2 - w / 2
                    x_text = xs.get(x)
                    if x_text is None:
                        x_text = xs[x] = fp_str(x)
                    text.show(font, x_text, fp_str(y), line)
                y -= CELL_LEADING
        return bottom

    def _grid(self, bottoms: list[float]) -> None:
        c = self.canv
        c.setLineWidth(GRID_WIDTH)
        c.setStrokeColor(colors.black)
        c.setLineCap(1)
        c.setLineJoin(1)
        path = c.beginPath()
        for y in bottoms:
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        for x in self.cells.lefts + [self.width]:
            path.moveTo(x, bottoms[0])
            path.lineTo(x, bottoms[-1])
        c.drawPath(path, stroke=1, fill=0)


class ChunkedTable(Flowable):
    """A long table cut into page-sized chunks by its own row heights, the header row on each
    one (reportlab's Table.split is quadratic in the rows and rebuilds the table twice a page).

    ``tail`` is the height of what must follow the table on the same page (the signer block
    after a list): when the rows fit but the tail does not, the last :data:`KEEP_WITH_TAIL`
    rows go over to the next page with it, so the signature never stands alone."""

    def __init__(self, cells: Cells, start: int = 0, tail: float = 0.0) -> None:
        super().__init__()
        self.cells, self.start, self.tail = cells, start, tail

    def _fitting(self, avail_height: float) -> int:
        """The row after the last one that fits under the header in ``avail_height``."""
        room = avail_height - self.cells.header_height
        stop, end = self.start, len(self.cells.rows)
        while stop < end:
            h = self.cells.height(stop)
            if h > room:
                break
            room -= h
            stop += 1
        if self.tail and (stop < end and end - stop < KEEP_WITH_TAIL  # a lone last row
                          or stop == end and self.tail > room):  # rows fit, the tail does not
            fitted, stop = stop, max(self.start, end - KEEP_WITH_TAIL)
            carried = self.cells.header_height + self.tail + sum(
                self.cells.height(i) for i in range(stop, end))
            if stop == self.start and carried > MAX_CARRIED:
                stop = fitted  # more than a fresh page could take: let the tail go alone
        return stop

    def wrap(self, avail_width, avail_height):
        end = len(self.cells.rows)
        if self._fitting(avail_height) < end:
            return avail_width, avail_height + 1  # longer than the space left: ask to be split
        self._whole = TableChunk(self.cells, self.start, end)
        return self._whole.wrap(avail_width, avail_height)

    def split(self, avail_width, avail_height):
        stop = self._fitting(avail_height)
        if stop == self.start:
            return []
        if stop >= len(self.cells.rows):
            return [TableChunk(self.cells, self.start, stop)]
        return [TableChunk(self.cells, self.start, stop),
                ChunkedTable(self.cells, stop, self.tail)]

    def draw(self):
        self._whole.drawOn(self.canv, 0, 0)
