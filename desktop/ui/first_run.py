"""First-run wizard: a commune computer (choose the commune from the official list) or a
province computer (choose the province, then connect to the province server); then the admin
account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from core.accounts.auth import MIN_PASSWORD
from core.communes import communes_of, provinces, search_communes
from core.setup import SetupRequest, initialize
from core.store import Store
from core.text import format_number
from desktop.i18n import tr, user_message
from desktop.ui.widgets.forms import error_label, mark_error

WELCOME, COMMUNE, PROVINCE, ADMIN, CONNECT, DONE = range(6)


class WelcomePage(QWizardPage):
    """What this computer is for: one commune's work, or viewing the whole province."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Welcome to Xã Số"))
        intro = QLabel(tr("Xã Số helps the one-stop centre keep track of digitizing paper records, "
                          "officers' signing certificates and training, and prepares the monthly "
                          "reports to the province.\n\nWhat is this computer for?"))
        intro.setWordWrap(True)
        self.commune = QRadioButton(tr("Commune or ward computer — enter and follow the "
                                       "commune's figures"))
        self.province = QRadioButton(tr("Province computer — view the figures of the whole "
                                        "province"))
        self.commune.setChecked(True)
        self.commune.setToolTip(tr("This computer keeps the data of one commune or ward and sends "
                                   "it to the province"))
        self.province.setToolTip(tr("This computer shows every commune's figures from the "
                                    "province server; it needs a province viewer code"))
        group = QButtonGroup(self)
        group.addButton(self.commune)
        group.addButton(self.province)
        commune_hint = QLabel(tr("For the one-stop centre of a commune or ward. Next: choose the "
                                 "commune, then create the administrator account."))
        province_hint = QLabel(tr("For the province (Department of Science and Technology): "
                                  "every commune's figures from the province server, ranked; no "
                                  "data is entered here. Next: choose the province, create the "
                                  "administrator account, connect to the province server."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button, hint in ((self.commune, commune_hint), (self.province, province_hint)):
            hint.setWordWrap(True)
            hint.setObjectName("hint")
            hint.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(button)
            layout.addWidget(hint)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802
        return PROVINCE if self.province.isChecked() else COMMUNE


def province_combo() -> QComboBox:
    combo = QComboBox()
    for p in provinces():
        combo.addItem(p.name, p.code)
    combo.setCurrentIndex(-1)
    combo.setPlaceholderText(tr("Choose a province…"))
    return combo


class CommunePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Your commune"))
        self.setSubTitle(tr("Choose the province and the commune or ward this computer works for "
                            "(official list after 1 July 2025)."))
        self.province = province_combo()
        self.province.setToolTip(tr("The province or centrally governed city of this commune"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Type part of the name, accents optional (e.g. huu lung)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(tr("Filters the list below; then click the commune or ward (or move with the "
                                  "arrow keys)"))
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
        self.count.setText(tr("{count} communes and wards").format(count=format_number(len(items))))
        self.completeChanged.emit()

    def commune_code(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def commune_label(self) -> str:
        item = self.list.currentItem()
        return f"{item.text()}, {self.province.currentText()}" if item else ""

    def isComplete(self) -> bool:  # noqa: N802
        return self.commune_code() is not None

    def nextId(self) -> int:  # noqa: N802
        return ADMIN


class ProvincePage(QWizardPage):
    """A province computer: the province whose communes and wards it views."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Your province"))
        self.setSubTitle(tr("Choose the province whose communes and wards this computer views "
                            "(official list after 1 July 2025)."))
        self.province = province_combo()
        self.province.setToolTip(tr("The province or centrally governed city whose figures this "
                                    "computer shows"))
        note = QLabel(tr("This computer enters no data of its own: it shows the figures the "
                         "communes send to the province server."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        form = QFormLayout()
        form.addRow(tr("Province"), self.province)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        self.province.currentIndexChanged.connect(lambda *_: self.completeChanged.emit())

    def province_code(self) -> str | None:
        return self.province.currentData()

    def isComplete(self) -> bool:  # noqa: N802
        return self.province_code() is not None

    def nextId(self) -> int:  # noqa: N802
        return ADMIN


class AdminPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._running = self._created = False  # the setup runs in a worker
        self.setTitle(tr("Administrator account"))
        self.setSubTitle(tr("This account manages Xã Số on this computer. Keep the password safe."))
        self.setCommitPage(True)  # the data folder is set up here: no way back past this page
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Create the account"))
        self.full_name = QLineEdit()
        self.username = QLineEdit("admin")
        self.full_name.setToolTip(tr("Name of the person who manages Xã Số here, e.g. Nguyễn Văn An"))
        self.username.setToolTip(tr("Used to sign in; letters and digits, no spaces"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("at least {count} characters").format(count=MIN_PASSWORD))
        self.password.setToolTip(tr("At least {count} characters; write it down somewhere safe").format(
            count=MIN_PASSWORD))
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
        """The data folder is set up in a worker (off the GUI thread); the wizard moves on when
        it is done (at once when the runner is synchronous, as in tests)."""
        if self._created:
            return True
        if self._running:
            return False
        if self.password.text() != self.confirm.text():
            self.error.setText(tr("The two passwords are different. Type them again."))
            self.error.show()
            return False
        wizard = self._wizard
        request = SetupRequest(
            commune_code="" if wizard.for_province else wizard.commune_page.commune_code() or "",
            admin_username=self.username.text(),
            admin_password=self.password.text(),
            admin_full_name=self.full_name.text(),
            province_code=wizard.province_page.province_code() or "" if wizard.for_province else "",
        )
        store, validating = self._wizard.store, [True]

        def done(_result) -> None:
            self._running, self._created = False, True
            self._wizard.username = request.admin_username.strip().lower()
            if not validating[0]:  # finished later, in the background: go on now
                self._wizard.next()

        def failed(err: Exception) -> None:
            self._running = False
            self.error.setText(user_message(err))
            self.error.show()

        self._running = True
        self._wizard.runner.run(lambda _p: initialize(store, request), done, failed)
        validating[0] = False
        return self._created

    def nextId(self) -> int:  # noqa: N802
        return CONNECT if self._wizard.for_province else DONE


class ConnectPage(QWizardPage):
    """A province computer enrols with the province server now, or later from Toàn tỉnh."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.connected_url = ""
        self.passphrase: str | None = None
        self.setTitle(tr("Connect to the province server"))
        self.setSubTitle(tr("Type the address of the province server and the province viewer "
                            "code the province gave for this computer. The code works once."))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.url.setToolTip(tr("The address of the province server, e.g. https://xaso.langson.gov.vn"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.code.setToolTip(tr("The one-time code from the province server's administrator "
                                "(xaso-hub enrol --province)"))
        self.error = error_label()
        self.later = QLabel(tr("No code yet? Press Skip: you can connect later with the button "
                               "\"Connect to the province server…\" in the Whole province section."))
        self.later.setWordWrap(True)
        self.later.setObjectName("hint")
        form = QFormLayout()
        form.addRow(tr("Server address"), self.url)
        form.addRow(tr("Enrolment code"), self.code)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.later)
        layout.addStretch(1)
        for field in (self.url, self.code):
            field.textChanged.connect(self._update_button)

    def initializePage(self) -> None:  # noqa: N802
        self._update_button()

    def _update_button(self) -> None:
        filled = bool(self.url.text().strip() or self.code.text().strip())
        self.setButtonText(QWizard.WizardButton.NextButton,
                           tr("Connect") if filled else tr("Skip"))

    def validatePage(self) -> bool:  # noqa: N802
        """Empty: skip. Filled: enrol in a worker, then go on by itself once enrolled."""
        url, code = self.url.text().strip(), self.code.text().strip()
        if self.connected_url or not (url or code):
            return True
        missing = [w for w in (self.url, self.code) if not w.text().strip()]
        for widget in (self.url, self.code):
            mark_error(widget, widget in missing)
        if missing:
            self.error.setText(tr("Type the server address and the enrolment code, or clear "
                                  "both and press Skip."))
            self.error.show()
            return False
        from desktop.ui.widgets.passphrase import with_keys

        wizard = self._wizard
        with_keys(wizard.store, wizard.prompts, self, self.passphrase,
                  lambda passphrase: self._enrol(url, code, passphrase), wizard.runner)
        return False

    def _enrol(self, url: str, code: str, passphrase: str | None) -> None:
        from desktop.ui.hub.connect import start_enrol

        wizard = self._wizard
        self.passphrase = passphrase
        self.error.hide()

        def done(peer) -> None:
            self.connected_url = peer.url
            wizard.next()

        def failed(err: Exception) -> None:
            self.error.setText(user_message(err))
            self.error.show()

        start_enrol(wizard.runner, self, wizard.store, url, code, self.passphrase, done, failed)

    def nextId(self) -> int:  # noqa: N802
        return DONE


class DonePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Ready"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)

    def initializePage(self) -> None:  # noqa: N802
        wizard, folder = self._wizard, str(self._wizard.store.paths.home)
        if not wizard.for_province:
            self.label.setText(tr(
                "Xã Số is set up for {commune}. Your data is kept in {folder}.\n\nNext: add the "
                "officers of the commune (section Officers), by hand or from an Excel list.").format(
                commune=wizard.commune_page.commune_label(), folder=folder))
            return
        text = tr("Xã Số is set up as the province computer of {province}. Its settings are kept "
                  "in {folder}.").format(province=wizard.province_page.province.currentText(),
                                         folder=folder)
        if wizard.connect_page.connected_url:
            text += "\n\n" + tr("It is connected to the province server {url}: the Whole province "
                                "section shows every commune's figures.").format(
                url=wizard.connect_page.connected_url)
        else:
            text += "\n\n" + tr("It is not connected to the province server yet: in the Whole "
                                "province section, press \"Connect to the province server…\" "
                                "once the province gives you a viewer code.")
        self.label.setText(text)


class FirstRunWizard(QWizard):
    def __init__(self, store: Store, parent=None, prompts=None, runner=None) -> None:
        from desktop.ui.prompts import Prompts
        from desktop.ui.tasks import TaskRunner

        super().__init__(parent)
        self.store = store
        self.prompts = prompts or Prompts()
        self.runner = runner or TaskRunner()
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
        self.welcome_page = WelcomePage()
        self.commune_page = CommunePage()
        self.province_page = ProvincePage()
        self.admin_page = AdminPage(self)
        self.connect_page = ConnectPage(self)
        self.done_page = DonePage(self)
        for page_id, page in enumerate((self.welcome_page, self.commune_page, self.province_page,
                                        self.admin_page, self.connect_page, self.done_page)):
            self.setPage(page_id, page)

    @property
    def for_province(self) -> bool:
        """A province computer (views the whole province) rather than a commune's."""
        return self.welcome_page.province.isChecked()
