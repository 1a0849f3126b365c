"""Importing the dossier export of the procedure system (XLSX or CSV, one row per MaHoSo).

The export names its columns MaHoSo, MaTTHC, LinhVuc, NgayTiepNhan, NgayHenTra,
NgayKetThucXuLy, KenhThucHien, DuocSoHoa, DuocLayTuKhoDMQG, MaKetQua; communes often rename
them in Vietnamese ("Mã hồ sơ", "Ngày tiếp nhận"…), so both are recognised. :func:`preview`
writes nothing and lists every row as new / update / unchanged / error with its row number;
:func:`apply` writes all rows in the caller's transaction or nothing. A dossier's id comes from
its MaHoSo, so importing the same export again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import xlsx_table
from core.text import fold, parse_date
from core.xlsx_table import ImportProblem, PreviewRows, RowCells, SheetTable
from db.errors import N_, UserError
from db.ids import natural_id
from db.models import Dossier

SYNONYMS: dict[str, tuple[str, ...]] = {
    "stt": ("STT", "TT"),
    "code": ("MaHoSo", "Mã hồ sơ", "Số hồ sơ"),
    "procedure_code": ("MaTTHC", "Mã TTHC", "Mã thủ tục", "Mã thủ tục hành chính"),
    "field_name": ("LinhVuc", "Lĩnh vực", "Tên lĩnh vực"),
    "received_on": ("NgayTiepNhan", "Ngày tiếp nhận", "Ngày nhận"),
    "due_on": ("NgayHenTra", "Ngày hẹn trả", "Hẹn trả"),
    "finished_on": ("NgayKetThucXuLy", "Ngày kết thúc xử lý", "Ngày kết thúc", "Ngày hoàn thành"),
    "channel": ("KenhThucHien", "Kênh thực hiện", "Hình thức nộp", "Kênh nộp"),
    "digitized": ("DuocSoHoa", "Được số hóa", "Đã số hóa", "Số hóa"),
    "reused_data": ("DuocLayTuKhoDMQG", "Được lấy từ kho DMQG", "Tái sử dụng dữ liệu",
                    "Lấy từ kho"),
    "result_code": ("MaKetQua", "Mã kết quả"),
    "result_stored": ("KetQuaLuuKho", "Kết quả lưu kho", "Lưu kho dữ liệu"),
}
REQUIRED = ("code", "received_on")
NOT_FOUND = N_(
    "No list of dossiers was found in {file} (sheets searched: {sheets}): none of the first "
    "{limit} rows holds a header with the columns MaHoSo and NgayTiepNhan. Check that you chose "
    "the export of the procedure system."
)
# agency code – yymmdd – running number, e.g. 000.17.22.H56-210531-0001
CODE = re.compile(r"^[0-9A-Z]{2,4}(\.[0-9A-Z]{2,4}){2,4}-\d{6}-\d{4,6}$")
_CHANNELS = {"1": 1, "truc tiep": 1, "2": 2, "truc tuyen": 2, "online": 2,
             "3": 3, "buu chinh": 3, "buu chinh cong ich": 3}
_YES = {"1", "x", "co", "true", "yes", "da so hoa", "dung"}
_NO = {"", "0", "khong", "false", "no", "chua"}


@dataclass(frozen=True)
class DossierInput:
    code: str
    procedure_code: str
    field_name: str
    received_on: dt.date
    due_on: dt.date | None
    finished_on: dt.date | None
    channel: int
    digitized: bool
    reused_data: bool
    result_code: str
    result_stored: bool


@dataclass
class DossierResult:
    row_no: int
    status: str  # new | update | unchanged | error
    data: DossierInput | None = None
    problems: list[UserError] = field(default_factory=list)


@dataclass
class DossierPreview(PreviewRows):
    table: SheetTable
    rows: list[DossierResult]


def read_table(path: Path | str) -> SheetTable:
    return xlsx_table.read_any_table(path, SYNONYMS, REQUIRED, key_fields=("code",),
                                     number_field="stt", not_found=NOT_FOUND)


def dossier_id(commune_code: str, code: str):
    return natural_id("dossier", f"{commune_code}|{code}")


# cells ----------------------------------------------------------------------------------------
def _date(cells: RowCells, name: str) -> dt.date | None:
    value = cells.raw(name)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cells.text(name).split(" ")[0]  # "20/11/2026 08:30" -> the day
    try:
        return parse_date(text)
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise cells.problem(N_("Row {row}: {value} in column {column} is not a valid date. Write "
                               "it as dd/mm/yyyy, for example 20/11/2026."), name, value=text) from None


def _flag(cells: RowCells, name: str) -> bool:
    key = fold(cells.text(name)).strip()
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise cells.problem(N_("Row {row}: {value} in column {column} is not understood. Write 1 "
                           "(yes) or 0 (no)."), name, value=cells.text(name))


def _channel(cells: RowCells) -> int:
    text = cells.text("channel")
    channel = _CHANNELS.get(fold(text).strip() or "1")
    if channel is None:
        raise cells.problem(N_("Row {row}: the channel {value} in column {column} is unknown. Write 1 "
                               "(in person), 2 (online) or 3 (public postal service)."),
                            "channel", value=text)
    return channel


def _read(cells: RowCells) -> DossierInput:
    code = cells.text("code").upper().replace(" ", "")
    if not CODE.match(code):
        raise cells.problem(N_("Row {row}: the dossier code {value} in column {column} is not in the "
                               "form agency-yymmdd-number, e.g. 000.17.22.H56-210531-0001."),
                            "code", value=code or "—")
    received = _date(cells, "received_on")
    if received is None:
        raise cells.problem(N_("Row {row}: the reception date in column {column} is missing."),
                            "received_on")
    due, finished = _date(cells, "due_on"), _date(cells, "finished_on")
    for name, later in (("due_on", due), ("finished_on", finished)):
        if later is not None and later < received:
            raise cells.problem(N_("Row {row}: the date in column {column} ({value}) is before the "
                                   "reception date."), name, value=later.strftime("%d/%m/%Y"))
    result_code = cells.text("result_code")
    stored = _flag(cells, "result_stored") if cells.mapping.get("result_stored") is not None \
        else bool(result_code)
    return DossierInput(code=code, procedure_code=cells.text("procedure_code"),
                        field_name=cells.text("field_name"), received_on=received, due_on=due,
                        finished_on=finished, channel=_channel(cells),
                        digitized=_flag(cells, "digitized"),
                        reused_data=_flag(cells, "reused_data"), result_code=result_code,
                        result_stored=stored)


def _as_input(row: Dossier) -> DossierInput:
    return DossierInput(**{name: getattr(row, name) for name in DossierInput.__dataclass_fields__})


# preview and apply ----------------------------------------------------------------------------
def preview(session: Session, table: SheetTable) -> DossierPreview:
    mapping = xlsx_table.guess_mapping(table.headers, SYNONYMS)
    existing = {d.code: d for d in session.execute(select(Dossier)).scalars()}
    seen: dict[str, int] = {}
    rows: list[DossierResult] = []
    for row_no, values in table.rows:
        try:
            data = _read(RowCells(table, mapping, row_no, values))
        except ImportProblem as err:
            rows.append(DossierResult(row_no, "error", problems=[err]))
            continue
        if data.code in seen:
            rows.append(DossierResult(row_no, "error", data, [ImportProblem(
                N_("Row {row} repeats the dossier {code} of row {other}; keep one of them."),
                row=row_no, code=data.code, other=seen[data.code])]))
            continue
        seen[data.code] = row_no
        old = existing.get(data.code)
        if old is None or old.deleted:
            rows.append(DossierResult(row_no, "new", data))
        else:
            rows.append(DossierResult(row_no, "unchanged" if _as_input(old) == data else "update", data))
    return DossierPreview(table, rows)


def apply(session: Session, result: DossierPreview, commune_code: str) -> dict[str, int]:
    """Write the previewed dossiers (in the caller's transaction); nothing on any error."""
    if result.has_errors:
        raise UserError(N_("The file still has {count} problem(s); nothing was imported. Correct "
                           "the file, then preview it again."), count=len(result.problems))
    writes = [row for row in result.rows if row.status in ("new", "update")]
    codes = [row.data.code for row in writes]
    known: dict = {}  # the rows already there, read in a few queries (not one per row)
    for start in range(0, len(codes), 500):
        known.update((d.id, d) for d in session.execute(
            select(Dossier).where(Dossier.code.in_(codes[start:start + 500]))).scalars())
    with session.no_autoflush:  # one flush at the end
        for row in writes:
            row_id = dossier_id(commune_code, row.data.code)
            dossier = known.get(row_id)
            if dossier is None:
                session.add(Dossier(id=row_id, **asdict(row.data)))
                continue
            for name, value in asdict(row.data).items():
                setattr(dossier, name, value)
            dossier.deleted = False
    session.flush()
    return {s: result.count(s) for s in ("new", "update", "unchanged")}
