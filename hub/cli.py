"""xaso-hub: the province server and its admin commands.

    xaso-hub serve [--data DIR] [--db URL] [--host H] [--port P] [--cert F --key F] [--workers N]
                   [--docs]                      --docs: serve /docs, /redoc, /openapi.json
    xaso-hub enrol --commune CODE [--days N]     one-time code for a commune computer (a commune
                                                 of the hub's province: the first one fixes it)
    xaso-hub enrol --province [--days N]         one-time code for a province viewer (summary)
    xaso-hub nodes                               enrolled computers
    xaso-hub revoke NODE                         refuse that computer from now on
    xaso-hub import-bundle FILE...               USB bundles; return bundles written beside them
    xaso-hub publish-target PERCENT DD/MM/YYYY   a digitization target for every commune
    xaso-hub publish-course TITLE --topic T      a required course for every commune
    xaso-hub conflicts [--all]                   the hub's open conflicts (all with --all)
    xaso-hub summary [--as-of DD/MM/YYYY]        the province figures, commune by commune, and
                                                 the transfers (as of a period's end)

The data folder (``--data``, else ``$XASO_HUB_HOME``, else the platform's data folder) holds the
SQLite file (unless ``--db`` names another database, e.g. ``postgresql+psycopg://…``) and the
hub's key file ``hub-key.json`` (mode 0600).

Messages are English sources translated with ``core.i18n.tr`` (the app's catalogue, read without
Qt): the server never imports PySide6, the desktop or the xaso-admin shell.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import orjson

from core.hub import enrolment
from core.hub.store import default_data_dir, open_hub
from core.i18n import speak_vietnamese, tr, user_message
from db.errors import N_, UserError
from hub import logs


def _parser() -> argparse.ArgumentParser:
    speak_vietnamese()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", type=Path, help=tr("data folder (keys, SQLite file)"))
    common.add_argument("--db", help=tr("SQLAlchemy URL (default: SQLite file in the data folder)"))
    common.add_argument("--json", action="store_true", help=tr("machine-readable output"))
    parser = argparse.ArgumentParser(prog="xaso-hub", description=tr("Xã Số province server"))
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", parents=[common], help=tr("run the HTTP API"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument("--cert", type=Path, help=tr("TLS certificate (PEM); else run behind a proxy"))
    serve.add_argument("--key", type=Path, help=tr("TLS private key (PEM)"))
    serve.add_argument("--url", default="", help=tr("public URL given to enrolled computers"))
    serve.add_argument("--max-body-mb", type=int, default=512)
    serve.add_argument("--rate", type=int, default=120, help=tr("requests per minute per node"))
    serve.add_argument("--workers", type=int, default=1,
                       help=tr("API worker processes (share the database and its replay table)"))
    serve.add_argument("--docs", action="store_true",
                       help=tr("serve the API documentation (/docs, /redoc, /openapi.json); off by default"))
    enrol = sub.add_parser("enrol", parents=[common], help=tr("one-time enrolment code"))
    who = enrol.add_mutually_exclusive_group(required=True)
    who.add_argument("--commune")
    who.add_argument("--province", action="store_true",
                     help=tr("a province viewer: reads the province summary, sends no data"))
    enrol.add_argument("--days", type=int, default=enrolment.CODE_DAYS)
    sub.add_parser("nodes", parents=[common], help=tr("enrolled computers"))
    revoke = sub.add_parser("revoke", parents=[common], help=tr("refuse a computer from now on"))
    revoke.add_argument("node")
    target = sub.add_parser("publish-target", parents=[common],
                            help=tr("a digitization target every commune receives on its next pull"))
    target.add_argument("percent", type=float)
    target.add_argument("due", help=tr("dd/mm/yyyy"))
    course = sub.add_parser("publish-course", parents=[common],
                            help=tr("a required course every commune receives on its next pull"))
    course.add_argument("title")
    course.add_argument("--topic", choices=("digital", "operation"), required=True)
    course.add_argument("--hours", type=float, default=0.0)
    conflicts = sub.add_parser("conflicts", parents=[common],
                               help=tr("the hub's open conflicts (a commune's change that did not "
                                       "follow the hub's version of a row)"))
    conflicts.add_argument("--all", action="store_true", help=tr("resolved ones too"))
    summ = sub.add_parser("summary", parents=[common],
                          help=tr("the province figures, commune by commune"))
    summ.add_argument("--as-of", metavar="DD/MM/YYYY",
                      help=tr("people counted where they worked at the end of that day (a past "
                              "period's end)"))
    imp = sub.add_parser("import-bundle", parents=[common], help=tr("apply USB bundle files"))
    imp.add_argument("files", nargs="+", type=Path)
    return parser


SERVE_ENV = "XASO_HUB_SERVE"  # the serve options, handed to each uvicorn worker process


def _serve(args, hub) -> int:
    import uvicorn

    if bool(args.cert) != bool(args.key):
        raise UserError(N_("Give both --cert and --key, or neither."))
    options = {"host": args.host, "port": args.port, "log_config": logs.uvicorn_log_config(),
               "ssl_certfile": str(args.cert) if args.cert else None,
               "ssl_keyfile": str(args.key) if args.key else None, "proxy_headers": True}
    served = {"data": str(hub.data_dir), "db": args.db, "max_body": args.max_body_mb << 20,
              "rate": args.rate, "url": args.url, "docs": args.docs}
    if args.workers > 1:  # uvicorn starts the workers from an import string
        os.environ[SERVE_ENV] = orjson.dumps(served).decode()
        hub.close()
        uvicorn.run("hub.cli:worker_app", factory=True, workers=args.workers, **options)
    else:
        uvicorn.run(_app(hub, served), **options)
    return 0


def _app(hub, served: dict):
    from hub.app import create_app

    return create_app(hub.engine, hub.identity, hub.data_dir / "work",
                      max_body=served["max_body"], rate_per_minute=served["rate"],
                      url=served["url"], docs=served.get("docs", False))


def worker_app():
    """One uvicorn worker of ``serve --workers N``: opens the hub the parent already migrated."""
    served = orjson.loads(os.environ[SERVE_ENV])
    logs.setup("info")
    return _app(open_hub(Path(served["data"]), served["db"], new_epoch=False), served)


def _print(args, data, text: str) -> None:
    print(orjson.dumps(data, default=str).decode() if args.json else text)


# the commands that write the hub's own changes (catalogues) start a new sync epoch (core/hub/
# store.py); the others leave hub-key.json alone
WRITERS = {"serve", "publish-target", "publish-course"}


def _run(args) -> int:
    hub = open_hub(args.data or default_data_dir(), args.db, new_epoch=args.command in WRITERS)
    try:
        if args.command == "serve":
            return _serve(args, hub)
        if args.command == "enrol":
            commune = enrolment.PROVINCE if args.province else args.commune
            if not args.province:
                enrolment.check_commune(hub.engine, commune)
            code = enrolment.create_code(hub.engine, commune, args.days)
            text = (tr("Enrolment code for a province viewer (single use, expires in {days} "
                       "days): {code}") if args.province else
                    tr("Enrolment code for commune {commune} (single use, expires in {days} "
                       "days): {code}"))
            _print(args, {"code": code, "commune": commune, "province": args.province,
                          "days": args.days},
                   text.format(commune=args.commune, days=args.days, code=code))
        elif args.command == "nodes":
            rows = [{"node": str(p.node_id), "commune": p.commune_code or "*", "name": p.name,
                     "active": p.active, "enrolled_at": p.enrolled_at}
                    for p in enrolment.nodes(hub.engine)]
            active, revoked = tr("Active"), tr("Revoked")
            _print(args, rows, "\n".join(
                f"{r['node']}  {r['commune']}  {active if r['active'] else revoked}  {r['name']}"
                for r in rows) or tr("No computer is enrolled yet."))
        elif args.command == "revoke":
            peer = enrolment.revoke(hub.engine, args.node)
            _print(args, {"node": str(peer.node_id), "active": False},
                   tr("Computer {node} (commune {commune}) is revoked: its requests and bundles "
                      "are refused from now on.").format(node=peer.node_id,
                                                         commune=peer.commune_code or "*"))
        elif args.command == "import-bundle":
            return _import(args, hub)
        elif args.command in ("publish-target", "publish-course"):
            return _publish(args, hub)
        elif args.command in ("conflicts", "summary"):
            from hub.reports import conflicts, summary

            return (conflicts if args.command == "conflicts" else summary)(args, hub, _print)
        return 0
    finally:
        hub.close()


def _publish(args, hub) -> int:
    from core.hub import catalogue
    from core.text import parse_date

    if args.command == "publish-target":
        try:
            due = parse_date(args.due)
        except ValueError:
            due = None
        if due is None:
            raise UserError(N_("Enter the date of the target (dd/mm/yyyy)."))
        row = catalogue.publish_target(hub.engine, hub.identity, args.percent, due)
        text = tr("Published for every commune: target {percent} % by {date}.").format(
            percent=f"{args.percent:g}", date=args.due)
    else:
        row = catalogue.publish_course(hub.engine, hub.identity, args.title, args.topic,
                                       args.hours)
        text = tr("Published for every commune: required course “{title}”.").format(
            title=row.title)
    _print(args, {"id": str(row.id), "commune": row.commune_code}, text)
    return 0


def _import(args, hub) -> int:
    from core.hub.usb import import_files

    results = import_files(hub.engine, hub.identity, args.files)
    rows = [{"file": str(r.file), "ok": r.ok, "commune": r.commune, "applied": r.applied,
             "skipped": r.skipped, "conflicts": r.conflicts, "quarantined": r.quarantined,
             "reply": str(r.reply) if r.reply else None,
             "error": user_message(r.error) if r.error else None} for r in results]
    done = tr("{file}: commune {commune}, {applied} applied, {skipped} skipped, {conflicts} "
              "conflicts; return file {reply}")
    refused = tr("{file}: refused: {reason}")
    rewind = tr("{file}: refused: {reason} Take the return file {reply} back to the commune: "
                "the next file it makes sends again what the province server is missing.")
    lines = [done.format(file=r.file.name, commune=r.commune, applied=r.applied,
                         skipped=r.skipped, conflicts=r.conflicts, reply=r.reply.name) if r.ok
             else rewind.format(file=r.file.name, reason=user_message(r.error),
                                reply=r.reply.name) if r.reply
             else refused.format(file=r.file.name, reason=user_message(r.error))
             for r in results]
    _print(args, rows, "\n".join(lines))
    for r in results:
        if not r.ok:
            print(f"{r.file}: {user_message(r.error)}", file=sys.stderr)
    return 0 if all(r.ok for r in results) else 1


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logs.setup("info" if args.command == "serve" else "warning")
    try:
        return _run(args)
    except UserError as err:
        print(user_message(err), file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
