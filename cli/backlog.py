"""xaso-admin import-lots / backlog-status ."""

from __future__ import annotations

from pathlib import Path

from cli.base import FIX_THE_ROWS, Cli, dry_run_flag
from core.i18n import tr
from core.text import format_date, format_number, format_percent


def import_lots(cli: Cli) -> int:
    from core.backlog import import_lots as imp

    return run_import(cli, imp, cli.tr("{file}: {new} new lots, {update} updated, {unchanged} unchanged."))


def run_import(cli: Cli, importer, done_text: str) -> int:
    """Preview ``args.file`` with ``importer`` (read_table, preview, apply); write it unless dry."""
    tr, args = cli.tr, cli.args
    table = importer.read_table(Path(args.file))
    store = cli.store()
    try:
        if not store.is_initialized:
            return cli.not_set_up()
        with store.write(actor="xaso-admin") as session:
            result = importer.preview(session, table)
            counts = {s: result.count(s) for s in ("new", "update", "unchanged", "error")}
            if result.has_errors:
                problems = [p.message(tr) for p in result.problems]
                return cli.refuse(problems, {"file": str(args.file), "counts": counts,
                                             "problems": problems}, tr(FIX_THE_ROWS))
            if args.dry_run:
                session.rollback()
            else:
                importer.apply(session, result, store.context.commune_code)
    finally:
        store.close()
    text = done_text.format(file=Path(args.file).name,
                            **{k: counts[k] for k in ("new", "update", "unchanged")})
    if args.dry_run:
        text += "\n" + tr("Dry run: nothing was written.")
    cli.emit({"ok": True, "file": str(args.file), "dry_run": args.dry_run, "counts": counts}, text)
    return 0


def backlog_status(cli: Cli) -> int:
    from core.backlog import lots as svc
    from core.backlog import progress as prog

    tr = cli.tr
    p = cli.read(prog.progress)

    def figures(f: prog.Figures) -> dict:
        return {"total": f.total, "digitized": f.digitized, "verified": f.reached("verified"),
                "signed": f.reached("signed"), "stored": f.reached("stored"),
                "rejected": f.by_status.get("rejected", 0), "percent": round(f.digitized_percent, 1)}

    lines = [tr("Digitization: {done} of {total} records digitized ({percent}).").format(
        done=format_number(p.overall.digitized), total=format_number(p.overall.total),
        percent=format_percent(p.overall.digitized_percent))]
    for code, f in sorted(p.fields.items(), key=lambda item: -item[1].total):
        lines.append(tr("  {field}: {done}/{total} digitized ({percent}), {checked} checked, {signed} "
                        "signed, {stored} stored").format(
            field=tr(svc.FIELDS.get(code, code)), done=format_number(f.digitized),
            total=format_number(f.total), percent=format_percent(f.digitized_percent),
            checked=format_number(f.reached("verified")), signed=format_number(f.reached("signed")),
            stored=format_number(f.reached("stored"))))
    lines.append(tr("Current rate: {rate} records a day (last {days} days).").format(
        rate=format_number(p.rate_per_day, 1), days=prog.RATE_DAYS))
    forecasts = []
    for f in p.forecasts:
        target = tr("Target {percent} by {date}").format(percent=format_percent(f.target.percent, 0),
                                                         date=format_date(f.target.due_on))
        if f.reached:
            verdict = tr("reached")
        elif f.date is None:
            verdict = tr("will be missed: no records are being digitized")
        elif f.missed:
            verdict = tr("will be missed: reached only on {date} at the current rate").format(
                date=format_date(f.date))
        else:
            verdict = tr("on track: reached on {date} at the current rate").format(date=format_date(f.date))
        lines.append(f"{target}: {verdict}")
        forecasts.append({"percent": f.target.percent, "due_on": f.target.due_on.isoformat(),
                          "needed": f.needed, "reached": f.reached, "missed": f.missed,
                          "forecast_date": f.date.isoformat() if f.date else None})
    cli.emit({"ok": True, "overall": figures(p.overall),
              "fields": {code: figures(f) for code, f in sorted(p.fields.items())},
              "rate_per_day": round(p.rate_per_day, 2), "targets": forecasts}, "\n".join(lines))
    return 0


def add_parsers(sub, common) -> None:
    lots = sub.add_parser("import-lots", parents=[common], help=tr("import backlog lots (.xlsx, .csv)"))
    lots.add_argument("file", help=tr("the Excel or CSV file"))
    dry_run_flag(lots)
    sub.add_parser("backlog-status", parents=[common], help=tr("digitization progress against the target"))


HANDLERS = {"import-lots": import_lots, "backlog-status": backlog_status}
