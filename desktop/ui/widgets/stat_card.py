"""A figure with its caption under it: the cards of Tổng quan and of the sections' summaries."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from core.text import format_number, format_percent

GOOD_STYLE = "color: #2e7d32;"
BAD_STYLE = "color: #c62828;"


class StatCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.value = QLabel("–")
        self.value.setObjectName("statValue")
        self.caption = QLabel(title)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.value.setText(format_number(value))

    def set_percent(self, value: float, good: bool) -> None:
        """A percentage, green when it meets its target, red when it does not."""
        self.value.setText(format_percent(value))
        self.value.setStyleSheet(GOOD_STYLE if good else BAD_STYLE)
