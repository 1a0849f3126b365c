"""The document model: what a report says, independent of how it is drawn.

Plain dataclasses that round-trip through JSON (``to_dict`` / ``from_dict``), so an issued
report's document is stored in the register and re-printed byte for byte.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Heading:
    text: str  # "I. CHỮ KÝ SỐ CHUYÊN DÙNG" — numbered by the builder
    kind: str = "heading"


@dataclass
class Paragraph:
    text: str
    kind: str = "paragraph"


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative column widths
    numeric: list[int] = field(default_factory=list)  # right-aligned columns
    total: list[str] | None = None  # the bold "Tổng cộng" row, drawn last
    kind: str = "table"
    centred: list[int] = field(default_factory=list)  # dates, marks ("STT" is always centred)


@dataclass
class BarChart:
    title: str
    labels: list[str]
    values: list[float]  # per cent, 0..100
    target: float | None = None
    kind: str = "chart"


@dataclass
class ColumnChart:
    """Counts over time (records digitized per week): vertical bars, one per label."""

    title: str
    labels: list[str]
    values: list[int]
    kind: str = "columns"


Block = Heading | Paragraph | Table | BarChart | ColumnChart
_BLOCKS = {"heading": Heading, "paragraph": Paragraph, "table": Table, "chart": BarChart,
           "columns": ColumnChart}


@dataclass
class Annex:
    title: str  # "Phụ lục I"
    subtitle: str  # "DANH SÁCH CÁN BỘ HOÀN THÀNH BỒI DƯỠNG ..."
    blocks: list[Block]
    landscape: bool = True
    attached: str = ""  # "(Kèm theo Báo cáo số 05/BC-UBND ngày … của UBND xã …)"


@dataclass
class Header:
    parent_body: str  # "UBND TỈNH LẠNG SƠN" (may be empty)
    issuing_body: str  # "ỦY BAN NHÂN DÂN XÃ HỮU LŨNG"
    number: str  # "Số: 05/BC-UBND" or "Số:      /BC-UBND" before issue
    place_date: str  # "Hữu Lũng, ngày 05 tháng 01 năm 2026"


@dataclass
class Signer:
    lines: list[str]  # "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    name: str


@dataclass
class Document:
    header: Header
    title: str  # "BÁO CÁO"
    summary: str  # "Kết quả chuyển đổi số tháng 11 năm 2026"
    blocks: list[Block]
    recipients: list[str]
    signer: Signer
    annexes: list[Annex] = field(default_factory=list)
    landscape: bool = False  # a list report printed landscape from the first page
    empty_list: bool = False  # a list report with no line: shown, never issued
    draft: bool = False  # not issued yet (no number): every page marked "DỰ THẢO"

    def tables(self) -> list[Table]:
        found = [b for b in self.blocks if isinstance(b, Table)]
        for annex in self.annexes:
            found += [b for b in annex.blocks if isinstance(b, Table)]
        return found

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        def blocks(items):
            return [_BLOCKS[b["kind"]](**b) for b in items]

        return cls(
            header=Header(**data["header"]), title=data["title"], summary=data["summary"],
            blocks=blocks(data["blocks"]), recipients=list(data["recipients"]),
            signer=Signer(**data["signer"]),
            annexes=[Annex(a["title"], a["subtitle"], blocks(a["blocks"]), a["landscape"],
                           a.get("attached", "")) for a in data["annexes"]],
            landscape=data.get("landscape", False), empty_list=data.get("empty_list", False))

    def normalized(self) -> Document:
        """The same document with every text in NFC (Excel and some keyboards give NFD)."""
        return _nfc_copy(self)


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _nfc_copy(value: Any) -> Any:
    """A copy of a document part with its texts in NFC (a direct walk: ``asdict`` deep-copies
    every cell of a 10 k-row annex first)."""
    if isinstance(value, str):
        return _nfc(value)
    if isinstance(value, list):
        if value and all(type(v) is str for v in value):
            return [_nfc(v) for v in value]
        return [_nfc_copy(v) for v in value]
    if dataclasses.is_dataclass(value):
        return type(value)(**{f.name: _nfc_copy(getattr(value, f.name))
                              for f in dataclasses.fields(value)})
    return value
