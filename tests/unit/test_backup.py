"""Backups: online copy while writing, generations, encryption, verify, restore round trip."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import func, select, text

from core.backup import files as bk
from core.backup import restore as br
from core.officers import registry as officers
from core.settings import get_setting
from db.models import ChangeLog, Officer


def _add(store, n, start=0):
    with store.write("canbo") as s:
        for i in range(start, start + n):
            officers.create(s, officers.OfficerInput("Trần Văn Bình", f"0201900{i:05d}"))


def _count(store):
    with store.session() as s:
        return s.execute(select(func.count()).select_from(Officer)).scalar()


def test_backup_while_another_thread_writes_is_consistent(ready_store):
    _add(ready_store, 50)
    stop = threading.Event()

    def writer():
        i = 1000
        while not stop.is_set():
            _add(ready_store, 5, i)
            i += 5

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        made = [bk.create_backup(ready_store.paths.db_file, ready_store.paths.backups, keep=10)
                for _ in range(3)]
    finally:
        stop.set()
        thread.join()
    for backup in made:
        report = br.verify_backup(backup.path)
        assert report.ok, report.problems
        # every officer insert has its change-log row: no torn transaction in the copy
        assert report.counts["officer"] + 2 == report.counts["change_log"]
        assert report.counts["officer"] >= 50


def test_generations_are_pruned_and_temp_names_never_listed(ready_store, tmp_path):
    folder = tmp_path / "usb"
    for _ in range(4):
        bk.create_backup(ready_store.paths.db_file, folder, keep=2)
    (folder / "xaso-backup-20200101-000000.sqlite.tmp").write_bytes(b"half")
    listed = bk.list_backups(folder)
    assert len(listed) == 2 and all(b.path.suffix == ".sqlite" for b in listed)


def test_encrypted_backup_needs_its_password(ready_store, tmp_path):
    _add(ready_store, 3)
    made = bk.create_backup(ready_store.paths.db_file, tmp_path, password="usb-bi-mat-1")
    assert made.encrypted and b"SQLite format" not in made.path.read_bytes()
    with pytest.raises(bk.BackupError, match="Wrong password"):
        br.verify_backup(made.path, "sai")
    with pytest.raises(bk.BackupError, match="encrypted"):
        br.verify_backup(made.path)
    report = br.verify_backup(made.path, "usb-bi-mat-1")
    assert report.ok and report.counts["officer"] == 3 and report.commune_code == "06385"


def test_verify_reports_a_damaged_backup(ready_store, tmp_path):
    made = bk.create_backup(ready_store.paths.db_file, tmp_path)
    raw = bytearray(made.path.read_bytes())
    raw[5000:9000] = b"\xff" * 4000
    made.path.write_bytes(bytes(raw))
    report = br.verify_backup(made.path)
    assert not report.ok and report.problems


def test_restore_round_trip_starts_a_new_epoch(ready_store):
    _add(ready_store, 5)
    made = br.backup_now(ready_store, role="admin")
    _add(ready_store, 7, 100)
    assert _count(ready_store) == 12
    epoch_before = ready_store.context.epoch
    report = br.restore(ready_store, made.path, role="admin")
    assert report.counts["officer"] == 5
    assert _count(ready_store) == 5
    new_epoch = ready_store.context.epoch
    assert new_epoch > epoch_before  # a fresh epoch (minutes since 2020 or more)
    with ready_store.session() as s:
        assert get_setting(s, "node.epoch") == new_epoch
    _add(ready_store, 1, 500)  # writing goes on in the new epoch
    with ready_store.session() as s:
        epochs = s.execute(select(ChangeLog.epoch).order_by(ChangeLog.id.desc())).scalar()
    assert epochs == new_epoch
    before_restore = list(ready_store.paths.backups.glob("xaso-before-restore-*.sqlite"))
    assert len(before_restore) == 1  # the replaced data is kept


def test_restore_refuses_a_backup_with_an_edited_change_log(ready_store, tmp_path):
    _add(ready_store, 2)
    made = bk.create_backup(ready_store.paths.db_file, tmp_path)
    conn = sqlite3.connect(made.path)
    conn.execute("UPDATE change_log SET actor = 'ke-gian' WHERE id = 2")
    conn.commit()
    conn.close()
    with pytest.raises(bk.BackupError, match="failed its check"):
        br.restore(ready_store, made.path, role="admin")
    assert _count(ready_store) == 2


def test_backup_to_a_read_only_folder_says_so(ready_store, tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(bk.BackupError, match="Cannot write"):
        bk.create_backup(ready_store.paths.db_file, folder)


def test_disk_full_leaves_no_backup(ready_store, tmp_path, monkeypatch):
    import errno

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bk, "_fsync", full)
    with pytest.raises(bk.BackupError, match="not enough free space"):
        bk.create_backup(ready_store.paths.db_file, tmp_path / "b")
    assert list((tmp_path / "b").iterdir()) == []


def test_daily_backup_once_a_day(ready_store, tmp_path):
    import datetime as dt

    assert len(br.run_daily_backup(ready_store)) == 1
    assert br.run_daily_backup(ready_store) == []
    later = dt.datetime.now() + dt.timedelta(days=1)
    assert len(br.run_daily_backup(ready_store, later)) == 1
    with ready_store.write("admin", role="admin") as s:
        s.execute(text("SELECT 1"))
        br.save_daily_settings(s, br.DailySettings(False, 7, ""))
    assert br.run_daily_backup(ready_store, later + dt.timedelta(days=3)) == []
