"""Trợ giúp: F1 opens the page of the current section, Shift+F1 the About dialog, and the help
window lists only the pages that exist."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument

from desktop.ui.help import HelpWindow, help_dir, help_pages
from desktop.ui.main_window import MainWindow

WRITTEN = {"first-run", "overview", "officers", "backlog", "certificates", "training", "reports",
           "sync", "infrastructure", "admin"}
# words each new section page must contain: the exact labels of its buttons on screen
KEY_WORDS = {
    "backlog": ("Nhập lô hồ sơ…", "Lập danh sách hồ sơ…", "Đã số hóa…", "Hoàn tác thao tác gần nhất"),
    "reports": ("Lập báo cáo", "Ban hành…", "Lưu PDF…", "Mở bản đã ban hành"),
    "sync": ("Xuất ra USB…", "Nhập từ USB…", "Giữ phiên bản hiện tại", "Dùng phiên bản kia"),
    "infrastructure": ("Nhập từ Excel…", "Đối chiếu yêu cầu", "In dự toán (PDF)…", "Ghi nhận hỗ trợ"),
}


def test_every_written_page_is_listed_in_section_order_with_its_pictures():
    pages = help_pages()
    keys = [page.key for page in pages]
    assert set(keys) >= WRITTEN
    assert keys == ["first-run", "overview", "officers", "backlog", "certificates", "training",
                    "reports", "sync", "infrastructure", "admin", "province"]
    titles = {page.key: page.title for page in pages}
    assert titles["officers"] == "Cán bộ" and titles["first-run"] == "Bắt đầu sử dụng"
    assert [titles[k] for k in KEY_WORDS] == ["Số hóa", "Báo cáo", "Đồng bộ", "Hạ tầng"]
    total = 0
    for page in pages:
        html = page.path.read_text(encoding="utf-8")
        pictures = re.findall(r'<img src="([^"]+)"', html)
        assert pictures, f"{page.key}.html has no screenshot"
        for picture in pictures:
            path = help_dir() / picture
            assert path.exists(), f"{page.key}.html shows a missing picture {picture}"
            total += path.stat().st_size
    # at the size they were taken, so the viewer shows them readable; 256 colours keep the
    # installer small
    assert total < 800_000


def test_help_window_lists_only_pages_that_exist(qtbot, tmp_path):
    (tmp_path / "officers.html").write_text("<html><head><title>Cán bộ</title></head>"
                                           "<body><p>Danh sách</p></body></html>", encoding="utf-8")
    (tmp_path / "first-run.html").write_text("<html><head><title>Bắt đầu</title></head>"
                                            "<body>Xin chào</body></html>", encoding="utf-8")
    window = HelpWindow(folder=tmp_path)
    qtbot.addWidget(window)
    assert [window.index.item(i).text() for i in range(window.index.count())] == ["Bắt đầu", "Cán bộ"]
    assert not window.show_page("backlog")  # no backlog.html in this folder: nothing listed for it
    assert window.show_page("officers") and "Danh sách" in window.browser.toPlainText()
    assert not window.about_button.isEnabled()  # no About without an open data folder


def _press(window, keys: str) -> None:
    """Fire the window's shortcut bound to ``keys`` (offscreen windows are not reliably
    active, so a synthetic key press may not reach them)."""
    bound = [s for s in window.findChildren(QShortcut) if s.key() == QKeySequence(keys)]
    assert len(bound) == 1, f"{keys} is bound {len(bound)} times"
    bound[0].activated.emit()


def test_f1_opens_the_help_of_the_current_section(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_section("officers")
    assert window.help_button.text() in ("Trợ giúp", "?")  # "?" in the narrow, icons-only mode
    assert "F1" in window.help_button.toolTip()
    _press(window, "F1")
    helper = window.help_window
    assert helper is not None and helper.isVisible()
    assert helper.current_key() == "officers"
    text = helper.browser.toPlainText()
    assert "Nhập từ Excel" in text and "CCCD" in text
    image = helper.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                               helper.browser.source().resolved("img/officers.png"))
    assert image is not None  # the screenshot loads from beside the page
    window.show_section("training")
    window.show_help()
    assert helper.current_key() == "training" and "Điểm danh" in helper.browser.toPlainText()


def test_shift_f1_and_the_help_window_open_about(qtbot, ctx, monkeypatch):
    from desktop.ui import about

    opened = []
    monkeypatch.setattr(about.AboutDialog, "open", lambda dialog: opened.append(dialog.windowTitle()))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    _press(window, "Shift+F1")
    assert opened == ["Giới thiệu Xã Số"]
    window.show_help()
    assert window.help_window.about_button.text().replace("&", "") == "Giới thiệu Xã Số…"
    window.help_window.about_button.click()
    assert len(opened) == 2


def test_f1_opens_the_new_section_pages_with_their_labels_and_pictures(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for key, words in KEY_WORDS.items():
        window.show_section(key)
        _press(window, "F1")
        helper = window.help_window
        assert helper.isVisible() and helper.current_key() == key
        text = helper.browser.toPlainText()
        for word in words:
            assert word in text, f"{key}.html does not mention {word}"
        picture = re.findall(r'<img src="([^"]+)"', helper.pages[helper.index.currentRow()]
                             .path.read_text(encoding="utf-8"))[0]
        image = helper.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                                   helper.browser.source().resolved(picture))
        assert image is not None and not image.isNull(), f"{key}: {picture} does not load"
