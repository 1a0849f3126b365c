"""What every xaso-admin command is handed: the parsed arguments, Vietnamese messages (Qt-free,
core.i18n), the data folder, and one way to print a summary or a refusal."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

import orjson

from core.config import Paths
from core.i18n import tr
from db.errors import N_, UserError

KEY_PASSPHRASE_ENV = "XASO_KEY_PASSPHRASE"  # only used when the key is kept in a file (no keyring)
NOT_SET_UP = N_("This data folder has not been set up yet; open Xã Số once or run the demo command.")
FIX_THE_ROWS = N_("Nothing was imported: fix the rows above in the file and try again.")
DEMO_HOME_NEEDED = N_("Name the folder for the demo data with --home DIR; demo data never goes into "
                      "the real data folder.")



class Cli:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.tr = tr

    def emit(self, summary: dict[str, Any], text: str) -> None:
        if self.args.json:
            sys.stdout.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2).decode() + "\n")
        else:
            print(text)

    def fail(self, err: UserError | str) -> int:
        message = err.message(self.tr) if isinstance(err, UserError) else err
        if self.args.json:
            sys.stdout.write(orjson.dumps({"ok": False, "error": message}).decode() + "\n")
        print(self.tr("Error: {message}").format(message=message), file=sys.stderr)
        return 1

    def refuse(self, lines: list[str], summary: dict[str, Any], what_to_do: str) -> int:
        """Nothing was written: each problem on stderr, the JSON summary with ``ok: false`` on
        stdout when asked, then what to do; exit status 1."""
        for line in lines:
            print(line, file=sys.stderr)
        if self.args.json:
            sys.stdout.write(orjson.dumps({"ok": False, **summary}).decode() + "\n")
        print(what_to_do, file=sys.stderr)
        return 1

    def read(self, query):
        """``query(session)`` on the set-up data folder, which is closed again after."""
        store = self.ready_store()
        try:
            with store.session() as session:
                return query(session)
        finally:
            store.close()

    def not_set_up(self) -> int:
        return self.fail(self.tr(NOT_SET_UP))

    def store(self):
        from core.store import Store

        return Store.open(Paths(self.args.home))

    def ready_store(self):
        """The opened data folder, which must have been set up (else a UserError)."""
        store = self.store()
        if not store.is_initialized:
            store.close()
            raise UserError(NOT_SET_UP)
        return store


def key_passphrase() -> str | None:
    """The passphrase of a signing key kept in a file (no keyring on this computer)."""
    return os.environ.get(KEY_PASSPHRASE_ENV) or None


def dry_run_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true",
                        help=tr("show what would change, write nothing"))
