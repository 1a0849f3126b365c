"""150 % on a 1366×768 screen (910×512 left): the status bar note and the help pictures fit."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop.ui.help import HelpWindow
from desktop.ui.main_window import STYLE
from desktop.ui.widgets.status_note import ElidedLabel, show_note

ALERT = "Chứng thư số: 3 đã hết hạn hoặc còn dưới 7 ngày, 12 còn dưới 30 ngày"


def test_status_note_is_cut_with_an_ellipsis_and_keeps_the_whole_text_in_its_tooltip(qtbot):
    window = QMainWindow()
    window.setStyleSheet(STYLE)  # the permanent labels padded and separated as in the app
    qtbot.addWidget(window)
    for text in ("Người dùng: Quản trị viên (Quản trị)", "Đồng bộ lần cuối: chưa bao giờ"):
        window.statusBar().addPermanentWidget(QLabel(text))
    window.resize(560, 400)  # (the offscreen screen is 800 wide: a wide window is not granted)
    window.show()
    note = show_note(window, ALERT, 30000)
    qtbot.waitUntil(lambda: note.text() != ALERT and note.width() > 40)
    assert note.text().endswith("…") and ALERT.startswith(note.text()[:-1])
    assert note.toolTip() == note.full_text() == ALERT
    assert note.fontMetrics().horizontalAdvance(note.text()) <= note.contentsRect().width()
    first_permanent = window.statusBar().findChildren(QLabel)[0]
    assert first_permanent is not note and not isinstance(first_permanent, ElidedLabel)
    assert note.geometry().right() <= first_permanent.geometry().left()
    assert show_note(window, "Khác") is note and note.text() == "Khác"  # one note, replaced


def test_help_pictures_are_narrowed_to_the_view(qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.resize(640, 480)  # the browser is narrower than the 600-pixel pictures
    window.show()
    assert window.show_page("officers")
    qtbot.wait(20)
    browser = window.browser
    assert browser.horizontalScrollBar().maximum() == 0
    widths = image_widths(browser)
    assert widths and max(widths) <= browser.viewport().width()
    window.resize(1200, 700)  # wide again: the pictures at their own size
    qtbot.waitUntil(lambda: max(image_widths(browser)) == 600)


def test_a_help_picture_opens_larger_in_a_viewer_that_fits_the_screen(qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.resize(640, 480)
    window.show()
    assert window.show_page("officers")
    qtbot.wait(20)
    browser = window.browser
    position, shown_width = first_image(browser)
    spot = browser.cursorRect(cursor_at(browser, position)).center()
    spot.setX(spot.x() - int(shown_width) // 2)  # inside the picture (the cursor sits after it)
    assert browser.image_at(spot) is not None
    assert browser.image_at(spot + QPoint(0, -4000)) is None  # above the page: no picture
    qtbot.mouseMove(browser.viewport(), spot)
    assert browser.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    viewer = window.viewer
    assert viewer is not None and viewer.isVisible()
    width, height = viewer.shown_size()
    assert width > shown_width  # larger than in the page
    room = viewer.screen().availableGeometry()
    assert room.contains(viewer.frameGeometry())  # whole on the screen, title bar included
    assert width <= room.width() and height <= room.height()
    qtbot.mouseClick(viewer.picture, Qt.MouseButton.LeftButton)  # a click on it closes it
    assert not viewer.isVisible()


def first_image(browser) -> tuple[int, float]:
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                return fragment.position(), fragment.charFormat().toImageFormat().width()
            it += 1
        block = block.next()
    raise AssertionError("no picture on the page")


def cursor_at(browser, position: int):
    cursor = browser.textCursor()
    cursor.setPosition(position + 1)
    return cursor


def image_widths(browser) -> list[float]:
    doc, found = browser.document(), []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(fmt.toImageFormat().width())
            it += 1
        block = block.next()
    return found


def test_only_the_section_on_screen_sets_the_width(qtbot, ctx):
    """The widest page (Số hóa) no longer makes every other section scroll sideways."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for key, _label, _icon in window.SECTIONS:
        window.show_section(key)
    widths = {}
    for key, _label, _icon in window.SECTIONS:
        window.show_section(key)
        page = window.stack.currentWidget()
        widths[key] = page.minimumSizeHint().width()
        assert window.stack.minimumSizeHint().width() == widths[key], key
    assert len(set(widths.values())) > 1  # the pages do differ: the widest does not rule
    assert max(widths.values()) <= 830  # 910 at 150 %, less the icon bar and margins
    tabs = window.pages["backlog"].tabs  # the same for the tabs of a section
    window.show_section("backlog")
    tab_widths = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        tab_widths.append(tabs.minimumSizeHint().width())
    assert len(set(tab_widths)) > 1
