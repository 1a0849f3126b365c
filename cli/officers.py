"""xaso-admin import-officers: an officer list (.xlsx) checked row by row, then written whole."""

from __future__ import annotations

from pathlib import Path

from cli.base import FIX_THE_ROWS, Cli, dry_run_flag
from core.i18n import tr


def add_parsers(sub, common) -> None:
    imp = sub.add_parser("import-officers", parents=[common], help=tr("import an officer list (.xlsx)"))
    imp.add_argument("file", help=tr("the Excel file"))
    imp.add_argument("--sheet", default=None, help=tr("the sheet to read (default: the first)"))
    dry_run_flag(imp)


def import_officers(cli: Cli) -> int:
    from core.officers import import_xlsx as imp

    tr = cli.tr
    table = imp.read_table(Path(cli.args.file), cli.args.sheet)
    mapping = imp.guess_mapping(table)
    store = cli.store()
    try:
        if not store.is_initialized:
            return cli.not_set_up()
        with store.write(actor="xaso-admin") as session:
            preview = imp.preview(session, table, mapping)
            problems = [p.message(tr) for p in preview.problems]
            problems += [p.message(tr) for row in preview.rows for p in row.problems]
            counts = {"new": preview.new, "update": preview.updated,
                      "unchanged": preview.unchanged, "errors": preview.errors}
            if preview.has_errors:
                return cli.refuse(problems, {"file": str(cli.args.file), "counts": counts,
                                             "problems": problems}, tr(FIX_THE_ROWS))
            if not cli.args.dry_run:
                imp.apply(session, preview)
            else:
                session.rollback()
    finally:
        store.close()
    text = tr("{file}: {new} new, {update} updated, {same} unchanged.").format(
        file=Path(cli.args.file).name, new=counts["new"], update=counts["update"],
        same=counts["unchanged"])
    if cli.args.dry_run:
        text += " " + tr("(dry run: nothing was written)")
    cli.emit({"ok": True, "file": str(cli.args.file), "dry_run": cli.args.dry_run,
               "counts": counts}, text)
    return 0


HANDLERS = {"import-officers": import_officers}
