"""Giới thiệu: version, data folder, schema and the licences of what the app is built from."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QDialog, QLabel, QTextBrowser, QVBoxLayout

from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import button_box

# (distribution, licence) of the libraries inside the app
COMPONENTS = (
    ("PySide6-Essentials", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"),
    ("alembic", "MIT"),
    ("openpyxl", "MIT"),
    ("cryptography", "Apache-2.0 / BSD"),
    ("argon2-cffi", "MIT"),
    ("keyring", "MIT"),
    ("platformdirs", "MIT"),
    ("orjson", "Apache-2.0 / MIT"),
    ("vietnam-provinces", "GPL-3.0"),
)


def app_version() -> str:
    try:
        return metadata.version("xaso")
    except metadata.PackageNotFoundError:
        return "0.1.0"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "–"


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About Xã Số"))
        self.setMinimumSize(460, 340)
        self.resize(520, 460)
        heading = QLabel(tr("Xã Số {version}").format(version=app_version()))
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        info = QLabel(
            tr("Data folder: {folder}\nDatabase schema: {schema}\n"
               "Python {python}, Qt for Python {qt}").format(
                folder=str(ctx.store.paths.home), schema=ctx.store.migration.after,
                python=platform.python_version(), qt=pyside_version)
        )
        info.setWordWrap(True)
        info.setTextInteractionFlags(info.textInteractionFlags().TextSelectableByMouse)
        rows = "".join(f"<tr><td>{name}</td><td>{_version(name)}</td><td>{licence}</td></tr>"
                       for name, licence in COMPONENTS)
        self.licences = QTextBrowser()
        self.licences.setHtml(
            "<p>" + tr("Xã Số is free software under the GNU General Public License, version 3 or "
                       "later.") + "</p><table cellpadding='3'><tr><th align='left'>"
            + tr("Component") + "</th><th align='left'>" + tr("Version") + "</th><th align='left'>"
            + tr("Licence") + "</th></tr>" + rows + "</table>"
        )
        buttons = button_box(tr("Close"))
        buttons.button(buttons.StandardButton.Cancel).hide()
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(info)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
