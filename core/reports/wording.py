"""Vietnamese wording of the official document (ND 30/2020): dates, numbers, symbols.

The report itself is an administrative document in Vietnamese whatever the interface
language, so these texts are not translated.
"""

from __future__ import annotations

import datetime as dt

from core.text import format_number, format_percent

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


_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_GROUPS = ("", " nghìn", " triệu")


def _three(n: int, inner: bool) -> str:
    """0..999 read out; ``inner`` groups say their zero hundreds ("không trăm linh năm")."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words = []
    if hundreds or inner:
        words.append(f"{_DIGITS[hundreds]} trăm")
    if tens > 1:
        words.append(f"{_DIGITS[tens]} mươi")
    elif tens == 1:
        words.append("mười")
    elif units and words:
        words.append("linh")
    if units:
        if units == 1 and tens > 1:
            words.append("mốt")
        elif units == 5 and tens:
            words.append("lăm")
        else:
            words.append(_DIGITS[units])
    return " ".join(words)


def _read(value: int, inner: bool = False) -> str:
    """A whole number read out; above a billion the billions are read on their own ("một
    nghìn hai trăm tỷ")."""
    if value >= 1_000_000_000:
        high, low = divmod(value, 1_000_000_000)
        return _read(high, inner) + " tỷ" + (" " + _read(low, True) if low else "")
    groups = []
    while value:
        groups.append(value % 1000)
        value //= 1000
    top = len(groups) - 1
    return " ".join(_three(g, inner or i < top) + _GROUPS[i]
                    for i, g in reversed(list(enumerate(groups))) if g)


def amount_in_words(value: int) -> str:
    """"Năm mươi bảy triệu ba trăm nghìn đồng" — the amount line of an estimate."""
    text = (_read(value) if value else "không") + " đồng"
    return text[0].upper() + text[1:]
