"""xaso-admin backup / verify-backup / restore / audit in real processes on a real folder."""

from __future__ import annotations

import json
import os
import re
import sqlite3

from core.text import format_number
from tests.e2e.test_cli import admin


def test_backup_verify_restore_audit(tmp_path):
    home = tmp_path / "home"
    admin(home, "demo", "--officers", "6", check=True)
    made = json.loads(admin(home, "backup", "--json", check=True).stdout)
    assert made["ok"] and not made["encrypted"]
    verified = admin(home, "verify-backup", made["file"], check=True)
    assert "nguyên vẹn" in verified.stdout and "6 cán bộ" in verified.stdout
    changes = re.search(r"([\d.]+) thay đổi", verified.stdout).group(1)
    assert changes == format_number(int(changes.replace(".", "")))  # 1.234, as everywhere else
    said = admin(home, "backup", check=True).stdout  # the size as a clerk reads it, not "11648 KB"
    size = re.search(r"\((.+)\)\.$", said.strip()).group(1)
    assert re.fullmatch(r"\d{1,3}(\.\d{3})* KB|\d+(,\d)? MB", size), said

    audit = json.loads(admin(home, "audit", "--verify", "--json", "--limit", "5", check=True).stdout)
    assert audit["chain_ok"] and audit["changes"] > 6 and len(audit["recent"]) == 5

    preview = admin(home, "restore", made["file"], "--dry-run", check=True)
    assert "chưa ghi gì" in preview.stdout
    restored = json.loads(admin(home, "restore", made["file"], "--json", check=True).stdout)
    assert restored["restored"] and restored["epoch"] > 1 and restored["counts"]["officer"] == 6

    db = sqlite3.connect(home / "xaso.sqlite")  # someone edits the audit trail by hand
    db.execute("UPDATE change_log SET actor = 'ai-do' WHERE id = 3")
    db.commit()
    db.close()
    broken = admin(home, "audit", "--verify")
    assert broken.returncode == 1 and "thay đổi 3" in broken.stderr


def test_encrypted_backup_to_a_usb_folder(tmp_path):
    home, usb = tmp_path / "home", tmp_path / "usb"
    admin(home, "demo", "--officers", "2", check=True)
    no_password = admin(home, "backup", "--to", str(usb), "--encrypt")
    assert no_password.returncode == 1 and "XASO_BACKUP_PASSWORD" in no_password.stderr
    os.environ["XASO_BACKUP_PASSWORD"] = "the-usb-key-2026"
    try:
        made = json.loads(admin(home, "backup", "--to", str(usb), "--encrypt", "--json", check=True).stdout)
        assert made["encrypted"] and made["file"].endswith(".xasobak")
        assert admin(home, "verify-backup", made["file"], check=True).returncode == 0
        os.environ["XASO_BACKUP_PASSWORD"] = "wrong-password"
        wrong = admin(home, "verify-backup", made["file"])
        assert wrong.returncode == 1 and "Sai mật khẩu" in wrong.stderr
    finally:
        os.environ.pop("XASO_BACKUP_PASSWORD", None)


def test_verify_a_file_that_is_not_a_backup(tmp_path):
    bogus = tmp_path / "xaso-backup-20250101-000000.sqlite"
    bogus.write_bytes(b"not a database at all" * 100)
    result = admin(tmp_path / "home", "verify-backup", str(bogus))
    assert result.returncode == 1 and bogus.name in result.stderr
