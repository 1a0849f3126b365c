"""Updates: a data folder written by the previous version is backed up, then migrated, when the
new version opens it; a folder written by a newer version is refused, untouched."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from core.config import Paths
from core.store import Store
from db.errors import NewerDatabaseError
from db.migrate import SCHEMA_HEAD, alembic_config
from demo.commune import fill_demo


def previous_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_revision(SCHEMA_HEAD).down_revision


def test_previous_version_data_is_backed_up_then_migrated(tmp_path):
    paths = Paths(tmp_path / "home")
    store = Store.open(paths)
    fill_demo(store, officers=12)
    cfg = alembic_config()
    with store.engine.begin() as conn:  # the file as the previous version left it
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, previous_revision())
    store.close()
    assert not list(paths.backups.glob("xaso-before-upgrade-*"))

    store = Store.open(paths)  # the new version starts
    try:
        assert (store.migration.before, store.migration.after) == (previous_revision(), SCHEMA_HEAD)
        backup = store.migration.backup
        assert backup is not None and backup.parent == paths.backups
        assert backup.name.startswith(f"xaso-before-upgrade-{previous_revision()}-")
        assert store.is_initialized and store.commune() is not None
    finally:
        store.close()
    old = sqlite3.connect(backup)
    try:  # the copy is the file as it was: old revision, every officer
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (previous_revision(),)
        assert old.execute("SELECT count(*) FROM officer").fetchone() == (12,)
    finally:
        old.close()
    now = sqlite3.connect(paths.db_file)
    try:
        assert now.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
        assert now.execute("SELECT count(*) FROM officer").fetchone() == (12,)
    finally:
        now.close()
    store = Store.open(paths)  # opened again: already current, no second backup
    try:
        assert store.migration.backup is None
    finally:
        store.close()
    assert len(list(paths.backups.glob("xaso-before-upgrade-*"))) == 1


def test_newer_version_data_is_refused_with_a_message_naming_the_way_out(tmp_path):
    paths = Paths(tmp_path / "home")
    Store.open(paths).close()
    con = sqlite3.connect(paths.db_file)
    con.execute("UPDATE alembic_version SET version_num = 'f00dcafe0099'")
    con.commit()
    con.close()
    before = paths.db_file.read_bytes()
    with pytest.raises(NewerDatabaseError) as info:
        Store.open(paths)
    assert "newer version of Xã Số" in str(info.value) and "Install the newer version" in str(info.value)
    assert paths.db_file.read_bytes() == before
