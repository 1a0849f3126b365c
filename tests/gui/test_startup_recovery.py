"""Start-up: a damaged data file → the newest good backup is offered; diagnostics export."""

from __future__ import annotations

import os
import zipfile

from sqlalchemy import select

from core.backup import recovery
from core.backup import restore as br
from core.officers import registry as officers
from core.store import Store
from db.models import Officer


def _damage(paths):
    raw = bytearray(paths.db_file.read_bytes())
    raw[4096:12288] = os.urandom(8192)
    paths.db_file.write_bytes(bytes(raw))


def test_damaged_file_offers_the_newest_good_backup(ready_store, prompts):
    from desktop.ui.admin import crash

    with ready_store.write("canbo") as s:
        officers.create(s, officers.OfficerInput("Đỗ Văn Đạt", "020190009999"))
    br.backup_now(ready_store, role="admin")
    epoch = ready_store.context.epoch
    paths = ready_store.paths
    ready_store.close()
    _damage(paths)
    prompts.confirm_answers.append(True)
    assert crash.check_at_start(paths, prompts)
    kind, _title, text = prompts.shown[-1]
    assert kind == "confirm" and "bị hỏng" in text
    store = Store.open(paths)  # nothing to finish: the recovered file has its new epoch
    try:
        assert store.context.epoch > epoch  # a fresh epoch (minutes since 2020 or more)
        assert not list(paths.home.glob("xaso.recovered"))
        with store.session() as s:
            assert s.execute(select(Officer.full_name)).scalars().all() == ["Đỗ Văn Đạt"]
    finally:
        store.close()
    recovery.end_session(paths)


def test_damaged_file_without_backup_refuses_to_open(ready_store, prompts):
    from desktop.ui.admin import crash

    paths = ready_store.paths
    ready_store.close()
    _damage(paths)
    assert not crash.check_at_start(paths, prompts)
    assert prompts.shown[-1][0] == "error" and "không có bản sao lưu tốt" in prompts.shown[-1][2]


def test_declined_recovery_leaves_the_file_alone(ready_store, prompts):
    from desktop.ui.admin import crash

    br.backup_now(ready_store, role="admin")
    paths = ready_store.paths
    ready_store.close()
    _damage(paths)
    before = paths.db_file.read_bytes()
    prompts.confirm_answers.append(False)
    assert not crash.check_at_start(paths, prompts)
    assert paths.db_file.read_bytes() == before


def test_export_diagnostics_holds_logs_and_versions_only(ctx, prompts, tmp_path, qtbot):
    from desktop.ui.admin.page import AdminPage

    ctx.store.paths.logs.mkdir(parents=True, exist_ok=True)
    (ctx.store.paths.logs / "xaso.log").write_text("2026-11-23 INFO xaso: started\n", encoding="utf-8")
    page = AdminPage(ctx)
    qtbot.addWidget(page)
    target = tmp_path / "chan-doan.zip"
    prompts.files.append(target)
    page.general.diagnostics_button.click()
    names = zipfile.ZipFile(target).namelist()
    assert names == ["versions.json", "logs/xaso.log"]
    assert b"argon2" not in target.read_bytes()
    assert prompts.shown[-1][0] == "info" and "chan-doan.zip" in prompts.shown[-1][2]


def test_unexpected_error_dialog_speaks_vietnamese_and_offers_diagnostics(qtbot, paths, monkeypatch):
    from desktop import app
    from desktop.ui.admin import crash

    shown = []
    monkeypatch.setattr(crash, "show_crash", lambda prompts, p, details: shown.append((p, details)))
    app.install_excepthook(None, paths)
    import sys

    try:
        raise KeyError("boom")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    assert shown and shown[0][0] == paths and "KeyError" in shown[0][1]
    dialog = crash.CrashDialog(paths, "Traceback…")
    qtbot.addWidget(dialog)
    assert "Dữ liệu đã lưu vẫn an toàn" in dialog.text()
    assert dialog.export_button.text() == "Xuất thông tin chẩn đoán…"


def _frame(qtbot, paths):
    from PySide6.QtCore import QSettings

    from desktop.ui.main_window import MainWindow

    window = MainWindow(ui_settings=QSettings(str(paths.ui_settings), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    return window


def _startup(qtbot, paths, prompts):
    from desktop.app import Startup, parse_args

    return Startup(parse_args(["--home", str(paths.home), "--quit-after", "600000"]), paths,
                   prompts, _frame(qtbot, paths))


def test_after_a_power_cut_the_start_checks_first_and_offers_the_backup(ready_store, prompts,
                                                                         qtbot):
    br.backup_now(ready_store, role="admin")
    paths = ready_store.paths
    ready_store.close()
    _damage(paths)
    (paths.home / recovery.MARKER).write_text("1234")  # the power went off
    prompts.confirm_answers.append(True)
    startup = _startup(qtbot, paths, prompts)
    startup.run()
    qtbot.waitUntil(lambda: startup.store is not None, timeout=60_000)
    kind, _title, text = next(p for p in prompts.shown if p[0] == "confirm")
    assert "bị hỏng sau lần tắt máy đột ngột" in text  # offered before the file was opened
    assert list(paths.backups.glob("xaso-damaged-*.sqlite"))
    assert startup.checked  # the restored copy: no second check in the background
    assert not recovery.quick_check(paths.db_file)
    startup._end(0)
    assert startup.finish(0) == 0


def test_after_a_clean_exit_the_check_runs_after_ready_and_damage_is_reported(ready_store,
                                                                              prompts, qtbot):
    from desktop.ui.admin import crash

    br.backup_now(ready_store, role="admin")
    paths = ready_store.paths
    ready_store.close()
    _damage(paths)  # a disk fault, no power cut: the last session ended cleanly
    found = recovery.check_at_start(paths, always=False)
    assert not found.checked and not found.damaged  # nothing read before the file opens
    recovery.end_session(paths)

    startup = _startup(qtbot, paths, prompts)
    startup.checked = False  # as after a start that skipped the check (the file opens)
    startup.check_in_background()
    qtbot.waitUntil(lambda: any(p[0] == "error" for p in prompts.shown), timeout=60_000)
    kind, _title, text = prompts.shown[-1]
    assert "bị hỏng" in text and str(paths.db_file) in text and "bản sao lưu" in text
    assert (paths.home / recovery.SUSPECT).exists()
    startup._end(0)
    startup.finish(0)

    # the next start, although that session too ended cleanly, checks first and offers the backup
    recovery.end_session(paths)
    found = recovery.check_at_start(paths, always=False)
    assert found.checked and found.damaged
    prompts.confirm_answers.append(True)
    assert crash.check_at_start(paths, prompts, found)
    assert not (paths.home / recovery.SUSPECT).exists()
    recovery.end_session(paths)
    assert not recovery.check_at_start(paths, always=False).checked  # back to the quick start
    recovery.end_session(paths)


def test_a_file_that_does_not_open_after_a_clean_exit_gets_the_backup_offer(ready_store, prompts,
                                                                            qtbot):
    br.backup_now(ready_store, role="admin")
    paths = ready_store.paths
    ready_store.close()
    raw = bytearray(paths.db_file.read_bytes())
    raw[0:16] = b"not a database!!"  # the header itself: nothing opens it
    paths.db_file.write_bytes(bytes(raw))
    prompts.confirm_answers.append(True)
    startup = _startup(qtbot, paths, prompts)
    startup.run()
    qtbot.waitUntil(lambda: startup.store is not None, timeout=60_000)
    assert [p[0] for p in prompts.shown] == ["confirm"]  # no crash dialog, the backup offered
    assert not recovery.quick_check(paths.db_file)
    startup._end(0)
    startup.finish(0)


def test_a_background_check_stopped_at_exit_finds_nothing(ready_store):
    paths = ready_store.paths
    ready_store.close()
    _damage(paths)
    check = recovery.BackgroundCheck(paths)
    check.stop()  # the app closed first
    assert check.run() is None
    assert not (paths.home / recovery.SUSPECT).exists()
    assert recovery.BackgroundCheck(paths).run()  # not stopped: the damage is found


def test_a_background_check_that_cannot_read_the_file_reports_no_damage(tmp_path):
    import sqlite3

    from core.config import Paths

    paths = Paths(tmp_path / "home")
    paths.home.mkdir()
    con = sqlite3.connect(paths.db_file)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.execute("BEGIN EXCLUSIVE")  # another program holds the file (rollback-journal mode)
    try:
        check = recovery.BackgroundCheck(paths)
        check.BUSY_TIMEOUT_S = 0.1
        assert check.run() is None  # busy says nothing about the file: no message, no marker
        assert not (paths.home / recovery.SUSPECT).exists()
    finally:
        con.rollback()
        con.close()
    assert recovery.BackgroundCheck(paths).run() == []
