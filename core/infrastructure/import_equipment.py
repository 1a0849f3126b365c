"""Importing the equipment register from Excel (the commune's asset list, or our own export).

:func:`preview` reads and classifies every row (new / update / unchanged / error / duplicate)
and writes nothing; :func:`apply` writes all rows in the caller's transaction, or nothing when
any row has a problem. Rows are matched on the asset code, so importing the same file twice
changes nothing. For a device already on file an empty cell keeps the stored value.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import xlsx_table
from core.infrastructure import equipment as svc
from core.infrastructure.equipment import EquipmentInput
from core.text import fold, parse_date
from core.xlsx_table import ImportProblem, RowCells, SheetTable
from db.errors import N_, UserError, ValidationError
from db.models import Equipment, Officer

SYNONYMS: dict[str, tuple[str, ...]] = {
    "stt": ("STT", "TT", "Số TT"),
    "asset_code": ("Mã tài sản", "Mã thiết bị", "Số hiệu", "Số sê-ri", "Số serial", "Mã TS"),
    "kind": ("Loại thiết bị", "Loại", "Chủng loại", "Tên thiết bị"),
    "subtype": ("Phân loại", "Kiểu"),
    "make_model": ("Hãng, model", "Hãng sản xuất, model", "Model", "Nhãn hiệu", "Hãng/Model",
                   "Ký mã hiệu"),
    "purchase_year": ("Năm mua", "Năm sử dụng", "Năm đưa vào sử dụng", "Năm trang bị"),
    "location": ("Vị trí", "Nơi đặt", "Vị trí lắp đặt", "Nơi sử dụng"),
    "officer": ("Người sử dụng", "Cán bộ sử dụng", "Người phụ trách", "Cán bộ phụ trách",
                "Người được giao"),
    "state": ("Tình trạng", "Trạng thái", "Hiện trạng"),
    "os": ("Hệ điều hành", "HĐH"),
    "pages_per_minute": ("Tốc độ quét (trang/phút)", "Tốc độ (trang/phút)", "Trang/phút"),
    "warranty_end": ("Hết bảo hành", "Hạn bảo hành", "Bảo hành đến"),
    "note": ("Ghi chú",),
}
FIELDS = tuple(k for k in SYNONYMS if k != "stt")
NOT_FOUND = N_(
    "No equipment list was found in {file} (sheets searched: {sheets}): none of the first "
    "{limit} rows holds a header with an asset code column (Mã tài sản) and a device type column "
    "(Loại thiết bị). Check that you chose the right file."
)
# accent-free keywords, checked in this order
_KINDS = (("laptop", ("xach tay", "laptop")), ("scanner", ("quet", "scan")),
          ("token_reader", ("token", "ky so")), ("printer", ("may in", "printer")),
          ("kiosk", ("kiosk", "lay so", "xep hang")),
          ("network", ("duong truyen", "mang", "router", "switch", "wifi", "wi fi", "internet",
                       "modem", "dinh tuyen", "chuyen mach")),
          ("ups", ("ups", "luu dien")), ("camera", ("camera",)),
          ("desktop", ("de ban", "may tinh", "pc", "desktop")), ("other", ("khac",)))
_SUBTYPES = (("adf", ("adf", "nap giay", "nap tu dong", "khay")), ("flatbed", ("phang", "flatbed")),
             ("backup_line", ("du phong",)), ("router", ("router", "dinh tuyen", "tuong lua")),
             ("switch", ("switch", "chuyen mach")), ("wifi", ("wifi", "wi fi")),
             ("main_line", ("chinh", "duong truyen", "internet")))
_STATES = (("awaiting_repair", ("cho sua", "dang sua", "sua chua")),
           ("retired", ("thanh ly", "ngung", "khong su dung")),
           ("faulty", ("hong", "loi", "faulty")),
           ("in_use", ("dang su dung", "dang dung", "tot", "su dung", "in use")))
_LOCATIONS = (("server", ("may chu", "server")), ("one_stop", ("mot cua", "quay", "tiep nhan")),
              ("office", ("van phong", "phong", "office")))
# our export writes "Bộ phận một cửa - Quầy 2": the place, then the detail
_PLAIN_LOCATIONS = {"bo phan mot cua": "one_stop", "van phong": "office",
                    "phong may chu": "server", "noi khac": "other"}
_OS = (("win81", ("8 1", "8.1")), ("win7", ("windows 7", "win 7", "win7")),
       ("win10", ("windows 10", "win 10", "win10")), ("win11", ("windows 11", "win 11", "win11")),
       ("linux", ("linux", "ubuntu")))


def _keyword(text: str, table) -> str | None:
    key = f" {xlsx_table.header_key(text)} "
    for value, words in table:
        if any(f" {w} " in key or (" " in w and w in key) for w in words):
            return value
    return None


def _location(text: str) -> tuple[str, str]:
    """(location code, detail) from "Bộ phận một cửa - Quầy 2", "Văn phòng" or "Quầy 3"."""
    head, _sep, rest = text.partition(" - ")
    code = _PLAIN_LOCATIONS.get(xlsx_table.header_key(head))
    if code is not None:
        return code, rest.strip()
    return _keyword(text, _LOCATIONS) or "other", text


def read_table(path: Path | str, sheet: str | None = None) -> SheetTable:
    return xlsx_table.read_table(path, SYNONYMS, ("asset_code", "kind"), sheet,
                                 key_fields=("asset_code",), number_field="stt",
                                 not_found=NOT_FOUND)


@dataclass
class RowResult:
    row_no: int
    data: EquipmentInput | None
    status: str  # new | update | unchanged | error | duplicate
    problems: list[UserError] = field(default_factory=list)
    equipment_id: uuid.UUID | None = None


@dataclass
class ImportPreview:
    table: SheetTable
    rows: list[RowResult]
    problems: list[UserError]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def errors(self) -> int:
        return self.count("error") + self.count("duplicate")

    @property
    def has_errors(self) -> bool:
        return bool(self.problems) or self.errors > 0


@dataclass
class ImportSummary:
    created: int
    updated: int
    unchanged: int


class _Row(RowCells):
    """One row's mapped cells; every problem names the cell's value."""

    def problem(self, template: str, name: str, /, **params: Any) -> ImportProblem:
        return super().problem(template, name, value=self.text(name), **params)


def _choice(row: _Row, name: str, table) -> str:
    value = _keyword(row.text(name), table)
    if value is None:
        raise row.problem(N_("Row {row}: {value} in column {column} is not understood."), name)
    return value


def _integer(row: _Row, name: str) -> int:
    raw = row.raw(name)
    if isinstance(raw, dt.date):
        return raw.year
    try:
        return int(float(row.text(name).replace(",", ".")))
    except (ValueError, OverflowError):  # "abc", "nan"; "inf", "1e999"
        raise row.problem(N_("Row {row}: {value} in column {column} is not a number."),
                          name) from None


def _date(row: _Row, name: str) -> dt.date:
    raw = row.raw(name)
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    try:
        return parse_date(row.text(name)) or dt.date.fromisoformat(row.text(name))
    except ValueError:
        raise row.problem(N_("Row {row}: {value} in column {column} is not a valid date. Write "
                             "it as dd/mm/yyyy, for example 31/12/2027."), name) from None


def _officer(row: _Row, officers: dict[str, list[uuid.UUID]]) -> uuid.UUID:
    found = officers.get(fold(row.text("officer")), [])
    if len(found) != 1:
        raise row.problem(N_("Row {row}: {value} in column {column} is not an officer of the "
                             "registry (or several officers have this name). Add the officer "
                             "first or correct the name."), "officer")
    return found[0]


def _read(row: _Row, officers: dict[str, list[uuid.UUID]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name in FIELDS:
        if not row.text(name):
            continue
        if name == "kind":
            found["kind"] = _choice(row, name, _KINDS)
            subtype = _keyword(row.text(name), _SUBTYPES)
            if subtype in svc.SUBTYPES.get(found["kind"], {}):
                found.setdefault("subtype", subtype)
        elif name == "subtype":
            found["subtype"] = _choice(row, name, _SUBTYPES)
        elif name == "location":
            found["location"], found["location_detail"] = _location(row.text(name))
        elif name == "state":
            found["state"] = _choice(row, name, _STATES)
        elif name == "os":
            found["os"] = _keyword(row.text(name), _OS) or "other"
        elif name in ("purchase_year", "pages_per_minute"):
            found[name] = _integer(row, name)
        elif name == "warranty_end":
            found[name] = _date(row, name)
        elif name == "officer":
            found["officer_id"] = _officer(row, officers)
        else:
            found[name] = row.text(name)
    return found


def _classify(session: Session, row: _Row, officers) -> RowResult:
    try:
        found = _read(row, officers)
        if not found.get("asset_code"):
            raise row.problem(N_("Row {row}: the asset code is missing. Every device needs its "
                                 "own code in column {column}."), "asset_code")
        existing = session.execute(select(Equipment).where(
            Equipment.asset_code == found["asset_code"], Equipment.deleted.is_(False))
        ).scalars().first()
        base = svc.to_input(existing) if existing else EquipmentInput(kind="")
        data = replace(base, **found)
        if existing is None and "kind" not in found:
            raise row.problem(N_("Row {row}: the device type is missing in column {column}."),
                              "kind")
        try:
            data = svc.clean(data)
        except ValidationError as err:
            raise ImportProblem(N_("Row {row}: {problem}"), field=err.field, row=row.row_no,
                                cause=err) from err
    except ImportProblem as problem:
        return RowResult(row.row_no, None, "error", [problem])
    if existing is None:
        return RowResult(row.row_no, data, "new")
    same = svc.to_input(existing) == data
    return RowResult(row.row_no, data, "unchanged" if same else "update", [], existing.id)


def _officer_index(session: Session) -> dict[str, list[uuid.UUID]]:
    index: dict[str, list[uuid.UUID]] = {}
    for oid, name in session.execute(select(Officer.id, Officer.full_name).where(
            Officer.deleted.is_(False))):
        index.setdefault(fold(name), []).append(oid)
    return index


def preview(session: Session, table: SheetTable) -> ImportPreview:
    """What importing would do; reads the database, writes nothing."""
    mapping = xlsx_table.guess_mapping(table.headers, SYNONYMS)
    officers = _officer_index(session)
    with session.no_autoflush:
        rows = [_classify(session, _Row(table, mapping, n, values), officers)
                for n, values in table.rows]
    first: dict[str, int] = {}
    for result in rows:
        if result.data is None:
            continue
        code = result.data.asset_code
        if code in first:
            result.problems.append(ImportProblem(
                N_("Row {row}: asset code {value} is already used in row {first_row}. Each device "
                   "may appear only once."), field="asset_code", row=result.row_no, value=code,
                first_row=first[code]))
            result.status, result.data = "duplicate", None
        else:
            first[code] = result.row_no
    problems: list[UserError] = []
    if not rows:
        problems.append(UserError(N_("The list in {file} has a header but no device rows below "
                                     "it."), file=table.path.name))
    return ImportPreview(table, rows, problems)


def apply(session: Session, result: ImportPreview) -> ImportSummary:
    """Write the previewed rows; run inside one transaction so a failure leaves nothing."""
    if result.has_errors:
        raise UserError(N_("The file still has {count} problem(s); nothing was imported. Correct "
                           "the file, then preview it again."),
                        count=len(result.problems) + result.errors)
    fresh = preview(session, result.table)
    if fresh.has_errors:
        raise UserError(N_("The equipment register changed while the import was being checked; "
                           "nothing was imported. Preview the file again."))
    for row in fresh.rows:
        if row.status == "new":
            svc.create(session, row.data)
        elif row.status == "update":
            svc.update(session, row.equipment_id, row.data)
    return ImportSummary(fresh.count("new"), fresh.count("update"), fresh.count("unchanged"))
