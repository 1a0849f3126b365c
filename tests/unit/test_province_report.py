"""Báo cáo toàn tỉnh: built from the figures a real hub database summarises, drawn to PDF and
read back; totals equal a recount of the hub's rows; the issuer's texts are kept and checked."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pytest
from pypdf import PdfReader

from core.hub.province import summary
from core.hub.store import open_hub
from core.province import client as province
from core.province import report as province_report
from core.reports import pdf
from core.text import format_number
from db.errors import ValidationError
from demo.province import fill_demo_province

ON = dt.date(2026, 12, 6)


def _text(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def viewer(store):
    fill_demo_province(store)
    return store


def test_report_of_the_whole_province_matches_a_recount_of_the_hub(viewer):
    snap = province.cached_summary(viewer)
    hub = open_hub(viewer.paths.home / "hub")
    try:
        direct = summary(hub.engine, snap.fetched_at)
    finally:
        hub.close()
    settings = province.report_settings(viewer)
    assert (settings.parent_body, settings.place) == ("UBND TỈNH LẠNG SƠN", "Lạng Sơn")
    settings.signer_name = "Nguyễn Văn Hùng"
    document = province_report.build(snap, settings, ON)
    pages = _text(pdf.render(document))
    first, whole = pages[0], " ".join(pages)
    assert "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in first and "Số: /BC-SKHCN" in first
    assert "Lạng Sơn, ngày 06 tháng 12 năm 2026" in first
    assert "Tiến độ chuyển đổi số của các xã, phường đến ngày 06/12/2026" in first
    records = sum(r.records for r in direct)
    digitized = sum(r.digitized for r in direct)
    assert f"{format_number(records)} hồ sơ; đã số hóa {format_number(digitized)} hồ sơ" in whole
    signers, certified = sum(r.signers for r in direct), sum(r.signers_certified for r in direct)
    # both coverage figures, named as in the commune's report (DOMAIN.md)
    officials = sum(r.officers for r in direct)
    holders = sum(r.officers_certified for r in direct)
    assert 0 < holders <= officials
    assert (f"Cán bộ, công chức có chứng thư số chuyên dùng còn hiệu lực: {holders}/{officials} "
            "người") in whole
    assert (f"Người phải ký số (lãnh đạo, công chức Bộ phận Một cửa): {signers} người, trong đó "
            f"{certified} người có chứng thư số chuyên dùng còn hiệu lực") in whole
    assert f"Tổng số cán bộ: {sum(r.officers for r in direct)} người" in whole
    late = [r for r in direct if not r.on_track]
    assert f"{len(late)} xã, phường theo tốc độ" in whole
    for row in late:
        assert row.name in pages[0] + pages[1]
    stale = [r for r in snap.rows if r.stale_days(snap.fetched_at) is not None]
    assert len(stale) == 3 and f"Có 3 xã, phường quá {province.STALE_DAYS} ngày" in whole
    assert "chưa gửi lần nào" in whole
    assert "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" in whole and "Nguyễn Văn Hùng" in whole
    annex = pages[-1]
    assert "PHỤ LỤC I" in annex and "BẢNG XẾP HẠNG CHUYỂN ĐỔI SỐ" in annex
    assert "(Kèm theo Báo cáo số …/BC-SKHCN ngày …/…/…)" in annex
    best = min(direct, key=lambda r: r.rank)
    assert f"1 {best.code} {best.name}" in annex
    assert f"Toàn tỉnh {format_number(records)} {format_number(digitized)}" in annex
    reader = PdfReader(io.BytesIO(pdf.render(document)))
    last = reader.pages[-1].mediabox
    assert last.width > last.height  # the annex is landscape


def test_issuer_texts_are_kept_in_nfc_and_checked(viewer):
    settings = province.report_settings(viewer)
    settings.issuing_body = unicodedata.normalize("NFD", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    settings.signer_lines = ["KT. GIÁM ĐỐC", " ", "PHÓ GIÁM ĐỐC"]
    province.save_report_settings(viewer, settings)
    kept = province.report_settings(viewer)
    assert kept.issuing_body == unicodedata.normalize("NFC", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    assert kept.signer_lines == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    kept.place = "  "
    with pytest.raises(ValidationError) as err:
        province.save_report_settings(viewer, kept)
    assert err.value.field == "place"
    assert province.report_settings(viewer).place == "Lạng Sơn"  # nothing saved


def test_older_cached_figures_without_counts_still_make_a_report(viewer):
    snap = province.cached_summary(viewer)
    for row in snap.rows:  # a summary kept by an earlier version: percentages only
        row.digitized = row.signers_certified = row.trained = row.officers_certified = None
    settings = province.report_settings(viewer)
    settings.signer_name = "Nguyễn Văn Hùng"
    pages = _text(pdf.render(province_report.build(snap, settings, ON)))
    assert "Toàn tỉnh" in pages[-1] and "đã số hóa" in pages[0]
    assert "Cán bộ, công chức có chứng thư số" not in pages[0]  # not sent: not made up


def test_a_report_without_a_signer_name_is_refused(viewer):
    snap = province.cached_summary(viewer)
    settings = province.report_settings(viewer)
    assert settings.signer_name == ""  # the default names no one
    with pytest.raises(ValidationError) as err:
        province_report.build(snap, settings, ON)
    assert err.value.field == "signer_name"
