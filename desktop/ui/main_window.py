"""Main window: navigation on the left, one page per section, status bar below."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import N_, tr
from desktop.services import settings as keys
from desktop.services.settings import get_setting
from desktop.ui.context import AppContext
from desktop.ui.officers.page import OfficersPage
from desktop.ui.pages.admin import AdminPage
from desktop.ui.pages.dashboard import DashboardPage

ROLE_LABELS = {"admin": N_("Administrator"), "supervisor": N_("Supervisor"), "staff": N_("Staff")}

STYLE = """
#side { background: #f3f5f8; border-right: 1px solid #d8dde6; }
#nav { background: #f3f5f8; border: none; font-size: 11pt; }
#nav::item { padding: 9px 10px; }
#nav::item:selected { background: #1f5fa8; color: white; }
#pageTitle { font-size: 16pt; font-weight: bold; color: #1f3b64; margin-bottom: 4px; }
#statCard { background: #f6f9fd; border: 1px solid #d5e0ee; border-radius: 6px; }
#statValue { font-size: 22pt; font-weight: bold; color: #1f5fa8; }
#hint { color: #555; }
#notYet { color: #444; font-size: 11pt; }
QStatusBar QLabel { padding: 0 10px; border-left: 1px solid #c8ced8; }
"""


class MainWindow(QMainWindow):
    SECTIONS = (
        ("overview", N_("Overview"), QStyle.StandardPixmap.SP_ComputerIcon),
        ("officers", N_("Officers"), QStyle.StandardPixmap.SP_FileDialogContentsView),
        ("backlog", N_("Digitization"), QStyle.StandardPixmap.SP_DriveHDIcon),
        ("certificates", N_("Certificates"), QStyle.StandardPixmap.SP_DialogApplyButton),
        ("training", N_("Training"), QStyle.StandardPixmap.SP_FileDialogInfoView),
        ("reports", N_("Reports"), QStyle.StandardPixmap.SP_FileIcon),
        ("sync", N_("Sync"), QStyle.StandardPixmap.SP_BrowserReload),
        ("infrastructure", N_("Infrastructure"), QStyle.StandardPixmap.SP_DriveNetIcon),
        ("admin", N_("Administration"), QStyle.StandardPixmap.SP_FileDialogDetailedView),
    )

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        commune = ctx.store.commune()
        title = tr("Xã Số")
        if commune:
            title += f" — {commune.name}, {commune.province_name}"
        if ctx.demo:
            title += " " + tr("(demo data)")
        self.setWindowTitle(title)
        self.setStyleSheet(STYLE)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        # pages are built on first visit (start-up builds only the overview)
        self.pages = _Pages(self._build_page)
        for number, (key, label, icon) in enumerate(self.SECTIONS, start=1):
            item = QListWidgetItem(self.style().standardIcon(icon), tr(label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(tr("{section} (Ctrl+{number})").format(section=tr(label), number=number))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # stand-in until the page is built
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      activated=lambda row=number - 1: self.nav.setCurrentRow(row))
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)

        self.about_button = QPushButton(tr("About Xã Số"))
        self.about_button.setFlat(True)
        self.about_button.setToolTip(tr("Version, data folder and licences (F1)"))
        self.about_button.clicked.connect(self.show_about)
        QShortcut(QKeySequence("F1"), self, activated=self.show_about)
        side = QWidget()
        side.setObjectName("side")
        side.setFixedWidth(190)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 6)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(self.about_button)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(14, 10, 14, 8)
        body_layout.addWidget(self.stack)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)
        self._build_status_bar(commune)
        self.restore_geometry()
        from desktop.ui.admin.housekeeping import Housekeeping

        self.housekeeping = Housekeeping(self)  # idle lock, daily backup

    def _show_row(self, row: int) -> None:
        self.pages[self.SECTIONS[row][0]]  # noqa: B018  (builds the page on first visit)
        self.stack.setCurrentIndex(row)

    def _build_page(self, key: str) -> QWidget:
        index = [k for k, _l, _i in self.SECTIONS].index(key)
        page = self._make_page(key)
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, _scrollable(page) if key == "overview" else page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self.stack.setCurrentIndex(current)
        return page

    def _make_page(self, key: str) -> QWidget:
        ctx = self.ctx
        if key == "overview":
            return DashboardPage(ctx)
        if key == "officers":
            return OfficersPage(ctx)
        if key == "admin":
            return AdminPage(ctx)
        if key == "certificates":
            from desktop.ui.certificates.page import CertificatesPage

            return CertificatesPage(ctx)
        if key == "training":
            from desktop.ui.training.page import TrainingPage

            return TrainingPage(ctx)
        if key == "infrastructure":
            from desktop.ui.infrastructure.page import InfrastructurePage

            return InfrastructurePage(ctx)
        if key == "reports":
            from desktop.ui.reports.page import ReportsPage

            return ReportsPage(ctx)
        if key == "backlog":
            from desktop.ui.backlog.page import BacklogPage

            return BacklogPage(ctx)
        if key == "sync":
            from desktop.ui.sync.page import SyncPage

            return SyncPage(ctx)
        raise KeyError(key)

    def show_about(self) -> None:
        from desktop.ui.about import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def show_section(self, key: str) -> None:
        keys_in_order = [k for k, _l, _i in self.SECTIONS]
        self.nav.setCurrentRow(keys_in_order.index(key))

    # status bar ---------------------------------------------------------------------------
    def _build_status_bar(self, commune) -> None:
        bar = self.statusBar()
        user = self.ctx.user
        self.commune_label = QLabel(f"{commune.name}, {commune.province_name}" if commune else "")
        self.user_label = QLabel(tr("User: {name} ({role})").format(
            name=user.full_name, role=tr(ROLE_LABELS.get(user.role, user.role))))
        self.sync_label = QLabel()
        self.network_label = QLabel()
        for widget in (self.commune_label, self.user_label, self.sync_label, self.network_label):
            bar.addPermanentWidget(widget)
        self.refresh_sync_label()
        self._watch_network()

    def refresh_sync_label(self) -> None:
        with self.ctx.store.session() as s:
            last = get_setting(s, keys.LAST_SYNC_AT)
        if last:
            from datetime import datetime

            when = datetime.fromisoformat(last).astimezone().strftime("%d/%m/%Y %H:%M")
            self.sync_label.setText(tr("Last sync: {when}").format(when=when))
        else:
            self.sync_label.setText(tr("Last sync: never"))

    def _watch_network(self) -> None:
        info = QNetworkInformation.instance()
        if info is None and QNetworkInformation.loadDefaultBackend():
            info = QNetworkInformation.instance()
        if info is None or not info.supports(QNetworkInformation.Feature.Reachability):
            self.network_label.setText(tr("Network: unknown"))
            return
        info.reachabilityChanged.connect(self._show_reachability)
        self._show_reachability(info.reachability())

    def _show_reachability(self, reachability) -> None:
        online = reachability == QNetworkInformation.Reachability.Online
        self.network_label.setText(tr("Online") if online else tr("Offline"))

    # geometry -----------------------------------------------------------------------------
    def restore_geometry(self) -> None:
        geometry = self.ctx.ui_settings.value("main/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            return
        self.resize(1280, 760)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.ctx.ui_settings.setValue("main/geometry", self.saveGeometry())
        self.ctx.ui_settings.sync()
        super().closeEvent(event)


def _scrollable(page: QWidget) -> QScrollArea:
    """The overview grows with every section; on a small screen it scrolls instead of forcing
    the window taller than the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class _Pages(dict):
    """Section key -> page; a page is built the first time it is asked for."""

    def __init__(self, build) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        page = self._build(key)
        self[key] = page
        return page
