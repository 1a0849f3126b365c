"""A province computer's first start, against a real xaso-hub: choose "Máy của tỉnh", the
province, the admin account, then connect with the province viewer code (or skip and connect
later from Toàn tỉnh). The app then opens in province mode with the communes' figures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWizard
from sqlalchemy.orm import Session

from core.accounts.auth import CurrentUser
from core.hub import enrolment
from core.province import client as province_svc
from core.setup import SetupRequest, initialize
from core.sync import service as sync_svc
from db.models import SyncPeer
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.tasks import TaskRunner
from tests.conftest import TEST_COMMUNE
from tests.gui.test_province_page import province  # noqa: F401  (two communes have pushed)
from tests.hub.conftest import db_url, hub  # noqa: F401  (fixtures: a real hub on uvicorn)

LANG_SON = "20"


def _to_connect_page(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.welcome_page.province.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.province_page
    page = wizard.province_page
    assert not page.isComplete()
    page.province.setCurrentIndex(page.province.findText("Tỉnh Lạng Sơn"))
    assert page.isComplete()
    wizard.next()
    admin = wizard.admin_page
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Tạo tài khoản"
    admin.full_name.insert("Trần Văn Bình")
    qtbot.keyClicks(admin.password, "mat-khau-2026")
    qtbot.keyClicks(admin.confirm, "mat-khau-2026")
    wizard.next()
    assert wizard.currentPage() is wizard.connect_page


def test_province_computer_connects_with_a_viewer_code(qtbot, store, province):  # noqa: F811
    wizard = FirstRunWizard(store, runner=TaskRunner(synchronous=True))
    _to_connect_page(qtbot, wizard)
    assert store.is_initialized and store.commune() is None
    assert store.place().label == "Tỉnh Lạng Sơn" and store.place().province_code == LANG_SON
    assert province_svc.is_province_mode(store)
    connect = wizard.connect_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.text() == "Bỏ qua"
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # account made: no way back
    connect.url.setText(province.url)
    assert next_button.text() == "Kết nối"
    wizard.next()  # the code is missing
    assert wizard.currentPage() is connect and "mã đăng ký" in connect.error.text()
    commune_code = enrolment.create_code(province.engine, TEST_COMMUNE)
    connect.code.setText(commune_code)  # a commune's code: a province computer is refused
    wizard.next()
    assert wizard.currentPage() is connect
    assert "dành cho xã, phường 06385" in connect.error.text()
    assert sync_svc.hub_peer(store) is None
    connect.code.setText(enrolment.create_code(province.engine, enrolment.PROVINCE))
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    text = wizard.done_page.label.text()
    assert "máy của tỉnh: Tỉnh Lạng Sơn" in text and province.url in text
    assert wizard.username == "admin"
    with Session(province.engine) as s:
        peer = s.get(SyncPeer, store.context.node_id)
        assert peer.role == "province" and peer.commune_code == ""
    snap = province_svc.fetch_summary(store)
    assert sorted(r.code for r in snap.rows) == ["06040", TEST_COMMUNE]


def _province_window(qtbot, store, prompts, tmp_path):
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow

    ctx = AppContext(store=store, user=CurrentUser("admin", "Quản trị viên", "admin"),
                     prompts=prompts, runner=TaskRunner(synchronous=True),
                     ui_settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                     background=False)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def test_skipped_connection_is_made_later_from_the_whole_province_page(
        qtbot, store, prompts, province, tmp_path):  # noqa: F811
    from desktop.ui.hub.connect import HubConnectDialog

    wizard = FirstRunWizard(store, runner=TaskRunner(synchronous=True))
    _to_connect_page(qtbot, wizard)
    wizard.next()  # Bỏ qua
    assert wizard.currentPage() is wizard.done_page
    assert "chưa kết nối máy chủ tỉnh" in wizard.done_page.label.text()
    window = _province_window(qtbot, store, prompts, tmp_path)
    keys = [k for k, _l, _i in window.SECTIONS]
    assert window.province_mode and window.nav.currentRow() == keys.index("province")
    assert window.nav.isRowHidden(keys.index("officers"))
    assert window.windowTitle() == "Xã Số — Tỉnh Lạng Sơn — tất cả xã, phường"
    page = window.pages["province"]
    assert not page.refresh_button.isEnabled()
    assert "chưa kết nối máy chủ tỉnh" in page.as_of.text() and page.error.isHidden()
    dialog = page.connect_hub()  # not blocking: the test fills it in
    assert isinstance(dialog, HubConnectDialog) and dialog.isVisible()
    dialog.url.setText(province.url)
    dialog.code.setText(enrolment.create_code(province.engine, enrolment.PROVINCE))
    dialog.check()
    kind, _title, text = prompts.shown[-1]
    assert kind == "info" and province.url in text
    assert page.refresh_button.isEnabled() and page.error.isHidden()
    assert page.proxy.rowCount() == 2  # fetched at once


def test_setup_of_a_province_computer_needs_a_real_province(store):
    from db.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        initialize(store, SetupRequest("", "admin", "mat-khau-2026", province_code="99"))
    assert err.value.field == "province" and not store.is_initialized
    initialize(store, SetupRequest("", "admin", "mat-khau-2026", province_code=LANG_SON))
    card = sync_svc.node_card(store)
    assert card["commune"] == "" and card["name"] == "Tỉnh Lạng Sơn"
