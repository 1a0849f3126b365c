"""Baseline for bench_startup: a bare QMainWindow shown, nothing else imported.

Says `xaso-shown` (and `xaso-ready`) just after the window's first paint — the same moment
the app reports — then closes."""

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.done = False
        window.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802
        if isinstance(event, QPaintEvent) and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print("xaso-shown", flush=True), print("xaso-ready", flush=True),
                                          watched.close()))
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
FirstPaint(window)
window.show()
sys.exit(app.exec())
