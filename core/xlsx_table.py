"""Finding a list inside a real-world Excel sheet: title rows, merged headers, footers.

Generic for every importer: the caller gives a synonyms dict (field -> header texts, compared
accent-free) and the fields the header must contain; this module finds the header block,
combines merged two-row headers and returns the data rows up to the signature footer.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.text import fold, nfc
from db.errors import N_, UserError, ValidationError

HEADER_SEARCH_ROWS = 15
# what any imported list may hold (a commune's lists are a few thousand rows): checked while the
# file is read, so a hostile file is refused before it can fill the memory
MAX_FILE_BYTES = 50 << 20  # the file on disk (.xlsx or .csv)
MAX_UNPACKED_BYTES = 100 << 20  # the XML inside an .xlsx, as its zip directory declares it
MAX_ROWS = 100_000
MAX_COLUMNS = 500
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls both start so
_NON_WORD = re.compile(r"[^0-9a-z]+")
_COLUMN_NUMBER = re.compile(r"^\(?\s*\d{1,2}\s*\)?$")
_SECTION = re.compile(r"^([ivx]+|[a-d]|\d{1,2})\s*[.)]\s")
_ROMAN = re.compile(r"^([IVX]+|[A-D])\.?$")
_FOOTER = re.compile(
    r"nguoi lap|ngay\W*[\d.…]*\W*thang|xac nhan|thu truong|chu tich|ky ten|tong cong|tong so"
    r"|(^|\s)(tm|kt)\s*\."
)

NOT_FOUND = N_(
    "No table was found in {file} (sheets searched: {sheets}): none of the first {limit} rows "
    "holds a header with the required columns. Check that you chose the right file."
)


@dataclass
class SheetTable:
    path: Path
    sheet_name: str
    header_row_first: int  # 1-based Excel row numbers of the header block
    header_row_last: int
    headers: list[str]  # one combined header text per column (index 0 = column A)
    rows: list[tuple[int, list[Any]]]  # (excel_row_number, cell values) of data rows only


class ImportProblem(ValidationError):
    """A problem in an imported file whose params may need translating too.

    ``translated`` names params holding English N_ texts (field labels); ``cause`` is a nested
    error (e.g. from a service's validation) shown through the ``{problem}`` placeholder.
    """

    def __init__(self, template: str, field: str | None = None, *, cause: UserError | None = None,
                 translated: Sequence[str] = (), **params: Any) -> None:
        if cause is not None:
            params["problem"] = cause.message()
        super().__init__(template, field=field, **params)
        self.cause = cause
        self.translated = tuple(translated)

    def message(self, translate=None) -> str:
        if translate is None:
            return super().message()
        params = dict(self.params)
        for name in self.translated:
            params[name] = translate(params[name])
        if self.cause is not None:
            params["problem"] = self.cause.message(translate)
        return translate(self.template).format(**params)


# opening --------------------------------------------------------------------------------------
def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refused by its size before they are read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                N_("The file {file} is too large to import ({size} MB; at most {limit} MB). "
                   "Check that you chose the right file, or split the list into several files."),
                file=path.name, size=_mb(size), limit=MAX_FILE_BYTES >> 20)
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(N_("The file {file} does not exist. Choose the file again."),
                        file=str(path)) from None
    except IsADirectoryError:
        raise UserError(N_("The file {file} does not exist. Choose the file again."),
                        file=str(path)) from None
    except OSError as err:
        raise UserError(
            N_("The file {file} cannot be read: {reason}. Close it in Excel and try again."),
            file=str(path), reason=err.strerror or str(err)) from err


def _mb(size: int) -> str:
    from core.text import format_number

    return format_number(size / (1 << 20), 1)


def _check_unpacked(content: bytes, path: Path) -> None:
    """Refuse a workbook whose parts would unpack beyond the budget (a 1 GiB sheet zips to a few
    MB): from the zip directory, before any XML is parsed. A part larger than it declares fails
    its own check while it is read (zipfile stops at the declared size and the CRC differs)."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise UserError(
            N_("The file {file} is too large to import: its sheets hold {size} MB of data "
               "(at most {limit} MB). Delete the unused rows and columns in Excel, or split the "
               "list into several files."),
            file=path.name, size=_mb(unpacked), limit=MAX_UNPACKED_BYTES >> 20)


def open_workbook(path: Path | str):
    """The workbook in normal mode (merged cells visible), cached values instead of formulas."""
    import openpyxl

    path = Path(path)
    content = _read_bytes(path)
    if content.startswith(_OLE_MAGIC):
        raise UserError(
            N_("The file {file} is password-protected or in the old .xls format. Open it in Excel, "
               "remove the password and save it as an Excel workbook (.xlsx)."), file=path.name)
    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise UserError(
            N_("The file {file} is not an Excel workbook (.xlsx). Open it in Excel and save it "
               "as an Excel workbook (.xlsx)."), file=path.name)
    try:
        _check_unpacked(content, path)
        # a file object skips openpyxl's check of the name's extension
        return openpyxl.load_workbook(io.BytesIO(content), data_only=True)
    except UserError:
        raise
    except Exception as err:  # noqa: BLE001 - any damage inside means the same to the user
        raise UserError(
            N_("The file {file} is damaged and cannot be read as an Excel workbook. Open it in "
               "Excel, save it again as .xlsx and retry."), file=path.name) from err


def check_sheet_size(ws, path: Path) -> None:
    """Rows and columns within the limits, before the list is read (openpyxl itself cuts a cell
    at Excel's 32,767 characters while it loads the sheet)."""
    if ws.max_row > MAX_ROWS or ws.max_column > MAX_COLUMNS:
        raise UserError(
            N_("The sheet {sheet} of {file} has {rows} rows and {columns} columns; at most "
               "{max_rows} rows and {max_columns} columns can be imported. Delete the unused rows "
               "and columns in Excel, or split the list into several files."),
            file=path.name, sheet=ws.title, rows=_count(ws.max_row), columns=_count(ws.max_column),
            max_rows=_count(MAX_ROWS), max_columns=_count(MAX_COLUMNS))


def _cell_too_long(path: Path, row: int, column: str) -> UserError:
    return UserError(
        N_("Row {row} of {file}: the cell in column {column} holds more than {limit} characters. "
           "Shorten it and import the file again."),
        file=path.name, row=row, column=column, limit=_count(MAX_CELL_CHARS))


def _count(number: int) -> str:
    from core.text import format_number

    return format_number(number)


# cells ----------------------------------------------------------------------------------------
def cell_text(value: Any) -> str:
    """A cell as text: NFC, white space collapsed, 12.0 written 12."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool):
        return "x" if value else ""
    return nfc(str(value))


def header_key(text: str) -> str:
    """Accent-free words only: 'Họ, tên' -> 'ho ten', 'CMND/CCCD' -> 'cmnd cccd'."""
    return _NON_WORD.sub(" ", fold(text)).strip()


class _Grid:
    """Cell values of one sheet with merged ranges filled in (fully, or down the first column)."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.anchor: dict[tuple[int, int], tuple[int, int]] = {}
        self.wide: set[tuple[int, int]] = set()  # anchors of ranges spanning several columns
        for rng in ws.merged_cells.ranges:
            top = (rng.min_row, rng.min_col)
            if rng.max_col > rng.min_col:
                self.wide.add(top)
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    self.anchor[(r, c)] = top

    def raw(self, row: int, col: int) -> Any:
        return self.ws.cell(row, col).value

    def filled(self, row: int, col: int, down_only: bool = False) -> Any:
        top = self.anchor.get((row, col))
        if top is None:
            return self.raw(row, col)
        if down_only and top[1] != col:
            return None
        return self.raw(*top)

    def merge_bottom(self, row: int, col: int) -> int:
        top = self.anchor.get((row, col))
        if top is None or top[0] != row:
            return row
        return max(r for (r, c), t in self.anchor.items() if t == top)


# header ---------------------------------------------------------------------------------------
def match_score(header: str, synonym: str) -> float:
    """How well a combined header names a synonym; 0 when it does not at all."""
    text, syn = f" {header_key(header)} ", f" {header_key(synonym)} "
    if text == syn:
        return 3.0
    if text.endswith(syn):  # the sub-header of a two-row header is written last
        return 2.5
    if text.startswith(syn):
        return 2.0
    return 1.0 if syn in text else 0.0


def guess_mapping(headers: Sequence[str],
                  synonyms: Mapping[str, Iterable[str]]) -> dict[str, int | None]:
    """field -> 0-based column; best matches claimed first, each column by one field only."""
    candidates = []
    for field_name, words in synonyms.items():
        for col, header in enumerate(headers):
            for word in words:
                score = match_score(header, word)
                if score:
                    candidates.append((score, len(header_key(word)), -col, field_name, col))
    mapping: dict[str, int | None] = {name: None for name in synonyms}
    taken: set[int] = set()
    for _score, _length, _neg_col, field_name, col in sorted(candidates, reverse=True):
        if mapping[field_name] is None and col not in taken:
            mapping[field_name] = col
            taken.add(col)
    return mapping


def _header_block(grid: _Grid, row: int, width: int) -> int:
    """Last row of a header starting at ``row``: vertical merges, or group headers with subs."""
    last = row
    for col in range(1, width + 1):
        last = max(last, grid.merge_bottom(row, col))
        if (row, col) in grid.wide and cell_text(grid.raw(row + 1, col)):
            last = max(last, row + 1)
    return last


def _combined_headers(grid: _Grid, first: int, last: int, width: int) -> list[str]:
    headers = []
    for col in range(1, width + 1):
        parts: list[str] = []
        for row in range(first, last + 1):
            text = cell_text(grid.filled(row, col))
            if text and text not in parts:
                parts.append(text)
        headers.append(" / ".join(parts))
    while headers and not headers[-1]:
        headers.pop()
    return headers


def _recognised(texts: Iterable[str], synonyms: Mapping[str, Iterable[str]]) -> bool:
    return any(match_score(t, w) for t in texts if t for words in synonyms.values() for w in words)


def find_header(grid: _Grid, synonyms, required) -> tuple[int, int, list[str]] | None:
    """(first row, last row, headers) of the topmost header naming every required field."""
    width = grid.ws.max_column
    for row in range(1, min(grid.ws.max_row, HEADER_SEARCH_ROWS) + 1):
        own = [cell_text(grid.filled(row, c)) for c in range(1, width + 1)]
        # title rows ("Đơn vị: UBND xã …") hold one text; a header row several, naming a field
        if len(set(filter(None, own))) < 2 or not _recognised(own, synonyms):
            continue
        last = _header_block(grid, row, width)
        headers = _combined_headers(grid, row, last, width)
        mapping = guess_mapping(headers, synonyms)
        if all(mapping.get(name) is not None for name in required):
            return row, last, headers
    return None


# data rows ------------------------------------------------------------------------------------
def _is_numbering(values: list[Any]) -> bool:
    """The '(1) (2) (3)…' row some forms print under the header."""
    texts = [cell_text(v) for v in values if cell_text(v)]
    return len(texts) >= 2 and all(_COLUMN_NUMBER.match(t) for t in texts)


def _is_section(grid: _Grid, row: int, values: list[Any], key_cols: list[int],
                number_col: int | None) -> bool:
    """'I. CÁN BỘ CHUYÊN TRÁCH' rows grouping the list: numbered I, II, A… or one merged text."""
    texts = [(c, cell_text(v)) for c, v in enumerate(values) if cell_text(v)]
    if _ROMAN.match(cell_text(_at(values, number_col))) and len(texts) <= 2:
        return True
    if len(texts) != 1 or any(_has(values, c) for c in key_cols):
        return False
    col, text = texts[0]
    return (row, col + 1) in grid.wide or bool(_SECTION.match(fold(text) + " "))


def _at(values: list[Any], col: int | None) -> Any:
    return values[col] if col is not None and col < len(values) else None


def _has(values: list[Any], col: int | None) -> bool:
    return bool(cell_text(_at(values, col)))


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit())


def _is_record(values: list[Any], key_cols: list[int], number_col: int | None) -> bool:
    """A row that certainly is data: a key value and a row number, or a key among many values."""
    if not any(_has(values, c) for c in key_cols):
        return False
    return _is_number(_at(values, number_col)) or sum(1 for v in values if cell_text(v)) >= 3


def _is_footer(values: list[Any], key_cols: list[int], number_col: int | None) -> bool:
    if any(_has(values, c) for c in key_cols):
        return False
    if _is_number(_at(values, number_col)):
        return False
    text = " ".join(fold(cell_text(v)) for v in values if cell_text(v))
    return bool(_FOOTER.search(text))


def _data_rows(grid: _Grid, first: int, width: int, key_cols: list[int],
               number_col: int | None) -> list[tuple[int, list[Any]]]:
    raw_rows = []
    for row in range(first, grid.ws.max_row + 1):
        values = [grid.filled(row, c, down_only=True) for c in range(1, width + 1)]
        raw_rows.append((row, values))
    while raw_rows and not any(cell_text(v) for v in raw_rows[-1][1]):
        raw_rows.pop()
    if raw_rows and _is_numbering(raw_rows[0][1]):
        raw_rows.pop(0)
    rows: list[tuple[int, list[Any]]] = []
    for index, (row, values) in enumerate(raw_rows):
        filled = [c for c, v in enumerate(values) if cell_text(v)]
        if not filled or filled == [number_col]:
            continue  # blank, or numbered but blank
        if _is_section(grid, row, values, key_cols, number_col):
            continue
        # a footer is the end only if no real record follows (signature names are not ones)
        if _is_footer(values, key_cols, number_col) and not any(
            _is_record(later, key_cols, number_col) for _r, later in raw_rows[index + 1:]
        ):
            break
        rows.append((row, values))
    return rows


def _table_in(ws, path: Path, synonyms, required, key_fields, number_field) -> SheetTable | None:
    check_sheet_size(ws, path)
    grid = _Grid(ws)
    found = find_header(grid, synonyms, required)
    if found is None:
        return None
    first, last, headers = found
    mapping = guess_mapping(headers, synonyms)
    key_cols = [mapping[k] for k in key_fields if mapping.get(k) is not None]
    number_col = mapping.get(number_field) if number_field else None
    rows = _data_rows(grid, last + 1, len(headers), key_cols, number_col)
    return SheetTable(path, ws.title, first, last, headers, rows)


def read_table(path: Path | str, synonyms: Mapping[str, Iterable[str]], required: Sequence[str],
               sheet: str | None = None, *, key_fields: Sequence[str] = (),
               number_field: str | None = None, not_found: str = NOT_FOUND) -> SheetTable:
    """The list in ``sheet`` (default: the first sheet with a recognisable header).

    ``key_fields`` are the columns that make a row a record (a footer is never one of those);
    ``number_field`` is the STT column; ``not_found`` is the caller's message template with
    {file}, {sheets} and {limit}.
    """
    path = Path(path)
    workbook = open_workbook(path)
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise UserError(
                N_("The file {file} has no sheet named {sheet}. Its sheets are: {sheets}."),
                file=path.name, sheet=sheet, sheets=", ".join(workbook.sheetnames))
        names = [sheet] if sheet is not None else workbook.sheetnames
        for name in names:
            table = _table_in(workbook[name], path, synonyms, required, key_fields, number_field)
            if table is not None:
                return table
        raise UserError(not_found, file=path.name, sheets=", ".join(names),
                        limit=HEADER_SEARCH_ROWS)
    finally:
        workbook.close()


def column_name(table: SheetTable, col: int) -> str:
    """'C (Số CCCD)': the letter people see in Excel and the header they wrote."""
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(col + 1)
    header = table.headers[col] if col < len(table.headers) else ""
    return f"{letter} ({header})" if header else letter


class RowCells:
    """The mapped cells of one row, with the column named for messages."""

    def __init__(self, table: SheetTable, mapping: Mapping[str, int | None], row_no: int,
                 values: list[Any]) -> None:
        self.table, self.mapping, self.row_no, self.values = table, mapping, row_no, values

    def raw(self, name: str) -> Any:
        col = self.mapping.get(name)
        return self.values[col] if col is not None and col < len(self.values) else None

    def text(self, name: str) -> str:
        return cell_text(self.raw(name))

    def column(self, name: str) -> str:
        col = self.mapping.get(name)
        return column_name(self.table, col) if col is not None else ""

    def problem(self, template: str, field_name: str, /, **params: Any) -> ImportProblem:
        return ImportProblem(template, field=field_name, row=self.row_no,
                             column=self.column(field_name), **params)


# CSV ------------------------------------------------------------------------------------------
CSV_SUFFIXES = (".csv", ".txt")


def _csv_text(raw: bytes, path: Path) -> str:
    """The text of a CSV: UTF-16 (with its BOM, or guessed from the zero bytes of each character),
    UTF-8 with or without BOM, or Windows-1258; anything else is not a text file."""
    not_text = UserError(
        N_("The file {file} is not a text (CSV) file. Open it in Excel and save it as "
           "\"CSV UTF-8\" or as an Excel workbook (.xlsx)."), file=path.name)
    encodings: tuple[str, ...] = ("utf-8-sig", "cp1258")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    elif b"\x00" in raw[:4096]:
        head = raw[:4096]
        odd, even = head[1::2].count(0), head[0::2].count(0)
        if odd > len(head) // 4 and even == 0:
            encodings = ("utf-16-le",)
        elif even > len(head) // 4 and odd == 0:
            encodings = ("utf-16-be",)
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise not_text


def csv_rows(path: Path) -> list[list[str]]:
    """A CSV as communes save it: UTF-8 with or without BOM, Windows-1258 or UTF-16; ``;`` or
    ``,``; lines ended by CR LF, LF or CR. Rows, columns and cell lengths are counted while the
    rows are read; a control character or a broken quote names its row."""
    text = _csv_text(_read_bytes(path), path)
    head = text[:4096]
    delimiter = ";" if head.count(";") > head.count(",") else ","
    # newline=None: CR LF, LF and a lone CR (old Mac exports) all end a line
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=delimiter)
    rows: list[list[str]] = []
    try:
        for row in reader:
            line = reader.line_num
            if len(rows) >= MAX_ROWS or len(row) > MAX_COLUMNS:
                raise UserError(
                    N_("The file {file} has more than {max_rows} rows or {max_columns} columns "
                       "(row {row}). Split the list into several files."),
                    file=path.name, row=line, max_rows=_count(MAX_ROWS),
                    max_columns=_count(MAX_COLUMNS))
            for index, value in enumerate(row):
                if len(value) > MAX_CELL_CHARS:
                    raise _cell_too_long(path, line, _letter(index))
                if _CONTROL.search(value):
                    raise UserError(
                        N_("Row {row} of {file} holds control characters (column {column}): the "
                           "file is damaged or not a text (CSV) file. Open it in Excel and save it "
                           "as \"CSV UTF-8\" or as an Excel workbook (.xlsx)."),
                        file=path.name, row=line, column=_letter(index))
            rows.append(row)
    except csv.Error:  # a quote never closed: the rest of the file ran into one value
        raise UserError(
            N_("Row {row} of {file} cannot be read: a quotation mark opened there is never "
               "closed, or a value is longer than {limit} characters. Correct it in Excel and "
               "import the file again."),
            file=path.name, row=reader.line_num, limit=_count(MAX_CELL_CHARS)) from None
    return rows


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def read_any_table(path: Path | str, synonyms: Mapping[str, Iterable[str]], required: Sequence[str],
                   *, key_fields: Sequence[str] = (), number_field: str | None = None,
                   not_found: str = NOT_FOUND) -> SheetTable:
    """:func:`read_table` for an .xlsx, or the same reader over a CSV's rows."""
    path = Path(path)
    if path.suffix.lower() not in CSV_SUFFIXES:
        return read_table(path, synonyms, required, key_fields=key_fields,
                          number_field=number_field, not_found=not_found)
    from openpyxl import Workbook

    ws = Workbook().active
    ws.title = path.stem[:31] or "CSV"
    for row in csv_rows(path):
        ws.append([value if value.strip() else None for value in row])
    table = _table_in(ws, path, synonyms, required, key_fields, number_field)
    if table is None:
        raise UserError(not_found, file=path.name, sheets=ws.title, limit=HEADER_SEARCH_ROWS)
    return table


class PreviewRows:
    """Counting the previewed rows (each with a ``status`` and ``problems``) of an import."""

    rows: list

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def has_errors(self) -> bool:
        return self.count("error") > 0

    @property
    def problems(self) -> list[UserError]:
        return [p for r in self.rows for p in r.problems]
