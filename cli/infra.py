"""xaso-admin import-equipment ."""

from __future__ import annotations

from pathlib import Path

from cli.base import FIX_THE_ROWS, Cli, dry_run_flag
from core.i18n import tr


def import_equipment(cli: Cli) -> int:
    from core.infrastructure import import_equipment as imp

    tr, args = cli.tr, cli.args
    table = imp.read_table(Path(args.file), args.sheet)
    store = cli.store()
    try:
        if not store.is_initialized:
            return cli.not_set_up()
        with store.write(actor="xaso-admin") as session:
            preview = imp.preview(session, table)
            problems = [p.message(tr) for p in preview.problems]
            problems += [p.message(tr) for row in preview.rows for p in row.problems]
            counts = {"new": preview.count("new"), "update": preview.count("update"),
                      "unchanged": preview.count("unchanged"), "errors": preview.errors}
            if preview.has_errors:
                return cli.refuse(problems, {"file": str(args.file), "counts": counts,
                                             "problems": problems}, tr(FIX_THE_ROWS))
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


def add_parsers(sub, common) -> None:
    eq = sub.add_parser("import-equipment", parents=[common],
                        help=tr("import the equipment register (.xlsx)"))
    eq.add_argument("file", help=tr("the Excel file"))
    eq.add_argument("--sheet", default=None, help=tr("the sheet to read (default: the first)"))
    dry_run_flag(eq)


HANDLERS = {"import-equipment": import_equipment}
