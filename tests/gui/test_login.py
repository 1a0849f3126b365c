"""Sign-in dialog: wrong password explained in Vietnamese, lockout after repeated failures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from db.models import Account
from tests.conftest import ADMIN_PASSWORD


def press_ok(qtbot, dialog):
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_wrong_then_right_password(qtbot, ready_store):
    from desktop.ui.admin.login import LoginDialog

    dialog = LoginDialog(ready_store, "admin")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "sai-mat-khau")
    press_ok(qtbot, dialog)
    assert dialog.error.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.user is None
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    press_ok(qtbot, dialog)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert (dialog.user.username, dialog.user.role) == ("admin", "admin")


def test_five_failures_lock_the_account(qtbot, ready_store):
    from desktop.ui.admin.login import LoginDialog

    dialog = LoginDialog(ready_store, "admin")
    qtbot.addWidget(dialog)
    for _ in range(5):
        dialog.password.setText("sai")
        press_ok(qtbot, dialog)
    with ready_store.session() as s:
        assert s.scalar(select(Account.locked_until)) is not None
    dialog.password.setText(ADMIN_PASSWORD)
    press_ok(qtbot, dialog)
    assert "tạm khóa" in dialog.error.text()
    assert dialog.user is None
