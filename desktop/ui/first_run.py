"""First-run wizard: choose the commune from the official list, create the admin account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from db.errors import UserError
from desktop.i18n import tr, user_message
from desktop.services.accounts import MIN_PASSWORD
from desktop.services.communes import communes_of, provinces, search_communes
from desktop.services.setup import SetupRequest, initialize
from desktop.services.store import Store
from desktop.ui.widgets.forms import error_label


class CommunePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Your commune"))
        self.setSubTitle(tr("Choose the province and the commune or ward this computer works for "
                            "(official list after 1 July 2025)."))
        self.province = QComboBox()
        for p in provinces():
            self.province.addItem(p.name, p.code)
        self.province.setCurrentIndex(-1)
        self.province.setPlaceholderText(tr("Choose a province…"))
        self.province.setToolTip(tr("The province or centrally governed city of this commune"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Type part of the name, accents optional (e.g. huu lung)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(tr("Filters the list below; then click the commune or ward (or move with the arrow keys)"))
        self.list = QListWidget()
        self.list.setStyleSheet("QListWidget::item { padding: 4px; }")
        self.count = QLabel()
        form = QFormLayout()
        form.addRow(tr("Province"), self.province)
        form.addRow(tr("Find commune"), self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.province.currentIndexChanged.connect(self.refill)
        self.search.textChanged.connect(self.refill)
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())

    def refill(self) -> None:
        code = self.province.currentData()
        self.list.clear()
        if not code:
            return
        items = search_communes(code, self.search.text()) if self.search.text() else communes_of(code)
        for commune in items:
            item = QListWidgetItem(commune.name)
            item.setData(Qt.ItemDataRole.UserRole, commune.code)
            self.list.addItem(item)
        if len(items) == 1:
            self.list.setCurrentRow(0)
        self.count.setText(tr("{count} communes and wards").format(count=len(items)))
        self.completeChanged.emit()

    def commune_code(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def commune_label(self) -> str:
        item = self.list.currentItem()
        return f"{item.text()}, {self.province.currentText()}" if item else ""

    def isComplete(self) -> bool:  # noqa: N802
        return self.commune_code() is not None


class AdminPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Administrator account"))
        self.setSubTitle(tr("This account manages Xã Số on this computer. Keep the password safe."))
        self.full_name = QLineEdit()
        self.username = QLineEdit("admin")
        self.full_name.setToolTip(tr("Name of the person who manages Xã Số here, e.g. Nguyễn Văn An"))
        self.username.setToolTip(tr("Used to sign in; letters and digits, no spaces"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("at least {count} characters").format(count=MIN_PASSWORD))
        self.password.setToolTip(tr("At least {count} characters; write it down somewhere safe").format(count=MIN_PASSWORD))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setToolTip(tr("Type the same password again"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr("Full name"), self.full_name)
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Password"), self.password)
        form.addRow(tr("Repeat password"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def validatePage(self) -> bool:  # noqa: N802
        if self.password.text() != self.confirm.text():
            self.error.setText(tr("The two passwords are different. Type them again."))
            self.error.show()
            return False
        request = SetupRequest(
            commune_code=self._wizard.commune_page.commune_code() or "",
            admin_username=self.username.text(),
            admin_password=self.password.text(),
            admin_full_name=self.full_name.text(),
        )
        try:
            initialize(self._wizard.store, request)
        except UserError as err:
            self.error.setText(user_message(err))
            self.error.show()
            return False
        self._wizard.username = request.admin_username.strip().lower()
        return True


class DonePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Ready"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)

    def initializePage(self) -> None:  # noqa: N802
        self.label.setText(
            tr("Xã Số is set up for {commune}. Your data is kept in {folder}.\n\nNext: add the "
               "officers of the commune (section Officers), by hand or from an Excel list.").format(
                commune=self._wizard.commune_page.commune_label(),
                folder=str(self._wizard.store.paths.home),
            )
        )


class FirstRunWizard(QWizard):
    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.username: str | None = None
        self.setWindowTitle(tr("Set up Xã Số"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(560, 420)
        self.resize(640, 520)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, tr("< Back")),
            (QWizard.WizardButton.NextButton, tr("Next >")),
            (QWizard.WizardButton.FinishButton, tr("Start")),
            (QWizard.WizardButton.CancelButton, tr("Cancel")),
        ):
            self.setButtonText(button, text)
        welcome = QWizardPage()
        welcome.setTitle(tr("Welcome to Xã Số"))
        intro = QLabel(tr("Xã Số helps the one-stop centre keep track of digitizing paper records, "
                          "officers' signing certificates and training, and prepares the monthly "
                          "reports to the province.\n\nSetting up takes two steps: choose your "
                          "commune, then create the administrator account."))
        intro.setWordWrap(True)
        QVBoxLayout(welcome).addWidget(intro)
        self.commune_page = CommunePage()
        self.admin_page = AdminPage(self)
        self.done_page = DonePage(self)
        for page in (welcome, self.commune_page, self.admin_page, self.done_page):
            self.addPage(page)
