"""The real entry point: `python -m desktop --demo` starts, opens the main window and exits cleanly."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from db.migrate import head_revision


def test_demo_start_opens_window_and_creates_migrated_db(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XASO_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--demo", "--quit-after", "800"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "tài khoản admin, mật khẩu" in result.stdout
    db = tmp_path / "home" / "demo" / "xaso.sqlite"
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert con.execute("SELECT count(*) FROM officer").fetchone()[0] == 40
        assert con.execute("SELECT count(*) FROM change_log WHERE table_name='officer'").fetchone()[0] >= 40
    finally:
        con.close()
    log = (tmp_path / "home" / "demo" / "logs" / "xaso.log")
    assert log.exists()
    again = subprocess.run(
        [sys.executable, "-m", "desktop", "--demo", "--quit-after", "300"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert again.returncode == 0 and "mật khẩu" not in again.stdout
