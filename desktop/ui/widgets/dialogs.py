"""Opening a dialog without blocking: the one way every screen opens its dialogs.

``open_dialog`` shows the dialog window-modal and returns at once (no nested event loop), so a
test drives page → dialog → refresh, and a sync finishing meanwhile still updates the screens.
``on_accepted`` runs when the user confirms the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog


def open_dialog(dialog: QDialog, on_accepted: Callable[[], None] | None = None,
                on_rejected: Callable[[], None] | None = None) -> QDialog:
    if on_accepted:
        dialog.accepted.connect(on_accepted)
    if on_rejected:
        dialog.rejected.connect(on_rejected)
    dialog.open()
    return dialog
