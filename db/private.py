"""Files and folders of the commune's data, readable by their owner only.

A database, a backup, a staged restore, a received bundle and a key file are created mode 0600
(folders 0700), whatever the process's umask: other accounts of a shared PC or server cannot
read them. SQLite gives a database's ``-wal``, ``-shm`` and ``-journal`` files the mode of the
database itself. On Windows the mode only decides the read-only flag; the folder's ACL (the
user's own profile) is what protects the data there.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_file(path: Path | str) -> Path:
    """``path`` created empty with mode 0600 when it does not exist; an existing file is set to
    0600 (a database created by an older version). Returns the path."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        try:
            if path.stat().st_mode & 0o077:
                os.chmod(path, FILE_MODE)
        except OSError:
            pass  # not ours (read-only medium, another owner): opening it says what is wrong
    except OSError:
        pass  # a missing folder or no write access: the caller's own open reports it
    else:
        os.close(fd)
    return path


def open_private(path: Path | str, mode: str = "wb"):
    """``open(path, mode)`` for writing, the file created (or truncated) with mode 0600."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        os.chmod(path, FILE_MODE)  # an existing file keeps its mode through O_CREAT
    except OSError:
        pass
    return os.fdopen(fd, mode)


def private_folder(path: Path | str) -> Path:
    """``path`` and its missing parents created; the folder itself mode 0700 when it is new."""
    path = Path(path)
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True)
    if not existed:
        try:
            os.chmod(path, FOLDER_MODE)
        except OSError:
            pass
    return path
