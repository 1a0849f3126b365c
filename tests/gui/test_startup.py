"""Start-up order: the main window's frame is shown first, the data folder is opened after."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings
from shiboken6 import isValid

from core.config import Paths
from desktop.app import Startup, parse_args
from desktop.ui import mnemonics
from desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def plain_labels_after(qapp):
    """Start-up installs the Alt+letter filter; the tests after this one compare plain labels."""
    yield
    mnemonics.uninstall(qapp)


def _frame(qtbot, home):
    window = MainWindow(ui_settings=QSettings(str(Paths(home).ui_settings), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def test_frame_needs_no_database_and_is_filled_after(qtbot, tmp_path, prompts):
    home = tmp_path / "demo"
    window = _frame(qtbot, home)
    window.show()
    assert not window.nav.isEnabled() and window.loading.text() == "Đang mở dữ liệu…"
    assert window.pages == {} and window.ctx is None
    window.show_about()  # nothing to show yet: no crash, no dialog

    startup = Startup(parse_args(["--home", str(home), "--demo", "--quit-after", "600000"]), Paths(home),
                      prompts, window)
    startup.run()
    qtbot.waitUntil(lambda: startup.done, timeout=120_000)
    assert startup.code is None and window.ctx is startup.ctx
    assert window.nav.isEnabled() and (not isValid(window.loading) or window.loading.isHidden())
    assert "Xã Hữu Lũng" in window.windowTitle() and "(dữ liệu mẫu)" in window.windowTitle()
    assert set(window.pages) == {"overview"}
    assert window.commune_label.text() == "Xã Hữu Lũng, Tỉnh Lạng Sơn"
    # icons come with the data, once the overview is on screen
    qtbot.waitUntil(lambda: not window.nav.item(0).icon().isNull())
    assert not window.nav.item(1).icon().isNull()
    window.resize(1100, 700)  # the offscreen screen (800×600) made it fit: icons only, "?"
    qtbot.waitUntil(lambda: window.nav_mode == "wide")
    assert mnemonics.mnemonic(window.help_button.text()) == "t"  # Alt+T: Trợ giúp
    assert startup.finish(0) == 0
    con = sqlite3.connect(home / "xaso.sqlite")
    try:
        assert con.execute("SELECT count(*) FROM officer").fetchone()[0] == 40
    finally:
        con.close()


def test_database_of_a_newer_app_is_refused_with_a_message(qtbot, tmp_path, prompts):
    home = tmp_path / "home"
    home.mkdir()
    con = sqlite3.connect(home / "xaso.sqlite")
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.execute("INSERT INTO alembic_version VALUES ('f00dcafe0099')")
    con.commit()
    con.close()
    window = _frame(qtbot, home)
    window.show()
    startup = Startup(parse_args(["--home", str(home)]), Paths(home), prompts, window)
    startup.run()
    qtbot.waitUntil(lambda: startup.done, timeout=120_000)
    assert startup.code == 1 and startup.finish(0) == 1
    kind, _title, text = prompts.shown[-1]
    assert kind == "error" and "mới hơn" in text and "f00dcafe0099" in text
    con = sqlite3.connect(home / "xaso.sqlite")
    try:  # not migrated, not emptied
        tables = con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        assert tables == [("alembic_version",)]
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "f00dcafe0099"
    finally:
        con.close()
    assert not window.isVisible()


FRAME_ONLY = """
import sys
from PySide6.QtCore import QSettings
from shiboken6 import isValid
from PySide6.QtWidgets import QApplication
import desktop.app
from desktop.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(ui_settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
app.processEvents()
heavy = ["sqlalchemy", "db.models", "alembic", "argon2", "reportlab", "openpyxl", "cryptography",
         "httpx", "PySide6.QtCharts", "PySide6.QtNetwork", "vietnam_provinces", "logging.handlers"]
print(" ".join(name for name in heavy if name in sys.modules) or "none")
"""


def test_the_frame_is_shown_before_any_heavy_module_is_imported(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", FRAME_ONLY, str(tmp_path / "ui.ini")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["none"]


def test_small_screen_navigation_keeps_icons_and_gives_room_to_the_page(qtbot, ctx):
    """1366×768 at 150 % leaves 910×512: the navigation narrows, every page still fits."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(760, 500)  # the offscreen screen is 800×600
    qtbot.waitUntil(lambda: window.side.width() == 52)
    assert window.nav.item(1).text() == "" and window.nav.item(1).toolTip() == "Cán bộ (Ctrl+2)"
    assert window.help_button.text() == "?" and not window.commune_label.isVisible()
    for key, _label, _icon in window.SECTIONS:
        window.show_section(key)
        assert window.minimumSizeHint().width() <= 910, key
    window.resize(1100, 500)
    qtbot.waitUntil(lambda: window.side.width() == 190 or window.width() < 1000)
    if window.width() >= 1000:  # some platforms clamp the window to the small offscreen screen
        assert window.nav.item(1).text() == "Cán bộ"


TO_READY = """
import sys
from PySide6.QtCore import QTimer
from desktop import app

class Startup(app.Startup):
    def _ready(self):
        super()._ready()
        heavy = ["cryptography", "keyring", "zstandard", "httpx", "alembic", "openpyxl",
                 "reportlab", "pyhanko", "core.sync.keys", "core.sync.apply", "core.sync.export",
                 "PySide6.QtPrintSupport", "sqlalchemy.dialects.postgresql"]
        print("loaded:", " ".join(name for name in heavy if name in sys.modules) or "none",
              flush=True)
        QTimer.singleShot(0, self.window.close)

app.Startup = Startup
sys.exit(app.main(["--home", sys.argv[1], "--demo", "--quit-after", "600000"]))
"""


def test_the_overview_fills_without_the_sync_keys_backups_and_file_formats(tmp_path):
    """Up to "ready" (the overview filled) nothing loads that only a sync, a key, an encrypted
    backup, a migration, an import/export or the hub's PostgreSQL needs (memory and start-up
    time, issue 21)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    home = str(tmp_path / "demo")
    runs = [subprocess.run([sys.executable, "-c", TO_READY, home], capture_output=True, text=True,
                           env=env, timeout=180) for _first_fills_the_demo_then_as_every_day in (1, 2)]
    for run in runs:
        assert run.returncode == 0, run.stderr
    assert "loaded:" in runs[0].stdout
    assert runs[1].stdout.split("loaded:")[1].split() == ["none"]
