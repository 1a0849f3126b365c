"""Baseline for bench_startup: a bare QMainWindow shown, nothing else imported."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
window.show()
QTimer.singleShot(0, lambda: (print("xaso-shown", flush=True), window.close()))
sys.exit(app.exec())
