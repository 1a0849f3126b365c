"""A passing note in the main window's status bar (the certificate alerts at start) that never
runs under the permanent labels: cut with "…" to the room left, the full text in its tooltip.

QStatusBar.showMessage() draws its text clipped, without "…" or tooltip: at 150 % on a
1366×768 screen the end of the alert disappeared behind the user and sync labels.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow


class ElidedLabel(QLabel):
    """One line, as much of the text as fits, "…" at the end; the tooltip holds it all."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (may shrink to a few letters)
        return QSize(40, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8, super().sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.contentsRect().width() - 4, 10)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room))


def show_note(window: QMainWindow, text: str, timeout_ms: int = 0) -> ElidedLabel:
    """Show ``text`` at the left of the status bar (hidden again after ``timeout_ms``)."""
    bar = window.statusBar()
    label = bar.findChild(ElidedLabel, "statusNote")
    if label is None:
        label = ElidedLabel()
        label.setObjectName("statusNote")
        # not a separated, padded field like the permanent labels: the whole width holds text
        label.setStyleSheet("border: none; padding: 0px; margin-left: 6px;")
        bar.addWidget(label, 1)
        label.timer = QTimer(label, singleShot=True)
        label.timer.timeout.connect(label.hide)
    label.set_full_text(text)
    label.show()
    if timeout_ms:
        label.timer.start(timeout_ms)
    return label
