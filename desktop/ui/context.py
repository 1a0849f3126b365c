"""What every window and page is handed: the store, the user, prompts, tasks, app signals."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal

from core.accounts.auth import CurrentUser
from core.store import Store
from desktop.ui.prompts import Prompts
from desktop.ui.sync_controller import SyncController
from desktop.ui.tasks import TaskRunner

# not a table: ``data_changed`` sends it when a backup file was made (no row records that)
BACKUP_MADE = "backup"


class AppSignals(QObject):
    """App-wide notifications; ``data_changed`` carries the table name that was written (or
    BACKUP_MADE)."""

    data_changed = Signal(str)


@dataclass
class AppContext:
    store: Store
    user: CurrentUser
    prompts: Prompts
    runner: TaskRunner
    ui_settings: QSettings
    signals: AppSignals = field(default_factory=AppSignals)
    demo: bool = False
    # The idle lock, the daily backup and the automatic sync run on timers. Tests set this False:
    # a window left from an earlier test must never lock itself and open a modal sign-in inside
    # another test's event loop, however slow the machine.
    background: bool = True
    sync: SyncController = field(init=False, repr=False)  # sync, enrolment, the key's passphrase

    def __post_init__(self) -> None:
        self.store.role = self.user.role  # every write of this app is checked against it
        self.sync = SyncController(self)

    def write(self):
        """A transaction stamped with the current user's name, checked against the user's role."""
        return self.store.write(actor=self.user.username, role=self.user.role)
