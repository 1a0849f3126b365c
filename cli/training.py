"""xaso-admin import-attendance / training-status."""

from __future__ import annotations

from pathlib import Path

from cli.base import Cli, dry_run_flag
from core.i18n import tr


def add_parsers(sub, common) -> None:
    att = sub.add_parser("import-attendance", parents=[common],
                         help=tr("import attendance and results of a course (.xlsx)"))
    att.add_argument("file", help=tr("the Excel file"))
    att.add_argument("--course", default=None, help=tr("course id or exact title"))
    att.add_argument("--sheet", default=None, help=tr("the sheet to read (default: the first)"))
    dry_run_flag(att)
    sub.add_parser("training-status", parents=[common],
                   help=tr("training coverage against the 100%% target"))


def import_attendance(cli: Cli) -> int:
    from core.training import courses as training
    from core.training import import_attendance as imp

    tr = cli.tr
    table = imp.read_table(Path(cli.args.file), cli.args.sheet)
    store = cli.store()
    try:
        if not store.is_initialized:
            return cli.not_set_up()
        if not cli.args.course:
            with store.session() as session:
                titles = [title for _id, title in training.course_choices(session)]
            return cli.fail(tr("Name the course with --course (its id or its exact title). "
                                "Courses: {titles}").format(titles="; ".join(titles) or "—"))
        with store.write(actor="xaso-admin") as session:
            course = training.find_course(session, cli.args.course)
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
                return cli.refuse(
                    problems + unknown, {"file": str(cli.args.file), "course": course_title,
                                         "counts": counts, "problems": problems, "unknown": unknown},
                    tr("Nothing was imported: fix the rows above in the file (add missing people to "
                       "the officer list first) and try again."))
            if cli.args.dry_run:
                session.rollback()
                changed = None
            else:
                changed = imp.apply(session, preview)
    finally:
        store.close()
    text = tr("{file} → {course}: {rows} officers; {present} present, {excused} excused, "
              "{absent} absent.").format(file=Path(cli.args.file).name, course=course_title,
                                         **{k: counts[k] for k in ("rows", "present", "excused", "absent")})
    summary = {"ok": True, "file": str(cli.args.file), "course": course_title,
               "course_id": str(course_id), "dry_run": cli.args.dry_run, "counts": counts}
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
    cli.emit(summary, text)
    return 0


def training_status(cli: Cli) -> int:
    from core.text import format_percent
    from core.training import coverage as cov

    tr = cli.tr
    c = cli.read(cov.coverage)

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
    cli.emit(summary, "\n".join(lines))
    return 0


HANDLERS = {"import-attendance": import_attendance, "training-status": training_status}
