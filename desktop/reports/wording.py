"""Vietnamese wording of the official document (ND 30/2020): dates, numbers, symbols.

The report itself is an administrative document in Vietnamese whatever the interface
language, so these texts are not translated.
"""

from __future__ import annotations

import datetime as dt

from desktop.services.text import format_number, format_percent

MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
TITLE = "BÁO CÁO"
RECIPIENTS_LABEL = "Nơi nhận:"
TOTAL = "Tổng cộng"
DEFAULT_RECIPIENTS = ["UBND tỉnh (b/c);", "Sở Khoa học và Công nghệ;", "TT Đảng ủy, TT HĐND xã;",
                      "Chủ tịch, các PCT UBND xã;", "Lưu: VT, VP."]
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def place_date(place: str, day: dt.date) -> str:
    """"Hữu Lũng, ngày 05 tháng 01 năm 2026": days below 10 and months 1–2 take a leading 0."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def number_line(number: int | None, doc_type: str = "BC", body: str = "UBND") -> str:
    """"Số: 05/BC-UBND"; before the report is issued the number is left blank to fill by hand."""
    if number is None:
        return f"Số:        /{doc_type}-{body}"
    return f"Số: {number:02d}/{doc_type}-{body}"


def symbol(number: int, doc_type: str = "BC", body: str = "UBND") -> str:
    return f"{number:02d}/{doc_type}-{body}"


def num(value: int | float) -> str:
    return format_number(value)


def pct(value: float, decimals: int = 1) -> str:
    return format_percent(value, decimals)


def date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
