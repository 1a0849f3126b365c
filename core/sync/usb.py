"""USB: write a bundle to a stick safely and prove it can be read back (no Qt here).

The bundle writer already writes ``<name>.part``, fsyncs and renames; here the folder entry is
synced too (so the rename survives pulling the stick) and the file is read back from the stick
and checked — signature and every chunk's checksum — before the user is told it is done.
"""

from __future__ import annotations

import os
from pathlib import Path

from core.sync.bundle import BundleReader, BundleRejected
from db.errors import N_, UserError


def sync_folder(folder: Path) -> None:
    """fsync a directory entry where the OS allows it (not on Windows)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def verify_written(path: Path, sign_key: str) -> None:
    """Read the file back from the stick: signature and every chunk must match."""
    sync_folder(path.parent)
    try:
        with BundleReader(path) as reader:
            if not reader.check_signature(sign_key):
                raise BundleRejected(N_("The file {file} is damaged or incomplete (not a whole "
                                        "bundle). Copy it again from the sender."), file=path.name)
            reader.check_hashes()
    except BundleRejected as err:
        raise UserError(N_("The copy on {folder} cannot be read back correctly: {reason} Use "
                           "another USB stick or folder and export again."),
                        folder=str(path.parent), reason=err.message()) from err


def check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise UserError(N_("The folder {folder} does not exist (is the USB stick plugged in?)."),
                        folder=str(folder))
    if not os.access(folder, os.W_OK):
        raise UserError(N_("Cannot write to {folder}: it is read-only or full."),
                        folder=str(folder))
