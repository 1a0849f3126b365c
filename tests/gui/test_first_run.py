"""First-run wizard driven like a clerk would: pick province, search the commune, create admin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from db.models import Account
from desktop.ui.first_run import FirstRunWizard


def test_wizard_sets_up_commune_and_admin(qtbot, store):
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Tiếp >"
    wizard.next()
    page = wizard.commune_page
    assert not page.isComplete()
    page.province.setCurrentIndex(page.province.findText("Tỉnh Lạng Sơn"))
    qtbot.keyClicks(page.search, "huu lung")  # no accents typed
    names = [page.list.item(i).text() for i in range(page.list.count())]
    assert names == ["Xã Hữu Lũng"]
    assert page.isComplete()
    wizard.next()
    admin = wizard.admin_page
    admin.full_name.insert("Hoàng Thị Mai")  # QTest types ASCII only
    admin.username.clear()
    qtbot.keyClicks(admin.username, "quantri")
    qtbot.keyClicks(admin.password, "mat-khau-2026")
    qtbot.keyClicks(admin.confirm, "mat-khau-khac")
    wizard.next()
    assert wizard.currentPage() is admin
    assert admin.error.text() == "Hai mật khẩu không giống nhau. Hãy gõ lại."
    assert not store.is_initialized
    admin.confirm.clear()
    qtbot.keyClicks(admin.confirm, "mat-khau-2026")
    wizard.next()  # the setup runs in a worker thread; the wizard moves on when it is done
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10000)
    assert "Xã Hữu Lũng, Tỉnh Lạng Sơn" in wizard.done_page.label.text()
    assert store.is_initialized and store.commune().code == "06385"
    with store.session() as s:
        account = s.execute(select(Account)).scalar_one()
    assert (account.username, account.full_name, account.role) == ("quantri", "Hoàng Thị Mai", "admin")
    assert wizard.username == "quantri"


def test_wizard_shows_short_password_error_in_vietnamese(qtbot, store):
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.commune_page
    page.province.setCurrentIndex(page.province.findText("Thành phố Hà Nội"))
    page.list.setCurrentRow(0)
    wizard.next()
    qtbot.keyClicks(wizard.admin_page.password, "abc")
    qtbot.keyClicks(wizard.admin_page.confirm, "abc")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ít nhất 8 ký tự" in wizard.admin_page.error.text(), timeout=10000)
    assert wizard.currentPage() is wizard.admin_page
    assert not store.is_initialized
