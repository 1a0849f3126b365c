"""The commune's data is readable by its owner only: databases, backups, staged restores, the
hub's database, key and received pushes are created 0600, their folders 0700."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from core.backup import files as bk
from core.backup.temp import temp_dir
from core.config import Paths
from core.store import Store
from db.private import open_private, private_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)  # the usual default: files 0644, folders 0755
    yield
    os.umask(old)


def test_a_new_data_folder_and_its_database_are_private(ready_store, paths, loose_umask):
    assert mode(paths.home) == 0o700 and mode(paths.backups) == 0o700
    assert mode(paths.db_file) == 0o600
    assert mode(f"{paths.db_file}-wal") == 0o600  # SQLite gives its files the database's mode
    assert mode(temp_dir(paths.home)) == 0o700
    plain = bk.create_backup(paths.db_file, paths.backups)
    locked = bk.create_backup(paths.db_file, paths.backups, password="mat-khau-usb")
    assert mode(plain.path) == 0o600 and mode(locked.path) == 0o600


def test_an_older_world_readable_database_is_made_private(tmp_path, loose_umask):
    home = tmp_path / "cu"
    store = Store.open(Paths(home))
    store.close()
    os.chmod(Paths(home).db_file, 0o644)
    store = Store.open(Paths(home))
    try:
        assert mode(Paths(home).db_file) == 0o600
    finally:
        store.close()


def test_helpers_ignore_the_umask(tmp_path, loose_umask):
    assert mode(private_file(tmp_path / "a.sqlite")) == 0o600
    (tmp_path / "b.bin").write_bytes(b"x")
    with open_private(tmp_path / "b.bin") as fh:
        fh.write(b"secret")
    assert mode(tmp_path / "b.bin") == 0o600 and (tmp_path / "b.bin").read_bytes() == b"secret"


def test_the_hub_database_and_key_are_private(tmp_path, loose_umask):
    from core.hub.store import DB_FILE, KEY_FILE, open_hub

    hub = open_hub(tmp_path / "hub")
    try:
        assert mode(tmp_path / "hub") == 0o700
        assert mode(tmp_path / "hub" / DB_FILE) == 0o600
        assert mode(tmp_path / "hub" / KEY_FILE) == 0o600
    finally:
        hub.close()
