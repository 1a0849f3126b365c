"""Where the data lives: the data folder (platformdirs, or XASO_HOME) and its files."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from db.private import private_folder

APP_NAME = "XaSo"


def resources_dir() -> Path:
    """resources/ beside the packages, or inside the PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    source_tree = Path(__file__).resolve().parent.parent / "resources"
    if source_tree.is_dir():
        return source_tree
    return Path(sys.prefix) / "share" / "xaso" / "resources"  # installed from a wheel


def default_home() -> Path:
    env = os.environ.get("XASO_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def demo_home() -> Path:
    """The separate data folder `xaso --demo` fills and opens, never the real one."""
    env = os.environ.get("XASO_HOME")
    if env:
        return Path(env).expanduser() / "demo"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME + "-demo", appauthor=False))


@dataclass(frozen=True)
class Paths:
    home: Path

    @property
    def db_file(self) -> Path:
        return self.home / "xaso.sqlite"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def ui_settings(self) -> Path:
        return self.home / "ui.ini"

    def ensure(self) -> None:
        for folder in (self.home, self.backups, self.logs):
            private_folder(folder)  # 0700 when created: the commune's data, for this account only
