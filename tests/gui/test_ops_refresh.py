"""Every screen fresh after any change, through the operations layer: "Đồng bộ ngay" against a
real hub (uvicorn on 127.0.0.1) that sends certificate, backlog and training rows — each page
shows them without a restart (the pages out of view refresh when shown); Tổng quan shows a new
backup at once (issue 24, point 10); the op runner's writer thread and its error message."""

from __future__ import annotations

import datetime as dt
import threading

from core.backlog import lots as lots_svc
from core.backlog import records as recs
from core.certificates import registry as certs
from core.ops import Changes, Kind
from core.sync import online as sync_http
from core.training import courses as training
from db.errors import ValidationError
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import WRITER_THREAD
from tests.hub.conftest import db_url, enrol, hub, open_pc  # noqa: F401  (a real hub)
from tests.unit.cert_fixtures import P12_PASSWORD, write_cert_folder
from tests.unit.test_backlog import BIRTHS


def _second_pc_sends(hub, tmp_path):  # noqa: F811
    """The commune's other computer enters a course with a session, a lot of 12 records and
    the certificates of a folder, and syncs them to the hub."""
    pc2 = open_pc(tmp_path / "pc2")
    try:
        enrol(hub, pc2)
        with pc2.write("admin") as s:
            course = training.create_course(s, training.CourseInput("An toàn thông tin",
                                                                    topic="digital"))
            training.add_session(s, course.id, training.SessionInput(dt.date(2026, 11, 5)))
            lot = lots_svc.create_lot(s, BIRTHS)
            recs.generate_records(s, lot.id, 1, 12, "")
            found = certs.preview(s, certs.read_files(
                [write_cert_folder(tmp_path / "nop").folder], P12_PASSWORD))
            certs.apply(s, found)
            sent = len(found.new_items)
        sync_http.run_sync(pc2)
        return sent
    finally:
        pc2.close()


def test_sync_now_shows_every_table_it_brought_on_every_page(qtbot, ctx, prompts, hub,  # noqa: F811
                                                             tmp_path):
    enrol(hub, ctx.store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    overview, backlog = window.pages["overview"], window.pages["backlog"]
    certificates, training_page = window.pages["certificates"], window.pages["training"]
    assert backlog.lots.model.rowCount() == 0 and training_page.courses.model.rowCount() == 0
    assert certificates.certificates.model.rowCount() == 0
    sent = _second_pc_sends(hub, tmp_path)
    assert sent > 0

    window.show_section("sync")
    seen = []
    ctx.ops.did_change.connect(lambda changes, _by: seen.append(changes))
    window.pages["sync"].sync_now_button.click()
    kind, _title, text = prompts.shown[-1]
    assert kind == "info" and "Đồng bộ xong" in text, text
    (changes,) = seen  # once, with every table the sync applied
    assert {"course", "training_session", "backlog_lot", "backlog_record", "certificate",
            "sync_log"} <= changes.tables
    assert {Kind.TRAINING, Kind.BACKLOG_RECORDS, Kind.CERTIFICATES} <= changes.kinds

    # out of view, each page waited; shown, it reads the new rows (no restart)
    window.show_section("backlog")
    assert backlog.lots.model.rowCount() == 1
    backlog.tabs.setCurrentWidget(backlog.records)
    assert backlog.records.model.rowCount() == 12
    window.show_section("training")
    assert training_page.courses.model.rowCount() == 1
    window.show_section("certificates")
    assert certificates.certificates.model.rowCount() == sent
    window.show_section("overview")
    assert overview.training.remaining.value.text() == "0"  # the course is not required


def test_a_page_out_of_view_refreshes_when_shown_and_only_then(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_section("sync")
    page = window.pages["training"]
    calls = []
    ctx.ops.subscribe(page.courses, {Kind.TRAINING}, lambda: calls.append("training"))
    ctx.ops.subscribe(page.courses, {Kind.ACCOUNTS}, lambda: calls.append("accounts"))
    ctx.ops.write(lambda s: training.create_course(s, training.CourseInput("Chuyển đổi số")))
    assert calls == [] and page.courses.model.rowCount() == 0  # out of view: only marked
    window.show_section("training")
    assert calls == ["training"] and page.courses.model.rowCount() == 1
    window.show_section("sync")
    window.show_section("training")
    assert calls == ["training"]  # nothing new: no second refresh


def test_overview_shows_the_new_backup_at_once(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    summary = window.pages["overview"].backups
    assert "Chưa có bản sao lưu nào" in summary.label.text()
    window.show_section("admin")
    admin = window.pages["admin"]
    admin.tabs.setCurrentWidget(admin.backup)
    admin.backup.backup_button.click()
    assert "Đã lưu bản sao lưu" in admin.backup.result.text() and admin.backup.table.rowCount() == 1
    window.show_section("overview")
    assert "Chưa có bản sao lưu" not in summary.label.text()
    assert dt.date.today().strftime("%d/%m/%Y") in summary.label.text()


def test_ops_run_on_the_writer_thread_in_order_and_say_why_not(qtbot, ctx, prompts):
    threads, order = [], []

    def op(n):
        def run(_progress):
            threads.append(threading.current_thread().name)
            order.append(n)
            return n
        return run

    ctx.ops.wait = False  # as in the app: run returns at once, the result comes back later
    done = []
    for n in range(3):
        ctx.ops.run(op(n), done.append)
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5000)
    assert order == done == [0, 1, 2]
    assert {name.split("_")[0] for name in threads} == {WRITER_THREAD}
    assert threading.main_thread().name not in threads

    def refused(_progress):
        raise ValidationError("Write the date as dd/mm/yyyy, e.g. 05/10/2025.")

    ctx.ops.run(refused, title="Hồ sơ")
    qtbot.waitUntil(lambda: bool(prompts.shown), timeout=5000)
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("error", "Hồ sơ") and "dd/mm/yyyy" in text  # the message as shown
    assert not Changes()


def test_the_key_file_passphrase_is_asked_without_blocking(qtbot, ctx):
    from core.sync import service as sync_svc
    from desktop.ui.sync.page import SyncPage

    sync_svc.use_key_file(ctx.store, "khoa-bi-mat-2026")
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    ready = []
    ctx.sync.with_keys(page, lambda: ready.append(ctx.sync.passphrase))
    dialog = page.passphrase_dialog  # open, not blocking; nothing happened yet
    assert dialog.isVisible() and ready == []
    dialog.first.setText("khoa-bi-mat-2026")
    dialog.save()
    assert ready == ["khoa-bi-mat-2026"]
    ctx.sync.with_keys(page, lambda: ready.append("again"))  # typed once: not asked again
    assert ready[-1] == "again"
    assert sync_svc.load_keys(ctx.store, ctx.sync.passphrase).sign_public
