"""xaso-admin: headless administration of a data folder (scripts, help desk, tests).

    xaso-admin [--home DIR] demo [--officers N] [--seed S]
    xaso-admin [--home DIR] demo-province [--seed S]    demo hub in DIR/hub, this folder its viewer
    xaso-admin [--home DIR] import-officers FILE [--dry-run] [--sheet NAME]
    xaso-admin [--home DIR] check
    xaso-admin [--home DIR] import-certs FILE_OR_DIR… [--password P] [--dry-run]
    xaso-admin [--home DIR] cert-status
    xaso-admin [--home DIR] import-attendance FILE [--course ID_OR_TITLE] [--dry-run]
    xaso-admin [--home DIR] training-status
    xaso-admin [--home DIR] import-equipment FILE [--dry-run] [--sheet NAME]
    xaso-admin [--home DIR] report KIND --period 2026-11 --out FILE [--xlsx FILE] [--issue]
    xaso-admin [--home DIR] import-lots FILE [--dry-run]
    xaso-admin [--home DIR] backlog-status
    xaso-admin [--home DIR] export-bundle FOLDER [--peer NODE] / import-bundle FILE [--dry-run]
    xaso-admin [--home DIR] verify-bundle FILE / node-card [--out FILE] / enrol CARD_FILE
    xaso-admin [--home DIR] backup [--to DIR] [--encrypt] | verify-backup FILE | restore FILE
    xaso-admin [--home DIR] audit [--verify]
    xaso-admin [--home DIR] import-dossiers FILE [--dry-run]
    xaso-admin [--home DIR] indicators-766 --month YYYY-MM

Every command prints a short Vietnamese summary, or with --json one JSON object on stdout.
A rejected input exits with status 1 and the reason on stderr; usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import orjson

from cli import hub as cli_hub
from cli import province as cli_province
from cli import sync as cli_sync
from core.config import Paths, default_home
from db.errors import UserError

Output = Callable[[str], None]


def _translator():
    """Vietnamese messages without a GUI: only QtCore's translator is loaded."""
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n

    app = QCoreApplication.instance() or QCoreApplication([])
    i18n.install(app)
    return i18n.tr


class Cli:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.tr = _translator()

    def emit(self, summary: dict[str, Any], text: str) -> None:
        if self.args.json:
            sys.stdout.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2).decode() + "\n")
        else:
            print(text)

    def fail(self, err: UserError | str) -> int:
        message = err.message(self.tr) if isinstance(err, UserError) else err
        if self.args.json:
            sys.stdout.write(orjson.dumps({"ok": False, "error": message}).decode() + "\n")
        print(self.tr("Error: {message}").format(message=message), file=sys.stderr)
        return 1

    def store(self):
        from core.store import Store

        return Store.open(Paths(self.args.home))

    # commands -----------------------------------------------------------------------------
    def demo(self) -> int:
        from demo.commune import fill_demo

        if not self.args.home_given:
            return self.fail(self.tr("Name the folder for the demo data with --home DIR; demo "
                                     "data never goes into the real data folder."))
        store = self.store()
        try:
            result = fill_demo(store, seed=self.args.seed, officers=self.args.officers)
        finally:
            store.close()
        tr = self.tr
        lines = [tr("Demo data: {commune}, {province} — {count} officers.").format(
            commune=result.commune_name, province=result.province_name, count=result.officers)]
        if result.already_filled:
            lines.append(tr("This data folder already holds the demo data; nothing was added."))
        for user, password in result.passwords.items():
            lines.append(tr("  account {user}, password {password}").format(user=user, password=password))
        if result.passwords:
            lines.append(tr("The passwords are shown only this once."))
        self.emit({"ok": True, "home": str(self.args.home), "commune": result.commune_name,
                   "province": result.province_name, "officers": result.officers,
                   "already_filled": result.already_filled, "accounts": result.passwords},
                  "\n".join(lines))
        return 0

    def import_officers(self) -> int:
        from core.officers import import_xlsx as imp

        tr = self.tr
        table = imp.read_table(Path(self.args.file), self.args.sheet)
        mapping = imp.guess_mapping(table)
        store = self.store()
        try:
            if not store.is_initialized:
                return self.fail(tr("This data folder has not been set up yet; open Xã Số once "
                                    "or run the demo command."))
            with store.write(actor="xaso-admin") as session:
                preview = imp.preview(session, table, mapping)
                problems = [p.message(tr) for p in preview.problems]
                problems += [p.message(tr) for row in preview.rows for p in row.problems]
                counts = {"new": preview.new, "update": preview.updated,
                          "unchanged": preview.unchanged, "errors": preview.errors}
                if preview.has_errors:
                    for problem in problems:
                        print(problem, file=sys.stderr)
                    if self.args.json:
                        sys.stdout.write(orjson.dumps({"ok": False, "file": str(self.args.file),
                                                       "counts": counts, "problems": problems}).decode() + "\n")
                    print(tr("Nothing was imported: fix the rows above in the file and try again."),
                          file=sys.stderr)
                    return 1
                if not self.args.dry_run:
                    imp.apply(session, preview)
                else:
                    session.rollback()
        finally:
            store.close()
        text = tr("{file}: {new} new, {update} updated, {same} unchanged.").format(
            file=Path(self.args.file).name, new=counts["new"], update=counts["update"],
            same=counts["unchanged"])
        if self.args.dry_run:
            text += " " + tr("(dry run: nothing was written)")
        self.emit({"ok": True, "file": str(self.args.file), "dry_run": self.args.dry_run,
                   "counts": counts}, text)
        return 0

    def check(self) -> int:
        from core.officers import registry as svc

        tr = self.tr
        if not Paths(self.args.home).db_file.exists():
            return self.fail(tr("There is no Xã Số data in {path}.").format(path=str(self.args.home)))
        store = self.store()
        try:
            problems = store.integrity_check()
            place = store.place()
            with store.session() as s:
                stats = svc.stats(s) if store.is_initialized else None
            revision = store.migration.after
        finally:
            store.close()
        summary = {
            "ok": not problems, "home": str(self.args.home), "schema": revision,
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
                text += "\n" + tr("{commune}: {count} officers.").format(commune=place.commune_name, count=stats.total)
            else:
                text += "\n" + tr("Province computer of {province}.").format(province=place.province_name)
        self.emit(summary, text)
        return 0 if not problems else 1

    def import_certs(self) -> int:
        from cli.certs import import_certs

        return import_certs(self)

    def cert_status(self) -> int:
        from cli.certs import cert_status

        return cert_status(self)

    def report(self) -> int:
        from cli.reports import report

        return report(self)

    def import_attendance(self) -> int:
        from core.training import courses as training
        from core.training import import_attendance as imp

        tr = self.tr
        table = imp.read_table(Path(self.args.file), self.args.sheet)
        store = self.store()
        try:
            if not store.is_initialized:
                return self.fail(tr("This data folder has not been set up yet; open Xã Số once "
                                    "or run the demo command."))
            if not self.args.course:
                with store.session() as session:
                    titles = [title for _id, title in training.course_choices(session)]
                return self.fail(tr("Name the course with --course (its id or its exact title). "
                                    "Courses: {titles}").format(titles="; ".join(titles) or "—"))
            with store.write(actor="xaso-admin") as session:
                course = training.find_course(session, self.args.course)
                course_title, course_id = course.title, course.id
                preview = imp.preview(session, table, course_id)
                problems = [p.message(tr) for p in preview.problems]
                problems += [p.message(tr) for row in preview.rows for p in row.problems]
                unknown = [tr("Row {row}: {name} is not in the officer list.").format(
                    row=r.row_no, name=r.full_name or r.cccd)
                    + (" " + tr("Did you mean {name}? Correct the name in the file.").format(
                        name=r.suggestion) if r.suggestion else "") for r in preview.unknown]
                counts = {"rows": len(preview.rows), "present": preview.marks("present"),
                          "absent": preview.marks("absent"), "excused": preview.marks("excused"),
                          "new_sessions": len(preview.new_sessions), "unknown": len(unknown),
                          "errors": preview.errors}
                if problems or unknown:
                    for line in problems + unknown:
                        print(line, file=sys.stderr)
                    if self.args.json:
                        sys.stdout.write(orjson.dumps({
                            "ok": False, "file": str(self.args.file), "course": course_title,
                            "counts": counts, "problems": problems, "unknown": unknown}).decode() + "\n")
                    print(tr("Nothing was imported: fix the rows above in the file (add missing "
                             "people to the officer list first) and try again."), file=sys.stderr)
                    return 1
                if self.args.dry_run:
                    session.rollback()
                    changed = None
                else:
                    changed = imp.apply(session, preview)
        finally:
            store.close()
        text = tr("{file} → {course}: {rows} officers; {present} present, {excused} excused, "
                  "{absent} absent.").format(file=Path(self.args.file).name, course=course_title,
                                             **{k: counts[k] for k in ("rows", "present", "excused", "absent")})
        summary = {"ok": True, "file": str(self.args.file), "course": course_title,
                   "course_id": str(course_id), "dry_run": self.args.dry_run, "counts": counts}
        if changed is None:
            text += " " + tr("(dry run: nothing was written)")
        else:
            summary["written"] = {"sessions_created": changed.sessions_created,
                                  "attendance_changed": changed.attendance_changed,
                                  "results_changed": changed.results_changed}
            text += "\n" + tr("Written: {sessions} new session(s), {attendance} attendance change(s), "
                              "{results} result change(s).").format(
                sessions=changed.sessions_created, attendance=changed.attendance_changed,
                results=changed.results_changed)
        self.emit(summary, text)
        return 0

    def import_equipment(self) -> int:
        from cli.infra import import_equipment

        return import_equipment(self)
    def import_lots(self) -> int:
        from cli.backlog import import_lots

        return import_lots(self)

    def backlog_status(self) -> int:
        from cli.backlog import backlog_status

        return backlog_status(self)

    def import_dossiers(self) -> int:
        from cli.dossiers import import_dossiers

        return import_dossiers(self)

    def indicators_766(self) -> int:
        from cli.dossiers import indicators_766

        return indicators_766(self)

    def training_status(self) -> int:
        from core.text import format_percent
        from core.training import coverage as cov

        tr = self.tr
        store = self.store()
        try:
            if not store.is_initialized:
                return self.fail(tr("This data folder has not been set up yet; open Xã Số once "
                                    "or run the demo command."))
            with store.session() as session:
                c = cov.coverage(session)
        finally:
            store.close()

        def group(g):
            return {"name": g.name, "officers": g.officers, "digital": g.digital,
                    "operation": g.operation, "both": g.both,
                    "digital_percent": round(g.digital_percent, 1),
                    "operation_percent": round(g.operation_percent, 1)}

        summary = {"ok": True, "target_percent": c.target, "required_courses": c.required_courses,
                   "commune": group(c.total), "departments": [group(g) for g in c.departments],
                   "to_train": [{"officer_id": str(p.officer_id), "name": p.full_name,
                                 "department": p.department, "new": p.is_new,
                                 "missing": p.missing_courses} for p in c.to_train]}
        lines = [
            tr("Officers working: {count}; required courses: {courses}.").format(
                count=c.total.officers, courses=c.required_courses),
            tr("Trained in digital skills: {done}/{count} ({percent}); target {target}.").format(
                done=c.total.digital, count=c.total.officers,
                percent=format_percent(c.total.digital_percent), target=format_percent(c.target, 0)),
            tr("Trained in operating the system: {done}/{count} ({percent}); target {target}.").format(
                done=c.total.operation, count=c.total.officers,
                percent=format_percent(c.total.operation_percent), target=format_percent(c.target, 0)),
            tr("Still to train: {count} officers ({new} new).").format(
                count=len(c.to_train), new=c.new_untrained),
        ]
        self.emit(summary, "\n".join(lines))
        return 0


def _officer_count(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 500:
        raise argparse.ArgumentTypeError("1..500")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print a JSON summary")
    parser = argparse.ArgumentParser(prog="xaso-admin", parents=[common],
                                     description="Xã Số — administration without the window")
    parser.add_argument("--home", type=Path, default=None, help="data folder (default: as the app)")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", parents=[common], help="fill the data folder with demo data")
    demo.add_argument("--officers", type=_officer_count, default=40, help="1 to 500")
    demo.add_argument("--seed", type=int, default=2025)
    imp = sub.add_parser("import-officers", parents=[common], help="import an officer list (.xlsx)")
    imp.add_argument("file")
    imp.add_argument("--sheet", default=None)
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    sub.add_parser("check", parents=[common], help="check the data file's integrity")
    certs = sub.add_parser("import-certs", parents=[common], help="import signing certificates")
    certs.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    certs.add_argument("--password", default=None, help="password of the .p12/.pfx files")
    certs.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    sub.add_parser("cert-status", parents=[common], help="certificate alerts and coverage")
    att = sub.add_parser("import-attendance", parents=[common],
                         help="import attendance and results of a course (.xlsx)")
    att.add_argument("file")
    att.add_argument("--course", default=None, help="course id or exact title")
    att.add_argument("--sheet", default=None)
    att.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    sub.add_parser("training-status", parents=[common], help="training coverage vs the 100 % target")
    eq = sub.add_parser("import-equipment", parents=[common], help="import the equipment register (.xlsx)")
    eq.add_argument("file")
    eq.add_argument("--sheet", default=None)
    eq.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    from cli.reports import add_parser

    add_parser(sub, common)
    lots = sub.add_parser("import-lots", parents=[common], help="import backlog lots (.xlsx, .csv)")
    lots.add_argument("file")
    lots.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    sub.add_parser("backlog-status", parents=[common], help="digitization progress vs the target")
    cli_sync.add_parsers(sub, common)
    from cli import backup as cli_backup

    cli_hub.add_parsers(sub, common)
    cli_province.add_parsers(sub, common)

    cli_backup.add_parsers(sub, common)
    from cli import dossiers as cli_dossiers

    cli_dossiers.add_parser(sub, common)
    return parser


def _backup_commands(cli) -> dict[str, Callable[[], int]]:
    from cli import backup as cb

    return {name: (lambda fn=fn: fn(cli)) for name, fn in (
        ("backup", cb.backup), ("verify-backup", cb.verify_backup), ("restore", cb.restore),
        ("audit", cb.audit))}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.json = getattr(args, "json", False)
    args.home_given = args.home is not None
    args.home = args.home or default_home()
    cli = Cli(args)
    handler = {"demo": cli.demo, "import-officers": cli.import_officers, "check": cli.check,
               "import-certs": cli.import_certs, "cert-status": cli.cert_status,
               "import-attendance": cli.import_attendance,
               "training-status": cli.training_status,
               "import-equipment": cli.import_equipment, "report": cli.report,
               "import-lots": cli.import_lots, "backlog-status": cli.backlog_status,
               **{name: partial(fn, cli) for name, fn in cli_sync.HANDLERS.items()},
               **{name: partial(fn, cli) for name, fn in cli_hub.HANDLERS.items()},
               **{name: partial(fn, cli) for name, fn in cli_province.HANDLERS.items()},
               **_backup_commands(cli),
               "import-dossiers": cli.import_dossiers, "indicators-766": cli.indicators_766}[args.command]
    try:
        return handler()
    except UserError as err:
        return cli.fail(err)


if __name__ == "__main__":
    raise SystemExit(main())
