"""Take screenshots of the app's screens with demo data (run under Xvfb).

    xvfb-run -a -s "-screen 0 1366x768x24" python tools/screenshots.py OUT_DIR [--scale 1.5]
        [--font-dpi 144] [--help-images]

Used to look at every screen after a change and to refresh docs/ (1366×768, the common
commune PC screen). ``--scale`` sets QT_SCALE_FACTOR (Windows display scaling 125 % / 150 %),
``--font-dpi`` QT_FONT_DPI (120 / 144: larger text only); ``--help-images`` also writes the
pictures of the help pages into resources/help/img.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.* fixtures build sample files

from core.accounts.auth import CurrentUser
from core.config import Paths, resources_dir
from core.store import Store
from demo.commune import fill_demo
from desktop import i18n
from desktop.ui.admin.login import LoginDialog
from desktop.ui.context import AppContext
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.main_window import MainWindow
from desktop.ui.officers.dialog import OfficerDialog
from desktop.ui.officers.import_dialog import OfficerImportDialog
from desktop.ui.prompts import Prompts
from desktop.ui.tasks import TaskRunner


def settle(app: QApplication, ms: int = 300) -> None:
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def shoot(app, widget, path: Path) -> None:
    widget.show()
    settle(app)
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    i18n.install(app)
    from desktop.ui import screen_fit

    screen_fit.install(app)  # as the app does: no window larger than the screen
    from desktop.ui import mnemonics

    mnemonics.install(app)
    work = Path(tempfile.mkdtemp(prefix="xaso-shots-"))

    fresh = Store.open(Paths(work / "fresh"))
    wizard = FirstRunWizard(fresh)
    shoot(app, wizard, out / "01-wizard-welcome.png")
    wizard.next()
    page = wizard.commune_page
    page.province.setCurrentIndex(page.province.findText("Tỉnh Lạng Sơn"))
    page.search.setText("huu")
    page.list.setCurrentRow(1)
    shoot(app, wizard, out / "02-wizard-commune.png")
    wizard.next()
    shoot(app, wizard, out / "03-wizard-admin.png")
    wizard.close()
    shoot_province_setup(app, out, work)

    store = Store.open(Paths(work / "demo"))
    fill_demo(store)
    login = LoginDialog(store, "admin")
    shoot(app, login, out / "04-login.png")
    login.close()

    ctx = AppContext(store=store, user=CurrentUser("admin", "Quản trị viên", "admin"),
                     prompts=Prompts(), runner=TaskRunner(synchronous=True),
                     ui_settings=QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat), demo=True)
    window = MainWindow(ctx)  # sized to the screen's available area by itself, as in the app
    shoot(app, window, out / "05-overview.png")
    window.show_section("officers")
    shoot(app, window, out / "06-officers.png")
    officers = window.pages["officers"]
    officers.search.setText("nguyen")
    settle(app, 400)
    shoot(app, window, out / "07-officers-search.png")
    officers.search.clear()
    settle(app, 400)
    officers.table.selectRow(2)
    dialog = OfficerDialog(ctx, officers.selected().id, parent=window)
    shoot(app, dialog, out / "08-officer-dialog.png")
    dialog.cccd.setText("02019")
    dialog.save()
    shoot(app, dialog, out / "09-officer-dialog-error.png")
    dialog.close()
    importer = OfficerImportDialog(ctx, resources_dir() / "demo" / "danh-sach-can-bo-mau.xlsx", parent=window)
    shoot(app, importer, out / "10-import-preview.png")
    importer.close()
    window.show_section("admin")
    shoot(app, window, out / "12-admin.png")
    from desktop.ui.about import AboutDialog

    about = AboutDialog(ctx, window)
    shoot(app, about, out / "13-about.png")
    about.close()
    shoot_certificates(app, ctx, window, work, out)
    shoot_training(app, ctx, window, out, work)
    shoot_infrastructure(app, ctx, window, out, work)
    shoot_reports(app, ctx, window, out)
    shoot_backlog(app, ctx, window, out, work)
    shoot_sync(app, ctx, window, out, work)
    shoot_sync_settings(app, ctx, window, out)
    shoot_admin(app, ctx, window, out, work)
    shoot_dossiers(app, ctx, window, out, work)
    shoot_help(app, window, out)
    window.close()
    if hub_installed():
        shoot_province(app, out, work)
    else:  # the province pictures need a real hub in a thread
        print("Province mode not pictured: the hub extras are missing (pip install -e '.[hub]').")


def hub_installed() -> bool:
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("fastapi", "uvicorn"))


def shoot_certificates(app, ctx, window, work: Path, out: Path) -> None:
    from tests.unit.cert_fixtures import P12_PASSWORD, write_cert_folder

    window.show_section("overview")
    shoot(app, window, out / "20-overview-certificates.png")
    window.show_section("certificates")
    certs = window.pages["certificates"]
    shoot(app, window, out / "21-certificates.png")
    certs.certificates.table.selectRow(0)
    shoot(app, window, out / "22-certificates-selected.png")
    certs.certificates.edit_selected()
    shoot(app, certs.certificates.last_dialog, out / "22b-certificate-details.png")
    certs.certificates.last_dialog.close()
    certs.tabs.setCurrentIndex(1)
    certs.review.table.selectRow(0)
    shoot(app, window, out / "23-certificates-review.png")
    certs.review.assign_selected()
    shoot(app, certs.review.last_dialog, out / "24-certificates-assign.png")
    certs.review.last_dialog.close()
    certs.tabs.setCurrentIndex(2)
    shoot(app, window, out / "25-certificates-requests.png")
    certs.requests.needs.selectRow(0)
    certs.requests.request_for_need()
    shoot(app, certs.requests.last_dialog, out / "26-certificates-request-dialog.png")
    certs.requests.last_dialog.close()
    certs.tabs.setCurrentIndex(3)
    shoot(app, window, out / "27-certificates-support.png")
    certs.support.open_button.click()
    shoot(app, certs.support.last_dialog, out / "27a-certificates-ticket-dialog.png")
    certs.support.last_dialog.close()
    certs.tabs.setCurrentIndex(4)
    shoot(app, window, out / "27b-certificates-coverage.png")
    files = write_cert_folder(work / "nop")
    certs.import_paths([files.folder, *files.broken])
    shoot(app, certs.last_dialog, out / "28-certificates-import-errors.png")
    certs.last_dialog.close()
    certs.import_paths([files.folder])
    certs.last_dialog.password.setText(P12_PASSWORD)
    certs.last_dialog.read()
    shoot(app, certs.last_dialog, out / "29-certificates-import.png")
    certs.last_dialog.close()


def shoot_training(app, ctx, window, out: Path, work: Path) -> None:
    """Đào tạo: courses, attendance sheet, completion, import preview, coverage."""
    from desktop.ui.training.attendance import AttendanceDialog
    from desktop.ui.training.dialogs import CourseDialog
    from desktop.ui.training.import_dialog import AttendanceImportDialog
    from desktop.ui.training.results import ResultsDialog
    try:  # run as `python tools/screenshots.py`, tools/ itself is on the path
        from make_sample_attendance_xlsx import write_sample
    except ImportError:
        from tools.make_sample_attendance_xlsx import write_sample

    window.show_section("training")
    page = window.pages["training"]
    courses = page.courses
    courses.table.selectRow(3)
    shoot(app, window, out / "20-training-courses.png")
    dialog = CourseDialog(ctx, courses.selected_id(), parent=window)
    shoot(app, dialog, out / "21-training-course-dialog.png")
    dialog.close()
    courses.sessions.selectRow(0)
    sheet = AttendanceDialog(ctx, courses.selected_session().id, parent=window)
    shoot(app, sheet, out / "22-training-attendance.png")
    sheet.close()
    results = ResultsDialog(ctx, courses.selected_id(), parent=window)
    shoot(app, results, out / "23-training-completion.png")
    results.close()
    sample = write_sample(ctx.store, work / "diem-danh.xlsx", courses.selected_id())
    importer = AttendanceImportDialog(ctx, sample, courses.selected_id(), parent=window)
    shoot(app, importer, out / "24-training-import.png")
    importer.close()
    from desktop.ui.training.export import ExportDialog

    export = ExportDialog(ctx, courses.selected_id(), parent=window)
    export.date_from.setText("01/09/2025")
    shoot(app, export, out / "24b-training-export.png")
    export.close()
    page.tabs.setCurrentWidget(page.coverage)
    shoot(app, window, out / "25-training-coverage.png")
    window.show_section("overview")
    shoot(app, window, out / "26-overview-training.png")



def shoot_infrastructure(app, ctx, window, out: Path, work: Path) -> None:
    """Hạ tầng: register, device form, import preview, requirements check, teams, overview."""
    from core.infrastructure import export as infra_export
    from desktop.i18n import tr
    from desktop.ui.infrastructure.dialogs import EquipmentDialog
    from desktop.ui.infrastructure.import_dialog import EquipmentImportDialog
    from desktop.ui.infrastructure.team_dialogs import ActivityDialog

    window.show_section("infrastructure")
    page = window.pages["infrastructure"]
    page.equipment.table.selectRow(2)
    shoot(app, window, out / "40-infra-equipment.png")
    dialog = EquipmentDialog(ctx, page.equipment.selected().id, parent=window)
    shoot(app, dialog, out / "41-infra-device-dialog.png")
    dialog.close()
    with ctx.store.session() as s:
        infra_export.export(s, work / "ha-tang.xlsx", tr, "Xã Hữu Lũng")
    importer = EquipmentImportDialog(ctx, work / "ha-tang.xlsx", parent=window)
    shoot(app, importer, out / "42-infra-import.png")
    importer.close()
    page.tabs.setCurrentWidget(page.check)
    shoot(app, window, out / "43-infra-check.png")
    page.tabs.setCurrentWidget(page.teams)
    page.teams.teams.selectRow(1)
    shoot(app, window, out / "44-infra-teams.png")
    activity = ActivityDialog(ctx, page.teams.selected_team().id, page.teams.activities[0],
                              parent=window)
    shoot(app, activity, out / "45-infra-activity-dialog.png")
    activity.close()
    window.show_section("overview")
    from PySide6.QtWidgets import QScrollArea

    scroll = window.stack.currentWidget()
    if isinstance(scroll, QScrollArea):  # the infrastructure figures are at the bottom
        settle(app, 100)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    shoot(app, window, out / "46-overview-infra.png")


def shoot_reports(app, ctx, window, out: Path) -> None:
    """Báo cáo: the monthly report previewed, the register, the signer settings."""
    from desktop.ui.reports.settings_dialog import ReportSettingsDialog

    window.show_section("reports")
    page = window.pages["reports"]
    page.make.generate()
    ctx.runner.wait_all()
    for _ in range(50):
        settle(app)
        if page.make.data is not None:
            break
    shoot(app, window, out / "60-reports-monthly-preview.png")
    from PySide6.QtCore import QPointF  # section IV, Hạ tầng, is on page 3 of the demo's report

    page.make.view.pageNavigator().jump(2, QPointF(), 0)
    shoot(app, window, out / "64-reports-monthly-infra.png")
    page.tabs.setCurrentWidget(page.register)
    shoot(app, window, out / "61-reports-register.png")
    dialog = ReportSettingsDialog(ctx, window)
    shoot(app, dialog, out / "62-reports-settings.png")
    dialog.close()
    window.show_section("overview")
    shoot(app, window, out / "63-overview-reports.png")


def shoot_backlog(app, ctx, window, out: Path, work: Path) -> None:
    """Số hóa: lots, records with a step dialog, progress, import preview, overview."""
    from desktop.ui.backlog.dialogs import LotDialog, StepDialog, chosen_id
    from desktop.ui.backlog.import_dialog import LotImportDialog

    window.show_section("backlog")
    page = window.pages["backlog"]
    page.lots.table.selectRow(0)
    shoot(app, window, out / "50-backlog-lots.png")
    dialog = LotDialog(ctx, page.lots.selected_id(), parent=window)
    shoot(app, dialog, out / "51-backlog-lot-dialog.png")
    dialog.close()
    page.tabs.setCurrentWidget(page.records)
    page.records.lot.setCurrentIndex(page.records.lot.findText("Sổ đăng ký khai sinh 1995–2005"))
    page.records.table.selectRow(0)
    shoot(app, window, out / "52-backlog-records.png")
    step = StepDialog(ctx, "scanned", page.records.selected_ids(), chosen_id(page.records.lot),
                      parent=window)
    step.scope.setCurrentIndex(step.scope.findData("range"))
    step.first_no.setValue(120)
    step.last_no.setValue(180)
    step.officer.setCurrentIndex(1)
    shoot(app, step, out / "53-backlog-step-dialog.png")
    step.close()
    page.tabs.setCurrentWidget(page.progress)
    shoot(app, window, out / "54-backlog-progress.png")
    sample = work / "ton-dong.csv"
    sample.write_text("DANH MỤC HỒ SƠ TỒN ĐỌNG CẦN SỐ HÓA\n\nSTT;Lĩnh vực;Loại hồ sơ;Năm;Tổng số hồ sơ;"
                      "Nơi lưu trữ\n1;Hộ tịch;Sổ đăng ký nhận cha, mẹ, con;2005-2015;\"1.250\";Kho UBND xã\n"
                      "2;Chứng thực;Sổ chứng thực chữ ký;2019-2024;2.300;Tủ 3\n"
                      "3;Ngoại giao;Sổ công văn đến;2020;-15;\n", encoding="utf-8-sig")
    importer = LotImportDialog(ctx, sample, parent=window)
    shoot(app, importer, out / "55-backlog-import-errors.png")
    importer.close()
    window.show_section("overview")
    shoot(app, window, out / "56-overview-backlog.png")


def shoot_sync(app, ctx, window, out: Path, work: Path) -> None:
    """Đồng bộ: state and history, the conflict with both versions, the USB drive choice."""
    from desktop.ui.sync.drives import DriveDialog

    window.show_section("sync")
    page = window.pages["sync"]
    page.history_table.selectRow(5)
    shoot(app, window, out / "70-sync-history.png")
    page.tabs.setCurrentWidget(page.conflicts)
    page.conflicts.table.selectRow(0)
    shoot(app, window, out / "71-sync-conflicts.png")
    shoot(app, window.pages["overview"].boxes["sync"], out / "73-overview-sync.png")
    drives = DriveDialog(ctx.prompts, window)
    shoot(app, drives, out / "72-sync-usb-drives.png")
    drives.close()
    from desktop.ui.hub.connect import HubConnectDialog

    connect = HubConnectDialog("https://dongbo.langson.gov.vn", window)
    connect.code.setText("7F3A-1C92-B04E-5D61")
    shoot(app, connect, out / "74-sync-connect-hub.png")
    connect.close()


def shoot_sync_settings(app, ctx, window, out: Path) -> None:
    """Đồng bộ: automatic sync every 15 min with a clock warning; the connection settings."""
    import datetime as dt

    from core.sync import settings as sync_settings
    from desktop.ui.sync.connection import ConnectionDialog

    window.auto_sync.set_minutes(15)
    sync_settings.record_clock_skew(ctx.store, -12)
    window.auto_sync.last_error = ("Không kết nối được máy chủ của tỉnh (không có trả lời kịp thời). "
                                   "Các thay đổi vẫn được lưu tại máy.")
    window.auto_sync.last_error_at = dt.datetime.now().replace(second=0)
    ctx.signals.data_changed.emit("sync_log")
    window.show_section("sync")
    window.pages["sync"].tabs.setCurrentIndex(0)
    shoot(app, window, out / "75-sync-auto-warnings.png")
    dialog = ConnectionDialog(ctx, window)
    dialog.proxy_mode.setCurrentIndex(dialog.proxy_mode.findData("manual"))
    dialog.proxy_host.setText("10.12.0.5:3128")
    dialog.proxy_user.setText("xa.huulung")
    dialog.ca_file.setText("C:/Users/Public/chung-chi-ca-so-tttt-lang-son.pem")
    shoot(app, dialog, out / "76-sync-connection-settings.png")
    dialog.close()
    window.auto_sync.last_error = ""
    sync_settings.record_clock_skew(ctx.store, 0)
    window.auto_sync.set_minutes(0)


def shoot_admin(app, ctx, window, out: Path, work: Path) -> None:
    """Quản trị: accounts, change history, backups; the sign-in countdown; a staff user's view."""
    from core.backup import restore as backup_restore
    from desktop.ui.admin.dialogs import AccountDialog, BackupPasswordDialog, ChangePasswordDialog

    window.show_section("admin")
    page = window.pages["admin"]
    page.tabs.setCurrentWidget(page.accounts)
    shoot(app, window, out / "80-admin-accounts.png")
    dialog = AccountDialog(window)
    shoot(app, dialog, out / "81-account-dialog.png")
    dialog.close()
    page.tabs.setCurrentWidget(page.audit)
    page.audit.verify()
    shoot(app, window, out / "82-admin-audit.png")
    backup_restore.backup_now(ctx.store, role="admin")
    backup_restore.run_daily_backup(ctx.store)
    page.backup.refresh()
    page.backup.table.selectRow(0)
    page.backup.verify(page.backup.selected_path())
    page.tabs.setCurrentWidget(page.backup)
    shoot(app, window, out / "83-admin-backup.png")
    secret = BackupPasswordDialog(True, window)
    shoot(app, secret, out / "84-backup-password.png")
    secret.close()
    change = ChangePasswordDialog(ctx.store, "canbo", forced=True, parent=window)
    shoot(app, change, out / "85-forced-password-change.png")
    change.close()
    login = LoginDialog(ctx.store, "lanhdao")
    login.seconds_left = 272
    login.sign_in_button.setEnabled(False)
    login._tick(step=0)
    shoot(app, login, out / "86-login-countdown.png")
    login.close()


def shoot_help(app, window, out: Path) -> None:
    """Trợ giúp: the page of each section as F1 opens it."""
    for key, _label, _icon in window.SECTIONS:
        window.show_section(key)
        window.show_help()
        if window.help_window.current_key() == key:
            shoot(app, window.help_window, out / f"40-help-{key}.png")
    window.help_window.show_page("first-run")
    shoot(app, window.help_window, out / "40-help-first-run.png")
    window.help_window.close()


HELP_IMAGES = {  # screenshot -> picture of the help pages (resources/help/img)
    "03a-wizard-province-kind.png": "first-run-kind.png",
    "02-wizard-commune.png": "first-run-commune.png",
    "03-wizard-admin.png": "first-run-admin.png",
    "04-login.png": "login.png",
    "05-overview.png": "overview.png",
    "06-officers.png": "officers.png",
    "08-officer-dialog.png": "officer-dialog.png",
    "10-import-preview.png": "officers-import.png",
    "21-certificates.png": "certificates.png",
    "29-certificates-import.png": "certificates-import.png",
    "25-certificates-requests.png": "certificates-requests.png",
    "20-training-courses.png": "training.png",
    "22-training-attendance.png": "training-attendance.png",
    "25-training-coverage.png": "training-coverage.png",
    "12-admin.png": "admin.png",
    "50-backlog-lots.png": "backlog.png",
    "52-backlog-records.png": "backlog-records.png",
    "60-reports-monthly-preview.png": "reports.png",
    "61-reports-register.png": "reports-register.png",
    "70-sync-history.png": "sync.png",
    "76-sync-connection-settings.png": "sync-connection.png",
    "71-sync-conflicts.png": "sync-conflicts.png",
    "40-infra-equipment.png": "infrastructure.png",
    "43-infra-check.png": "infrastructure-check.png",
    "80-province.png": "province.png",
    "82-province-report.png": "province-report.png",
}


def write_help_images(shots: Path, width: int = 1280) -> None:
    """Copies in 256 colours at the size they were taken (a window of 1366×768 at most): the
    help page shows them at most 600 pixels wide, a click shows them whole and readable."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    folder = resources_dir() / "help" / "img"
    folder.mkdir(parents=True, exist_ok=True)
    for shot, name in HELP_IMAGES.items():
        image = QImage(str(shots / shot))
        if image.isNull():
            continue
        if image.width() > width:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
        image.save(str(folder / name), "PNG", 0)
        print(folder / name)


def shoot_dossiers(app, ctx, window, out: Path, work: Path) -> None:
    """Số hóa › Chỉ số 766 and the dossier import preview with errors."""
    from desktop.ui.backlog.dossier_import import DossierImportDialog

    window.show_section("backlog")
    page = window.pages["backlog"]
    page.tabs.setCurrentWidget(page.indicators)
    page.indicators.month.setCurrentIndex(1)
    shoot(app, window, out / "37-backlog-indicators-766.png")
    sample = work / "ho-so.csv"
    sample.write_text("MaHoSo;MaTTHC;LinhVuc;NgayTiepNhan;NgayHenTra;NgayKetThucXuLy;KenhThucHien;"
                      "DuocSoHoa;DuocLayTuKhoDMQG;MaKetQua\n"
                      "000.00.22.H56-261120-0101;1.001193;Hộ tịch;20/11/2026;21/11/2026;21/11/2026;"
                      "2;1;1;KQ1\n"
                      "H56-12;2.000815;Chứng thực;20/11/2026;20/11/2026;;1;1;0;\n"
                      "000.00.22.H56-261120-0103;1.003005;Đất đai;20/11/2026;18/11/2026;;5;0;0;\n",
                      encoding="utf-8-sig")
    importer = DossierImportDialog(ctx, sample, parent=window)
    shoot(app, importer, out / "38-backlog-dossier-import.png")
    importer.close()
    from desktop.ui.backlog.indicators_summary import IndicatorsSummary

    window.show_section("overview")  # Tổng quan scrolled to this month's 766 block
    window.stack.currentWidget().ensureWidgetVisible(window.pages["overview"].findChild(IndicatorsSummary))
    shoot(app, window, out / "39-overview-766.png")


def shoot_province_setup(app, out: Path, work: Path) -> None:
    """First start of a province computer, and its Toàn tỉnh page before it is connected."""
    store = Store.open(Paths(work / "province-new"))
    wizard = FirstRunWizard(store)
    wizard.welcome_page.province.setChecked(True)
    shoot(app, wizard, out / "03a-wizard-province-kind.png")
    wizard.next()
    page = wizard.province_page
    page.province.setCurrentIndex(page.province.findText("Tỉnh Lạng Sơn"))
    shoot(app, wizard, out / "03b-wizard-province.png")
    wizard.next()
    admin = wizard.admin_page
    admin.full_name.setText("Trần Văn Bình")
    admin.password.setText("mat-khau-2026")
    admin.confirm.setText("mat-khau-2026")
    wizard.next()
    wizard.connect_page.url.setText("https://xaso.langson.gov.vn")
    shoot(app, wizard, out / "03c-wizard-province-connect.png")
    wizard.connect_page.url.clear()
    wizard.next()
    shoot(app, wizard, out / "03d-wizard-province-done.png")
    wizard.close()
    ctx = AppContext(store=store, user=CurrentUser("admin", "Trần Văn Bình", "admin"),
                     prompts=Prompts(), runner=TaskRunner(synchronous=True),
                     ui_settings=QSettings(str(work / "ui-new.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    shoot(app, window, out / "79-province-not-connected.png")
    window.close()
    store.close()


def shoot_province(app, out: Path, work: Path) -> None:
    """Province mode (Toàn tỉnh) on the demo province, served by a real xaso-hub in a thread."""
    import socket
    import threading

    import uvicorn

    from core.hub.store import open_hub
    from core.sync import service as sync_svc
    from demo.province import DEMO_PASSPHRASE, fill_demo_province
    from hub.app import create_app

    store = Store.open(Paths(work / "province"))
    fill_demo_province(store)
    hub = open_hub(work / "province" / "hub")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(hub.engine, hub.identity), host="127.0.0.1",
                                           port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    from db.models import SyncPeer

    with store.write("admin") as s:
        s.get(SyncPeer, sync_svc.hub_peer(store).node_id).url = f"http://127.0.0.1:{port}"
    ctx = AppContext(store=store, user=CurrentUser("admin", "Quản trị viên", "admin"),
                     prompts=Prompts(), runner=TaskRunner(synchronous=True),
                     ui_settings=QSettings(str(work / "ui-province.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    page = window.pages["province"]
    page.passphrase = DEMO_PASSPHRASE if sync_svc.uses_key_file(store) else None
    page.refresh()
    shoot(app, window, out / "80-province.png")
    page.open_commune(page.proxy.index(0, 0))
    shoot(app, page.detail_dialog, out / "81-province-commune.png")
    page.detail_dialog.close()
    page.open_report()
    page.report_dialog.signer_name.setText("Nguyễn Văn Hùng")
    page.report_dialog.make()
    settle(app, 600)
    shoot(app, page.report_dialog, out / "82-province-report.png")
    page.report_dialog.close()
    page.open_catalogue()
    shoot(app, page.catalogue_dialog, out / "83-province-catalogue.png")
    page.catalogue_dialog.close()
    server.should_exit = True
    window.close()
    hub.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Screenshots of every screen with demo data")
    parser.add_argument("out", nargs="?", default="screens", type=Path)
    parser.add_argument("--scale", help="QT_SCALE_FACTOR, e.g. 1.25 or 1.5 (Windows display scaling)")
    parser.add_argument("--font-dpi", help="QT_FONT_DPI, e.g. 120 or 144")
    parser.add_argument("--help-images", action="store_true", help="also write resources/help/img")
    options = parser.parse_args()
    if options.scale:
        os.environ["QT_SCALE_FACTOR"] = options.scale
    if options.font_dpi:
        os.environ["QT_FONT_DPI"] = options.font_dpi
    main(options.out)
    if options.help_images:
        write_help_images(options.out)
