"""Alt+letter on every push button, chosen from its Vietnamese label when the window (or a page
of a stacked widget: a section, a tab) is shown — so no source string carries an ``&`` and
every button the app gets later is covered too.

Letters are unique among the buttons that can be on screen together: a window's own buttons,
plus those of the page shown in each QStackedWidget (the main window's sections, the tabs of a
QTabWidget). Only letters a US keyboard types (a–z, 0–9) are chosen — Vietnamese is typed
through Unikey/EVKey on that layout, so Alt+ê or Alt+đ cannot be pressed: "Đổi" gets Alt+O.
A letter the code already set with ``&`` is kept. One application-wide filter, installed at
start beside screen_fit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QPushButton, QStackedWidget, QWidget

TYPABLE = set("abcdefghijklmnopqrstuvwxyz0123456789")


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (lower case), None when there is none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1  # "&&" is a literal ampersand
        i += 1
    return None


def choose(text: str, used: set[str]) -> int | None:
    """Index in ``text`` of the letter to underline: the first letter of a word first, then any
    other typable letter, then a digit; None when every candidate is taken."""
    starts = [i for i, ch in enumerate(text) if (i == 0 or not text[i - 1].isalnum())]
    others = [i for i in range(len(text)) if i not in starts]
    for group in (starts, others):
        for i in group:
            ch = text[i].lower()
            if ch in TYPABLE and not ch.isdigit() and ch not in used:
                return i
    for i, ch in enumerate(text):
        if ch.isdigit() and ch not in used:
            return i
    return None


def _scan(scope: QWidget) -> tuple[list[QPushButton], list[QWidget]]:
    """The buttons of ``scope`` itself and its sub-scopes (pages of stacked widgets)."""
    buttons: list[QPushButton] = []
    pages: list[QWidget] = []
    todo = [child for child in scope.children() if isinstance(child, QWidget)]
    while todo:
        widget = todo.pop(0)
        if widget.isWindow():
            continue  # a dialog of its own
        if isinstance(widget.parentWidget(), QStackedWidget):
            pages.append(widget)
            continue
        if isinstance(widget, QPushButton) and widget.text():
            buttons.append(widget)
        todo.extend(child for child in widget.children() if isinstance(child, QWidget))
    return buttons, pages


def _letters_below(scope: QWidget) -> set[str]:
    found = set()
    for button in scope.findChildren(QPushButton):
        if button.window() is scope.window():
            letter = mnemonic(button.text())
            if letter:
                found.add(letter)
    return found


def assign(scope: QWidget, reserved: frozenset[str] = frozenset()) -> None:
    """Give every button of ``scope`` without a mnemonic a free letter, then its pages."""
    buttons, pages = _scan(scope)
    used = set(reserved) | _letters_below(scope)
    # the labels with the fewest typable letters first ("Xóa", "Sửa"), so that they get one
    for button in sorted(buttons, key=lambda b: len(set(b.text().lower()) & TYPABLE)):
        text = button.text()
        if mnemonic(text):
            continue
        at = choose(text, used)
        if at is None:
            continue
        used.add(text[at].lower())
        button.setText(text[:at] + "&" + text[at:])
    mine = frozenset(reserved | {m for b in buttons if (m := mnemonic(b.text()))})
    for page in pages:
        assign(page, mine)


def _enclosing_scope(widget: QWidget) -> QWidget | None:
    """The nearest ancestor that is a window or a page of a stacked widget."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.isWindow() or isinstance(parent.parentWidget(), QStackedWidget):
            return parent
        parent = parent.parentWidget()
    return None


def assign_page(page: QWidget) -> None:
    """A section or tab shown: only its buttons, around the letters of the scopes above it
    (a whole main window takes ~0.1 s; a page a few ms)."""
    reserved: set[str] = set()
    scope = _enclosing_scope(page)
    while scope is not None:
        buttons, _pages = _scan(scope)
        reserved |= {m for b in buttons if (m := mnemonic(b.text()))}
        scope = None if scope.isWindow() else _enclosing_scope(scope)
    assign(page, frozenset(reserved))


class Mnemonics(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        # isinstance, not event.type(): every event passes here (see screen_fit)
        if isinstance(event, QShowEvent) and isinstance(watched, QWidget):
            if watched.isWindow():
                assign(watched)
            elif isinstance(watched.parentWidget(), QStackedWidget):
                assign_page(watched)  # a section or tab built or shown after the window
        return False


def install(app: QApplication) -> Mnemonics:
    """Once per application; a second call returns the filter already installed."""
    from desktop.ui.screen_fit import install_once

    return install_once(app, Mnemonics)


def refresh(window: QWidget) -> None:
    """A label changed after the window was shown (the navigation's mode): letters again,
    when the filter is installed (the app; not the tests that compare plain labels)."""
    app = QApplication.instance()
    if app is not None and app.findChild(Mnemonics) is not None:
        assign(window)


def uninstall(app: QApplication) -> None:
    """Tests: the next test sees the labels as written."""
    found = app.findChild(Mnemonics)
    if found is not None:
        app.removeEventFilter(found)
        found.setParent(None)
