"""Page of a section whose feature is not built yet: says so plainly, shows nothing fake."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.i18n import tr


class NotYetPage(QWidget):
    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        body = QLabel(
            tr("Not available yet.") + "\n\n" + what + "\n\n"
            + tr("This section will come in a later version of Xã Số. Until then, keep these "
                 "records the way you do today.")
        )
        body.setWordWrap(True)
        body.setObjectName("notYet")
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
