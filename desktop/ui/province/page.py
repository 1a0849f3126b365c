"""Toàn tỉnh (province mode): every commune's figures from the province server, ranked.

The last summary fetched is shown at once (with its time); "Làm mới" asks the server again in
a worker. Offline, the cached figures stay with a plain message saying how old they are.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.province import client as svc
from core.text import format_number
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.province.models import CommuneFilter, SummaryModel, when_text
from desktop.ui.province.moves import (
    conflicts_table,
    fill_conflicts,
    fill_transfers,
    transfers_table,
)
from desktop.ui.tasks import run_with_progress
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.tables import list_table

ERROR_STYLE = "color: #c62828; font-weight: bold;"


class ProvincePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, fetch: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot: svc.Snapshot | None = None
        self.passphrase: str | None = None  # the signing key file's, when there is no keyring
        title = QLabel(tr("Whole province"))
        title.setObjectName("pageTitle")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Find a commune or ward…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(260)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setToolTip(tr("Fetch the latest figures from the province server"))
        self.export_button = QPushButton(tr("Export to Excel…"))
        self.report_button = QPushButton(tr("Report…"))
        self.report_button.setToolTip(tr("The province report (PDF, official layout) of the "
                                         "figures shown: preview, print, save"))
        self.report_button.clicked.connect(self.open_report)
        self.report_dialog = None
        self.catalogue_button = QPushButton(tr("Targets and courses…"))
        self.catalogue_button.setToolTip(tr("The digitization targets and required courses the "
                                            "province publishes to every commune"))
        self.catalogue_button.clicked.connect(self.open_catalogue)
        self.catalogue_dialog = None
        self.usb_button = QPushButton(tr("Commune's USB file…"))
        self.usb_button.setToolTip(tr("A commune brought its sync file on a USB stick: send it "
                                      "to the province server and write its return file on "
                                      "the stick"))
        self.usb_button.clicked.connect(self.take_usb)
        self.settings_button = QPushButton(tr("Connection settings…"))
        self.settings_button.setToolTip(tr("Proxy and the province's CA certificate, as the IT "
                                           "staff say"))
        self.settings_button.clicked.connect(self.connection_settings)
        self.connect_button = QPushButton(tr("Connect to the province server…"))
        self.connect_button.setToolTip(tr("Type the province server's address and the province "
                                          "viewer code the province gave for this computer"))
        self.connect_button.clicked.connect(lambda: self.connect_hub())
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.filter)
        header.addWidget(self.refresh_button)
        header.addWidget(self.report_button)
        header.addWidget(self.export_button)
        header.addWidget(self.connect_button)  # shown until this computer is connected
        self.as_of = QLabel()
        self.as_of.setWordWrap(True)  # wraps beside the buttons on a small screen
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.model = SummaryModel(self)
        self.proxy = CommuneFilter(self.model, self)
        self.table = list_table(self.proxy, (80, 70, 210, 85, 150, 110, 95, 100), sort_column=0)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.open_commune)
        self.filter.textChanged.connect(self.proxy.set_text)
        hint = QLabel(tr("Double-click a commune to see its fields and officers. Rows in orange "
                         "have not synced for more than {days} days.").format(
            days=svc.STALE_DAYS))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        second = QHBoxLayout()  # the province's own work with the communes
        second.addWidget(self.as_of, 1)
        second.addWidget(self.settings_button)
        second.addWidget(self.usb_button)
        second.addWidget(self.catalogue_button)
        layout.addLayout(header)
        layout.addLayout(second)
        layout.addWidget(self.error)
        self.tabs = QTabWidget()
        communes = QWidget()
        inside = QVBoxLayout(communes)
        inside.setContentsMargins(0, 4, 0, 0)
        inside.addWidget(self.table, 1)
        inside.addWidget(hint)
        self.transfers = transfers_table()
        self.transfers.setToolTip(tr("Officers who moved between communes: each commune's dates, "
                                     "and where the province counts them (once, where they work)"))
        self.conflicts = conflicts_table()
        self.conflicts.setToolTip(tr("A commune's change that did not follow the province "
                                     "server's version of a record. It closes when the commune "
                                     "resolves it on its Sync page."))
        self.tabs.addTab(communes, tr("Communes and wards"))
        self.tabs.addTab(self.transfers, tr("Transfers"))
        self.tabs.addTab(self.conflicts, tr("Conflicts at the province server"))
        layout.addWidget(self.tabs, 1)
        cached = svc.cached_summary(ctx.store)
        if cached is not None:
            self.show_snapshot(cached)
        else:
            self.as_of.setText(tr("No figures fetched from the province server yet."))
        from core.sync import service as sync_svc

        connected = self.show_connection()
        if fetch and connected and not sync_svc.uses_key_file(ctx.store):  # a key file asks on Làm mới
            self.refresh()

    def show_connection(self) -> bool:
        """Whether this computer is enrolled with the province server; if not, say what to do."""
        from core.sync import service as sync_svc

        hub = sync_svc.hub_peer(self.ctx.store)
        connected = hub is not None and bool(hub.url)
        self.refresh_button.setEnabled(connected)
        self.catalogue_button.setVisible(connected)
        self.usb_button.setVisible(connected)
        self.connect_button.setVisible(not connected)
        self.connect_button.setDefault(not connected)
        if not connected:  # a plain instruction, not an error
            self.as_of.setText(tr("This computer is not connected to the province server yet. "
                                  "Press \"Connect to the province server…\" and type the server "
                                  "address and the province viewer code."))
        return connected

    def connect_hub(self):
        """The address and code asked in a dialog that does not block; the enrolment when it is
        confirmed. Returns the dialog (tests fill it in)."""
        from core.sync import service as sync_svc
        from desktop.ui.hub.connect import HubConnectDialog

        hub = sync_svc.hub_peer(self.ctx.store)
        dialog = HubConnectDialog(hub.url if hub else "", self)
        self.last_dialog = open_dialog(dialog, lambda: self.with_keys(lambda: self._enrol(dialog)))
        return dialog

    def _enrol(self, dialog) -> None:
        from desktop.ui.hub.connect import CONNECTING, enrol_op

        title = tr("Connect to the province server")

        def done(peer) -> None:
            self.error.hide()
            self.show_connection()
            self.ctx.prompts.info(self, title, tr(
                "This computer is enrolled with the province server {url} to view the whole "
                "province.").format(url=peer.url))
            self.refresh()

        self.ctx.ops.run(enrol_op(self.ctx.store, dialog.url.text().strip(),
                                  dialog.code.text().strip(), self.passphrase), done,
                         lambda e: self.ctx.prompts.error(self, title, user_message(e)),
                         parent=self, progress=tr(CONNECTING))

    def show_snapshot(self, snap: svc.Snapshot) -> None:
        self.snapshot = snap
        self.model.set_rows(snap.rows)
        self.table.sortByColumn(self.table.horizontalHeader().sortIndicatorSection(),
                                self.table.horizontalHeader().sortIndicatorOrder())
        stale = sum(1 for r in snap.rows if r.stale_days(self.model.now) is not None)
        text = tr("Figures as of {time} · {count} communes and wards").format(
            time=when_text(snap.fetched_at), count=format_number(len(snap.rows)))
        if stale:
            text += " · " + tr("{count} not synced for more than {days} days").format(
                count=format_number(stale), days=svc.STALE_DAYS)
        self.as_of.setText(text)
        names = {r.code: r.name for r in snap.rows}
        fill_transfers(self.transfers, snap.transfers, names)
        fill_conflicts(self.conflicts, snap.conflicts, names)
        self.tabs.setTabText(1, tr("Transfers ({count})").format(count=len(snap.transfers)))
        self.tabs.setTabText(2, tr("Conflicts at the province server ({count})").format(
            count=len(snap.conflicts)))
        if snap.error is not None:
            self.show_error(snap.error)
        else:
            self.error.hide()

    def show_error(self, error: Exception) -> None:
        text = tr("Could not get new figures: {message}").format(message=user_message(error))
        if self.snapshot is not None:
            text += " " + tr("Showing the figures as of {time}.").format(
                time=when_text(self.snapshot.fetched_at))
        self.error.setText(text)
        self.error.show()

    def with_keys(self, then) -> None:
        """``then()`` once the signing key can be used: keyring, or the key file once its
        passphrase is typed (a dialog that does not block)."""
        from desktop.ui.widgets.passphrase import with_keys

        def ready(passphrase: str | None) -> None:
            self.passphrase = passphrase
            then()

        with_keys(self.ctx.store, self.ctx.prompts, self, self.passphrase, ready, self.ctx.ops)

    def refresh(self) -> None:
        self.with_keys(self._refresh)

    def _refresh(self) -> None:
        store, passphrase = self.ctx.store, self.passphrase
        self.refresh_button.setEnabled(False)

        def done(snap: svc.Snapshot) -> None:
            self.refresh_button.setEnabled(True)
            self.show_snapshot(snap)

        def failed(error: Exception) -> None:
            self.refresh_button.setEnabled(True)
            self.show_error(error)

        # an op: the answer is kept in the data folder (shown when the server is unreachable)
        self.ctx.ops.run(lambda _p: svc.fetch_summary(store, passphrase), done, failed,
                         parent=self, progress=tr("Fetching the province figures…"),
                         on_cancel=lambda: self.refresh_button.setEnabled(True))

    def open_commune(self, index) -> None:
        from desktop.ui.province.detail import open_detail

        row = self.proxy.row_object(index.row())
        self.with_keys(lambda: open_detail(self, row))

    def connection_settings(self) -> None:
        from desktop.ui.sync.connection import ConnectionDialog

        self.last_dialog = open_dialog(ConnectionDialog(self.ctx, self))

    def take_usb(self) -> None:
        from desktop.ui.province.usb import take_usb

        take_usb(self)

    def open_catalogue(self) -> None:
        from desktop.ui.province.catalogue import open_catalogue

        open_catalogue(self)

    def open_report(self) -> None:
        from desktop.ui.province.report import open_report

        open_report(self)

    def export(self) -> None:
        if self.snapshot is None or not self.snapshot.rows:
            self.ctx.prompts.info(self, tr("Export to Excel"),
                                  tr("There are no figures to export yet. Press Refresh."))
            return
        path = self.ctx.prompts.save_file(self, tr("Export to Excel"), "toan-tinh.xlsx",
                                          tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        rows = [self.proxy.row_object(i) for i in range(self.proxy.rowCount())]
        fetched = self.snapshot.fetched_at

        def done(count: int) -> None:
            self.ctx.prompts.info(self, tr("Export to Excel"), tr(
                "{count} communes written to {file}.").format(count=format_number(count), file=path.name))

        run_with_progress(self.ctx.runner, self, tr("Writing the Excel file…"),
                          lambda _p: svc.export_xlsx(rows, path, fetched, tr), done,
                          lambda e: self.ctx.prompts.error(self, tr("Export to Excel"),
                                                           user_message(e)))

