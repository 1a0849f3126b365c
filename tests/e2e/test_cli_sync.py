"""xaso-admin export-bundle / import-bundle / verify-bundle between two real data folders.

These processes have no OS keyring (the test machine has none): the keys are kept in the
documented fallback, a passphrase-protected key file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PASS = "mat-khau-dong-bo"


def admin(home, *args, check=False, passphrase=PASS):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("XASO_KEY_PASSPHRASE", None)
    if passphrase:
        env["XASO_KEY_PASSPHRASE"] = passphrase
    result = subprocess.run([sys.executable, "-m", "cli.main", "--home", str(home), *args],
                            capture_output=True, text=True, env=env, timeout=180)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def two_homes(tmp_path_factory):
    root = tmp_path_factory.mktemp("sync-cli")
    homes = root / "a", root / "b"
    for home in homes:
        admin(home, "demo", "--officers", "5", check=True)
        admin(home, "use-key-file", check=True)
    for home in homes:
        admin(home, "node-card", "--out", str(root / f"{home.name}.json"), check=True)
    for me, other in (homes, homes[::-1]):
        admin(me, "enrol", str(root / f"{other.name}.json"), check=True)
    b_id = json.loads((root / "b.json").read_text())["node_id"]
    return b_id, homes


def test_no_keyring_without_passphrase_says_what_to_do(tmp_path):
    home = tmp_path / "h"
    admin(home, "demo", "--officers", "1", check=True)
    result = admin(home, "node-card", passphrase=None)
    assert result.returncode == 1
    assert "keyring" in result.stderr and "Lỗi" in result.stderr


def test_export_verify_dry_run_import_and_replay(two_homes, tmp_path):
    b_id, (a, b) = two_homes
    out = json.loads(admin(a, "export-bundle", str(tmp_path), "--peer", b_id, "--json",
                           check=True).stdout)
    assert out["changes"] > 5 and out["file"].endswith(".xaso")
    ver = admin(b, "verify-bundle", out["file"], check=True)
    assert "hợp lệ" in ver.stdout
    dry = json.loads(admin(b, "import-bundle", out["file"], "--dry-run", "--json",
                           check=True).stdout)
    assert dry["dry_run"] and dry["applied"] > 0
    real = json.loads(admin(b, "import-bundle", out["file"], "--json", check=True).stdout)
    assert real["applied"] == dry["applied"]
    again = admin(b, "import-bundle", out["file"], check=True)
    assert "0 thay đổi được áp dụng" in again.stdout


def test_tampered_bundle_exits_1_with_reason(two_homes, tmp_path):
    b_id, (a, b) = two_homes
    out = json.loads(admin(a, "export-bundle", str(tmp_path), "--peer", b_id, "--json",
                           check=True).stdout)
    data = bytearray(open(out["file"], "rb").read())
    data[200] ^= 0xFF
    bad = tmp_path / "bad.xaso"
    bad.write_bytes(bytes(data))
    result = admin(b, "import-bundle", str(bad))
    assert result.returncode == 1 and "bad.xaso" in result.stderr
