"""The signing keys a restore needs: the key file's setting is a name in the data folder, its
content travels in every backup (encrypted with its passphrase), the keyring's keys travel in
an encrypted backup only, and a restore that would leave an enrolled computer without its keys
is refused with a clear message (core/backup/restore.py, core/sync/service.py)."""

from __future__ import annotations

import keyring
import pytest

from core.backup import files as bk
from core.backup import restore as br
from core.i18n import tr
from core.settings import get_setting, set_setting
from core.sync import keys as node_keys
from core.sync import service as sync_svc
from db.errors import UserError
from tests.sync.conftest import add_officer, open_node

PASS = "mật khẩu dài đủ"


def _setting(store, key):
    with store.session() as s:
        return get_setting(s, key)


def test_a_key_file_backup_restored_in_another_folder_keeps_its_keys(pair, tmp_path):
    a, b = pair  # a is enrolled with b: it must keep the keys b knows
    sync_svc.use_key_file(a, PASS)
    assert _setting(a, sync_svc.KEY_FILE) == node_keys.KEY_FILE_NAME  # a name, not a path
    public = sync_svc.identity(a, PASS).keys.sign_public
    add_officer(a, "Nguyễn Văn An", "020190001234")
    made = br.backup_now(a, role="admin")
    # the computer breaks; the data folder is set up again somewhere else
    other = open_node(tmp_path / "elsewhere")
    try:
        br.restore(other, made.path, role="admin")
        assert not (other.paths.home / node_keys.KEY_FILE_NAME).exists()
        assert sync_svc.identity(other, PASS).keys.sign_public == public
        assert (other.paths.home / node_keys.KEY_FILE_NAME).exists()  # written back
        with pytest.raises(UserError) as wrong:
            sync_svc.identity(other, "không đúng mật khẩu")
        assert "passphrase" in wrong.value.message()
    finally:
        other.close()


def test_an_absolute_key_file_path_of_an_older_installation_is_changed_on_read(node_a):
    path = node_a.paths.home / node_keys.KEY_FILE_NAME
    node_keys.save_key_file(path, node_keys.NodeKeys.generate(), PASS)
    with node_a.write("system") as s:  # what the previous release wrote
        set_setting(s, sync_svc.KEY_FILE, str(path))
    keys = sync_svc.identity(node_a, PASS).keys
    assert _setting(node_a, sync_svc.KEY_FILE) == node_keys.KEY_FILE_NAME
    assert _setting(node_a, sync_svc.KEY_FILE_COPY) == path.read_text(encoding="utf-8")
    assert sync_svc.identity(node_a, PASS).keys.sign_public == keys.sign_public


def test_a_missing_key_file_is_reported_as_missing_not_as_a_wrong_passphrase(node_a):
    path = node_a.paths.home / node_keys.KEY_FILE_NAME
    node_keys.save_key_file(path, node_keys.NodeKeys.generate(), PASS)
    with node_a.write("system") as s:  # an older installation: no copy in the data yet
        set_setting(s, sync_svc.KEY_FILE, str(path))
    path.unlink()
    with pytest.raises(node_keys.KeyFileMissing) as missing:
        sync_svc.identity(node_a, PASS)
    shown = missing.value.message(tr)
    assert "node-key.json" in shown and str(node_a.paths.home) in shown
    assert "passphrase" not in missing.value.message() and "mật khẩu" not in shown
    assert "Không tìm thấy tệp khóa ký" in shown


def test_a_key_file_backup_without_its_key_is_refused_where_the_file_is_not(pair, tmp_path):
    a, _b = pair
    path = a.paths.home / node_keys.KEY_FILE_NAME
    node_keys.save_key_file(path, node_keys.NodeKeys.generate(), PASS)
    with a.write("system") as s:  # an older installation, never asked for its keys since
        set_setting(s, sync_svc.KEY_FILE, str(path))
    made = br.backup_now(a, role="admin")
    path.unlink()  # the old computer's disk is gone with it
    other = open_node(tmp_path / "elsewhere")
    try:
        with pytest.raises(bk.BackupError) as refused:
            br.restore(other, made.path, role="admin")
        shown = refused.value.message(tr)
        assert made.path.name in shown and "node-key.json" in shown
        assert str(other.paths.home) in shown
        assert not refused.value.message().startswith("Wrong")
    finally:
        other.close()


def test_keyring_keys_travel_in_an_encrypted_backup_only(pair, tmp_path):
    a, _b = pair
    public = sync_svc.identity(a).keys.sign_public
    node = str(a.context.node_id)
    plain = br.backup_now(a, role="admin")
    secret = br.backup_now(a, tmp_path / "usb", password="mật khẩu sao lưu", role="admin")
    with bk.opened_backup(plain.path) as conn:  # the keys never in a plain backup
        assert not conn.execute("SELECT count(*) FROM setting WHERE key = ?",
                                (sync_svc.KEYS_SECRET,)).fetchone()[0]
    keyring.delete_password(node_keys.SERVICE, f"node-{node}")  # another computer's keyring
    other = open_node(tmp_path / "elsewhere")
    try:
        with pytest.raises(bk.BackupError) as refused:
            br.restore(other, plain.path, role="admin")
        shown = refused.value.message(tr)
        assert plain.path.name in shown and "mật khẩu" in shown
        br.restore(other, secret.path, "mật khẩu sao lưu", role="admin")
        assert sync_svc.identity(other).keys.sign_public == public
        assert _setting(other, sync_svc.KEYS_SECRET) is None  # in the keyring, not the data
    finally:
        other.close()
