"""Windows never larger than the screen: 1366×768 at 150 % Windows scaling leaves 910×512
logical pixels, smaller than the size several dialogs ask for. One application-wide filter
shrinks (down to the window's minimum size) and moves every window when it is shown, before
it reaches the screen. Installed before the main window is first shown; the main window also
fits itself when it is built, so its first paint is already the right size."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QWidget

FRAME = 40  # room for the title bar and borders the window manager adds


class FitToScreen(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        # isinstance, not event.type(): every event passes here, and the first QEvent.Type
        # value builds a ~200-member Python enum
        if isinstance(event, QShowEvent) and isinstance(watched, QWidget) and watched.isWindow():
            fit_to_screen(watched)
        return False


def fit_to_screen(window: QWidget) -> None:
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = min(window.width(), max(room.width() - 16, window.minimumWidth()))
    height = min(window.height(), max(room.height() - FRAME, window.minimumHeight()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() - frame.width() + 1)
    y = min(max(frame.y(), room.y()), room.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, room.x()), max(y, room.y()))


def install(app: QApplication) -> FitToScreen:
    """Once per application; a second call returns the filter already installed."""
    return install_once(app, FitToScreen)


def install_once(app: QApplication, filter_class: type[QObject]) -> QObject:
    """An application-wide event filter of ``filter_class``, made and installed on first call."""
    found = app.findChild(filter_class)
    if found is None:
        found = filter_class(app)
        app.installEventFilter(found)
    return found
