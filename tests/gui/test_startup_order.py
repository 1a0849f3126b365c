"""Start-up order: the window and the sign-in come before the data folder is open (it opens in a
worker); the overview shows its last figures at once and fills in from a worker."""

from __future__ import annotations

import os
import pickle
import threading

import pytest
from PySide6.QtCore import QRunnable, QSettings, QThreadPool

from core.config import Paths
from core.officers import registry as officer_svc
from core.setup import SetupRequest, initialize
from core.store import Store
from desktop.app import Startup, parse_args
from desktop.ui import mnemonics
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.dashboard import DashboardPage
from desktop.ui.tasks import TaskRunner
from tests.conftest import ADMIN_PASSWORD, TEST_COMMUNE


@pytest.fixture(autouse=True)
def plain_labels_after(qapp):
    yield
    mnemonics.uninstall(qapp)


def _add_officer(store, name: str, cccd: str) -> None:
    with store.write("admin") as s:
        officer_svc.create(s, officer_svc.OfficerInput(name, cccd, department="Văn phòng"))


def _start(qtbot, home, prompts) -> tuple[MainWindow, Startup]:
    """The app's start as ``main`` runs it: the frame shown, then the start-up on ``home``."""
    window = MainWindow(ui_settings=QSettings(str(Paths(home).ui_settings),
                                              QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    startup = Startup(parse_args(["--home", str(home)]), Paths(home), prompts, window)
    startup.run()
    return window, startup


def test_window_and_sign_in_come_before_the_data_folder_is_open(qtbot, tmp_path, prompts,
                                                                 monkeypatch):
    home = tmp_path / "home"
    store = Store.open(Paths(home))
    initialize(store, SetupRequest(TEST_COMMUNE, "admin", ADMIN_PASSWORD, "Quản trị viên"))
    for i, name in enumerate(("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")):
        _add_officer(store, name, f"02019000000{i}")
    store.close()

    gate, opening = threading.Event(), threading.Event()
    real_open = Store.open.__func__

    def open_after_the_gate(cls, paths, *args, **kwargs):  # the real open, held back
        opening.set()
        assert gate.wait(60), "the test never let the data folder open"
        return real_open(cls, paths, *args, **kwargs)

    monkeypatch.setattr(Store, "open", classmethod(open_after_the_gate))
    window, startup = _start(qtbot, home, prompts)
    try:
        assert opening.wait(60)  # the worker is inside Store.open, held
        qtbot.waitUntil(lambda: startup.login is not None and startup.login.isVisible())
        assert window.isVisible() and startup.store is None and window.ctx is None
        login = startup.login
        login.username.setText("admin")
        login.password.setText(ADMIN_PASSWORD)
        login.sign_in_button.click()  # before the data is open: signed in as soon as it is
        assert login.waiting and "Đang mở dữ liệu" in login.heading.text()
        assert not login.error.isVisible()  # waiting is not an error
        login.grab().save(str(tmp_path / "sign-in-waiting.png"))
        assert startup.ctx is None
    finally:
        gate.set()
    qtbot.waitUntil(lambda: startup.ctx is not None, timeout=60_000)
    assert window.ctx is startup.ctx and startup.ctx.user.username == "admin"
    assert "Xã Hữu Lũng" in login.heading.text()
    page = window.pages["overview"]
    qtbot.waitUntil(lambda: page.filled, timeout=60_000)
    assert startup.ready and page.active.value.text() == "3"
    assert page.departments.item(0, 0).text() == "Văn phòng"
    assert startup.finish(0) == 0


class _Held(QRunnable):
    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self.gate = gate

    def run(self) -> None:
        self.gate.wait(60)


def test_overview_shows_the_last_figures_at_once_then_fills_in(qtbot, ctx, tmp_path):
    _add_officer(ctx.store, "Nguyễn Văn An", "020190000001")
    first = DashboardPage(ctx)  # synchronous runner: read at once, figures kept in the folder
    qtbot.addWidget(first)
    assert first.filled and first.active.value.text() == "1"
    assert (ctx.store.paths.home / "overview-figures.pickle").exists()
    _add_officer(ctx.store, "Trần Thị Bình", "020190000002")

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    gate = threading.Event()
    pool.start(_Held(gate))  # the one worker is busy: the boxes' reads wait behind it
    runner = TaskRunner()
    runner._pool = pool
    ctx.runner = runner
    try:
        page = DashboardPage(ctx)
        qtbot.addWidget(page)
        page.resize(1100, 900)
        assert not page.filled and page.updating.isVisibleTo(page)
        assert page.active.value.text() == "1"  # last time's figure, shown at once
        assert page.certificates.coverage.text()  # every box shows last time's figures
        page.grab().save(str(tmp_path / "overview-cached.png"))
    finally:
        gate.set()
    qtbot.waitUntil(lambda: page.filled, timeout=60_000)
    assert page.active.value.text() == "2" and not page.updating.isVisibleTo(page)  # read now
    assert "lần cuối: chưa có lần nào" in page.sync.line.text()  # not the idle lock's "never"
    page.grab().save(str(tmp_path / "overview-filled.png"))
    pool.waitForDone(30_000)


def _held_runner(ctx) -> tuple[QThreadPool, threading.Event]:
    """The task runner's one worker busy until the event is set: no box can read meanwhile."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    gate = threading.Event()
    pool.start(_Held(gate))
    runner = TaskRunner()
    runner._pool = pool
    ctx.runner = runner
    return pool, gate


def test_figures_read_ahead_fill_the_overview_when_it_first_appears(qtbot, ctx):
    """Read while the clerk types the password; the sign-in's own write (the account, its log
    row) changes none of them, so every box shows them as read now, no worker needed."""
    from core.accounts.auth import login
    from desktop.app import warm_overview
    from desktop.ui.widgets.figures import take_ahead

    _add_officer(ctx.store, "Nguyễn Văn An", "020190000001")
    warm_overview(ctx.store)  # what start-up runs in its worker
    login(ctx.store, "admin", ADMIN_PASSWORD)
    pool, gate = _held_runner(ctx)
    try:
        page = DashboardPage(ctx)
        qtbot.addWidget(page)
        assert page.filled and not page.updating.isVisibleTo(page)
        assert page.active.value.text() == "1"
        assert "thay đổi chờ gửi: 2" in page.sync.line.text()  # the officer and its commune row
    finally:
        gate.set()
    pool.waitForDone(30_000)
    assert take_ahead(ctx.store)[0] == {}  # taken once
    warm_overview(ctx.store)  # a read-ahead ending after the page was built is let go
    assert take_ahead(ctx.store)[0] == {}
    from db import touched

    assert touched._watches == []  # and its watch ended


def test_a_box_whose_data_changed_after_the_read_ahead_reads_again(qtbot, ctx):
    """An officer added after the read-ahead: every box that counts officers (officers,
    certificates, training, infrastructure) and the sync box wait for their own read; the
    digitization, reports and backup boxes show what was read ahead."""
    from desktop.app import warm_overview

    _add_officer(ctx.store, "Nguyễn Văn An", "020190000001")
    warm_overview(ctx.store)
    _add_officer(ctx.store, "Trần Thị Bình", "020190000002")
    pool, gate = _held_runner(ctx)
    try:
        page = DashboardPage(ctx)
        qtbot.addWidget(page)
        assert not page.filled and page.updating.isVisibleTo(page)
        assert all(box.fresh for box in (page.backlog, page.indicators, page.reports, page.backups))
        assert not any(box.fresh for box in (page.officers, page.certificates, page.training,
                                             page.infrastructure,
                                             page.sync))
        assert page.active.value.text() != "1"  # the read-ahead's figure is not shown
    finally:
        gate.set()
    qtbot.waitUntil(lambda: page.filled, timeout=60_000)
    assert page.active.value.text() == "2"
    pool.waitForDone(30_000)


class _Planted:
    def __reduce__(self):
        return (os.system, ("touch planted-by-the-cache",))


def test_a_damaged_or_planted_cache_is_ignored(qtbot, ctx, tmp_path, monkeypatch):
    from db.migrate import SCHEMA_HEAD
    from desktop.ui.widgets.figures import FigureCache

    monkeypatch.chdir(tmp_path)
    cache = ctx.store.paths.home / "overview-figures.pickle"
    cache.write_bytes(b"not a pickle")
    _add_officer(ctx.store, "Nguyễn Văn An", "020190000001")
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    assert page.filled and page.active.value.text() == "1"
    assert FigureCache(ctx.store.paths.home, f"{FigureCache.FORMAT}|{SCHEMA_HEAD}").read()
    cache.write_bytes(pickle.dumps((f"{FigureCache.FORMAT}|{SCHEMA_HEAD}",
                                    {"officers": _Planted()})))
    assert FigureCache(ctx.store.paths.home, f"{FigureCache.FORMAT}|{SCHEMA_HEAD}").read() == {}
    assert not (tmp_path / "planted-by-the-cache").exists()


def test_an_update_of_the_data_file_runs_behind_a_progress_window(qtbot, tmp_path, prompts,
                                                                  monkeypatch):
    from alembic import command
    from alembic.script import ScriptDirectory

    from db.migrate import SCHEMA_HEAD, alembic_config

    home = tmp_path / "home"
    store = Store.open(Paths(home))
    initialize(store, SetupRequest(TEST_COMMUNE, "admin", ADMIN_PASSWORD, "Quản trị viên"))
    cfg = alembic_config()
    previous = ScriptDirectory.from_config(cfg).get_revision(SCHEMA_HEAD).down_revision
    with store.engine.begin() as conn:  # the file as the previous version left it
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, previous)
    store.close()

    gate, opening = threading.Event(), threading.Event()
    real_open = Store.open.__func__

    def open_after_the_gate(cls, paths, *args, **kwargs):
        opening.set()
        assert gate.wait(60)
        return real_open(cls, paths, *args, **kwargs)

    monkeypatch.setattr(Store, "open", classmethod(open_after_the_gate))
    monkeypatch.setattr(Startup, "PROGRESS_AFTER_MS", 0)
    window, startup = _start(qtbot, home, prompts)
    try:
        assert opening.wait(60)
        qtbot.waitUntil(lambda: startup.progress is not None and startup.progress.isVisible())
        assert "Đang sao lưu rồi cập nhật tệp dữ liệu" in startup.progress.labelText()
        assert startup.login is not None  # the sign-in is there meanwhile
        startup.progress.grab().save(str(tmp_path / "progress.png"))
        window.grab().save(str(tmp_path / "window-opening.png"))
    finally:
        gate.set()
    qtbot.waitUntil(lambda: startup.store is not None, timeout=60_000)
    assert startup.progress is None
    assert startup.store.migration.before == previous and startup.store.migration.backup
    assert startup.finish(0) == 0


def test_a_fresh_folder_opens_the_wizard_without_blocking_then_the_sign_in(qtbot, tmp_path,
                                                                           prompts):
    """The wizard is window-modal over the frame, with no event loop of its own: the start-up
    goes on from its answer (the sign-in with the new account; leaving it ends the app)."""
    from PySide6.QtWidgets import QWizard

    window, startup = _start(qtbot, tmp_path / "fresh", prompts)
    qtbot.waitUntil(lambda: startup.wizard is not None and startup.wizard.isVisible(),
                    timeout=60_000)
    wizard = startup.wizard
    assert wizard.isModal() and wizard.parent() is window and not startup.done
    wizard.next()
    page = wizard.commune_page
    page.province.setCurrentIndex(page.province.findText("Tỉnh Lạng Sơn"))
    qtbot.keyClicks(page.search, "huu lung")
    wizard.next()
    admin = wizard.admin_page
    admin.full_name.insert("Hoàng Thị Mai")
    qtbot.keyClicks(admin.password, "mat-khau-2026")
    qtbot.keyClicks(admin.confirm, "mat-khau-2026")
    wizard.next()  # the folder is set up in a worker; the wizard moves on by itself
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=30_000)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: startup.login is not None and startup.login.isVisible())
    assert startup.login.username.text() == "admin" and not startup.done
    startup.login.reject()  # "Thoát"
    qtbot.waitUntil(lambda: startup.done)
    assert startup.finish(0) == 0
