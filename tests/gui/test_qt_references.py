"""The Qt binding must not lose references to None, True or False: PySide6 6.12.0 on Python 3.11
dropped one reference to None at every call of a method returning void, so a long session
(every label set, every button enabled) ended in a crash ("deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QPushButton


def test_void_and_bool_calls_keep_the_references_of_none_true_and_false(qtbot):
    label, button = QLabel(), QPushButton("x")
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    calls = (lambda: label.setText("Xã Số"), lambda: button.setEnabled(False),
             lambda: button.setEnabled(True), lambda: button.isEnabled(),
             lambda: label.setVisible(False))
    before = [sys.getrefcount(x) for x in (None, True, False)]
    for _ in range(2000):
        for call in calls:
            call()
    after = [sys.getrefcount(x) for x in (None, True, False)]
    # a few references may come and go elsewhere; a leak shows as thousands
    assert all(abs(a - b) < 100 for a, b in zip(after, before)), (before, after)
