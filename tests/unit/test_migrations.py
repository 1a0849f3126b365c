"""Alembic migrations: equal to the models, reversible, backed up, newer files refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

import db.migrate as migrate
from db.base import Base
from db.engine import make_engine
from db.errors import NewerDatabaseError
from db.migrate import alembic_config, current_revision, head_revision, upgrade_database


def _schema(engine):
    insp = inspect(engine)
    out = {}
    for table in sorted(insp.get_table_names()):
        if table == "alembic_version":
            continue
        out[table] = {
            "columns": sorted((c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)),
            "pk": insp.get_pk_constraint(table)["constrained_columns"],
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                              for i in insp.get_indexes(table)),
            "unique": sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table)),
            "fks": sorted((tuple(f["constrained_columns"]), f["referred_table"])
                          for f in insp.get_foreign_keys(table)),
        }
    return out


def test_upgrade_head_equals_create_all(tmp_path):
    migrated = make_engine(tmp_path / "migrated.sqlite")
    upgrade_database(migrated, None, None)
    created = make_engine(tmp_path / "created.sqlite")
    Base.metadata.create_all(created)
    assert _schema(migrated) == _schema(created)
    with migrated.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []


def test_downgrade_and_upgrade_round_trip(tmp_path):
    engine = make_engine(tmp_path / "x.sqlite")
    upgrade_database(engine, None, None)
    first = _schema(engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert _schema(engine) == {}
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert _schema(engine) == first
    assert current_revision(engine) == head_revision()


def test_database_from_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    engine = make_engine(path)
    upgrade_database(engine, None, None)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'f00dcafe0099'")
    engine.dispose()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    engine = make_engine(path)
    with pytest.raises(NewerDatabaseError) as info:
        upgrade_database(engine, path, tmp_path / "backups")
    engine.dispose()
    assert "newer version" in str(info.value)
    assert info.value.params["revision"] == "f00dcafe0099"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "backups").exists()


def test_upgrade_of_existing_data_makes_a_backup_first(tmp_path, monkeypatch):
    """A copy of the real migrations plus one revision on top of the head: the old file is backed
    up, then upgraded."""
    scripts = tmp_path / "migrations"
    head = head_revision()  # the real chain's head; feature branches add revisions after 0001
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_test.py").write_text(
        f"revision = '9999'\ndown_revision = '{head}'\nbranch_labels = None\ndepends_on = None\n"
        "from alembic import op\nimport sqlalchemy as sa\n"
        "def upgrade():\n    op.create_table('extra_test', sa.Column('id', sa.Integer, primary_key=True))\n"
        "def downgrade():\n    op.drop_table('extra_test')\n",
        encoding="utf-8",
    )
    path = tmp_path / "data.sqlite"
    engine = make_engine(path)
    upgrade_database(engine, path, tmp_path / "backups")  # at the real head
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO setting(key, value, updated_at) VALUES ('k', '1', '2026-01-01')")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    result = upgrade_database(engine, path, tmp_path / "backups")
    assert (result.before, result.after) == (head, "9999")
    assert result.backup is not None and result.backup.exists()
    assert f"before-upgrade-{head}" in result.backup.name
    backup = sqlite3.connect(result.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
    assert backup.execute("SELECT value FROM setting WHERE key='k'").fetchone() == ("1",)
    backup.close()
    assert "extra_test" in inspect(engine).get_table_names()


def test_schema_head_constant_matches_the_scripts():
    assert migrate.SCHEMA_HEAD == head_revision()


def test_up_to_date_file_opens_without_importing_alembic(tmp_path):
    import subprocess
    import sys

    engine = make_engine(tmp_path / "x.sqlite")
    upgrade_database(engine, None, None)
    engine.dispose()
    code = ("import sys\nfrom db.engine import make_engine\nfrom db.migrate import upgrade_database\n"
            f"r = upgrade_database(make_engine({str(tmp_path / 'x.sqlite')!r}), None, None)\n"
            "print(r.after, any(m.startswith('alembic') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == [migrate.SCHEMA_HEAD, "False"]
