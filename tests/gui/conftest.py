"""GUI fixtures: Vietnamese translations loaded, prompts faked, tasks run inline, and no write
transaction opened by the app on the GUI thread."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from core.accounts.auth import CurrentUser
from desktop import i18n


class FakePrompts:
    """Records every prompt; answers confirmations and file choices from scripted values."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.files: list[Path | None] = []
        self.printers: list = []
        self.print_answer = False
        self.print_to: Path | None = None  # with print_answer: the "printer" writes this PDF
        self.dialogs: list = []  # our own dialogs shown through show_dialog
        self.dialog_answers: list = []  # each a function(dialog) -> bool that fills it in

    def _record(self, kind, _parent, title, text, *_rest):
        self.shown.append((kind, title, text))

    def info(self, parent, title, text):
        self._record("info", parent, title, text)

    def warning(self, parent, title, text):
        self._record("warning", parent, title, text)

    def error(self, parent, title, text, details=None):
        self._record("error", parent, title, text)

    def confirm(self, parent, title, text, yes, no=None):
        self._record("confirm", parent, title, text)
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def show_dialog(self, dialog, on_accepted):
        self.dialogs.append(dialog)
        if self.dialog_answers:
            accepted = self.dialog_answers.pop(0)(dialog)
        else:
            dialog.accept()
            accepted = dialog.result() == 1
        if accepted:
            on_accepted()

    def open_file(self, parent, title, file_filter, start=""):
        return self.files.pop(0) if self.files else None

    def open_files(self, parent, title, file_filter, start=""):
        chosen = self.files.pop(0) if self.files else []
        return list(chosen) if isinstance(chosen, (list, tuple)) else [chosen]

    def open_folder(self, parent, title, start=""):
        return self.files.pop(0) if self.files else None

    def save_file(self, parent, title, suggested, file_filter):
        return self.files.pop(0) if self.files else None

    def choose_printer(self, parent, printer, on_chosen):
        self._record("print", parent, "", "")
        self.printers.append(printer)
        if self.print_answer:
            if self.print_to is not None:
                from PySide6.QtPrintSupport import QPrinter

                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(self.print_to))
                printer.setResolution(72)  # quick: the pages, not their fineness, are tested
            on_chosen()


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    assert i18n.install(qapp, "vi"), "resources/i18n/xaso_vi.qm is missing"
    yield


def _app_frame_writing(statement: str) -> str | None:
    """Where in the app (desktop/) a write on the GUI thread comes from; None when the test
    itself writes (its data) or the write runs in a task (a worker thread outside tests)."""
    from db.touched import written_table

    if threading.current_thread() is not threading.main_thread() or not written_table(statement):
        return None
    frame, where = sys._getframe(2), None
    while frame is not None:
        name = frame.f_code.co_filename.replace("\\", "/")
        if name.endswith("desktop/ui/tasks.py") and frame.f_code.co_name == "_execute":
            return None  # TaskRunner(synchronous=True): a pool thread when the app runs
        if where is None and "/desktop/" in name:
            where = f"{written_table(statement)} from {name.split('/desktop/')[-1]}:{frame.f_lineno}"
        elif where is None and "/tests/" in name:
            return None  # the test's own data
        frame = frame.f_back
    return where


@pytest.fixture(autouse=True)
def no_write_on_the_gui_thread():
    """The store instrumented: every statement that writes, checked for the thread it runs on.
    A write the app starts on the GUI thread fails the test (writes are ops, on the writer)."""
    from sqlalchemy import Engine, event

    found: list[str] = []

    def check(_conn, _cursor, statement, *_rest) -> None:
        where = _app_frame_writing(statement)
        if where is not None:
            found.append(where)

    event.listen(Engine, "before_cursor_execute", check)
    yield found
    event.remove(Engine, "before_cursor_execute", check)
    assert not found, f"writes on the GUI thread: {sorted(set(found))}"


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp):
    """Every window a test opened is closed and deleted after it, with its timers: nothing of one
    test may fire (an idle lock, a sync tick) while a later one processes events."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def prompts():
    return FakePrompts()


@pytest.fixture
def ctx(ready_store, prompts, tmp_path):
    from desktop.ui.context import AppContext
    from desktop.ui.tasks import TaskRunner

    return AppContext(
        store=ready_store,
        user=CurrentUser("admin", "Quản trị viên", "admin"),
        prompts=prompts,
        runner=TaskRunner(synchronous=True),
        ui_settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        background=False,  # no idle lock, daily backup or sync timer (tests that need one set it)
    )
