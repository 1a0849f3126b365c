"""Vietnamese text helpers."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from core.text import (
    collation_key,
    fold,
    format_date,
    format_number,
    format_percent,
    name_sort_key,
    nfc,
    parse_date,
)


def test_nfc_and_fold():
    nfd = unicodedata.normalize("NFD", "Nguyễn  Đức\tThắng ")
    assert nfc(nfd) == "Nguyễn Đức Thắng"
    assert fold(nfd) == "nguyen duc thang"
    assert fold("ĐẶNG THỊ ĐÀO") == "dang thi dao"


def test_vietnamese_alphabet_and_tones_order():
    words = ["đa", "da", "ăn", "an", "ân", "ba", "ơ", "ô", "o", "ư", "u", "à", "á", "ả", "ã", "ạ", "a"]
    assert sorted(words, key=collation_key) == [
        "a", "à", "ả", "ã", "á", "ạ", "an", "ăn", "ân", "ba", "da", "đa", "o", "ô", "ơ", "u", "ư",
    ]


def test_names_sort_by_given_name_then_full_name():
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê An", "Phạm Văn Ánh"]
    assert sorted(names, key=name_sort_key) == ["Lê An", "Nguyễn Thị An", "Phạm Văn Ánh", "Trần Văn Bình"]


def test_dates_and_numbers():
    assert format_date(dt.date(2026, 1, 5)) == "05/01/2026"
    assert parse_date("5-1-2026") == dt.date(2026, 1, 5)
    assert parse_date("05.01.2026") == dt.date(2026, 1, 5)
    assert parse_date(" ") is None
    for bad in ("31/02/2026", "2026-01-05", "abc"):
        with pytest.raises(ValueError):
            parse_date(bad)
    assert format_number(1234567) == "1.234.567"
    assert format_number(1234.5, 1) == "1.234,5"
    assert format_percent(12.5) == "12,5 %"


def test_a_date_shaped_text_is_told_from_a_wrong_form():
    from core.text import date_shaped

    assert date_shaped("31/02/1990") and date_shaped(" 5-3-1985 ")
    assert not date_shaped("1990") and not date_shaped("1990-02-03") and not date_shaped(None)


def test_counts_in_messages_have_thousands_separators():
    from core.text import counts

    assert counts(new=9124, file="ds.xlsx", ok=True, rate=2.5) == {
        "new": "9.124", "file": "ds.xlsx", "ok": True, "rate": 2.5}
    assert "{new} mới".format(**counts(new=1234567)) == "1.234.567 mới"
