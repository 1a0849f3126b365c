"""Quản trị tabs: accounts, change history, backups; roles decide what is shown (and the
services refuse the rest); the sign-in countdown, the forced password change, the idle lock."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from core.accounts import admin as account_admin
from core.accounts.auth import CurrentUser, login
from db.models import Account
from tests.conftest import ADMIN_PASSWORD


def press_ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def page_for(qtbot, ctx, role):
    from desktop.ui.admin.page import AdminPage

    ctx.user = CurrentUser(role, role, role)
    ctx.store.role = role
    page = AdminPage(ctx)
    qtbot.addWidget(page)
    return page


def test_tabs_follow_the_role(qtbot, ctx):
    titles = {}
    for role in ("staff", "supervisor", "admin"):
        page = page_for(qtbot, ctx, role)
        titles[role] = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles["staff"] == ["Thông tin chung"]
    assert titles["supervisor"] == ["Thông tin chung", "Nhật ký thay đổi", "Sao lưu"]
    assert titles["admin"] == ["Thông tin chung", "Tài khoản", "Nhật ký thay đổi", "Sao lưu"]


def test_add_account_shows_the_temporary_password_once(qtbot, ctx, prompts):
    page = page_for(qtbot, ctx, "admin")

    page.accounts.add_button.click()
    dialog = page.accounts.last_dialog  # page → dialog → refresh
    dialog.username.setText("hoa.nt")
    dialog.full_name.setText("Nguyễn Thị Hoa")
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    press_ok(dialog)
    kind, _title, text = prompts.shown[-1]
    assert kind == "info" and "hoa.nt" in text
    temp = text.split(": ", 1)[1].split("\n")[0]
    user = login(ctx.store, "hoa.nt", temp)
    assert user.role == "supervisor" and user.must_change_password
    assert "Mật khẩu tạm" in [page.accounts.table.item(i, 3).text()
                              for i in range(page.accounts.table.rowCount())]


def test_lock_and_reset_from_the_list(qtbot, ctx, prompts):
    with ctx.store.write("admin", role="admin") as s:
        account_admin.add_account(s, "canbo", "Cán Bộ", "staff")
    page = page_for(qtbot, ctx, "admin")
    tab = page.accounts
    row = [r.username for r in tab.rows].index("canbo")
    tab.table.selectRow(row)
    assert tab.lock_button.text() == "Khóa"
    tab.lock_button.click()
    with ctx.store.session() as s:
        assert s.execute(select(Account.disabled).where(Account.username == "canbo")).scalar()
    tab.table.selectRow(row)
    assert tab.lock_button.text() == "Mở khóa"
    tab.reset_button.click()
    assert prompts.shown[-1][0] == "info" and "canbo" in prompts.shown[-1][2]


def test_a_staff_user_cannot_manage_accounts_even_with_the_tab(qtbot, ctx, prompts):
    from desktop.ui.admin.accounts_tab import AccountsTab

    tab = AccountsTab(ctx)  # built as admin
    qtbot.addWidget(tab)
    ctx.user = CurrentUser("canbo", "Cán Bộ", "staff")
    tab.table.selectRow(0)
    tab.reset_button.click()
    assert prompts.shown[-1][0] == "error" and "không được" in prompts.shown[-1][2]


def test_audit_tab_filters_and_verifies(qtbot, ctx):
    from core.officers import registry as officers

    with ctx.write() as s:
        officers.create(s, officers.OfficerInput("Nguyễn Văn An", "020190001234", position="Công chức"))
    page = page_for(qtbot, ctx, "admin")
    tab = page.audit
    assert tab.model.rowCount() >= 3
    tab.table_choice.setCurrentIndex(tab.table_choice.findData("officer"))
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 4).data() == "Thêm mới"
    assert "Chức vụ: Công chức" in tab.model.index(0, 5).data()
    tab.verify_button.click()
    qtbot.wait(20)  # the progress dialog goes away
    assert "Nguyên vẹn" in tab.result.text()


def test_audit_export(qtbot, ctx, prompts, tmp_path):
    from openpyxl import load_workbook

    page = page_for(qtbot, ctx, "supervisor")
    tab = page.audit
    prompts.files.append(tmp_path / "nk.xlsx")
    tab.export_button.click()
    qtbot.wait(20)
    assert load_workbook(tmp_path / "nk.xlsx").active["B1"].value == "Người dùng"


def test_backup_now_verify_and_restore_with_preview(qtbot, ctx, prompts):
    page = page_for(qtbot, ctx, "admin")
    tab = page.backup
    tab.backup_button.click()
    qtbot.wait(20)
    assert tab.table.rowCount() == 1 and "Đã lưu bản sao lưu" in tab.result.text()
    tab.table.selectRow(0)
    tab.verify_button.click()
    assert "nguyên vẹn" in tab.result.text()
    epoch = ctx.store.context.epoch
    assert ctx.sync.gate.acquire("auto")  # an automatic sync is running on the sync lane
    prompts.confirm_answers.append(True)
    tab.restore_button.click()
    assert prompts.shown[-1][0] == "info" and "đồng bộ" in prompts.shown[-1][2]
    assert not getattr(tab, "restored", False) and ctx.store.context.epoch == epoch  # kept
    ctx.sync.gate.release("auto")
    prompts.confirm_answers.append(True)
    tab.restore_button.click()
    confirm = [p for p in prompts.shown if p[0] == "confirm"][-1]
    assert "1 tài khoản" in confirm[2]
    assert tab.restored and ctx.store.context.epoch > 1
    assert ctx.sync.gate.owner is None  # released once restored


def test_encrypted_backup_to_usb(qtbot, ctx, prompts, tmp_path):
    page = page_for(qtbot, ctx, "supervisor")
    tab = page.backup
    assert not tab.restore_button.isVisible() and not tab.daily.isEnabled()
    prompts.files.append(tmp_path)

    tab.usb_button.click()
    dialog = tab.password_dialog  # opened without blocking
    dialog.password.setText("usb-mat-khau-1")
    dialog.repeat.setText("usb-mat-khau-1")
    press_ok(dialog)
    made = list(tmp_path.glob("*.xasobak"))
    assert len(made) == 1


def test_login_countdown_then_forced_password_change(qtbot, ready_store):
    from desktop.ui.admin.login import LoginDialog

    with ready_store.write("admin", role="admin") as s:
        _account, temp = account_admin.add_account(s, "canbo", "Cán Bộ", "staff")
    dialog = LoginDialog(ready_store, "canbo")
    qtbot.addWidget(dialog)
    for _ in range(5):
        dialog.password.setText("sai")
        press_ok(dialog)
    dialog.password.setText(temp)
    press_ok(dialog)
    assert "tạm khóa" in dialog.error.text() and not dialog.sign_in_button.isEnabled()
    shown = dialog.error.text()
    dialog.seconds_left = 2
    dialog._tick()
    assert dialog.error.text() != shown and "0:01" in dialog.error.text()
    with ready_store.write("t") as s:  # the lock runs out
        s.execute(select(Account).where(Account.username == "canbo")).scalar_one().locked_until = None
    dialog._tick()
    assert dialog.sign_in_button.isEnabled()

    dialog.password.setText(temp)
    press_ok(dialog)
    assert dialog.user is None  # not before the temporary password is replaced
    pw = dialog.password_dialog
    pw.new.setText("hoa-moi-2026")
    pw.repeat.setText("hoa-moi-2026")
    press_ok(pw)
    assert dialog.user is not None and dialog.user.username == "canbo"
    assert not login(ready_store, "canbo", "hoa-moi-2026").must_change_password


def test_idle_lock_hides_the_window_until_signed_in_again(qtbot, ctx):
    from desktop.ui.main_window import MainWindow

    ctx.background = True  # the idle lock is what is tested here
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.housekeeping.idle.interval() == 15 * 60_000 and window.housekeeping.idle.isActive()

    window.housekeeping.lock()  # the sign-in opens without blocking
    dialog = window.housekeeping.dialog
    assert dialog.isVisible() and not window.centralWidget().isVisible()
    dialog.password.setText(ADMIN_PASSWORD)
    press_ok(dialog)
    assert window.centralWidget().isVisible() and not window.housekeeping.locked




def test_under_tests_the_window_starts_no_timer(qtbot, ctx):
    """The test context (background=False) arms neither the idle lock, the daily backup nor the
    automatic sync, so a window of one test can never lock itself inside a later one."""
    from core.sync import settings as sync_settings
    from desktop.ui.main_window import MainWindow

    sync_settings.set_auto_minutes(ctx.store, 5, "admin")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert not window.housekeeping.idle.isActive() and not window.housekeeping.daily.isActive()
    assert not window.auto_sync.timer.isActive()


def _break_the_chain(ctx) -> int:
    import sqlite3

    from core.officers import registry as officers
    from db.models import ChangeLog

    with ctx.write() as s:
        officers.create(s, officers.OfficerInput("Nguyễn Văn An", "020190001234"))
    with ctx.store.session() as s:
        row = s.scalars(select(ChangeLog.id).order_by(ChangeLog.id)).all()[1]
    conn = sqlite3.connect(ctx.store.paths.db_file)
    with conn:  # the edit the next write would otherwise hide by re-chaining
        conn.execute("UPDATE change_log SET actor = 'kẻ gian', chain_hash = NULL WHERE id = ?",
                     (row,))
    conn.close()
    return row


def test_an_administrator_repairs_an_altered_change_log(qtbot, ctx, prompts, tmp_path):
    import json

    from db.chain import verify_chain
    from db.models import ChangeLog

    row = _break_the_chain(ctx)
    supervisor_page = page_for(qtbot, ctx, "supervisor")
    supervisor = supervisor_page.audit
    supervisor.verify_button.click()
    qtbot.wait(20)
    assert "liên hệ bộ phận hỗ trợ" in supervisor.result.text()
    assert not supervisor.repair_button.isVisibleTo(supervisor)
    page = page_for(qtbot, ctx, "admin")
    tab = page.audit
    tab.verify_button.click()
    qtbot.wait(20)
    assert tab.repair_button.isVisibleTo(tab)
    assert str(row) in tab.result.text()
    prompts.confirm_answers.append(False)  # "Hủy": nothing happens
    tab.repair_button.click()
    assert prompts.shown[-1][0] == "confirm" and "bản sao" in prompts.shown[-1][2]
    with ctx.store.session() as s:
        assert not verify_chain(s.connection()).ok
    prompts.confirm_answers.append(True)
    tab.repair_button.click()
    qtbot.wait(20)
    assert not tab.repair_button.isVisibleTo(tab)
    text = tab.result.text()
    assert "xaso-before-audit-repair-" in text and str(row) in text
    with ctx.store.session() as s:
        assert verify_chain(s.connection()).ok
        event = s.scalars(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
    assert event.table_name == "change_log" and event.actor == "admin"
    assert json.loads(event.payload)["broken_at"] == row
    assert tab.model.index(0, 2).data() == "Nhật ký thay đổi"  # the repair, in words
    assert "Sửa chữa nhật ký thay đổi" in tab.model.index(0, 5).data()
    kept = list(ctx.store.paths.backups.glob("xaso-before-audit-repair-*.sqlite"))
    assert len(kept) == 1
