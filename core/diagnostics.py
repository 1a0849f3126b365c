"""Xuất thông tin chẩn đoán: the logs and versions zipped for the province help desk.

Never the database, passwords, keys or settings: only the log files, the program versions and
the data file's check result.
"""

from __future__ import annotations

import datetime as dt
import platform
import sqlite3
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import orjson

from core.config import Paths
from db.errors import N_, UserError

_PACKAGES = ("xaso", "PySide6-Essentials", "SQLAlchemy", "alembic", "openpyxl", "cryptography",
             "argon2-cffi", "reportlab")


def versions() -> dict[str, str]:
    found = {"python": sys.version.split()[0], "platform": platform.platform(),
             "sqlite": sqlite3.sqlite_version}
    for name in _PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "-"
    return found


def export_diagnostics(paths: Paths, target: Path, facts: dict | None = None) -> Path:
    """Write ``target`` (.zip): logs/*, versions.json; returns the file written."""
    info = {"created_at": dt.datetime.now().isoformat(timespec="seconds"), "versions": versions(),
            **(facts or {})}
    try:
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("versions.json", orjson.dumps(info, option=orjson.OPT_INDENT_2,
                                                      default=str).decode())
            for log in sorted(paths.logs.glob("*.log*")) if paths.logs.is_dir() else []:
                zf.write(log, f"logs/{log.name}")
    except OSError as err:
        target.unlink(missing_ok=True)
        raise UserError(N_("Cannot save {file}: {reason}."), file=target.name,
                        reason=err.strerror or str(err)) from err
    return target


def suggested_name() -> str:
    return f"xaso-chan-doan-{dt.datetime.now():%Y%m%d-%H%M}.zip"
