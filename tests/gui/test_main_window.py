"""Main window: Vietnamese navigation, a real page per section, status bar, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.ui.main_window import MainWindow


def test_navigation_sections_each_with_its_page(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())
              if not window.nav.isRowHidden(i)]  # a commune computer: no Toàn tỉnh
    assert labels == ["Tổng quan", "Cán bộ", "Số hóa", "Chứng thư số", "Đào tạo", "Báo cáo", "Đồng bộ",
                      "Hạ tầng", "Quản trị"]
    expected = {"backlog": "BacklogPage", "certificates": "CertificatesPage", "training": "TrainingPage",
                "reports": "ReportsPage", "sync": "SyncPage", "infrastructure": "InfrastructurePage",
                "officers": "OfficersPage", "admin": "AdminPage"}
    for key, class_name in expected.items():
        window.show_section(key)
        assert type(window.pages[key]).__name__ == class_name
        assert window.stack.currentWidget() is window.pages[key]


def test_status_bar_and_title(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.commune_label.text() == "Xã Hữu Lũng, Tỉnh Lạng Sơn"
    assert window.user_label.full == "Người dùng: Quản trị viên (Quản trị viên)"
    assert window.sync_label.full == "Đồng bộ lần cuối: chưa đồng bộ"
    # the window fits the 800-pixel offscreen screen: short forms, whole texts in the tooltips
    assert window.width() < window.COMMUNE_LABEL_FROM
    assert window.user_label.text() == "Quản trị viên"
    assert window.user_label.toolTip() == window.user_label.full
    assert window.sync_label.text() == "Chưa đồng bộ"
    assert window.sync_label.toolTip() == window.sync_label.full
    window.show()
    window.resize(1300, 700)
    qtbot.waitUntil(lambda: window.width() >= window.COMMUNE_LABEL_FROM)
    assert window.user_label.text() == window.user_label.full and window.user_label.toolTip() == ""
    # the network backend loads once the overview is on screen
    qtbot.waitUntil(lambda: window.network_label.text() != "")
    assert window.network_label.text() in ("Trực tuyến", "Ngoại tuyến", "Mạng: không rõ")
    assert "Xã Hữu Lũng" in window.windowTitle()


def test_geometry_is_remembered(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(810, 530)  # the offscreen screen is 800×600
    size = (window.width(), window.height())
    assert size != (1280, 760)
    window.close()
    saved = QSettings(ctx.ui_settings.fileName(), QSettings.Format.IniFormat)
    assert saved.value("main/geometry") is not None
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.height() == size[1] == 530  # width is clamped to the tiny offscreen screen


def test_dashboard_counts_follow_officer_changes(qtbot, ctx):
    from core.officers import registry as svc

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dash = window.pages["overview"]
    assert dash.active.value.text() == "0"
    ctx.ops.write(lambda s: svc.create(s, svc.OfficerInput(
        "Nguyễn Văn An", "020190000001", is_signer=True, department="Văn phòng")))
    assert dash.active.value.text() == "1" and dash.signers.value.text() == "1"
    assert dash.departments.item(0, 0).text() == "Văn phòng"


def test_about_dialog_names_version_folder_and_licences(qtbot, ctx):
    from desktop.ui.about import AboutDialog

    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(ctx.store.paths.home) in text
    html = dialog.licences.toPlainText()
    assert "phần mềm tự do" in html  # the licence sentence is translated
    assert "Giấy phép" in html and "SQLAlchemy" in html and "LGPL-3.0" in html


def test_pages_are_built_on_first_visit(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert set(window.pages) == {"overview"}  # start-up builds the overview only
    window.nav.setCurrentRow(1)
    assert "officers" in window.pages
    assert window.stack.currentWidget() is window.pages["officers"]
    certificates = window.pages["certificates"]  # asking builds it without switching to it
    assert window.stack.currentWidget() is window.pages["officers"]
    window.show_section("certificates")
    assert window.stack.currentWidget() is certificates
