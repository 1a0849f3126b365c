"""What every window and page is handed: the store, the user, prompts, tasks, the op runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from desktop.ui.ops import OpRunner
from desktop.ui.prompts import Prompts
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the sign-in (argon2) and the sync (cryptography, keyring) load when used
    from core.accounts.auth import CurrentUser
    from core.store import Store
    from desktop.ui.sync_controller import SyncController


@dataclass
class AppContext:
    store: Store
    user: CurrentUser
    prompts: Prompts
    runner: TaskRunner  # reads in the background (a pool)
    ui_settings: QSettings
    demo: bool = False
    # The idle lock, the daily backup and the automatic sync run on timers. Tests set this False:
    # a window left from an earlier test must never lock itself and open a modal sign-in inside
    # another test's event loop, however slow the machine.
    background: bool = True
    # every write, on the one writer thread; screens subscribe to the kinds of change they show
    ops: OpRunner = field(init=False, repr=False)
    sync: SyncController = field(init=False, repr=False)  # sync, enrolment, the key's passphrase

    def __post_init__(self) -> None:
        self.store.role = self.user.role  # every write of this app is checked against it
        from desktop.ui.sync_controller import SyncController

        self.ops = OpRunner(self, wait=self.runner.synchronous)
        self.sync = SyncController(self)

    def write(self):
        """A transaction stamped with the current user's name, checked against the user's role.
        Only ops use it (on the writer thread): ``ctx.ops.write(fn)``."""
        return self.store.write(actor=self.user.username, role=self.user.role)
