"""Chứng thư số: who holds which certificate, expiry alerts, review list, requests, support."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.certificates import status
from core.text import format_number, format_percent
from desktop.i18n import tr, user_message
from desktop.ui.certificates.cert_list import CertificateList
from desktop.ui.certificates.coverage_tab import CoverageTab
from desktop.ui.certificates.requests_tab import RequestsTab, SupportTab
from desktop.ui.certificates.summary import CERT_KINDS, ERROR_STYLE, WARNING_STYLE
from desktop.ui.context import AppContext
from desktop.ui.tasks import run_with_progress

FILE_FILTER = "*.pem *.crt *.cer *.der *.p7b *.p7c *.p12 *.pfx"


class CertificatesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_dialog = None
        self.setAcceptDrops(True)
        title = QLabel(tr("Certificates"))
        title.setObjectName("pageTitle")
        self.alert_label = QLabel()
        self.coverage_label = QLabel()
        self.coverage_label.setWordWrap(True)

        self.import_button = QPushButton(tr("Import certificates…"))
        self.import_button.setToolTip(tr("PEM, DER, .cer/.crt, PKCS#7 (.p7b) or PKCS#12 (.p12/.pfx) "
                                         "files; you can also drag files onto this page"))
        self.folder_button = QPushButton(tr("Import a folder…"))
        self.ca_button = QPushButton(tr("Import a CA certificate…"))
        self.ca_button.setToolTip(tr("With the CA certificate of Ban Cơ yếu Chính phủ, signatures are "
                                     "checked, not just the issuer's name"))
        self.ca_button.setVisible(ctx.user.role == "admin")
        self.export_button = QPushButton(tr("Export to Excel…"))
        self.import_button.clicked.connect(self.import_files)
        self.folder_button.clicked.connect(self.import_folder)
        self.ca_button.clicked.connect(self.import_ca)
        self.export_button.clicked.connect(self.export_xlsx)

        self.certificates = CertificateList(ctx)
        self.review = CertificateList(ctx, review=True)
        self.requests = RequestsTab(ctx)
        self.support = SupportTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.certificates, tr("Certificates"))
        self.tabs.addTab(self.review, "")
        self.tabs.addTab(self.requests, tr("Requests"))
        self.tabs.addTab(self.support, tr("Signing support"))
        self.coverage = CoverageTab(ctx)
        self.tabs.addTab(self.coverage, tr("Coverage by department"))

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.alert_label)
        actions = QHBoxLayout()
        for button in (self.import_button, self.folder_button, self.ca_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.coverage_label)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        ctx.ops.subscribe(self, CERT_KINDS, self.on_data_changed)
        self.refresh_figures()

    # figures ------------------------------------------------------------------------------
    def refresh_figures(self) -> None:
        with self.ctx.store.session() as s:
            self.figures = status.summary(s)
        f = self.figures
        cov = f.coverage
        self.coverage_label.setText(tr(
            "{covered} of {officers} working officers hold a valid official-duty certificate "
            "({percent}; target 100 %). {public} still use only a public-CA certificate.").format(
            covered=format_number(cov.covered), officers=format_number(cov.officers),
            percent=format_percent(cov.percent), public=format_number(cov.public_ca)))
        if f.alerts.errors:
            self.alert_label.setStyleSheet(ERROR_STYLE)
        else:
            self.alert_label.setStyleSheet(WARNING_STYLE if f.alerts.warnings else "")
        self.alert_label.setText(tr("Expiring within 30 days: {warnings} · expired or within 7 days: "
                                    "{errors}").format(warnings=f.alerts.warnings, errors=f.alerts.errors))
        self.tabs.setTabText(1, tr("To assign ({count})").format(count=f.review))

    def on_data_changed(self) -> None:
        self.certificates.apply_filters()
        self.review.apply_filters()
        self.requests.refresh()
        self.support.refresh()
        self.coverage.refresh()
        self.refresh_figures()

    # import -------------------------------------------------------------------------------
    def import_paths(self, paths: list[Path]) -> None:
        from desktop.ui.certificates.import_dialog import CertImportDialog
        from desktop.ui.widgets.dialogs import open_dialog

        if paths:
            self.last_dialog = open_dialog(CertImportDialog(self.ctx, paths, parent=self))

    def import_files(self) -> None:
        paths = self.ctx.prompts.open_files(self, tr("Choose the certificate files"),
                                            tr("Certificates ({patterns})").format(patterns=FILE_FILTER))
        self.import_paths(paths)

    def import_folder(self) -> None:
        folder = self.ctx.prompts.open_folder(self, tr("Choose the folder with the certificate files"))
        if folder is not None:
            self.import_paths([folder])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.import_paths(paths)

    def import_ca(self) -> None:
        from core.certificates import registry as svc

        path = self.ctx.prompts.open_file(self, tr("Choose the CA certificate"),
                                          tr("Certificates ({patterns})").format(patterns=FILE_FILTER))
        if path is None:
            return
        title = tr("Import a CA certificate")

        def done(result) -> None:
            added, changed = result
            self.ctx.prompts.info(self, title, tr(
                "{added} CA certificates added; {changed} certificates re-checked and changed "
                "kind.").format(added=added, changed=changed))

        # every certificate is checked again against the new CA: in the writer, with progress
        self.ctx.ops.write(lambda s: svc.import_ca(s, path), done, parent=self, title=title,
                           progress=tr("Checking the certificates again…"))

    # export -------------------------------------------------------------------------------
    def export_xlsx(self) -> None:
        from core.certificates import export as cert_export
        from desktop.i18n import tr as translate

        path = self.ctx.prompts.save_file(self, tr("Export to Excel"), tr("chung-thu-so.xlsx"),
                                          tr("Excel files (*.xlsx)"))
        if path is None:
            return
        store = self.ctx.store

        def work(_progress) -> int:
            with store.session() as s:
                return cert_export.export(s, path, translate)

        run_with_progress(
            self.ctx.runner, self, tr("Exporting…"), work,
            lambda n: self.ctx.prompts.info(self, tr("Export to Excel"), tr(
                "Saved {file} ({count} certificates).").format(file=path.name, count=format_number(n))),
            lambda err: self.ctx.prompts.error(self, tr("Export to Excel"), user_message(err)))
