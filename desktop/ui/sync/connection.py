"""Đồng bộ → "Cài đặt kết nối…": proxy, the province's CA certificate, timeout, size of a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from core.sync import settings as sync_settings
from db.errors import UserError
from desktop.i18n import N_, tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import FormDialog, mark_error

PROXY_CHOICES = (("none", N_("No proxy (direct connection)")),
                 ("system", N_("Use the proxy of Windows (system settings)")),
                 ("manual", N_("This proxy:")))


class ConnectionDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Connection settings"), parent, 560)
        conn = sync_settings.load(ctx.store)
        intro = QLabel(tr("How this computer reaches the province server. Change these only as "
                          "the province or the IT staff say."))
        intro.setWordWrap(True)
        self.proxy_mode = QComboBox()
        for key, label in PROXY_CHOICES:
            self.proxy_mode.addItem(tr(label), key)
        self.proxy_mode.setCurrentIndex(max(0, self.proxy_mode.findData(conn.proxy_mode)))
        self.proxy_host = QLineEdit(conn.proxy_host)
        self.proxy_host.setPlaceholderText(tr("host:port, e.g. 10.0.0.1:3128"))
        self.proxy_user = QLineEdit(conn.proxy_user)
        self.proxy_user.setPlaceholderText(tr("only if the proxy asks for a sign-in"))
        self.proxy_password = QLineEdit()
        self.proxy_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.proxy_password.setPlaceholderText(tr("kept in the Windows password store"))
        self.ca_file = QLineEdit(conn.ca_file)
        self.ca_file.setReadOnly(True)
        self.ca_file.setPlaceholderText(tr("none: the certificates Windows trusts"))
        self.ca_file.setToolTip(tr("The province's CA certificate (.pem, .crt), only if the "
                                   "province server uses a certificate of its own"))
        choose = QPushButton(tr("Choose…"))
        choose.clicked.connect(self.choose_ca)
        clear = QPushButton(tr("Clear the file"))
        clear.clicked.connect(lambda: self.ca_file.clear())
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(choose)
        ca_row.addWidget(clear)
        self.timeout = QSpinBox()
        self.timeout.setRange(5, 600)
        self.timeout.setSuffix(tr(" seconds"))
        self.timeout.setValue(conn.timeout)
        self.bundle_mb = QSpinBox()
        self.bundle_mb.setRange(1, 2000)
        self.bundle_mb.setSuffix(" MB")
        self.bundle_mb.setValue(conn.bundle_mb)
        self.bundle_mb.setToolTip(tr("Larger exports are split into several files of at most "
                                     "this size, sent one after the other"))
        form = self.form
        form.addRow(tr("Proxy"), self.proxy_mode)
        form.addRow(tr("Proxy address"), self.proxy_host)
        form.addRow(tr("Proxy user"), self.proxy_user)
        form.addRow(tr("Proxy password"), self.proxy_password)
        form.addRow(tr("CA certificate"), ca_row)
        form.addRow(tr("Timeout"), self.timeout)
        form.addRow(tr("Largest sync file"), self.bundle_mb)
        self.proxy_mode.currentIndexChanged.connect(self._proxy_fields)
        self.add_above(intro)
        self._proxy_fields()

    def _proxy_fields(self) -> None:
        manual = self.proxy_mode.currentData() == "manual"
        for widget in (self.proxy_host, self.proxy_user, self.proxy_password):
            widget.setEnabled(manual)

    def _show(self, problem: str, widget: QWidget | None) -> None:
        for w in (self.proxy_host, self.ca_file, self.timeout, self.bundle_mb):
            mark_error(w, w is widget)
        self.error.setText(problem)
        self.error.setVisible(bool(problem))

    def choose_ca(self) -> None:
        path = self.ctx.prompts.open_file(self, tr("CA certificate of the province"),
                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path is None:
            return
        try:
            sync_settings.check_ca_file(path)
        except UserError as err:
            self._show(user_message(err), self.ca_file)
            return
        self.ca_file.setText(str(path))
        self._show("", None)

    def connection(self) -> sync_settings.Connection:
        return sync_settings.Connection(
            proxy_mode=self.proxy_mode.currentData(), proxy_host=self.proxy_host.text().strip(),
            proxy_user=self.proxy_user.text().strip(), ca_file=self.ca_file.text().strip(),
            timeout=self.timeout.value(), bundle_mb=self.bundle_mb.value())

    def save(self) -> None:
        conn = self.connection()
        password = self.proxy_password.text() or None
        store, user = self.ctx.store, self.ctx.user.username

        def refused(err: Exception) -> None:
            self.setEnabled(True)
            text = user_message(err)
            widget = self.ca_file if conn.ca_file and Path(conn.ca_file).name in text else (
                self.proxy_host if conn.proxy_host and conn.proxy_host in text else None)
            self._show(text, widget)

        def saved(_result) -> None:
            self.setEnabled(True)
            self.accept()

        self.setEnabled(False)
        self.ctx.ops.run(lambda _p: sync_settings.save(store, conn, password, user), saved,
                         refused, parent=self)
