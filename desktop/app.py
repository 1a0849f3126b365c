"""Start the desktop app: `xaso` or `python -m desktop` (`--demo` opens a demo data folder)."""

from __future__ import annotations

import argparse
import atexit
import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from db.errors import UserError
from desktop import i18n
from desktop.config import Paths, default_home, demo_home
from desktop.i18n import tr, user_message

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
    from desktop.services.store import Store

    try:
        return Store.open(paths)
    except UserError as err:
        prompts.error(None, tr("Xã Số"), user_message(err))
        return None


def demo_user(store):
    from sqlalchemy import select

    from db.models import Account
    from desktop.services.accounts import CurrentUser

    with store.session() as s:
        account = s.execute(select(Account).where(Account.username == "admin")).scalar_one()
        return CurrentUser(account.username, account.full_name or account.username, account.role)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Xã Số")
    app.setOrganizationName("XaSo")
    i18n.install(app, args.lang)

    from desktop.ui.prompts import Prompts

    prompts = Prompts()
    home = Path(args.home).expanduser() if args.home else (demo_home() if args.demo else default_home())
    paths = Paths(home)
    try:
        setup_logging(paths)
    except OSError:
        pass  # the store reports an unusable folder in Vietnamese just below
    install_excepthook(prompts, paths)
    from desktop.ui.admin import crash

    if not crash.check_at_start(paths, prompts):  # unclean shutdown / damaged file
        return 1
    atexit.register(crash.end_session, paths)  # not run on a power cut or kill: that is the point
    store = open_store(paths, prompts)
    if store is None:
        return 1
    crash.after_open(store)

    username = ""
    if args.demo:
        from desktop.services.demo import fill_demo

        try:
            result = fill_demo(store)
        except UserError as err:
            prompts.error(None, tr("Xã Số"), user_message(err))
            store.close()
            return 1
        if result.passwords:
            lines = [tr("Demo data: {commune}, {province} — {count} officers.").format(
                commune=result.commune_name, province=result.province_name, count=result.officers)]
            lines += [tr("  account {user}, password {password}").format(user=user, password=password)
                      for user, password in result.passwords.items()]
            lines.append(tr("The passwords are shown only this once."))
            print("\n".join(lines))  # a console, when there is one
            if not args.quit_after:  # on Windows a GUI program has no console: say it in a box
                prompts.info(None, tr("Xã Số"), "\n".join(lines))
    if not store.is_initialized:
        from desktop.ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(store)
        if not wizard.exec():
            return 0
        username = wizard.username or ""
    if args.demo:
        user = demo_user(store)
    else:
        from desktop.ui.login import LoginDialog

        dialog = LoginDialog(store, username)
        if not dialog.exec():
            return 0
        user = dialog.user

    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import TaskRunner

    ctx = AppContext(
        store=store, user=user, prompts=prompts, runner=TaskRunner(),
        ui_settings=QSettings(str(paths.ui_settings), QSettings.Format.IniFormat), demo=args.demo,
    )
    window = MainWindow(ctx)
    window.show()
    if os.environ.get("XASO_REPORT_SHOWN"):  # start-up benchmark: say when the window is up
        QTimer.singleShot(0, lambda: (print("xaso-shown", flush=True), window.close()))
    if args.quit_after:
        QTimer.singleShot(args.quit_after, window.close)
    code = app.exec()
    ctx.runner.wait_all()
    store.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
