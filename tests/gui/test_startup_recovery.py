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
