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
from PySide6.QtCore import QObject, QSettings, QTimer
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


def open_store(paths: Paths, prompts):
    from core.store import Store

    try:
        return Store.open(paths)
    except UserError as err:
        prompts.error(None, tr("Xã Số"), user_message(err))
        return None


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


class Startup:
    """Everything after the first paint: open the data folder, demo data, first run, sign-in,
    then fill the main window. ``code`` is set when start-up ends the app early."""

    def __init__(self, args: argparse.Namespace, paths: Paths, prompts, window) -> None:
        self.args, self.paths, self.prompts, self.window = args, paths, prompts, window
        self.store = None
        self.ctx = None
        self.code: int | None = None

    def run(self) -> None:
        trace.mark("main window painted")
        if os.environ.get("XASO_REPORT_SHOWN"):  # start-up benchmark: the window is up
            print("xaso-shown", flush=True)
        try:
            setup_logging(self.paths)
        except OSError:
            pass  # the store reports an unusable folder in Vietnamese just below
        code = self._open()
        if code is not None:
            self.code = code  # finish() returns it once the event loop has ended
            self.window.close()  # the only window: the app quits
            return
        if os.environ.get("XASO_REPORT_SHOWN"):  # ... and filled with the data
            QTimer.singleShot(0, lambda: (print("xaso-ready", flush=True), self.window.close()))
        QTimer.singleShot(0, lambda: trace.mark("ready: overview painted"))
        if self.args.quit_after:
            QTimer.singleShot(self.args.quit_after, self.window.close)

    def _open(self) -> int | None:
        args, prompts = self.args, self.prompts
        from desktop.ui import mnemonics

        mnemonics.install(QApplication.instance())  # Alt+letter on every button
        mnemonics.assign(self.window)  # the frame was shown before the filter existed
        from desktop.ui.admin import crash

        if not crash.check_at_start(self.paths, prompts):  # unclean shutdown / damaged file
            return 1
        atexit.register(crash.end_session, self.paths)  # not run on a power cut or kill: the point
        trace.mark("crash check done")
        self.store = store = open_store(self.paths, prompts)
        trace.mark("data file opened (sqlalchemy, schema version)")
        if store is None:
            return 1
        username = ""
        if args.demo and not fill_demo_data(store, prompts, quiet=bool(args.quit_after)):
            return 1
        if not store.is_initialized:
            from desktop.ui.first_run import FirstRunWizard

            wizard = FirstRunWizard(store)
            if not wizard.exec():
                return 0
            username = wizard.username or ""
        if args.demo:
            user = demo_user(store)
        else:
            from desktop.ui.admin.login import LoginDialog

            dialog = LoginDialog(store, username, self.window)
            if not dialog.exec():
                return 0
            user = dialog.user

        trace.mark("signed in")
        from desktop.ui.context import AppContext
        from desktop.ui.tasks import TaskRunner

        self.ctx = AppContext(
            store=store, user=user, prompts=prompts, runner=TaskRunner(),
            ui_settings=self.window.ui_settings, demo=args.demo,
        )
        self.window.attach(self.ctx)
        trace.mark("overview built")
        return None

    def finish(self, code: int) -> int:
        if self.ctx is not None:
            self.ctx.runner.wait_all()
        if self.store is not None:
            self.store.close()
        return self.code if self.code is not None else code


def fill_demo_data(store, prompts, quiet: bool) -> bool:
    """Fill the demo folder once and show the demo passwords; False when that failed."""
    from demo.commune import fill_demo

    try:
        result = fill_demo(store)
    except UserError as err:
        prompts.error(None, tr("Xã Số"), user_message(err))
        return False
    if result.passwords:
        lines = [tr("Demo data: {commune}, {province} — {count} officers.").format(
            commune=result.commune_name, province=result.province_name, count=result.officers)]
        lines += [tr("  account {user}, password {password}").format(user=user, password=password)
                  for user, password in result.passwords.items()]
        lines.append(tr("The passwords are shown only this once."))
        print("\n".join(lines))  # a console, when there is one
        if not quiet:  # on Windows a GUI program has no console: say it in a box
            prompts.info(None, tr("Xã Số"), "\n".join(lines))
    return True


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
