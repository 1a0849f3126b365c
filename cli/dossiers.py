"""xaso-admin import-dossiers / indicators-766 ."""

from __future__ import annotations

from cli.base import Cli, dry_run_flag
from core.i18n import tr
from core.text import format_number, format_percent


def add_parsers(sub, common) -> None:
    imp = sub.add_parser("import-dossiers", parents=[common],
                         help=tr("import the dossier export of the procedure system (.xlsx, .csv)"))
    imp.add_argument("file", help=tr("the Excel or CSV file"))
    dry_run_flag(imp)
    ind = sub.add_parser("indicators-766", parents=[common],
                         help=tr("QĐ 766 digitization indicators 4.1–4.4 of one month"))
    ind.add_argument("--month", required=True, help=tr("yyyy-mm, e.g. 2026-11"))


def import_dossiers(cli: Cli) -> int:
    from cli.backlog import run_import
    from core.backlog import import_dossiers as imp

    return run_import(cli, imp, cli.tr("{file}: {new} new dossiers, {update} updated, "
                                       "{unchanged} unchanged."))


def indicators_766(cli: Cli) -> int:
    from core.backlog import indicators as ind

    tr = cli.tr
    month = ind.parse_month(cli.args.month)
    store = cli.store()
    try:
        if not store.is_initialized:
            return cli.not_set_up()
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
    lines.append(ind.evidence_line(result.evidence, tr, format_number))
    e = result.evidence
    cli.emit({"ok": True, "month": month.strftime("%Y-%m"), "indicators": items,
              "points": round(result.points, 2), "pmax": result.pmax,
              "records": {"signed": e.signed, "signed_backed": e.signed_backed,
                          "signed_unbacked": e.signed_unbacked, "stored": e.stored,
                          "stored_backed": e.stored_backed}}, "\n".join(lines))
    return 0


HANDLERS = {"import-dossiers": import_dossiers, "indicators-766": indicators_766}
