"""Keyboard: every button on screen has an Alt+letter, none twice on the same screen; the main
dialogs are crossed with Tab from top to bottom."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget
from sqlalchemy import select

from core.config import Paths
from core.store import Store
from db.models import Certificate, Course
from desktop.ui import mnemonics
from desktop.ui.mnemonics import choose, mnemonic
from tests.gui.test_tooltips import demo_ctx  # noqa: F401  (the demo data folder, signed in as admin)


def test_letter_is_chosen_from_the_label_and_typable():
    assert mnemonic("&Thêm") == "t" and mnemonic("A && B") is None and mnemonic("Xem &lại") == "l"
    assert choose("Thêm cán bộ", set()) == 0
    assert choose("Thêm cán bộ", {"t"}) == 5  # then the first letter of the next word
    assert choose("Đổi mật khẩu", set()) == 4  # Alt+Đ cannot be typed: "mật"
    assert choose("Ô", set()) is None
    assert choose("Lưu", {"l", "u"}) is None  # ư is not typable either


@pytest.fixture
def keyboard(qapp):
    found = mnemonics.install(qapp)
    assert mnemonics.install(qapp) is found  # once per application
    yield
    mnemonics.uninstall(qapp)
    assert qapp.findChild(mnemonics.Mnemonics) is None


def problems(window: QWidget, where: str) -> list[str]:
    """Buttons on screen without a mnemonic, and letters used twice."""
    seen: dict[str, str] = {}
    found = []
    for button in window.findChildren(QPushButton):
        if not button.isVisible() or not button.text() or button.window() is not window:
            continue
        letter = mnemonic(button.text())
        if letter is None:
            found.append(f"{where}: no Alt+letter on {button.text()!r}")
        elif letter in seen:
            found.append(f"{where}: Alt+{letter.upper()} on {seen[letter]!r} and {button.text()!r}")
        else:
            seen[letter] = button.text()
    return found


def walk_tabs(qtbot, window, where: str) -> list[str]:
    """The screen as it is, then each tab of every tab widget on it in turn."""
    found = problems(window, where)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(1)
            found += problems(window, f"{where} › {tabs.tabText(index)}")
    return found


def test_every_section_and_tab_has_unique_mnemonics(qtbot, demo_ctx, keyboard):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(1100, 700)  # wider than the offscreen screen: the navigation with its names
    qtbot.waitUntil(lambda: window.nav_mode == "wide")
    found = []
    for key, _label, _icon in window.SECTIONS:
        window.show_section(key)
        qtbot.wait(1)
        found += walk_tabs(qtbot, window, key)
    assert found == [], "\n".join(found)
    assert mnemonic(window.help_button.text()) == "t"  # Trợ giúp
    window.show_help()
    assert problems(window.help_window, "help") == []


def test_main_dialogs_have_unique_mnemonics(qtbot, tmp_path, demo_ctx, keyboard):
    from desktop.ui.admin.dialogs import AccountDialog, ChangePasswordDialog
    from desktop.ui.admin.login import LoginDialog
    from desktop.ui.backlog.dialogs import LotDialog
    from desktop.ui.certificates.dialogs import CertEditDialog, RequestDialog, TicketDialog
    from desktop.ui.first_run import FirstRunWizard
    from desktop.ui.infrastructure.dialogs import EquipmentDialog
    from desktop.ui.officers.dialog import OfficerDialog
    from desktop.ui.training.dialogs import CourseDialog, SessionDialog

    ctx = demo_ctx
    with ctx.store.session() as s:
        course_id = s.execute(select(Course.id)).scalars().first()
        cert_id = s.execute(select(Certificate.id)).scalars().first()
    fresh = Store.open(Paths(tmp_path / "fresh"))
    dialogs = {
        "first run": FirstRunWizard(fresh), "sign in": LoginDialog(ctx.store, "admin"),
        "officer": OfficerDialog(ctx), "course": CourseDialog(ctx),
        "session": SessionDialog(ctx, course_id), "request": RequestDialog(ctx), "ticket": TicketDialog(ctx),
        "certificate": CertEditDialog(ctx, cert_id),
        "account": AccountDialog(ctx), "password": ChangePasswordDialog(ctx.store, "canbo", forced=True),
        "lot": LotDialog(ctx), "device": EquipmentDialog(ctx),
    }
    found = []
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(1)
        found += walk_tabs(qtbot, dialog, name)
    assert found == [], "\n".join(found)
    assert mnemonic(dialogs["officer"].findChildren(QPushButton)[0].text())  # Lưu / Hủy got theirs
    fresh.close()


def focus_order(dialog: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, starting from the first one."""
    from PySide6.QtCore import Qt

    def takes_tab(w: QWidget) -> bool:
        return (w.isVisible() and w.isEnabled() and w.window() is dialog
                and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus))

    start = dialog.nextInFocusChain()
    order, widget = [], start
    for _ in range(500):
        if takes_tab(widget) and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return order


def backward_jumps(dialog: QWidget) -> list[str]:
    """Tab moving up the form (to a field above, not in a column to the right): a jump back."""
    found = []
    order = focus_order(dialog)
    for before, after in zip(order, order[1:]):
        a = before.mapTo(dialog, before.rect().topLeft())
        b = after.mapTo(dialog, after.rect().topLeft())
        if b.y() < a.y() - 8 and b.x() <= a.x() + 8:
            found.append(f"{type(before).__name__}@{a.x()},{a.y()} -> {type(after).__name__}@{b.x()},{b.y()}")
    return found


def test_tab_goes_down_the_main_dialogs(qtbot, demo_ctx):
    from desktop.ui.admin.dialogs import AccountDialog
    from desktop.ui.admin.login import LoginDialog
    from desktop.ui.backlog.dialogs import LotDialog
    from desktop.ui.infrastructure.dialogs import EquipmentDialog
    from desktop.ui.officers.dialog import OfficerDialog
    from desktop.ui.training.dialogs import CourseDialog

    ctx = demo_ctx
    dialogs = {"sign in": LoginDialog(ctx.store, "admin"), "officer": OfficerDialog(ctx),
               "course": CourseDialog(ctx), "account": AccountDialog(ctx), "lot": LotDialog(ctx),
               "device": EquipmentDialog(ctx)}
    found = {}
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(1)
        assert len(focus_order(dialog)) >= 3, name
        if backward_jumps(dialog):
            found[name] = backward_jumps(dialog)
    assert found == {}
