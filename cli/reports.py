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
    from core.evidence import signing
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
        if (args.sign_p12 or args.sign_pkcs11) and not args.issue:
            raise UserError(N_("Only an issued report can be signed: add --issue."))
        signing_with = _signing_key(args)
        if args.issue and signing_with is not None:
            with signing_with as signer, store.write(actor="xaso-admin") as session:
                issued, data = signing.issue_and_sign(
                    session, kind.key, when.key, day,
                    lambda n, d: catalog.build(session, kind.key, when, Stamp(n, d), course_id),
                    kind.doc_type, signer, service.load_settings(session).place)
                document = None
        elif args.issue:
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
    if signing_with is not None:
        text += "\n" + tr("Signed digitally; the register keeps the signed file's fingerprint.")
    cli.emit({"ok": True, "kind": kind.key, "period": when.key, "file": str(out),
              "bytes": len(data), "xlsx": args.xlsx, "number": issued.symbol if issued else None,
              "sha256": service.sha256(data), "signed": signing_with is not None}, text)
    return 0


def ask_secret(prompt: str) -> str:
    """A PIN or password, asked each time and never stored: from the terminal without echo, or
    one line of standard input when it is not a terminal (scripts, tests)."""
    import getpass
    import sys

    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    print(prompt, file=sys.stderr)
    return (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")


def _signing_key(args):
    """A context manager giving the signer chosen on the command line, or None."""
    from contextlib import nullcontext

    from core.evidence import signing

    if args.sign_p12 and args.sign_pkcs11:
        raise UserError(N_("Choose one way to sign: --sign-p12 or --sign-pkcs11."))
    if args.sign_p12:
        password = ask_secret(tr("Password of {file}: ").format(file=Path(args.sign_p12).name))
        return nullcontext(signing.p12_signer(Path(args.sign_p12), password))
    if args.sign_pkcs11:
        pin = ask_secret(tr("PIN of the token: "))
        return signing.pkcs11_signer(args.sign_pkcs11, args.slot, pin, args.key_label or "")
    return None


def verify_report(cli: Cli) -> int:
    """Who signed a report file, whether it is intact, which issued report it is."""
    from core.evidence import signing

    tr, path = cli.tr, Path(cli.args.file)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UserError(N_("Cannot read {file}: {reason}."), file=path.name,
                        reason=err.strerror or str(err)) from err
    check = cli.read(lambda session: signing.check_report(session, data))
    result = check.result
    lines = signing.check_lines(check, path.name, tr)
    cli.emit({"ok": True, "file": str(path), "number": check.symbol or None, "exact": check.exact,
              "intact": check.intact, "verdict": result.verdict,
              "signatures": [s.as_json() for s in result.signatures]}, "\n".join(lines))
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
    rep.add_argument("--sign-p12", default=None, metavar="FILE",
                     help=tr("sign the issued report with this PKCS#12 file (.p12, .pfx); the password "
                             "is asked"))
    rep.add_argument("--sign-pkcs11", default=None, metavar="LIB",
                     help=tr("sign the issued report with the token of this PKCS#11 driver; the PIN is "
                             "asked"))
    rep.add_argument("--slot", type=int, default=0,
                     help=tr("the token's position in the driver's list (0 = the first)"))
    rep.add_argument("--key-label", default=None, help=tr("the label of the signing key on the token"))
    check = sub.add_parser("verify-report", parents=[common],
                           help=tr("who signed a report PDF and whether it is intact"))
    check.add_argument("file", help=tr("the report's PDF file"))


HANDLERS = {"report": report, "verify-report": verify_report}
