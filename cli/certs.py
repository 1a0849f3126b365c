"""xaso-admin import-certs / cert-status ."""

from __future__ import annotations

from pathlib import Path

from cli.base import Cli, dry_run_flag
from core.i18n import tr
from core.text import format_date, format_percent


def import_certs(cli: Cli) -> int:
    from core.certificates import parse
    from core.certificates import registry as svc

    tr, args = cli.tr, cli.args
    files = svc.read_files([Path(p) for p in args.paths], args.password)
    if not files:
        return cli.fail(tr("No certificate files were found in the paths given."))
    store = cli.store()
    try:
        if not store.is_initialized:
            return cli.not_set_up()
        with store.write(actor="xaso-admin") as session:
            result = svc.preview(session, files)
            if not result.has_errors and not args.dry_run:
                svc.apply(session, result)
            else:
                session.rollback()
    finally:
        store.close()
    report, lines = [], []
    for item in result.items:
        c = item.cert
        match = tr(svc.MATCH_TEXTS[item.match])
        report.append({"file": item.file, "subject": c.subject_cn, "cccd": c.cccd,
                       "issuer": c.issuer_cn, "serial": c.serial, "fingerprint": c.fingerprint,
                       "not_after": c.not_after.isoformat(), "kind": item.kind.kind,
                       "reason": parse.explain(item.kind.reason, c.issuer_cn, c.issuer_o, tr),
                       "officer": item.officer_name or None, "match": item.match,
                       "duplicate": item.duplicate,
                       "replaces": [] if item.duplicate else [
                           {"subject": h.subject_cn, "serial": h.serial, "not_after": h.not_after.isoformat(),
                            "file": h.file_name, "in_use": h.valid, "in_this_import": h.in_file}
                           for h in item.replaces]})
        officer = item.officer_name or match
        text = tr("{file}: {name}, {kind}, valid until {date} → {officer}").format(
            file=item.file, name=c.subject_cn, kind=tr(parse.KIND_TEXTS[item.kind.kind]),
            date=format_date(c.not_after.astimezone(svc.VIETNAM).date()), officer=officer)
        if item.duplicate:
            text += " " + tr("(already imported)")
        else:
            text = "; ".join([text, *svc.renewal_texts(item, tr)])
        lines.append(text)
    errors = [e.message(tr) for e in result.errors]
    counts = {"files": len(files), "new": len(result.new_items), "duplicates": result.duplicates,
              "unmatched": result.unmatched, "errors": len(errors)}
    if errors:
        return cli.refuse(lines + errors, {"counts": counts, "certificates": report, "errors": errors},
                          tr("Nothing was imported: fix or remove the files above and try again."))
    summary = tr("{new} new certificates, {dup} already imported, {unmatched} to assign to an "
                 "officer.").format(new=counts["new"], dup=counts["duplicates"],
                                    unmatched=counts["unmatched"])
    if args.dry_run:
        summary += " " + tr("(dry run: nothing was written)")
    cli.emit({"ok": True, "dry_run": args.dry_run, "counts": counts, "certificates": report},
             "\n".join(lines + [summary]))
    return 0


def cert_status(cli: Cli) -> int:
    from core.certificates import status

    tr = cli.tr
    s = cli.read(status.summary)
    cov = s.coverage
    lines = [
        tr("Official-duty certificate coverage: {covered}/{officers} working officers ({percent}).")
        .format(covered=cov.covered, officers=cov.officers, percent=format_percent(cov.percent)),
        tr("Expiring within 30 days: {warnings}; within 7 days or expired: {errors}.")
        .format(warnings=s.alerts.warnings, errors=s.alerts.errors),
        tr("Officers still on a public CA: {count}. Certificates to assign: {review}. Open "
           "requests: {requests}.").format(count=cov.public_ca, review=s.review,
                                           requests=s.open_requests),
    ]
    for alert in s.alerts.items:
        lines.append("  " + tr("{name}: expires {date}").format(
            name=alert.officer_name or alert.subject_cn, date=format_date(alert.not_after.date())))
    cli.emit({
        "ok": True, "certificates": s.certificates,
        "coverage": {"officers": cov.officers, "covered": cov.covered,
                     "percent": round(cov.percent, 1), "public_ca": cov.public_ca,
                     "by_department": [{"department": d.department, "officers": d.officers,
                                        "covered": d.covered} for d in cov.by_department]},
        "alerts": {"warning": s.alerts.warnings, "error": s.alerts.errors,
                   "items": [{"officer": a.officer_name, "subject": a.subject_cn,
                              "not_after": a.not_after.isoformat(), "days_left": a.days_left,
                              "level": a.level} for a in s.alerts.items]},
        "review": s.review, "open_requests": s.open_requests,
        "tickets": {"open": s.tickets_open, "resolved": s.tickets_resolved,
                    "in_time": s.tickets_in_time},
    }, "\n".join(lines))
    return 0


def add_parsers(sub, common) -> None:
    certs = sub.add_parser("import-certs", parents=[common], help=tr("import signing certificates"))
    certs.add_argument("paths", nargs="+", metavar="FILE_OR_DIR",
                       help=tr("certificate files (.cer, .crt, .pem, .p12, .pfx) or folders"))
    certs.add_argument("--password", default=None, help=tr("password of the .p12/.pfx files"))
    dry_run_flag(certs)
    sub.add_parser("cert-status", parents=[common], help=tr("certificate alerts and coverage"))


HANDLERS = {"import-certs": import_certs, "cert-status": cert_status}
