"""Đồng bộ page against a real xaso-hub: connect with a one-time code, then "Đồng bộ ngay"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.hub import enrolment
from db.models import Officer
from desktop.ui.hub.connect import HubConnectDialog
from desktop.ui.sync.page import SyncPage
from tests.hub.conftest import db_url, hub  # noqa: F401  (fixtures: a real hub on uvicorn)
from tests.sync.conftest import add_officer


def connect(ctx, page, url: str, code: str) -> HubConnectDialog:
    """Connect to the province server… → the dialog (not blocking) filled in → Kết nối."""
    dialog = ctx.sync.connect_hub(page)
    assert dialog.isVisible()
    dialog.url.setText(url)
    dialog.code.setText(code)
    dialog.check()
    return dialog


def test_connect_then_sync_now(qtbot, ctx, prompts, hub):  # noqa: F811
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    ctx.sync.sync_now(page)
    assert prompts.shown[-1][0] == "error" and "Kết nối máy chủ tỉnh" in prompts.shown[-1][2]
    connect(ctx, page, hub.url, "0000-0000-0000-0000")
    assert prompts.shown[-1][0] == "error" and "Mã đăng ký không đúng" in prompts.shown[-1][2]
    code = enrolment.create_code(hub.engine, ctx.store.context.commune_code)
    connect(ctx, page, hub.url, code)
    kind, _title, text = prompts.shown[-1]
    assert kind == "info" and hub.url in text
    add_officer(ctx.store, "Nguyễn Văn An", "020190001234")
    page.sync_now_button.click()
    kind, _title, text = prompts.shown[-1]
    assert kind == "info" and "Đồng bộ xong" in text
    with Session(hub.engine) as s:
        assert s.scalar(select(Officer.full_name)) == "Nguyễn Văn An"


def test_connect_dialog_needs_both_fields(qtbot):
    dialog = HubConnectDialog()
    qtbot.addWidget(dialog)
    dialog.url.setText("https://tinh.example.vn")
    dialog.check()
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.error.isHidden()


def test_a_province_code_turns_the_open_window_into_the_province_view(qtbot, ctx, prompts,
                                                                      hub):  # noqa: F811
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    keys = [k for k, _l, _i in window.SECTIONS]
    assert window.nav.isRowHidden(keys.index("province")) and not window.province_mode
    window.show_section("sync")
    page = window.pages["sync"]
    code = enrolment.create_code(hub.engine, enrolment.PROVINCE)
    connect(ctx, page, hub.url, code)
    kind, _title, text = prompts.shown[-1]
    assert kind == "info" and "Toàn tỉnh" in text
    assert window.province_mode
    assert window.nav.currentRow() == keys.index("province")
    assert window.nav.isRowHidden(keys.index("sync"))
    assert window.nav.isRowHidden(keys.index("officers"))
    assert "tất cả xã, phường" in window.windowTitle()
    assert window.sync_label.isHidden()
