"""Vietnamese text: NFC normalisation, accent-free search keys, Vietnamese collation, formats."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_SPACES = re.compile(r"\s+")

# Vietnamese alphabet order; f j w z (foreign words) slotted in Latin order.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Letter-forming marks (breve, circumflex, horn) vs tone marks, in dictionary order of tones.
_FORMING = {"\u0306": "ă", "\u0302": "â", "\u031b": "ơ"}
_TONES = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def nfc(text: str | None) -> str:
    """NFC, trimmed, inner white space collapsed to one space (names typed or pasted from Excel)."""
    if text is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(text))).strip()


def fold(text: str | None) -> str:
    """Accent-free lower case: 'Nguyễn Đức' -> 'nguyen duc'. Used for search on both sides."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", nfc(text).replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").lower()


def _letter(base: str, marks: str) -> tuple[str, int]:
    """(letter of the Vietnamese alphabet, tone rank) for one decomposed character."""
    letter = base
    tone = 0
    for mark in marks:
        if mark in _TONES:
            tone = _TONES[mark]
        elif mark == "\u0306" and base == "a":
            letter = "ă"
        elif mark == "\u0302" and base in "aeo":
            letter = {"a": "â", "e": "ê", "o": "ô"}[base]
        elif mark == "\u031b" and base in "ou":
            letter = {"o": "ơ", "u": "ư"}[base]
    return letter, tone


def _collation_parts(text: str) -> tuple[str, str]:
    """Primary (letters) and secondary (tones) keys whose binary order is Vietnamese order."""
    primary: list[str] = []
    tones: list[str] = []
    decomposed = unicodedata.normalize("NFD", nfc(text).lower())
    i = 0
    while i < len(decomposed):
        base = decomposed[i]
        i += 1
        marks = ""
        while i < len(decomposed) and unicodedata.category(decomposed[i]) == "Mn":
            marks += decomposed[i]
            i += 1
        if base == " ":
            primary.append("!")
            tones.append("!")
            continue
        letter, tone = _letter(base, marks)
        if letter in _LETTER_RANK:
            primary.append(chr(0x41 + _LETTER_RANK[letter]))  # 'A'..
        elif letter.isdigit():
            primary.append(chr(0x30 + int(letter)))  # digits before letters
        else:
            primary.append(chr(0x7E) + letter)  # anything else after letters, stable
        tones.append(chr(0x30 + tone))
    return "".join(primary), "".join(tones)


def collation_key(text: str) -> str:
    primary, tones = _collation_parts(text)
    return f"{primary} {tones}"


def name_sort_key(full_name: str) -> str:
    """Officers sort by given name (last word), then by the whole name, Vietnamese-style."""
    name = nfc(full_name)
    given = name.rsplit(" ", 1)[-1] if name else ""
    g_primary, g_tones = _collation_parts(given)
    f_primary, f_tones = _collation_parts(name)
    return f"{g_primary} {g_tones} {f_primary} {f_tones}"


def search_terms(query: str) -> list[str]:
    """Accent-free words of a search box; every word must match."""
    return [w for w in fold(query).split(" ") if w]


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


_DATE_TEXT = re.compile(r"^\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})\s*$")


def date_shaped(text: str | None) -> bool:
    """Written as a date (dd/mm/yyyy…) whether or not the day exists: "31/02/1990" is, "1990" is
    not — so a refusal can say "does not exist" rather than "write it as dd/mm/yyyy"."""
    return bool(_DATE_TEXT.match(str(text or "")))


def parse_date(text: str | None) -> dt.date | None:
    """dd/mm/yyyy, d-m-yyyy or d.m.yyyy; None for empty; ValueError when not a real date."""
    if text is None or not str(text).strip():
        return None
    match = _DATE_TEXT.match(str(text))
    if not match:
        raise ValueError(text)
    day, month, year = (int(g) for g in match.groups())
    return dt.date(year, month, day)


def format_number(value: float | int, decimals: int = 0) -> str:
    """1.234.567 and 12,5 — Vietnamese separators."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def counts(**params):
    """Message parameters with every whole number written as format_number writes it (9.124),
    the rest unchanged: ``tr("{new} new, {file}").format(**counts(new=n, file=name))``."""
    return {key: format_number(value) if isinstance(value, int) and not isinstance(value, bool) else value
            for key, value in params.items()}


def format_percent(value: float, decimals: int = 1) -> str:
    return f"{format_number(value, decimals)} %"


def format_size(size: int) -> str:
    """A file size as a clerk reads it: "850 KB", "11,4 MB", "1,2 GB" (never "11648 KB")."""
    if size < 1024 * 1024:
        return f"{format_number(max(1, round(size / 1024)))} KB"
    if size < 1024 ** 3:
        return f"{format_number(size / 1024 ** 2, 1)} MB"
    return f"{format_number(size / 1024 ** 3, 1)} GB"
