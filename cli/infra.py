"""xaso-admin import-equipment (kept apart so cli.py stays small)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

if TYPE_CHECKING:
    from cli.main import Cli


def import_equipment(cli: Cli) -> int:
    from core.infrastructure import import_equipment as imp

    tr, args = cli.tr, cli.args
    table = imp.read_table(Path(args.file), args.sheet)
    store = cli.store()
    try:
        if not store.is_initialized:
            return cli.fail(tr("This data folder has not been set up yet; open Xã Số once or run "
                               "the demo command."))
        with store.write(actor="xaso-admin") as session:
            preview = imp.preview(session, table)
            problems = [p.message(tr) for p in preview.problems]
            problems += [p.message(tr) for row in preview.rows for p in row.problems]
            counts = {"new": preview.count("new"), "update": preview.count("update"),
                      "unchanged": preview.count("unchanged"), "errors": preview.errors}
            if preview.has_errors:
                for problem in problems:
                    print(problem, file=sys.stderr)
                if args.json:
                    sys.stdout.write(orjson.dumps({"ok": False, "file": str(args.file),
                                                   "counts": counts,
                                                   "problems": problems}).decode() + "\n")
                print(tr("Nothing was imported: fix the rows above in the file and try again."),
                      file=sys.stderr)
                return 1
            if args.dry_run:
                session.rollback()
            else:
                imp.apply(session, preview)
    finally:
        store.close()
    text = tr("{file}: {new} new devices, {update} updated, {same} unchanged.").format(
        file=Path(args.file).name, new=counts["new"], update=counts["update"],
        same=counts["unchanged"])
    if args.dry_run:
        text += " " + tr("(dry run: nothing was written)")
    cli.emit({"ok": True, "file": str(args.file), "dry_run": args.dry_run, "counts": counts}, text)
    return 0
