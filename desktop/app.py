"""Start the desktop app: `xaso` or `python -m desktop` (`--demo` opens a demo data folder)."""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import sys
import traceback
from pathlib import Path

from desktop import startup_trace as trace

trace.mark("python started")
from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from core.config import Paths, default_home, demo_home
from db.errors import UserError
from desktop import i18n
from desktop.i18n import tr, user_message
from desktop.ui import screen_fit

trace.mark("qt and the app's modules imported")
log = logging.getLogger("xaso")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="xaso", description="Xã Số")
    parser.add_argument("--home", help="data folder (default: the user's data folder, or XASO_HOME)")
    parser.add_argument("--demo", action="store_true", help="open a separate folder filled with demo data")
    parser.add_argument("--lang", default=i18n.DEFAULT_LANGUAGE, choices=["vi", "en"])
    parser.add_argument("--quit-after", type=int, default=0, metavar="MS",
                        help="close the main window after MS milliseconds (smoke tests)")
    return parser.parse_args(argv)


def setup_logging(paths: Paths) -> None:
    import logging.handlers

    paths.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "xaso.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_excepthook(prompts, paths: Paths | None = None) -> None:
    """Unexpected errors: logged in full, shown to the clerk in plain Vietnamese."""

    def hook(exc_type, exc, tb):
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        if isinstance(exc, UserError):
            prompts.error(None, tr("Xã Số"), user_message(exc))
            return
        from desktop.ui.admin.crash import show_crash

        show_crash(prompts, paths, details)  # with "export diagnostics" for the help desk

    sys.excepthook = hook


def demo_user(store):
    from sqlalchemy import select

    from core.accounts.auth import CurrentUser
    from db.models import Account

    with store.session() as s:
        account = s.execute(select(Account).where(Account.username == "admin")).scalar_one()
        return CurrentUser(account.username, account.full_name or account.username, account.role)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # Qt 6 already scales by the exact factor (125 %, 150 %: PassThrough); the Qt namespace is
    # not touched before the first paint because building its enums costs ~0.1 s.
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Xã Số")
    app.setOrganizationName("XaSo")
    i18n.install(app, args.lang)
    trace.mark("qapplication made, translations installed")

    from desktop.ui.main_window import MainWindow
    from desktop.ui.prompts import Prompts

    prompts = Prompts()
    home = Path(args.home).expanduser() if args.home else (demo_home() if args.demo else default_home())
    paths = Paths(home)
    install_excepthook(prompts, paths)
    screen_fit.install(app)  # every window, this one included, fits the available screen
    # The frame of the main window first (Qt only, ~0.1 s), so the clerk sees the app at once;
    # SQLAlchemy, the data folder, migrations and sign-in come right after its first paint.
    window = MainWindow(ui_settings=QSettings(str(paths.ui_settings), QSettings.Format.IniFormat))
    prompts.settings = window.ui_settings  # file dialogs: the last folder used, kept
    window.show()
    trace.mark("main window built, shown")
    startup = Startup(args, paths, prompts, window)
    after_first_paint(window, startup.run)
    code = app.exec()
    return startup.finish(code)


class Opened:
    """What the opening worker hands to the GUI thread."""

    def __init__(self) -> None:
        self.store = None
        self.check = None  # a damaged file: the GUI offers the backup first
        self.checked = True  # False: a clean last session, the file is checked after "ready"
        self.error: Exception | None = None
        self.demo = None  # demo.commune.DemoResult, passwords to show
        self.user = None  # the demo's admin


class _Opening(QObject):
    step = Signal(str)  # "migrate", "demo": a step that may take long (a progress window)
    finished = Signal(object)  # Opened
    damaged = Signal(object)  # the check in the background found damage: its findings


def _preload() -> None:
    """While the crash check reads the file after an unclean exit (seconds at 1 M records, in
    SQLite's C code, so the two run together): SQLAlchemy and the models imported and mapped,
    then the overview's modules imported (no widget made here)."""
    from sqlalchemy.orm import configure_mappers

    import core.store  # noqa: F401
    import db.models  # noqa: F401

    configure_mappers()
    try:
        from desktop.ui.pages import dashboard

        dashboard.figure_box_classes()
    except Exception:  # noqa: BLE001  (imported again, with its error, when the page is built)
        log.info("overview modules not preloaded\n%s", traceback.format_exc())


def open_data(paths: Paths, demo: bool, check: bool, step) -> Opened:
    """Worker thread: crash check, the data folder opened (SQLAlchemy, backup and migration
    when needed), a recovery's new epoch, the demo fill. No widget is touched here.

    The crash check reads the whole file (``PRAGMA quick_check``, ~5 s at 1 GB), so it runs here
    only after an unclean exit (the session flag) or when the last check found damage; after a
    clean exit the file opens at once and :meth:`Startup.check_in_background` checks it once the
    overview is filled."""
    import threading

    out = Opened()
    try:
        if check:
            from core.backup import recovery  # before the preload starts: one importer at a time

            preload = threading.Thread(target=_preload, name="xaso-preload", daemon=True)
            preload.start()

            found = recovery.check_at_start(paths, always=False)  # the session flag
            out.checked = found.checked
            if found.damaged:
                out.check = found
                return out
            # the flag ends with a clean exit, also one while this is still opening; not run on
            # a power cut or a kill: the point
            atexit.register(recovery.end_session, paths)
            preload.join()
        trace.mark("crash check done")
        if _needs_migration(paths):
            step("migrate")
        from core.store import Store

        try:
            out.store = store = Store.open(paths)
        except Exception:
            if out.checked:
                raise
            # not checked at start (a clean exit) and it does not open: damage is the first
            # suspect, and damage gets the backup offer, not an error
            from core.backup import recovery

            problems = recovery.quick_check(paths.db_file)
            if not problems:
                raise
            out.check = recovery.StartupCheck(False, problems)
            return out
        trace.mark("data file opened (sqlalchemy, schema version)")
        if demo:
            step("demo")
            from demo.commune import fill_demo

            out.demo = fill_demo(store)
            out.user = demo_user(store)
    except Exception as err:  # noqa: BLE001  (shown on the GUI thread)
        err.__xaso_traceback__ = traceback.format_exc()
        out.error = err
    return out


def warm_overview(store) -> None:
    """Worker thread, after the data folder is handed over: import the overview's modules and
    read its figures ahead (``widgets.figures.read_ahead``), so the overview after sign-in
    only builds its widgets and shows them. Nothing is shown from here; a failure costs
    nothing."""
    try:
        import importlib

        from desktop.ui.main_window import ATTACH_MODULES
        from desktop.ui.pages import dashboard
        from desktop.ui.widgets.figures import read_ahead

        for name in ATTACH_MODULES:  # and what the window adds when it gets its data
            importlib.import_module(name)
        read_ahead(store, dashboard.figure_box_classes())
    except Exception:  # noqa: BLE001  (the overview reads again and reports its own errors)
        log.info("overview warm-up skipped\n%s", traceback.format_exc())


def _needs_migration(paths: Paths) -> bool:
    """A file of an older version (backup and migration ahead): one plain sqlite3 query."""
    import sqlite3

    from db.migrate import SCHEMA_HEAD

    if not paths.db_file.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{paths.db_file}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] != SCHEMA_HEAD


def looks_set_up(paths: Paths) -> bool:
    """The data folder holds a set-up file (so the sign-in comes next): one sqlite3 query."""
    import sqlite3

    if not paths.db_file.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{paths.db_file}?mode=ro", uri=True)
        try:
            return con.execute("SELECT 1 FROM setting WHERE key = 'node.id'").fetchone() is not None
        finally:
            con.close()
    except sqlite3.Error:
        return False


class Startup:
    """Everything after the first paint. The data folder opens in a worker thread while the
    window — and, for a set-up folder, the sign-in — are already on screen; a backup and
    migration or the demo fill get a progress window when they take long. Then first run or
    sign-in, then the window is filled; the overview reads its figures in the background.
    ``code`` is set when start-up ends the app early; ``done`` once it has ended either way."""

    PROGRESS_AFTER_MS = 500
    CHECK_AFTER_MS = 2000  # the crash check after a clean exit: this long after "ready"

    def __init__(self, args: argparse.Namespace, paths: Paths, prompts, window) -> None:
        self.args, self.paths, self.prompts, self.window = args, paths, prompts, window
        self.store = None
        self.ctx = None
        self.code: int | None = None
        self.wizard = None  # the first-run wizard, on a data folder not set up yet
        self.login = None
        self.progress = None
        self.ready = False  # the overview shows figures read now
        self.checked = True  # the data file was checked at start (else: after "ready")
        self.background_check = None  # core.backup.recovery.BackgroundCheck, once started
        self._thread = None
        self._check_thread = None
        self._result: Opened | None = None  # kept by the worker too: closed even if never shown
        self._opening = _Opening()
        self._opening.step.connect(self._step)
        self._opening.finished.connect(self._opened)
        self._opening.damaged.connect(self._damaged)

    @property
    def done(self) -> bool:
        return self.ctx is not None or self.code is not None

    def run(self) -> None:
        trace.mark("main window painted")
        if os.environ.get("XASO_REPORT_SHOWN"):  # start-up benchmark: the window is up
            print("xaso-shown", flush=True)
        try:
            setup_logging(self.paths)
        except OSError:
            pass  # the store reports an unusable folder in Vietnamese later
        from desktop.ui import mnemonics

        mnemonics.install(QApplication.instance())  # Alt+letter on every button
        mnemonics.assign(self.window)  # the frame was shown before the filter existed
        if not self.args.demo and looks_set_up(self.paths):
            self._show_login(None)  # typed while the data folder opens
        self._start(check=True)

    def _start(self, check: bool) -> None:
        import threading

        opening, paths, demo = self._opening, self.paths, self.args.demo

        def work() -> None:
            self._result = result = open_data(paths, demo, check, opening.step.emit)
            opening.finished.emit(result)
            if result.store is not None and not demo and not result.error:
                warm_overview(result.store)  # while the clerk types the password

        self._thread = threading.Thread(target=work, name="xaso-open", daemon=True)
        self._thread.start()

    def _step(self, step: str) -> None:
        """A step that may take long: a progress window if it has not ended after half a second."""
        text = {"migrate": tr("Backing up, then updating the data file for this version of "
                              "Xã Số…"),
                "demo": tr("Filling the demo data…")}.get(step)
        if text is None:
            return
        if self.progress is None:
            from PySide6.QtWidgets import QProgressDialog

            self.progress = QProgressDialog(text, "", 0, 0, self.login or self.window)
            self.progress.setCancelButton(None)  # the file must not be left half-updated
            self.progress.setWindowTitle(tr("Xã Số"))
            self.progress.setMinimumDuration(self.PROGRESS_AFTER_MS)
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
        self.progress.setLabelText(text)
        self.progress.setValue(0)  # starts its minimum-duration clock

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _opened(self, opened: Opened) -> None:
        self._close_progress()
        if self.code is not None:  # the clerk left meanwhile ("Thoát"): finish() closes the store
            return
        if opened.store is not None:
            self.store = opened.store
            self.checked = opened.checked
        if opened.check is not None:  # a damaged file: the newest good backup, or stop
            from desktop.ui.admin import crash

            self._close_login()
            if not crash.check_at_start(self.paths, self.prompts, opened.check):
                return self._end(1)
            atexit.register(crash.end_session, self.paths)
            return self._start(check=False)
        if opened.error is not None:
            return self._failed(opened.error)
        if opened.demo is not None and opened.demo.passwords:
            show_demo_passwords(opened.demo, self.prompts, quiet=bool(self.args.quit_after))
        if not self.store.is_initialized:
            self._close_login()
            from desktop.ui.first_run import FirstRunWizard
            from desktop.ui.widgets.dialogs import open_dialog

            # without a nested event loop: the window behind keeps painting
            self.wizard = wizard = FirstRunWizard(self.store, self.window)
            open_dialog(wizard, lambda: self._show_login(self.store, wizard.username or ""),
                        lambda: self._end(0))
            return None
        if opened.user is not None:
            return self._attach(opened.user)
        if self.login is None:
            return self._show_login(self.store)
        self.login.set_store(self.store)

    def _failed(self, err: Exception) -> None:
        self._close_login()
        if isinstance(err, UserError):
            self.prompts.error(None, tr("Xã Số"), user_message(err))
            return self._end(1)
        log.error("the data folder could not be opened\n%s", getattr(err, "__xaso_traceback__", ""))
        from desktop.ui.admin.crash import show_crash

        show_crash(self.prompts, self.paths, getattr(err, "__xaso_traceback__", str(err)))
        self._end(1)

    def _show_login(self, store, username: str = "") -> None:
        from desktop.ui.admin.login import LoginDialog
        from desktop.ui.tasks import TaskRunner

        # the sign-in's own write runs in a worker (no window, no op runner yet)
        self.login = dialog = LoginDialog(store, username, self.window, runner=TaskRunner())
        dialog.accepted.connect(lambda: self._attach(dialog.user))
        dialog.rejected.connect(lambda: self._end(0))
        dialog.open()

    def _close_login(self) -> None:
        if self.login is not None:
            login, self.login = self.login, None
            login.accepted.disconnect()
            login.rejected.disconnect()
            login.close()
            login.deleteLater()

    def _attach(self, user) -> None:
        self.login = None
        trace.mark("signed in")
        from desktop.ui.context import AppContext
        from desktop.ui.tasks import TaskRunner

        self.ctx = AppContext(
            store=self.store, user=user, prompts=self.prompts, runner=TaskRunner(),
            ui_settings=self.window.ui_settings, demo=self.args.demo,
        )
        self.window.attach(self.ctx)
        trace.mark("overview built")
        page = dict.get(self.window.pages, "overview")
        if page is None or page.filled:
            self._ready()
        else:
            page.ready.connect(self._ready)
        if self.args.quit_after:
            QTimer.singleShot(self.args.quit_after, self.window.close)

    def _ready(self) -> None:
        if self.ready:
            return
        self.ready = True
        trace.mark("ready: overview filled")
        if not self.checked:  # after a clean exit: the crash check, off the path to "ready"
            QTimer.singleShot(self.CHECK_AFTER_MS, self.check_in_background)
        if os.environ.get("XASO_REPORT_SHOWN"):  # start-up benchmark: filled with the data
            QTimer.singleShot(0, lambda: (print("xaso-ready", flush=True), self.window.close()))

    def check_in_background(self) -> None:
        """``PRAGMA quick_check`` of the data file in a worker thread; damage is reported and
        the next start checks first and offers the newest good backup."""
        import threading

        from core.backup import recovery

        if self.background_check is not None or self.code is not None:
            return
        self.background_check = check = recovery.BackgroundCheck(self.paths)
        damaged = self._opening.damaged

        def work() -> None:
            problems = check.run()
            if problems:
                damaged.emit(problems)

        self._check_thread = threading.Thread(target=work, name="xaso-check", daemon=True)
        self._check_thread.start()

    def _damaged(self, problems: list) -> None:
        log.error("the data file check found damage\n%s", "\n".join(problems[:20]))
        self.prompts.error(self.window, tr("Xã Số"), tr(
            "The check of the data file {path} found that it is damaged. Do not enter more data: "
            "close Xã Số and open it again, it will offer to restore the newest good backup. If "
            "it happens again, contact the province help desk.").format(path=str(self.paths.db_file)),
            "\n".join(problems[:20]))

    def _end(self, code: int) -> None:
        self.code = code  # finish() returns it once the event loop has ended
        self.window.close()  # the only window: the app quits

    def wait_opened(self, msecs: int = 120_000) -> None:
        """Let a running open (or its warm-up) end before the store is closed."""
        thread = self._thread
        if thread is not None and thread.is_alive():
            thread.join(msecs / 1000)

    def finish(self, code: int) -> int:
        self.wait_opened()
        if self.background_check is not None:  # interrupted: it runs again after the next start
            self.background_check.stop()
            if self._check_thread is not None:
                self._check_thread.join(10)
        if self.ctx is not None:
            self.ctx.runner.wait_all()
            self.ctx.ops.shutdown()  # the writes asked before the window closed are finished
        store = self.store or (self._result.store if self._result is not None else None)
        if store is not None:
            store.close()
        return self.code if self.code is not None else code


def show_demo_passwords(result, prompts, quiet: bool) -> None:
    lines = [tr("Demo data: {commune}, {province} — {count} officers.").format(
        commune=result.commune_name, province=result.province_name, count=result.officers)]
    lines += [tr("  account {user}, password {password}").format(user=user, password=password)
              for user, password in result.passwords.items()]
    lines.append(tr("The passwords are shown only this once."))
    print("\n".join(lines))  # a console, when there is one
    if not quiet:  # on Windows a GUI program has no console: say it in a box
        prompts.info(None, tr("Xã Số"), "\n".join(lines))


class _FirstPaint(QObject):
    """Calls ``then`` once, just after ``widget`` was first painted (or after 1 s at most)."""

    def __init__(self, widget, then) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)
        QTimer.singleShot(1000, self._fire)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        # isinstance, not event.type(): the first QEvent.Type value builds a ~200-member enum
        if isinstance(event, QPaintEvent) and self._then is not None:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        self.parent().removeEventFilter(self)
        then()


def after_first_paint(widget, then) -> None:
    _FirstPaint(widget, then)


if __name__ == "__main__":
    raise SystemExit(main())
