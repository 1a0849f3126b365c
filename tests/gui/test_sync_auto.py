"""Automatic sync, connection settings and warnings on the Đồng bộ screen and the status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar
from sqlalchemy import func, select

from core.sync import settings as sync_settings
from db.models import Officer
from desktop.ui import sync_controller
from desktop.ui.sync.auto import AutoSync
from desktop.ui.sync.connection import ConnectionDialog
from desktop.ui.sync.page import SyncPage
from tests.sync.conftest import add_officer
from tests.sync.hub_server import make_tls_files, running_hub


def _officers(store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Officer))


def _setup(qtbot, ctx):
    ctx.background = True  # the timer is what is tested here
    bar = QStatusBar()
    qtbot.addWidget(bar)
    timer = AutoSync(ctx, bar)
    timer.bar = bar  # qtbot keeps only a weak reference
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    return timer, page


def test_the_interval_is_chosen_on_the_screen_and_shown_in_the_status_bar(qtbot, ctx):
    timer, page = _setup(qtbot, ctx)
    assert timer.label.text() == "Tự động đồng bộ: tắt" and not timer.timer.isActive()
    page.auto_row.combo.setCurrentIndex(page.auto_row.combo.findData(15))
    page.auto_row.choose()
    assert sync_settings.auto_minutes(ctx.store) == 15
    assert timer.timer.isActive() and timer.timer.interval() == 15 * 60_000
    assert timer.label.text() == "Tự động đồng bộ: 15 phút — lần tới {}".format(
        timer.next_at.strftime("%H:%M"))
    assert page.auto_row.status.text().startswith("lần tới ")
    timer.tick()  # not connected to a hub: skipped quietly
    assert timer.skipped == "chưa kết nối với máy chủ tỉnh" and not timer.running


def test_it_syncs_in_the_background_and_backs_off_without_popups(qtbot, ctx, prompts, tmp_path):
    sync_settings.set_auto_minutes(ctx.store, 5, "admin")
    add_officer(ctx.store, "Nguyễn Văn An", "020190001234")
    with running_hub(tmp_path, ctx.store) as (hub, _url, _ca):
        timer, page = _setup(qtbot, ctx)
        ctx.sync.gate.acquire("manual")  # a manual sync runs: the timer waits
        timer.tick()
        assert _officers(hub) == 0 and timer.skipped == "đang có lần đồng bộ hoặc nhập tệp khác"
        ctx.sync.gate.release("manual")
        timer.tick()
        assert _officers(hub) == 1 and timer.failures == 0 and ctx.sync.gate.owner is None
    timer.tick()  # the hub is gone
    assert timer.failures == 1 and timer.timer.interval() == 10 * 60_000
    timer.tick()
    assert timer.failures == 2 and timer.timer.interval() == 20 * 60_000
    assert [k for k, _t, _x in prompts.shown] == []  # never a popup
    assert timer.label.text().startswith("Tự động đồng bộ: lỗi, thử lại ")
    assert "Không kết nối được máy chủ của tỉnh" in timer.label.toolTip()
    page.refresh()
    assert "không thành công: Không kết nối được máy chủ của tỉnh" in page.auto_row.warning.text()


def test_offline_sync_now_ends_at_once_and_the_timer_waits(qtbot, ctx, prompts, tmp_path,
                                                           monkeypatch):
    monkeypatch.setattr(sync_controller, "network_offline", lambda: True)
    with running_hub(tmp_path, ctx.store) as (_hub, _url, _ca):
        timer, page = _setup(qtbot, ctx)
        page.sync_now_button.click()
        kind, _title, text = prompts.shown[-1]
        assert kind == "error" and "không có kết nối mạng" in text
        timer.tick()
        assert timer.skipped == "đang chờ có mạng" and timer.failures == 0


def test_clock_warning_on_screen_and_status_bar(qtbot, ctx):
    sync_settings.record_clock_skew(ctx.store, -12)
    timer, page = _setup(qtbot, ctx)
    expected = "Đồng hồ máy tính lệch 12 phút so với máy chủ tỉnh — hãy chỉnh lại giờ Windows."
    assert timer.clock_label.toolTip() == expected
    assert timer.clock_label.text() == "Đồng hồ máy lệch 12 phút" and timer.clock_label.isVisibleTo(timer.bar)
    assert expected in page.auto_row.warning.text()
    ctx.ops.run(lambda _p: sync_settings.record_clock_skew(ctx.store, 2))  # as a sync does
    assert timer.clock_label.text() == "" and page.auto_row.warning.text() == ""


def test_connection_dialog_checks_the_ca_file_and_the_proxy(qtbot, ctx, prompts, tmp_path):
    dialog = ConnectionDialog(ctx)
    qtbot.addWidget(dialog)
    broken = tmp_path / "ca-tinh.pem"
    broken.write_text("hello")
    prompts.files.append(broken)
    dialog.choose_ca()
    assert "ca-tinh.pem" in dialog.error.text() and "PEM" in dialog.error.text()
    assert dialog.ca_file.text() == ""
    ca, _cert, _key = make_tls_files(tmp_path)
    prompts.files.append(ca)
    dialog.choose_ca()
    assert dialog.ca_file.text() == str(ca) and dialog.error.isHidden()
    dialog.proxy_mode.setCurrentIndex(dialog.proxy_mode.findData("manual"))
    dialog.proxy_host.setText("proxy.tinh")
    dialog.save()
    assert "proxy.tinh" in dialog.error.text() and sync_settings.load(ctx.store).ca_file == ""
    dialog.proxy_host.setText("10.0.0.1:3128")
    dialog.bundle_mb.setValue(20)
    dialog.save()
    saved = sync_settings.load(ctx.store)
    assert (saved.ca_file, saved.proxy_host, saved.bundle_mb) == (str(ca), "10.0.0.1:3128", 20)


def test_several_files_chosen_in_any_order_are_imported_in_seq_order(qtbot, ctx, prompts,
                                                                     tmp_path):
    from core.sync import service as sync_svc
    from core.sync.split import PartLimits
    from tests.sync.conftest import enrol_both, open_node

    other = open_node(tmp_path / "other")
    try:
        enrol_both(ctx.store, other)
        for n, name in enumerate(("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Lan")):
            add_officer(other, f"Lê Văn {name}", f"02019000{n:04d}")
        stick = tmp_path / "usb"
        stick.mkdir()
        parts = sync_svc.export_parts_to_usb(other, str(ctx.store.context.node_id), stick,
                                             limits=PartLimits(max_bytes=10**9, max_changes=3))
        assert len(parts) >= 3
        page = SyncPage(ctx)
        qtbot.addWidget(page)
        prompts.files.append([p.path for p in reversed(parts)])
        page.import_usb()
        infos = [text for kind, _t, text in prompts.shown if kind == "info"]
        assert len(infos) == len(parts) and all("0 xung đột" in t for t in infos)
        assert _officers(ctx.store) == 8 and ctx.sync.gate.owner is None
    finally:
        other.close()
