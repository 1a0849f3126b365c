"""Run as a script: starts the real app as `xaso --demo` does (``desktop.app.main``), then once
the main window holds the data, visits every section and tab and prints one JSON line
``PROBE {...}``: the screen's available area, the window's frame, the navigation's mode, and
for each section whether the page scrolls sideways and where each table's columns end.
tests/gui/test_screen_fit.py runs it on a virtual 1366×768 screen at 125 % and 150 %."""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget

from desktop import app as xaso
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.status_note import ElidedLabel


def settle(qapp: QApplication) -> None:
    """Until the page's background reads and ops have ended and their results are painted in:
    a busy machine must not catch a page half filled."""
    window = next((w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)), None)
    for _ in range(3):
        qapp.processEvents()
        if window is not None and window.ctx is not None:
            window.ctx.runner.wait_all(30000)
            window.ctx.ops.wait_idle(30.0)
        qapp.processEvents()


def tables(window: MainWindow, page, seen: set[int]) -> list[dict]:
    found = []
    for table in page.findChildren(QTableView):
        model = table.model()
        if id(table) in seen or model is None or not table.isVisibleTo(window):
            continue
        seen.add(id(table))
        columns = []
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            header = table.horizontalHeader()
            right = header.sectionViewportPosition(column) + table.columnWidth(column)
            columns.append({"name": model.headerData(column, Qt.Orientation.Horizontal),
                            "width": table.columnWidth(column),
                            "shown": right <= table.viewport().width()})
        found.append({"columns": columns})
    return found


def probe(qapp: QApplication) -> None:
    window = next((w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None or window.ctx is None:
        QTimer.singleShot(50, lambda: probe(qapp))
        return
    settle(qapp)
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    note = window.statusBar().findChild(ElidedLabel, "statusNote")
    result = {
        "room": [room.x(), room.y(), room.width(), room.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "nav_mode": window.nav_mode,
        "nav_texts": [window.nav.item(row).text() for row in range(window.nav.count())],
        "note": None if note is None or not note.isVisible() else
                {"text": note.text(), "full": note.full_text(), "width": note.width()},
        "sections": {},
    }
    keys = [key for key, _label, _icon in window.SECTIONS]
    for row, key in enumerate(keys):
        if window.nav.isRowHidden(row):
            continue
        window.show_section(key)
        settle(qapp)
        page = window.pages[key]
        area = window.stack.parentWidget().parentWidget()  # the body's scroll area
        seen: set[int] = set()
        section = {"sideways": area.horizontalScrollBar().maximum(), "tables": tables(window, page, seen)}
        if section["sideways"] and os.environ.get("XASO_PROBE_SHOTS"):
            window.grab().save(os.path.join(os.environ["XASO_PROBE_SHOTS"], f"wide-{key}.png"))
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle(qapp)
                section["tables"] += tables(window, page, seen)
                wide = area.horizontalScrollBar().maximum()
                if wide > section["sideways"]:
                    section["sideways"], section["wide_at"] = wide, tabs.tabText(index)
                    if os.environ.get("XASO_PROBE_SHOTS"):  # a picture of what is too wide
                        window.grab().save(os.path.join(os.environ["XASO_PROBE_SHOTS"],
                                                        f"wide-{key}-{index}.png"))
        result["sections"][key] = section
    print("PROBE " + json.dumps(result, ensure_ascii=False), flush=True)
    window.close()


if __name__ == "__main__":
    qapp = QApplication(sys.argv[:1])
    QTimer.singleShot(0, lambda: probe(qapp))
    sys.exit(xaso.main(sys.argv[1:]))
