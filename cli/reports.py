"""xaso-admin report KIND --period P --out FILE [--xlsx FILE] [--issue] (kept apart from cli.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cli.base import Cli
from core.i18n import tr
from core.text import parse_date
from db.errors import N_, UserError


def _write(path: Path, data: bytes) -> None:
    from core.reports.xlsx import cannot_save

    try:
        path.write_bytes(data)
    except OSError as err:
        raise cannot_save(path, err) from err


def _issue_date(text: str | None) -> dt.date:
    try:
        return parse_date(text) or dt.date.today()
    except ValueError as err:
        raise UserError(N_("{text} is not a date; write it as dd/mm/yyyy."), text=text) from err


def report(cli: Cli) -> int:
    from core.reports import catalog, pdf, period, xlsx
    from core.reports import register as service
    from core.reports.common import Stamp

    tr, args = cli.tr, cli.args
    kind = catalog.get(args.kind)
    when = period.parse(args.period)
    day = _issue_date(args.date)
    store = cli.store()
    try:
        if not store.is_initialized:
            return cli.not_set_up()
        course_id = _course(store, args.course) if args.course else None
        issued = None
        if args.issue:
            with store.write(actor="xaso-admin") as session:
                issued, data = service.issue(
                    session, kind.key, when.key, day,
                    lambda n, d: catalog.build(session, kind.key, when, Stamp(n, d), course_id),
                    pdf.render,
                    kind.doc_type)
                document = None
        else:
            with store.session() as session:
                document = catalog.build(session, kind.key, when, Stamp(None, day), course_id)
            data = pdf.render(document)
        if args.xlsx:
            if document is None:
                with store.session() as session:
                    document = catalog.build(session, kind.key, when, Stamp(issued.number, day),
                                             course_id)
            xlsx.export(document, Path(args.xlsx))
    finally:
        store.close()
    out = Path(args.out)
    _write(out, data)
    text = tr("Saved {file} ({kind}, {period}).").format(file=str(out), kind=tr(kind.label),
                                                         period=when.wording)
    if issued is not None:
        text += "\n" + tr("Issued as number {symbol} on {date}.").format(
            symbol=issued.symbol, date=day.strftime("%d/%m/%Y"))
    cli.emit({"ok": True, "kind": kind.key, "period": when.key, "file": str(out),
              "bytes": len(data), "xlsx": args.xlsx, "number": issued.symbol if issued else None,
              "sha256": service.sha256(data)}, text)
    return 0


def _course(store, text: str):
    from core.training.courses import find_course

    with store.session() as session:
        return find_course(session, text).id


def add_parsers(sub, common) -> None:
    from core.reports.catalog import KINDS

    rep = sub.add_parser("report", parents=[common], help=tr("make a report as PDF (and XLSX)"))
    rep.add_argument("kind", choices=sorted(KINDS), help=tr("the kind of report"))
    rep.add_argument("--period", required=True,
                     help=tr("2026-11 (month), 2026-Q4, 2026 or 2026-01-15..2026-03-31"))
    rep.add_argument("--out", required=True, help=tr("the PDF file to write"))
    rep.add_argument("--xlsx", default=None, help=tr("also write the tables to this .xlsx"))
    rep.add_argument("--issue", action="store_true",
                     help=tr("take the next number from the register and record the file"))
    rep.add_argument("--date", default=None, help=tr("date on the report, dd/mm/yyyy (default today)"))
    rep.add_argument("--course", default=None,
                     help=tr("training list: only this course (id or exact title)"))


HANDLERS = {"report": report}
