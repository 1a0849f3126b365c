"""xaso-admin enrol-hub URL CODE: enrol this computer with the province server (xaso-hub)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cli.main import Cli


def add_parsers(sub, common) -> None:
    enr = sub.add_parser("enrol-hub", parents=[common],
                         help="enrol with the province server using its one-time code")
    enr.add_argument("url")
    enr.add_argument("code")
    enr.add_argument("--ca", default=None, help="CA bundle file for the server's certificate")


def enrol_hub(cli: Cli) -> int:
    from cli.sync import _open, _passphrase
    from core import enrolment as svc

    store = _open(cli)
    try:
        peer = svc.enrol_with_hub(store, cli.args.url, cli.args.code,
                                  verify=cli.args.ca or True, passphrase=_passphrase())
    finally:
        store.close()
    cli.emit({"ok": True, "hub": str(peer.node_id), "url": peer.url},
             cli.tr("This computer is enrolled with the province server {url}.").format(
                 url=peer.url))
    return 0


HANDLERS = {"enrol-hub": enrol_hub}
