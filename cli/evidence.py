"""xaso-admin set-storage-root / link-files / verify-files: digitized files and their signatures."""

from __future__ import annotations

import uuid
from pathlib import Path

from cli.base import Cli
from core.i18n import tr
from core.text import format_number, nfc
from db.errors import N_, UserError


def find_lot(session, text: str) -> uuid.UUID:
    """A lot named by its label ("Sổ đăng ký khai sinh 1999") or the start of its id."""
    from core.backlog import lots

    choices = lots.lot_choices(session)
    wanted = nfc(text).casefold().strip()
    found = [lot_id for lot_id, label in choices
             if label.casefold() == wanted or (len(wanted) >= 8 and str(lot_id).startswith(wanted))]
    if len(found) == 1:
        return found[0]
    names = "; ".join(label for _id, label in choices[:10]) or "–"
    raise UserError(N_("No single backlog lot is called {lot}. Write the lot as listed: {names}."),
                    lot=text, names=names)


def set_storage_root(cli: Cli) -> int:
    from core.evidence import files

    store = cli.ready_store()
    try:
        with store.write(actor="xaso-admin") as session:
            root = files.set_storage_root(session, Path(cli.args.folder))
    finally:
        store.close()
    cli.emit({"ok": True, "storage_root": str(root)},
             cli.tr("Digitized files are kept under {folder}.").format(folder=root))
    return 0


def link_files(cli: Cli) -> int:
    from core.evidence import files

    args = cli.args
    store = cli.ready_store()
    try:
        with store.write(actor="xaso-admin") as session:
            root = files.require_root(session)
            lot_id = find_lot(session, args.lot)
            result = files.link_folder(session, root, lot_id, Path(args.folder), args.pattern or "")
            if args.dry_run:
                session.rollback()
    finally:
        store.close()
    text = cli.tr("{folder}: {new} files linked, {updated} replaced by a new version, {unchanged} "
                  "unchanged, {skipped} files matched no record.").format(
        folder=args.folder, new=format_number(result.linked), updated=format_number(result.updated),
        unchanged=format_number(result.unchanged), skipped=format_number(len(result.unmatched)))
    if result.unmatched:
        text += "\n" + cli.tr("Not linked: {files}").format(
            files=", ".join(result.unmatched[:10]) + (" …" if len(result.unmatched) > 10 else ""))
    if args.dry_run:
        text += "\n" + cli.tr("Dry run: nothing was written.")
    else:
        text += "\n" + cli.tr("Run xaso-admin verify-files to check the signatures.")
    cli.emit({"ok": True, "linked": result.linked, "updated": result.updated,
              "unchanged": result.unchanged, "unmatched": result.unmatched, "dry_run": args.dry_run}, text)
    return 0


def verify_files(cli: Cli) -> int:
    from core.evidence import check
    from core.evidence.verdicts import STATE_TEXTS, VERDICT_ACTIONS, VERDICT_TEXTS

    store = cli.ready_store()
    try:
        lot_id = None
        if cli.args.lot:
            with store.session() as session:
                lot_id = find_lot(session, cli.args.lot)
        summary = check.run_check(store, lot_id, actor="xaso-admin")
        with store.session() as session:
            problems = check.problems(session, lot_id)
    finally:
        store.close()
    tr = cli.tr
    lines = [tr("Checked {count} files.").format(count=format_number(summary.checked))]
    for state, count in sorted(summary.states.items()):
        lines.append(f"  {tr(STATE_TEXTS[state])}: {format_number(count)}")
    for verdict, count in sorted(summary.verdicts.items(), key=lambda item: -item[1]):
        lines.append(f"  {tr(VERDICT_TEXTS[verdict])}: {format_number(count)}")
    if summary.records_signed:
        lines.append(tr("{count} checked records were marked signed from their signed files.").format(
            count=format_number(summary.records_signed)))
    for p in problems[:50]:
        reason = tr(STATE_TEXTS[p.state]) if p.state != "ok" else tr(VERDICT_TEXTS[p.verdict])
        action = VERDICT_ACTIONS.get(p.verdict, "") if p.state == "ok" else N_(
            "Put the file back where it was linked, or link the new file again.")
        lines.append(tr("Record {no} – {file}: {reason}. {action}").format(
            no=p.record_no, file=p.path, reason=reason, action=tr(action) if action else ""))
    if len(problems) > 50:
        lines.append(tr("… and {count} more files with problems.").format(count=len(problems) - 50))
    cli.emit({"ok": True, **summary.as_json(),
              "problems": [{"record_no": p.record_no, "file": p.path, "state": p.state,
                            "verdict": p.verdict} for p in problems]}, "\n".join(lines))
    return 0


def add_parsers(sub, common) -> None:
    root = sub.add_parser("set-storage-root", parents=[common],
                          help=tr("the folder under which the digitized files are kept"))
    root.add_argument("folder", help=tr("the storage folder"))
    link = sub.add_parser("link-files", parents=[common],
                          help=tr("link the files of a folder to a backlog lot's records"))
    link.add_argument("lot", help=tr("the backlog lot, as listed (e.g. \"Sổ đăng ký khai sinh 1999\")"))
    link.add_argument("folder", help=tr("the folder of digitized files (under the storage folder)"))
    link.add_argument("--pattern", default="",
                      help=tr("file name pattern with {no} for the record number, e.g. KS-1999-{no}.pdf"))
    link.add_argument("--dry-run", action="store_true", help=tr("show what would change, write nothing"))
    verify = sub.add_parser("verify-files", parents=[common],
                            help=tr("check the linked files and verify their signatures"))
    verify.add_argument("--lot", default="", help=tr("only this backlog lot"))


HANDLERS = {"set-storage-root": set_storage_root, "link-files": link_files, "verify-files": verify_files}
