"""Main window: navigation on the left, one page per section, status bar below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import N_, tr
from desktop.ui import screen_fit
from desktop.ui.widgets import fit_width
from desktop.ui.widgets.dialogs import open_dialog

if TYPE_CHECKING:  # the window is shown before SQLAlchemy and the pages are imported
    from desktop.ui.context import AppContext

# the whole window's look, the overview's compact boxes included (smaller figures than the
# headline, a white box around each section)
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
#summaryBox { background: white; border: 1px solid #d5e0ee; border-radius: 6px; }
#summaryTitle { font-weight: bold; font-size: 11pt; color: #1f3b64; }
#summaryBox #statValue { font-size: 15pt; }
#summaryBox #statCard { background: #f6f9fd; }
"""


# what ``attach`` imports (the start-up imports them in its worker while the clerk signs in)
ATTACH_MODULES = ("desktop.ui.status_labels", "desktop.ui.sync.auto", "PySide6.QtNetwork",
                  "desktop.ui.admin.housekeeping", "core.province.client")


class MainWindow(QMainWindow):
    # (key, label, icon: a QStyle.StandardPixmap name, resolved after the first paint because
    # touching QStyle's or Qt's enums costs ~0.1 s at start)
    SECTIONS = (
        ("overview", N_("Overview"), "SP_ComputerIcon"),
        ("officers", N_("Officers"), "SP_FileDialogContentsView"),
        ("backlog", N_("Digitization"), "SP_DriveHDIcon"),
        ("certificates", N_("Certificates"), "SP_DialogApplyButton"),
        ("training", N_("Training"), "SP_FileDialogInfoView"),
        ("reports", N_("Reports"), "SP_FileIcon"),
        ("sync", N_("Sync"), "SP_BrowserReload"),
        ("infrastructure", N_("Infrastructure"), "SP_DriveNetIcon"),
        ("province", N_("Whole province"), "SP_DirHomeIcon"),
        ("admin", N_("Administration"), "SP_FileDialogDetailedView"),
    )
    PROVINCE_SECTIONS = ("province", "admin")  # province mode: a viewer of the province server

    def __init__(self, ctx: AppContext | None = None, ui_settings: QSettings | None = None) -> None:
        """Without ``ctx`` only the frame is built (start-up shows it at once, before the data
        folder is opened); :meth:`attach` then fills it."""
        super().__init__()
        self.ctx: AppContext | None = None
        self.province_mode = False
        self.ui_settings = ui_settings if ui_settings is not None else ctx.ui_settings
        self.setWindowTitle(tr("Xã Số"))
        self.setStyleSheet(STYLE)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        # pages are built on first visit (start-up builds only the overview)
        self.pages = _Pages(self._build_page)
        for _key, label, _icon in self.SECTIONS:
            self.nav.addItem(QListWidgetItem(tr(label)))
            self.stack.addWidget(QWidget())  # stand-in until the page is built
        # Ctrl+1…9: the sections this mode shows, in their order (see _number_shortcuts)
        self.shown_rows: list[int] = []
        for number in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      activated=lambda index=number - 1: self._go_to_shown(index))
        self.loading = QLabel(tr("Opening the data…"), self.stack.widget(0))
        self.loading.setObjectName("hint")
        self.loading.move(4, 4)
        self.nav.setEnabled(False)

        self.help_button = QPushButton(tr("Help"))
        self.help_button.setFlat(True)
        self.help_button.setToolTip(tr("How to use this section (F1); version and licences: Shift+F1"))
        self.help_button.clicked.connect(self.show_help)
        self.help_window = None
        QShortcut(QKeySequence("F1"), self, activated=self.show_help)
        QShortcut(QKeySequence("Shift+F1"), self, activated=self.show_about)
        side = self.side = QWidget()
        self.compact = False
        self.nav_mode = "wide"  # or "names" (no icons) or "icons" (no names), by the width
        side.setObjectName("side")
        side.setFixedWidth(190)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 6)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(self.help_button)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(14, 10, 14, 8)
        self.body_layout = body_layout  # narrower margins in compact mode
        # on a small screen (1366×768 at 150 % is 910×512) a page scrolls instead of being cut off
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(self.stack)
        body_layout.addWidget(area)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)
        self.statusBar()  # its room is kept while the data folder opens
        self.restore_geometry()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """The data folder is open and the user known: title, status bar, the overview."""
        self.ctx = ctx
        self._build_status_bar()
        self.commune_label.setVisible(self.width() >= self.COMMUNE_LABEL_FROM)
        QTimer.singleShot(0, self, self._show_icons)  # once the overview is on screen
        self.nav.setEnabled(True)
        self.nav.currentRowChanged.connect(self._show_row)
        self.apply_mode()
        self.loading.hide()
        from desktop.ui.admin.housekeeping import Housekeeping

        self.housekeeping = Housekeeping(self)  # idle lock, daily backup

    def apply_mode(self) -> None:
        """Commune or province mode (a viewer of the province server): the sections shown, the
        title and the status bar. Called at start and when this computer is enrolled anew."""
        from core.province.client import is_province_mode

        self.province_mode = is_province_mode(self.ctx.store)
        where = self.ctx.store.place()
        title, place = tr("Xã Số"), ""
        if where and self.province_mode:  # the whole province, not the viewer's own commune
            place = where.province_name
            title += " — " + tr("{province}, all communes and wards").format(province=place)
        elif where:
            place = where.label
            title += " — " + place
        if self.ctx.demo:
            title += " " + tr("(demo data)")
        self.setWindowTitle(title)
        self.commune_label.setText(place)
        # a province viewer reads the hub: it has no changes of its own to sync
        self.sync_label.setVisible(not self.province_mode)
        self.auto_sync.quiet = self.province_mode
        self.auto_sync.reschedule()  # refreshes its labels
        shown = self.PROVINCE_SECTIONS if self.province_mode else [
            k for k, _l, _i in self.SECTIONS if k != "province"]
        for row, (key, _label, _icon) in enumerate(self.SECTIONS):
            self.nav.setRowHidden(row, key not in shown)
        self._number_shortcuts(shown)
        if self.nav.currentRow() < 0 or self.nav.isRowHidden(self.nav.currentRow()):
            self.nav.setCurrentRow(self.shown_rows[0])

    def _number_shortcuts(self, shown) -> None:
        keys = [k for k, _l, _i in self.SECTIONS]
        self.shown_rows = [keys.index(key) for key in keys if key in shown]
        for number, row in enumerate(self.shown_rows, start=1):
            label = tr(self.SECTIONS[row][1])
            self.nav.item(row).setToolTip(
                tr("{section} (Ctrl+{number})").format(section=label, number=number))

    def _go_to_shown(self, index: int) -> None:
        if index < len(self.shown_rows):
            self.nav.setCurrentRow(self.shown_rows[index])

    def _show_row(self, row: int) -> None:
        if self.nav.isRowHidden(row):  # a Ctrl+number of a section this mode does not have
            return
        self.pages[self.SECTIONS[row][0]]  # noqa: B018  (builds the page on first visit)
        self.stack.setCurrentIndex(row)
        fit_width.fit(self.stack)  # only the section on screen sets the width

    def _build_page(self, key: str) -> QWidget:
        index = [k for k, _l, _i in self.SECTIONS].index(key)
        page = self._make_page(key)
        fit_width.track_tabs(page)
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
            from desktop.ui.pages.dashboard import DashboardPage

            return DashboardPage(ctx)
        if key == "officers":
            from desktop.ui.officers.page import OfficersPage

            return OfficersPage(ctx)
        if key == "admin":
            from desktop.ui.admin.page import AdminPage

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
        if key == "province":
            from desktop.ui.province.page import ProvincePage

            return ProvincePage(ctx)
        raise KeyError(key)

    def show_about(self) -> None:
        if self.ctx is None:
            return
        from desktop.ui.about import AboutDialog

        self.last_dialog = open_dialog(AboutDialog(self.ctx, self))

    def show_help(self) -> None:
        """The help of the section on screen (or the first page when it has none yet)."""
        from desktop.ui.help import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self, on_about=self.show_about)
        self.help_window.show_page(self.SECTIONS[max(self.nav.currentRow(), 0)][0])
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    def show_section(self, key: str) -> None:
        keys_in_order = [k for k, _l, _i in self.SECTIONS]
        self.nav.setCurrentRow(keys_in_order.index(key))

    # status bar (desktop/ui/status_labels.py) -------------------------------------------------
    def _build_status_bar(self) -> None:
        from desktop.ui import status_labels

        status_labels.build(self)

    def refresh_sync_label(self) -> None:
        from desktop.ui import status_labels

        status_labels.refresh_sync_label(self)

    # geometry -----------------------------------------------------------------------------
    def restore_geometry(self) -> None:
        """The last size, or 1280×760; either way cut to the screen's available area before
        the window is first shown (1366×768 at 150 % leaves 910×512 logical pixels)."""
        geometry = self.ui_settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 760)
        screen_fit.fit_to_screen(self)

    COMPACT_BELOW = 1000  # window width under which the navigation gets narrower
    # ... and under which it shows icons only (names in tooltips): the names take ~135 pixels,
    # the widest page needs ~720 (1366×768 at 150 % leaves 910: names shown)
    ICONS_ONLY_BELOW = 860
    COMMUNE_LABEL_FROM = 1250  # narrower: the status bar leaves the commune to the title

    def resizeEvent(self, event) -> None:  # noqa: N802
        """On a narrow window (1366×768 at 150 % leaves 910 pixels) the navigation keeps its
        names but drops its icons, just as wide as the longest name; on a still narrower one
        it keeps only the icons (names in tooltips). Either way the page gets the width."""
        super().resizeEvent(event)
        if hasattr(self, "commune_label"):  # already in the title; its room goes to the alerts
            self.commune_label.setVisible(self.width() >= self.COMMUNE_LABEL_FROM)
            for label in (self.user_label, self.sync_label):  # short forms, whole text in tooltips
                label.set_short(self.width() < self.COMMUNE_LABEL_FROM)
        width = self.width()
        mode = ("wide" if width >= self.COMPACT_BELOW
                else "names" if width >= self.ICONS_ONLY_BELOW else "icons")
        if mode == self.nav_mode:
            return
        self.nav_mode = mode
        self.compact = mode != "wide"
        self.side.setFixedWidth({"wide": 190, "names": self._names_width(), "icons": 52}[mode])
        side_margin = 14 if mode == "wide" else 6
        self.body_layout.setContentsMargins(side_margin, 10, side_margin, 8)
        for row, (_key, label, _icon) in enumerate(self.SECTIONS):
            self.nav.item(row).setText("" if mode == "icons" else tr(label))
        self._show_icons()
        self.help_button.setText("?" if mode == "icons" else tr("Help"))
        if self.ctx is not None:  # the new label gets its Alt+letter back (Alt+T: Trợ giúp)
            from desktop.ui import mnemonics

            mnemonics.refresh(self)

    def _names_width(self) -> int:
        self.nav.ensurePolished()  # the style sheet's font size
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(tr(label)) for _key, label, _icon in self.SECTIONS)
        return widest + 34  # the item's padding, the frame and room for a scroll bar

    def _show_icons(self) -> None:
        """Icons beside the names (wide) or alone (icons); none in the names-only mode."""
        if self.ctx is None:  # the icons come with the data (see attach)
            return
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QStyle

        for row, (_key, _label, icon) in enumerate(self.SECTIONS):
            shown = (QIcon() if self.nav_mode == "names"
                     else self.style().standardIcon(getattr(QStyle.StandardPixmap, icon)))
            self.nav.item(row).setIcon(shown)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.ui_settings.setValue("main/geometry", self.saveGeometry())
        self.ui_settings.sync()
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
