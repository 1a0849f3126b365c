"""Opening the data folder: first run, identity, and unusable files refused in plain words."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest
from sqlalchemy import exc, select

from core.config import Paths
from core.setup import SetupRequest, initialize
from core.store import Store
from db.errors import DatabaseError, ValidationError
from db.migrate import translate_operational
from db.models import Account, Commune


def test_first_open_creates_folder_and_schema_but_no_identity(paths):
    store = Store.open(paths)
    try:
        assert paths.db_file.exists() and paths.backups.is_dir()
        assert not store.is_initialized
        assert store.commune() is None
        assert store.integrity_check() == []
    finally:
        store.close()


def test_setup_records_commune_node_and_admin(store):
    initialize(store, SetupRequest("06385", "Admin", "mat-khau-123", "Nguyễn Thị Hoa"))
    assert store.is_initialized
    commune = store.commune()
    assert (commune.code, commune.name, commune.province_name) == ("06385", "Xã Hữu Lũng", "Tỉnh Lạng Sơn")
    with store.session() as s:
        account = s.execute(select(Account)).scalar_one()
    assert (account.username, account.role) == ("admin", "admin")
    node = store.context.node_id
    store.close()
    again = Store.open(store.paths)
    assert again.is_initialized and again.context.node_id == node
    again.close()


@pytest.mark.parametrize(
    "commune, username, password, field",
    [("99999", "admin", "mat-khau-123", "commune"),
     ("06385", "ad", "mat-khau-123", "username"),
     ("06385", "quản trị", "mat-khau-123", "username"),
     ("06385", "admin", "ngan", "password")],
)
def test_setup_rejects_bad_input_and_writes_nothing(store, commune, username, password, field):
    with pytest.raises(ValidationError) as info:
        initialize(store, SetupRequest(commune, username, password))
    assert info.value.field == field
    assert not store.is_initialized
    with store.session() as s:
        assert s.execute(select(Commune)).first() is None
        assert s.execute(select(Account)).first() is None


def test_corrupt_database_file_is_refused_and_left_alone(paths):
    paths.home.mkdir(parents=True)
    paths.db_file.write_bytes(os.urandom(8192))
    digest = hashlib.sha256(paths.db_file.read_bytes()).hexdigest()
    with pytest.raises(DatabaseError) as info:
        Store.open(paths)
    assert "damaged" in info.value.template
    assert str(paths.db_file) in info.value.message()
    assert hashlib.sha256(paths.db_file.read_bytes()).hexdigest() == digest


def _damage_pages(ready_store, first_page: int) -> None:
    from core.officers import registry as svc

    with ready_store.write("t") as s:
        for i in range(300):
            svc.create(s, svc.OfficerInput(f"Lê Văn An {chr(65 + i % 26)}".rstrip(), f"0201{i:08d}",
                                           note="ghi chú " * 20))
    path = ready_store.paths.db_file
    ready_store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[first_page * page : (first_page + 4) * page] = os.urandom(4 * page)
    path.write_bytes(bytes(data))


def test_damaged_pages_are_reported_in_plain_words(ready_store):
    _damage_pages(ready_store, 5)
    try:
        store = Store.open(ready_store.paths)
        problems = store.integrity_check()
    except DatabaseError as err:  # damage the first read already trips over
        assert "damaged" in err.template
    else:
        assert problems and problems != ["ok"]
        store.close()


def test_damaged_schema_page_is_refused_with_message(ready_store):
    _damage_pages(ready_store, 0)  # page 1 holds the header and the schema
    with pytest.raises(DatabaseError) as info:
        Store.open(ready_store.paths)
    assert "damaged" in info.value.template


def test_locked_database_gives_clear_message_and_no_change(ready_store):
    other = sqlite3.connect(ready_store.paths.db_file, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    locked = Store.open(ready_store.paths, busy_timeout_ms=200)
    try:
        with pytest.raises(DatabaseError) as info:
            with locked.write("x") as s:
                s.add(Commune(code="00001", name="Thử", province_code="01", province_name="Thử"))
        assert "in use by another program" in info.value.template
    finally:
        other.rollback()
        other.close()
        locked.close()
    with ready_store.session() as s:
        assert s.execute(select(Commune).where(Commune.code == "00001")).first() is None


def test_read_only_database_error_is_explained(tmp_path):
    path = tmp_path / "ro.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE t(x)").connection.close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        conn.execute("INSERT INTO t VALUES (1)")
    conn.close()
    err = translate_operational(exc.OperationalError("INSERT", None, info.value), path)
    assert "read-only" in err.template and str(path) in err.message()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_unwritable_folder_is_explained(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseError):
            Store.open(Paths(folder / "home"))
    finally:
        folder.chmod(0o700)
