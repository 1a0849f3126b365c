"""Đồng bộ page: state, USB export (written and read back), import with its dry run, conflicts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from core.sync import service as sync_svc
from db.models import Officer
from desktop.ui.sync.page import SyncPage
from tests.sync.conftest import add_officer, open_node


def test_without_enrolment_the_export_says_what_to_do(qtbot, ctx, prompts):
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    assert "chưa đăng ký" in page.server.text()
    page.export_usb()
    kind, _title, text = prompts.shown[-1]
    assert kind == "error" and "đăng ký" in text


def test_export_import_and_resolve_a_conflict(qtbot, ctx, prompts, tmp_path):
    a = ctx.store
    b = open_node(tmp_path / "province")
    try:
        card = sync_svc.node_card(b)
        card.update(role="hub", name="Máy chủ tỉnh Lạng Sơn")
        sync_svc.enrol_peer(a, card)
        sync_svc.enrol_peer(b, sync_svc.node_card(a))
        oid = add_officer(a, "Nguyễn Văn An", "020190001234")
        page = SyncPage(ctx)
        qtbot.addWidget(page)
        assert "Máy chủ tỉnh Lạng Sơn" in page.server.text()
        assert "Thay đổi chờ gửi: 0" not in page.pending.text()

        stick = tmp_path / "usb"
        stick.mkdir()
        page.write_to(stick, card["node_id"])
        kind, _title, text = prompts.shown[-1]
        assert kind == "info" and "đọc lại" in text
        bundle = next(stick.iterdir())
        assert page.history.rowCount() == 1
        assert page.history.data(page.history.index(0, 1)) == "Xuất"

        # the province applies it, then edits the same officer as the commune does: conflict
        sync_svc.import_file(b, bundle)
        with b.write("tinh") as s:
            s.get(Officer, oid).position = "Chủ tịch UBND xã"
        with a.write("admin") as s:
            s.get(Officer, oid).position = "Phó Chủ tịch UBND xã"
        back = tmp_path / "back"
        back.mkdir()
        returned = sync_svc.export_for(b, str(a.context.node_id), back).path
        page.import_path(returned)
        confirm = [t for k, _ti, t in prompts.shown if k == "confirm"][-1]
        assert returned.name in confirm and "Cán bộ" in confirm
        kind, _title, text = prompts.shown[-1]
        assert kind == "info" and "1 xung đột" in text
        assert "Xung đột cần xử lý: 1" in page.open_items.text()

        tab = page.conflicts
        tab.table.selectRow(0)
        tab.table.setCurrentIndex(tab.model.index(0, 0))
        assert tab.diff.rowCount() == 1 and tab.diff.item(0, 0).text() == "Chức vụ"
        current = a.session().get(Officer, oid).position
        qtbot.mouseClick(tab.take_button, Qt.MouseButton.LeftButton)
        after = a.session().get(Officer, oid).position
        assert after != current
        assert "Xung đột cần xử lý: 0" in page.open_items.text()
        with a.session() as s:
            assert s.scalar(select(Officer.position).where(Officer.id == oid)) == after
    finally:
        b.close()
