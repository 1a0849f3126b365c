"""Frozen smoke test: build the one-folder app with PyInstaller, start it, check the data folder."""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from db.migrate import SCHEMA_HEAD

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)


@pytest.mark.frozen
@pytest.mark.timeout(900)  # a PyInstaller build takes minutes
def test_frozen_app_starts_creates_and_migrates_the_database(tmp_path):
    folder = build.build(tmp_path / "dist", tmp_path / "work")
    exe = folder / "xaso"
    assert exe.exists()
    size_mb = build.folder_size(folder) / 1e6
    # Qt is about half of it; pyHanko's signing and verification (lxml, HarfBuzz, fontTools,
    # python-pkcs11) add about 20 MB
    assert size_mb <= 230, f"one-folder build is {size_mb:.0f} MB"
    assert (folder / "_internal" / "resources" / "i18n" / "xaso_vi.qm").exists()
    assert (folder / "_internal" / "db" / "migrations" / "versions").is_dir()
    assert (folder / "_internal" / "resources" / "help" / "officers.html").exists()  # F1 help
    assert (folder / "_internal" / "resources" / "help" / "img" / "officers.png").exists()

    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([str(exe), "--home", str(home), "--demo", "--quit-after", "1500"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "mật khẩu" in result.stdout  # Vietnamese: the translations travelled with the build
    con = sqlite3.connect(home / "xaso.sqlite")
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        assert con.execute("SELECT count(*) FROM officer").fetchone()[0] == 40
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()
