"""xaso-admin enrol-hub URL CODE: enrol this computer with the province server (xaso-hub)."""

from __future__ import annotations

from cli.base import Cli, key_passphrase
from core.i18n import tr


def add_parsers(sub, common) -> None:
    enr = sub.add_parser("enrol-hub", parents=[common],
                         help=tr("enrol with the province server using its one-time code"))
    enr.add_argument("url", help=tr("address of the province server, e.g. https://xaso.example.gov.vn"))
    enr.add_argument("code", help=tr("the one-time enrolment code from the province"))
    enr.add_argument("--ca", default=None, help=tr("CA bundle file for the server's certificate"))


def enrol_hub(cli: Cli) -> int:
    from core import enrolment as svc

    store = cli.ready_store()
    try:
        peer = svc.enrol_with_hub(store, cli.args.url, cli.args.code,
                                  verify=cli.args.ca or True, passphrase=key_passphrase())
    finally:
        store.close()
    cli.emit({"ok": True, "hub": str(peer.node_id), "url": peer.url},
             cli.tr("This computer is enrolled with the province server {url}.").format(
                 url=peer.url))
    return 0


HANDLERS = {"enrol-hub": enrol_hub}
