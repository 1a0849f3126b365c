"""File dialogs open in Documents the first time, then in the folder last used, kept in ui.ini
(issue 24, item 9) — never in the program's working folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.ui.prompts import Prompts, documents_folder


def test_first_documents_then_the_last_folder_used_kept_across_starts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the working folder must never be the start
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    prompts = Prompts(settings)
    assert prompts.start_folder() == documents_folder() != tmp_path
    assert prompts.suggested_path("bao-cao.pdf") == documents_folder() / "bao-cao.pdf"
    usb = tmp_path / "usb"
    usb.mkdir()
    prompts.remember(usb / "danh-sach.xlsx")
    assert prompts.suggested_path("bao-cao.pdf") == usb / "bao-cao.pdf"
    assert Prompts(settings).start_folder() == usb  # the next start of the app
    prompts.remember(tmp_path / "exports", is_folder=True)  # a folder that is gone by now
    assert Prompts(settings).start_folder() == documents_folder()
    assert prompts.suggested_path(str(usb / "x.pdf")) == usb / "x.pdf"  # a whole path is kept
