"""A stacked widget (the main window's sections, the tabs of a QTabWidget) is as wide as its
widest page: once the digitization page, or its widest tab, was opened, every other one
scrolled sideways at 150 % (910 pixels). Here only the page on screen counts."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QTabWidget, QWidget


def fit(stack: QStackedWidget) -> None:
    """Only the current page's size counts for ``stack`` (a QStackedLayout skips Ignored ones)."""
    for index in range(stack.count()):
        policy = QSizePolicy.Policy.Preferred if index == stack.currentIndex() else QSizePolicy.Policy.Ignored
        stack.widget(index).setSizePolicy(policy, policy)
    stack.updateGeometry()


def track_tabs(page: QWidget) -> None:
    """The same for every tab widget of ``page``, now and whenever its tab changes."""
    for tabs in page.findChildren(QTabWidget):
        stack = tabs.findChild(QStackedWidget)
        if stack is None:
            continue
        tabs.currentChanged.connect(lambda _index, s=stack: fit(s))
        fit(stack)
