"""Toàn tỉnh page against a real xaso-hub: table, stale highlight, filter, drill-down, offline
message with the cached figures, Excel export, and the main window in province mode."""

from __future__ import annotations

import datetime as dt
import os

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import update
from sqlalchemy.orm import Session

from core.province import client as svc
from core.sync import service as sync_svc
from db.base import utcnow
from db.models import HubNodeContact, SyncPeer
from desktop.ui.province.models import STALE_BRUSH
from tests.conftest import TEST_COMMUNE
from tests.hub.conftest import OTHER_COMMUNE, db_url, enrol, hub, open_pc  # noqa: F401
from tests.hub.province_data import enrol_viewer, small_commune
from tests.hub.test_hub_sync import sync


@pytest.fixture
def province(hub, tmp_path):  # noqa: F811
    """Two communes have pushed; 06040's last push was ten days ago."""
    a, b = open_pc(tmp_path / "a"), open_pc(tmp_path / "b", OTHER_COMMUNE)
    try:
        for store, prefix, scanned in ((a, "0205", 60), (b, "0206", 20)):
            enrol(hub, store)
            small_commune(store, prefix, scanned=scanned, verified=5)
            sync(store, hub, tmp_path)
    finally:
        a.close()
        b.close()
    with Session(hub.engine) as s, s.begin():
        s.execute(update(HubNodeContact).where(HubNodeContact.commune_code == OTHER_COMMUNE)
                  .values(last_push_at=utcnow() - dt.timedelta(days=10)))
    return hub


@pytest.fixture
def page(ctx, province, qtbot):
    from desktop.ui.province.page import ProvincePage

    enrol_viewer(province, ctx.store)
    widget = ProvincePage(ctx)
    qtbot.addWidget(widget)
    return widget


def _row(page, code: str) -> int:
    return next(r for r in range(page.proxy.rowCount())
                if page.proxy.index(r, 1).data() == code)


def test_table_is_filled_ranked_and_stale_communes_are_highlighted(page):
    proxy = page.proxy
    assert proxy.rowCount() == 2
    top = _row(page, TEST_COMMUNE)
    assert proxy.index(top, 0).data() == "1" and proxy.index(top, 2).data() == "Xã Hữu Lũng"
    assert proxy.index(top, 3).data() == "60,0 %"
    stale = _row(page, OTHER_COMMUNE)
    assert proxy.index(stale, 4).data(Qt.ItemDataRole.BackgroundRole) == STALE_BRUSH
    assert proxy.index(top, 4).data(Qt.ItemDataRole.BackgroundRole) is None
    tip = proxy.index(stale, 8).data(Qt.ItemDataRole.ToolTipRole)
    assert "10 ngày" in tip and "7" in tip
    assert "lúc" in page.as_of.text().lower() and "1 xã" in page.as_of.text()
    assert not page.error.isVisible() and page.error.isHidden()
    proxy.sort(3, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 1).data() == OTHER_COMMUNE


def test_filter_ignores_accents(page):
    page.filter.setText("that khe")
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 1).data() == OTHER_COMMUNE
    page.filter.setText("Hữu")
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 1).data() == TEST_COMMUNE
    page.filter.setText("")
    assert page.proxy.rowCount() == 2


def test_double_click_opens_the_commune(page):
    page.open_commune(page.proxy.index(_row(page, OTHER_COMMUNE), 0))
    dialog = page.detail_dialog
    assert "Xã Thất Khê" in dialog.windowTitle()
    fields = dialog.fields.model()
    assert fields.rowCount() == 1 and fields.index(0, 0).data() == "Hộ tịch"
    assert fields.index(0, 3).data() == "20,0 %"
    officers = dialog.officers.model()
    assert officers.rowCount() == 3
    names = {officers.index(r, 0).data() for r in range(3)}
    assert names == {"Lương Văn Tú", "Vi Thị Hoa", "Nông Văn Sơn"}
    # no linked file verified yet: every signed record is counted without evidence
    facts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "trong đó 0 có tệp đã ký số được kiểm tra hợp lệ" in facts, facts
    if os.environ.get("XASO_SHOTS"):
        dialog.show()
        dialog.grab().save(os.path.join(os.environ["XASO_SHOTS"], "province-detail.png"))
    dialog.close()


def test_offline_shows_the_cached_figures_with_their_time(page, ctx, prompts):
    fetched = page.snapshot.fetched_at
    with ctx.store.write("admin") as s:
        s.get(SyncPeer, sync_svc.hub_peer(ctx.store).node_id).url = "http://127.0.0.1:9"
    page.refresh()
    assert page.proxy.rowCount() == 2  # the figures stay
    assert not page.error.isHidden()
    text = page.error.text()
    assert "không kết nối được" in text.lower() and "số liệu lúc" in text.lower()
    assert fetched.astimezone().strftime("%d/%m/%Y %H:%M") in text
    assert page.snapshot.from_cache


def test_export_writes_the_table(page, prompts, tmp_path):
    target = tmp_path / "tinh.xlsx"
    prompts.files.append(target)
    page.export()
    sheet = openpyxl.load_workbook(target).active
    assert sheet["B2"].value == "Mã xã"
    assert {sheet.cell(r, 2).value for r in (3, 4)} == {TEST_COMMUNE, OTHER_COMMUNE}
    assert prompts.shown[-1][0] == "info"


def test_main_window_opens_in_province_mode(page, ctx, qtbot):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    keys = [k for k, _l, _i in window.SECTIONS]
    assert window.nav.currentRow() == keys.index("province")
    assert window.nav.isRowHidden(keys.index("officers"))
    assert window.nav.isRowHidden(keys.index("backlog"))
    assert not window.nav.isRowHidden(keys.index("admin"))
    assert window.nav.item(keys.index("province")).text() == "Toàn tỉnh"
    # the window speaks of the province, not of the viewer's own commune, and has nothing to sync
    province_name = ctx.store.commune().province_name
    assert window.windowTitle().startswith(f"Xã Số — {province_name} — tất cả xã, phường")
    assert window.commune_label.text() == province_name
    assert window.sync_label.isHidden() and window.auto_sync.label.isHidden()
    from desktop.i18n import tr

    assert window.auto_sync.skip_reason() == tr(
        "this computer views the whole province; it has nothing to sync")
    # Ctrl+1, Ctrl+2: the two sections this mode shows, in order
    assert "(Ctrl+2)" in window.nav.item(keys.index("admin")).toolTip()
    window._go_to_shown(1)
    assert window.nav.currentRow() == keys.index("admin")
    window._go_to_shown(0)
    assert window.nav.currentRow() == keys.index("province")
    window._go_to_shown(5)  # no sixth section: stays
    assert window.nav.currentRow() == keys.index("province")


def test_province_report_is_previewed_saved_and_its_issuer_kept(page, ctx, prompts, tmp_path,
                                                                 qtbot):
    from pypdf import PdfReader

    page.open_report()
    dialog = page.report_dialog
    # the default names no signer: nothing is drawn until the name is written
    assert dialog.data is None and not dialog.error.isHidden()
    assert "người ký" in dialog.error.text().lower()
    assert not dialog.save_button.isEnabled()
    dialog.signer_name.setText("Nguyễn Văn Hùng")
    dialog.make()
    qtbot.waitUntil(lambda: dialog.data is not None)  # shown once the progress dialog is gone
    assert dialog.data is not None and dialog.pdf_document.pageCount() >= 2
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert dialog.place.text() == "Lạng Sơn" and dialog.parent_body.text() == "UBND TỈNH LẠNG SƠN"
    dialog.issuing_body.clear()
    dialog.make()  # refused: the issuing body is needed; the preview stays
    assert "cơ quan ban hành" in dialog.error.text().lower() and not dialog.error.isHidden()
    dialog.issuing_body.setText("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    dialog.data = None
    dialog.make()
    qtbot.waitUntil(lambda: dialog.data is not None)
    assert dialog.error.isHidden()
    out = tmp_path / "bao-cao-toan-tinh.pdf"
    prompts.files.append(out)
    dialog.save_pdf()
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages]
    text = " ".join(pages)
    assert "Căn cứ số liệu 2 xã, phường" in text and "Nguyễn Văn Hùng" in text
    assert "Xã Hữu Lũng" in pages[-1] and "Toàn tỉnh" in pages[-1]
    assert svc.report_settings(ctx.store).signer_name == "Nguyễn Văn Hùng"  # kept for next time
    ctx.store.role = "staff"  # a staff member may print, not change the issuer
    try:
        dialog.signer_name.setText("Người khác")
        dialog.make()
        assert not dialog.error.isHidden()
    finally:
        ctx.store.role = None
    assert svc.report_settings(ctx.store).signer_name == "Nguyễn Văn Hùng"


def test_targets_and_courses_are_published_and_withdrawn_from_the_province_page(
        page, ctx, prompts, province, qtbot):  # noqa: F811
    from PySide6.QtCore import QDate

    from db.models import Course, DigitizationTarget

    assert page.catalogue_button.isVisibleTo(page) and not page.connect_button.isVisibleTo(page)
    page.open_catalogue()
    dialog = page.catalogue_dialog
    assert dialog.catalogue is not None and dialog.targets.rowCount() == 0
    dialog.percent.setValue(65)
    dialog.due.setDate(QDate(2027, 6, 30))
    dialog.publish_target()
    assert prompts.shown[-1][0] == "confirm" and "65 %" in prompts.shown[-1][2]
    assert dialog.targets.rowCount() == 1
    assert [dialog.targets.item(0, c).text() for c in (0, 1)] == ["65 %", "30/06/2027"]
    dialog.publish_course()  # no title: said, nothing sent
    assert prompts.shown[-1][0] == "error" and dialog.courses.rowCount() == 0
    dialog.title.setText("Vận hành hệ thống một cửa")
    dialog.topic.setCurrentIndex(dialog.topic.findData("operation"))
    dialog.hours.setValue(8)
    dialog.publish_course()
    assert dialog.courses.item(0, 0).text() == "Vận hành hệ thống một cửa"
    assert dialog.courses.item(0, 1).text() == "Vận hành hệ thống giải quyết TTHC"
    with Session(province.engine) as s:
        course = s.query(Course).one()
        assert (course.commune_code, course.required, course.hours) == ("*", True, 8.0)
    dialog.targets.selectRow(0)
    dialog.withdraw("targets")
    assert dialog.targets.rowCount() == 0 and "thu hồi" in dialog.status.text().lower()
    with Session(province.engine) as s:
        assert [t.deleted for t in s.query(DigitizationTarget).all()] == [True]
    dialog.close()
    ctx.user = ctx.user.__class__("canbo", "Cán bộ", "staff")
    page.open_catalogue()
    assert not page.catalogue_dialog.publish_target_button.isEnabled()


def test_a_communes_usb_file_is_taken_at_the_province(page, ctx, prompts, province,
                                                      tmp_path):  # noqa: F811
    from db.models import Officer
    from tests.sync.conftest import add_officer

    pc = open_pc(tmp_path / "a")  # the commune whose clerk brings the stick
    stick = tmp_path / "usb"
    stick.mkdir()
    try:
        add_officer(pc, "Lê Thị Hoa", "020190009999")
        bundle = sync_svc.export_for(pc, str(province.hub.identity.node_id), stick).path
    finally:
        pc.close()
    junk = stick / "hong.xaso"
    junk.write_bytes(b"PK\x03\x04 not a bundle")
    prompts.files.append([junk, bundle])
    assert page.usb_button.isVisibleTo(page)
    page.take_usb()
    kind, _title, text = prompts.shown[-1]
    assert kind == "error"  # one file refused: said, the other applied all the same
    assert "hong.xaso: bị từ chối" in text
    assert f"{bundle.name}: xã {TEST_COMMUNE}, áp dụng" in text and "Nhập từ USB" in text
    replies = [p for p in stick.iterdir() if p.name not in (bundle.name, junk.name)]
    assert len(replies) == 1 and replies[0].name in text
    with Session(province.engine) as s:
        assert "Lê Thị Hoa" in [o.full_name for o in s.query(Officer).all()]


def test_transfers_and_the_hub_conflicts_are_shown(ctx, hub, tmp_path, qtbot):  # noqa: F811
    """An officer moved from 06385 to 06040; the same officer changed on two computers of 06385
    gives a conflict at the province server: both on their own tab of the page."""
    from sqlalchemy import select

    from core.officers import registry as officers
    from db.models import Officer
    from desktop.ui.province.page import ProvincePage
    from tests.sync.conftest import add_officer

    pc1, pc2, pc3 = (open_pc(tmp_path / "a1"), open_pc(tmp_path / "a2"),
                     open_pc(tmp_path / "b", OTHER_COMMUNE))
    try:
        for store in (pc1, pc2, pc3):
            enrol(hub, store)
        an = add_officer(pc1, "Nguyễn Văn An", "020190001234")
        add_officer(pc1, "Trần Thị Bình", "020190005678")
        sync(pc1, hub, tmp_path)
        sync(pc2, hub, tmp_path)
        add_officer(pc3, "Nguyễn Văn An", "020190001234", position="Phó Chủ tịch UBND xã")
        sync(pc3, hub, tmp_path)
        with pc1.write("admin") as s:
            officers.set_active(s, an, False)
        for store, phone in ((pc1, "0911111111"), (pc2, "0922222222")):
            with store.write("admin") as s:
                s.scalars(select(Officer).where(Officer.cccd == "020190005678")).one().phone = phone
        for store in (pc1, pc2, pc1):
            sync(store, hub, tmp_path)
    finally:
        for store in (pc1, pc2, pc3):
            store.close()
    enrol_viewer(hub, ctx.store)
    page = ProvincePage(ctx)
    qtbot.addWidget(page)
    assert page.tabs.tabText(1) == "Chuyển công tác (1)"
    cells = [page.transfers.item(0, c).text() for c in range(4)]
    assert cells[:3] == ["Nguyễn Văn An", "020190001234", "Xã Thất Khê"]
    assert "rời Xã Hữu Lũng ngày" in cells[3] and "về Xã Thất Khê ngày" in cells[3]
    assert page.conflicts.rowCount() >= 1
    assert page.tabs.tabText(2).endswith(f"({page.conflicts.rowCount()})")
    row = [page.conflicts.item(0, c).text() for c in range(6)]
    assert row[1] == "Xã Hữu Lũng" and row[3] == "Trần Thị Bình"
    assert "0911111111" in row[5] and "0922222222" in row[5]
    page.resize(1280, 720)
    page.show()
    for index, name in ((1, "transfers"), (2, "conflicts")):
        page.tabs.setCurrentIndex(index)
        page.grab().save(str(tmp_path / f"province-{name}.png"))
    # the commune's drill-down lists its people who moved, with the other commune's name
    page.tabs.setCurrentIndex(0)
    page.open_commune(page.proxy.index(_row(page, OTHER_COMMUNE), 0))
    detail = page.detail_dialog
    assert detail.transfers.rowCount() == 1
    assert "rời Xã Hữu Lũng ngày" in detail.transfers.item(0, 3).text()
    detail.grab().save(str(tmp_path / "province-detail.png"))
    detail.reject()
    # the report: Phụ lục II lists the move; for last month's end nobody had been taken on yet
    from pypdf import PdfReader

    page.open_report()
    dialog = page.report_dialog
    dialog.signer_name.setText("Nguyễn Văn Hùng")
    dialog.make()
    qtbot.waitUntil(lambda: dialog.data is not None)
    out = tmp_path / "now.pdf"
    out.write_bytes(dialog.data)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages]
    assert "CÁN BỘ CHUYỂN CÔNG TÁC" in " ".join(pages)
    assert "PHỤ LỤC II" in pages[-1] and "Nguyễn Văn An" in pages[-1]
    assert "Xã Hữu Lũng (" in pages[-1] and "Xã Thất Khê (" in pages[-1]
    assert "Tổng số cán bộ: 2 người" in " ".join(pages)  # An once (in Thất Khê), and Bình
    dialog.data = None
    dialog.period.setCurrentIndex(1)  # end of last month: fetched from the hub
    qtbot.waitUntil(lambda: dialog.data is not None)
    assert dialog.snapshot.as_of == dialog.period.currentData()
    last = dialog.period.currentData().strftime("%d/%m/%Y")
    out = tmp_path / "last-month.pdf"
    out.write_bytes(dialog.data)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert f"tính đến hết ngày {last}" in text and "Tổng số cán bộ: 0 người" in text
    assert "PHỤ LỤC II" not in text and "Phụ lục II" not in text
    pdf_dir = tmp_path
    import subprocess

    subprocess.run(["pdftoppm", "-png", "-r", "60", str(tmp_path / "now.pdf"),
                    str(pdf_dir / "report-now")], check=False)
