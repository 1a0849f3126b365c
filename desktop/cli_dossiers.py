"""xaso-admin import-dossiers / indicators-766 (kept apart so cli.py stays small)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from desktop.services.text import format_number, format_percent

if TYPE_CHECKING:
    from desktop.cli import Cli


def add_parser(sub, common) -> None:
    imp = sub.add_parser("import-dossiers", parents=[common],
                         help="import the dossier export of the procedure system (.xlsx, .csv)")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    ind = sub.add_parser("indicators-766", parents=[common],
                         help="QĐ 766 digitization indicators 4.1–4.4 of one month")
    ind.add_argument("--month", required=True, help="yyyy-mm, e.g. 2026-11")


def _not_set_up(cli: Cli) -> int:
    return cli.fail(cli.tr("This data folder has not been set up yet; open Xã Số once or run the "
                           "demo command."))


def import_dossiers(cli: Cli) -> int:
    from desktop.services.imports import dossiers as imp

    tr, args = cli.tr, cli.args
    table = imp.read_table(Path(args.file))
    store = cli.store()
    try:
        if not store.is_initialized:
            return _not_set_up(cli)
        with store.write(actor="xaso-admin") as session:
            result = imp.preview(session, table)
            counts = {s: result.count(s) for s in ("new", "update", "unchanged", "error")}
            if result.has_errors:
                problems = [p.message(tr) for p in result.problems]
                for problem in problems:
                    print(problem, file=sys.stderr)
                if args.json:
                    sys.stdout.write(orjson.dumps({"ok": False, "file": str(args.file), "counts": counts,
                                                   "problems": problems}).decode() + "\n")
                print(tr("Nothing was imported: fix the rows above in the file and try again."),
                      file=sys.stderr)
                return 1
            if args.dry_run:
                session.rollback()
            else:
                imp.apply(session, result, store.context.commune_code)
    finally:
        store.close()
    text = tr("{file}: {new} new dossiers, {update} updated, {unchanged} unchanged.").format(
        file=Path(args.file).name, **{k: counts[k] for k in ("new", "update", "unchanged")})
    if args.dry_run:
        text += "\n" + tr("Dry run: nothing was written.")
    cli.emit({"ok": True, "file": str(args.file), "dry_run": args.dry_run, "counts": counts}, text)
    return 0


def indicators_766(cli: Cli) -> int:
    from desktop.services import dossier_indicators as ind

    tr = cli.tr
    month = ind.parse_month(cli.args.month)
    store = cli.store()
    try:
        if not store.is_initialized:
            return _not_set_up(cli)
        with store.session() as session:
            result = ind.month_indicators(session, month)
    finally:
        store.close()
    lines = [tr("QĐ 766 digitization indicators, month {month}:").format(
        month=month.strftime("%m/%Y"))]
    items = []
    for i in result.items:
        d = i.definition
        rate = format_percent(i.rate) if i.rate is not None else tr("no dossiers")
        lines.append(tr("  {code} {title}: {num}/{den} ({rate}), target {target}: {points} of {pmax} "
                        "points").format(code=d.code, title=tr(d.title), num=format_number(i.numerator),
                                         den=format_number(i.denominator), rate=rate,
                                         target=format_percent(d.target, 0),
                                         points=format_number(i.points, 2),
                                         pmax=format_number(d.pmax, 0)))
        items.append({"code": d.code, "numerator": i.numerator, "denominator": i.denominator,
                      "rate": None if i.rate is None else round(i.rate, 2), "target": d.target,
                      "points": round(i.points, 2), "pmax": d.pmax})
    lines.append(tr("Total: {points} of {pmax} points.").format(
        points=format_number(result.points, 2), pmax=format_number(result.pmax, 0)))
    cli.emit({"ok": True, "month": month.strftime("%Y-%m"), "indicators": items,
              "points": round(result.points, 2), "pmax": result.pmax}, "\n".join(lines))
    return 0
