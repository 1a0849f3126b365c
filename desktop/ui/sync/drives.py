"""Choosing where to write the bundle: removable drives (USB sticks) first, then any folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStorageInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.i18n import tr
from desktop.ui.prompts import Prompts
from desktop.ui.widgets.forms import button_box

_SYSTEM_TYPES = {"tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "ramfs"}


def _is_removable(info: QStorageInfo) -> bool:
    root = info.rootPath()
    device = bytes(info.device()).decode(errors="ignore")
    return (root.startswith(("/media/", "/run/media/", "/mnt/"))
            or "usb" in device.lower() or (len(root) == 3 and root[1:] == ":/" and root[0] not in "Cc"))


def drives() -> list[tuple[str, Path, bool]]:
    """(label, folder, removable) of mounted, writable volumes; removable ones first."""
    out = []
    for info in QStorageInfo.mountedVolumes():
        fs = bytes(info.fileSystemType()).decode(errors="ignore")
        if not info.isValid() or not info.isReady() or info.isReadOnly() or fs in _SYSTEM_TYPES:
            continue
        removable = _is_removable(info)
        free = info.bytesAvailable() / 1e9
        name = info.displayName() or info.rootPath()
        label = tr("{name} ({free} GB free)").format(name=name, free=f"{free:.1f}".replace(".", ","))
        out.append((label, Path(info.rootPath()), removable))
    out.sort(key=lambda d: (not d[2], d[0]))
    return out


class DriveDialog(QDialog):
    def __init__(self, prompts: Prompts, parent=None,
                 found: list[tuple[str, Path, bool]] | None = None) -> None:
        """``found``: the drives to list (tests); by default the mounted ones."""
        super().__init__(parent)
        self.prompts = prompts
        self.setWindowTitle(tr("Export to USB"))
        self.folder: Path | None = None
        self.list = QListWidget()
        found = drives() if found is None else found
        for label, path, removable in found:
            text = (tr("USB stick: {label}") if removable else tr("Drive: {label}")).format(label=label)
            item = QListWidgetItem(text)
            item.setData(256, str(path))
            self.list.addItem(item)
        other = QPushButton(tr("Choose another folder…"))
        other.clicked.connect(self.choose_other)
        buttons = button_box(tr("Export"))
        buttons.accepted.connect(self.accept_choice)
        buttons.rejected.connect(self.reject)
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        hint = QLabel(tr("Plug in the USB stick, choose it here, then take the file to the "
                         "province. Removable drives are listed first."))
        hint.setWordWrap(True)
        # only a USB stick is chosen for the clerk; never the system drive ("/", C:)
        if found and found[0][2]:
            self.list.setCurrentRow(0)
        else:
            hint.setText(tr("No USB stick found. Plug one in and open this window again, or "
                            "choose a folder with “Choose another folder…”."))
        self.hint = hint
        self.export_button.setEnabled(self.list.currentItem() is not None)
        self.list.currentItemChanged.connect(
            lambda item, _old: self.export_button.setEnabled(item is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(other)
        layout.addWidget(buttons)
        self.resize(520, 340)

    def choose_other(self) -> None:
        folder = self.prompts.open_folder(self, tr("Folder for the sync file"))
        if folder is not None:
            self.folder = folder
            self.accept()

    def accept_choice(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.folder = Path(item.data(256))
            self.accept()
