"""xaso-admin backup, verify-backup, restore, audit (the command line runs as administrator).

    xaso-admin [--home DIR] backup [--to DIR] [--encrypt]
    xaso-admin [--home DIR] verify-backup FILE
    xaso-admin [--home DIR] restore FILE [--dry-run]
    xaso-admin [--home DIR] audit [--verify] [--repair] [--limit N]

The password of an encrypted backup comes from XASO_BACKUP_PASSWORD, else it is asked for.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from cli.base import Cli
from core.config import Paths
from core.i18n import tr
from core.text import format_number, format_size

PASSWORD_ENV = "XASO_BACKUP_PASSWORD"


def _password(cli, required: bool) -> str | None:
    value = os.environ.get(PASSWORD_ENV)
    if value or not required:
        return value or None
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(cli.tr("Backup password: "))


def _initialized_store(cli):
    if not Paths(cli.args.home).db_file.exists():
        return None
    return cli.store()


def backup(cli) -> int:
    from core.backup import restore as br

    tr = cli.tr
    password = None
    if cli.args.encrypt:
        password = _password(cli, True)
        if not password or len(password) < 8:
            return cli.fail(tr("An encrypted backup needs a password of at least 8 characters "
                               "(in {env} or typed when asked).").format(env=PASSWORD_ENV))
    store = _initialized_store(cli)
    if store is None:
        return cli.fail(tr("There is no Xã Số data in {path}.").format(path=str(cli.args.home)))
    try:
        folder = Path(cli.args.to) if cli.args.to else None
        made = br.backup_now(store, folder, password, role="admin")
    finally:
        store.close()
    cli.emit({"ok": True, "file": str(made.path), "size": made.size, "encrypted": made.encrypted},
             tr("Backup saved: {file} ({size}).").format(file=str(made.path), size=format_size(made.size)))
    return 0


def _report_lines(cli, report) -> list[str]:
    tr = cli.tr
    counts = report.counts
    lines = [tr("{file}: {officers} officers, {certs} certificates, {courses} courses, {accounts} "
                "accounts, {changes} changes.").format(
        file=report.file, **{key: format_number(counts.get(table, 0)) for key, table in (
            ("officers", "officer"), ("certs", "certificate"), ("courses", "course"),
            ("accounts", "account"), ("changes", "change_log"))})]
    if report.last_change_at:
        lines.append(tr("Last change: {at}").format(
            at=report.last_change_at.astimezone().strftime("%d/%m/%Y %H:%M")))
    return lines


def _report_json(report) -> dict:
    return {"ok": report.ok, "file": report.file, "problems": report.problems,
            "schema": report.schema, "commune": report.commune_code, "counts": report.counts,
            "chain_ok": bool(report.chain and report.chain.ok),
            "chain_broken_at": report.chain.broken_at if report.chain else None}


def verify_backup(cli) -> int:
    from core.backup import restore as br

    tr = cli.tr
    path = Path(cli.args.file)
    report = br.verify_backup(path, _password(cli, path.suffix == ".xasobak"))
    if not report.ok:
        reason = "; ".join(report.problems[:3]) if report.problems else tr(
            "change log row {row} was altered").format(row=report.chain.broken_at)
        if cli.args.json:
            cli.emit(_report_json(report), "")
        print(tr("The backup {file} is damaged: {reason}").format(file=path.name, reason=reason),
              file=sys.stderr)
        return 1
    lines = [tr("The backup is intact and its change log unaltered."), *_report_lines(cli, report)]
    cli.emit(_report_json(report), "\n".join(lines))
    return 0


def restore(cli) -> int:
    from core.backup import restore as br

    tr = cli.tr
    path = Path(cli.args.file)
    password = _password(cli, path.suffix == ".xasobak")
    store = _initialized_store(cli)
    if store is None:
        return cli.fail(tr("There is no Xã Số data in {path}.").format(path=str(cli.args.home)))
    try:
        if cli.args.dry_run:
            report = br.verify_backup(path, password)
            text = tr("(dry run: nothing was written)")
        else:
            report = br.restore(store, path, password, role="admin")
            text = tr("Restored. The data before the restore was kept in the backups folder.")
        epoch = store.context.epoch if store.is_initialized else None
    finally:
        store.close()
    cli.emit(dict(_report_json(report), restored=not cli.args.dry_run, epoch=epoch),
             "\n".join(_report_lines(cli, report) + [text]))
    return 0


def audit(cli) -> int:
    from core.audit import log as svc
    from core.paging import PageRequest

    tr = cli.tr
    store = _initialized_store(cli)
    if store is None:
        return cli.fail(tr("There is no Xã Số data in {path}.").format(path=str(cli.args.home)))
    if cli.args.repair:
        return _repair(cli, store)
    try:
        with store.session() as s:
            report = svc.verify(s) if cli.args.verify else None
            rows = svc.page(s, svc.AuditQuery(), PageRequest(limit=cli.args.limit))
            total = svc.count(s, svc.AuditQuery())
    finally:
        store.close()
    summary = {"ok": report is None or report.ok, "changes": total,
               "recent": [{"id": r.id, "at": r.at.isoformat(), "actor": r.actor,
                           "table": r.table_name, "op": r.op, "title": r.title,
                           "changes": [[k, _plain(a), _plain(b)] for k, a, b in r.changes]}
                          for r in rows]}
    lines = [f"{r.at.astimezone():%d/%m/%Y %H:%M}  {r.actor:<12} {tr(svc.OP_LABELS[r.op])} "
             f"{tr(svc.TABLE_LABELS.get(r.table_name, r.table_name))} {r.title}  "
             f"{svc.describe_changes(r, tr)}".rstrip() for r in rows]
    if report is not None:
        summary.update(chain_ok=report.ok, chain_rows=report.rows, chain_broken_at=report.broken_at)
        if report.ok:
            lines.append(tr("Change log verified: {rows} changes, none altered.").format(rows=report.rows))
        else:
            cli.emit(summary, "\n".join(lines))
            print(tr("The change log was altered at change {row}: contact the province help "
                     "desk.").format(row=report.broken_at), file=sys.stderr)
            return 1
    cli.emit(summary, "\n".join(lines))
    return 0


def _repair(cli, store) -> int:
    from core.audit.repair import repair_chain

    try:
        done = repair_chain(store, "xaso-admin", role="admin")
    finally:
        store.close()
    if done is None:
        cli.emit({"ok": True, "repaired": False}, cli.tr("The change log is intact: nothing to "
                                                         "repair."))
        return 0
    cli.emit({"ok": True, "repaired": True, "broken_at": done.broken_at, "rows": done.rows,
              "kept": done.kept},
             cli.tr("The change log was repaired from change {row} on ({rows} changes). The "
                    "altered data was kept in the backups folder as {file}; the repair is "
                    "recorded in the change log.").format(row=done.broken_at, rows=done.rows,
                                                           file=done.kept))
    return 0


def _plain(value):
    return value if value is None or isinstance(value, (int, float, str, bool)) else str(value)


def check(cli: Cli) -> int:
    from core.officers import registry as svc

    tr = cli.tr
    if not Paths(cli.args.home).db_file.exists():
        return cli.fail(tr("There is no Xã Số data in {path}.").format(path=str(cli.args.home)))
    store = cli.store()
    try:
        problems = store.integrity_check()
        place = store.place()
        with store.session() as s:
            stats = svc.stats(s) if store.is_initialized else None
        revision = store.migration.after
    finally:
        store.close()
    summary = {
        "ok": not problems, "home": str(cli.args.home), "schema": revision,
        "initialized": place is not None,
        "commune": place.commune_name or None if place else None,
        "province": place.province_name if place else None,
        "officers": stats.total if stats else 0, "problems": problems,
    }
    if problems:
        text = tr("The data file has problems:") + "\n" + "\n".join(problems)
    elif place is None:
        text = tr("The data file is intact, but this installation has not been set up yet.")
    else:
        text = tr("The data file is intact (schema {schema}).").format(schema=revision)
        if place.commune_name:
            text += "\n" + tr("{commune}: {count} officers.").format(commune=place.commune_name,
                                                                   count=stats.total)
        else:
            text += "\n" + tr("Province computer of {province}.").format(province=place.province_name)
    cli.emit(summary, text)
    return 0 if not problems else 1


def add_parsers(sub, common) -> None:
    bk = sub.add_parser("backup", parents=[common], help=tr("back up the data file"))
    bk.add_argument("--to", default=None, metavar="DIR", help=tr("folder (default: the backups folder)"))
    bk.add_argument("--encrypt", action="store_true",
                    help=tr("encrypt (password from {env})").format(env=PASSWORD_ENV))
    vb = sub.add_parser("verify-backup", parents=[common], help=tr("check a backup file"))
    vb.add_argument("file", help=tr("the backup file"))
    rs = sub.add_parser("restore", parents=[common], help=tr("restore a backup (new sync epoch)"))
    rs.add_argument("file", help=tr("the backup file"))
    rs.add_argument("--dry-run", action="store_true", help=tr("show what the backup holds, write nothing"))
    au = sub.add_parser("audit", parents=[common], help=tr("recent changes; --verify checks the chain"))
    au.add_argument("--verify", action="store_true", help=tr("check the whole chain of changes"))
    au.add_argument("--repair", action="store_true",
                    help=tr("re-chain an altered change log (a copy is kept, the repair is logged)"))
    au.add_argument("--limit", type=int, default=20, help=tr("how many recent changes to show"))
    sub.add_parser("check", parents=[common], help=tr("check the data file's integrity"))


HANDLERS = {"backup": backup, "verify-backup": verify_backup, "restore": restore, "audit": audit,
            "check": check}
