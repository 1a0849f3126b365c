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
    xaso-admin [--home DIR] set-storage-root FOLDER | link-files LOT FOLDER [--pattern P] [--dry-run]
    xaso-admin [--home DIR] verify-files [--lot LOT]   "Kiểm tra tệp": files and their signatures
    xaso-admin [--home DIR] export-bundle FOLDER [--peer NODE] / import-bundle FILE [--dry-run]
    xaso-admin [--home DIR] verify-bundle FILE / node-card [--out FILE] / enrol CARD_FILE
    xaso-admin [--home DIR] sync / sync-status     over the Internet, as Đồng bộ ngay does
    xaso-admin [--home DIR] backup [--to DIR] [--encrypt] | verify-backup FILE | restore FILE
    xaso-admin [--home DIR] audit [--verify]
    xaso-admin [--home DIR] import-dossiers FILE [--dry-run]
    xaso-admin [--home DIR] indicators-766 --month YYYY-MM

Every command prints a short Vietnamese summary, or with --json one JSON object on stdout.
A rejected input exits with status 1 and the reason on stderr; usage errors exit with 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cli import (
    backlog,
    backup,
    certs,
    demo,
    dossiers,
    evidence,
    hub,
    infra,
    officers,
    online,
    reports,
    sync,
    training,
)
from cli.base import Cli
from core.config import default_home
from core.i18n import speak_vietnamese, tr
from db.errors import UserError

# one module per command group: each adds its sub-commands and maps them to their handlers
GROUPS = (demo, officers, certs, training, infra, reports, backlog, evidence, dossiers, sync, hub, online,
          backup)


def build_parser() -> argparse.ArgumentParser:
    speak_vietnamese()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help=tr("print a JSON summary"))
    parser = argparse.ArgumentParser(prog="xaso-admin", parents=[common],
                                     description=tr("Xã Số — administration without the window"))
    parser.add_argument("--home", type=Path, default=None,
                        help=tr("data folder (default: the one the app uses)"))
    sub = parser.add_subparsers(dest="command", required=True, metavar=tr("COMMAND"),
                                title=tr("commands"))
    for group in GROUPS:
        group.add_parsers(sub, common)
    return parser


def handlers() -> dict:
    table: dict = {}
    for group in GROUPS:
        table.update(group.HANDLERS)
    return table


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.json = getattr(args, "json", False)
    args.home_given = args.home is not None
    args.home = args.home or default_home()
    cli = Cli(args)
    try:
        return handlers()[args.command](cli)
    except UserError as err:
        return cli.fail(err)


if __name__ == "__main__":
    raise SystemExit(main())
