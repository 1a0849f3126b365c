"""xaso-admin export-bundle / import-bundle / verify-bundle / node-card / enrol (sync by file)."""

from __future__ import annotations

from pathlib import Path

import orjson

from cli.base import KEY_PASSPHRASE_ENV, Cli, key_passphrase
from core.i18n import tr
from db.errors import N_, UserError

PASSPHRASE_ENV = KEY_PASSPHRASE_ENV


_open = Cli.ready_store
_passphrase = key_passphrase


def _peer(cli: Cli, store) -> str:
    from core.sync import service as svc

    if cli.args.peer:
        return cli.args.peer
    hub = svc.hub_peer(store)
    if hub is None:
        raise UserError(N_("No province server is enrolled yet; name the receiving computer "
                           "with --peer."))
    return str(hub.node_id)


def export_bundle(cli: Cli) -> int:
    from core.sync import service as svc

    store = _open(cli)
    try:
        folder = Path(cli.args.folder)
        result = svc.export_for(store, _peer(cli, store), folder, passphrase=_passphrase())
    finally:
        store.close()
    cli.emit({"ok": True, "file": str(result.path), "changes": result.changes,
              "counts": result.counts, "bundle": result.bundle_id},
             cli.tr("{file}: {changes} changes written.").format(file=str(result.path),
                                                                changes=result.changes))
    return 0


def _counts_text(cli: Cli, tally) -> str:
    return cli.tr("{applied} applied, {skipped} already here, {conflicts} conflicts, "
                  "{quarantined} waiting for their parent.").format(**tally.as_dict())


def import_bundle(cli: Cli) -> int:
    from core.sync import service as svc

    store = _open(cli)
    path = Path(cli.args.file)
    try:
        result = svc.import_file(store, path, dry_run=cli.args.dry_run, passphrase=_passphrase())
    finally:
        store.close()
    text = f"{path.name}: {_counts_text(cli, result.tally)}"
    if cli.args.dry_run:
        text += " " + cli.tr("(dry run: nothing was written)")
    cli.emit({"ok": True, "file": str(path), "dry_run": result.dry_run,
              "bundle": result.bundle_id, "sender": result.sender, **result.tally.as_dict(),
              "per_table": {str(t): n for t, n in result.tally.per_table.items()}}, text)
    return 0


def verify_bundle(cli: Cli) -> int:
    from core.sync import service as svc

    store = _open(cli)
    path = Path(cli.args.file)
    try:
        verified = svc.verify_file(store, path, passphrase=_passphrase())
    finally:
        store.close()
    m = verified.manifest
    cli.emit({"ok": True, "file": str(path), "sender": m["node_id"], "commune": m["commune"],
              "schema": m["schema"], "changes": m["changes"], "counts": verified.counts},
             cli.tr("{file}: signature and checksums valid, {changes} changes from {sender}.")
             .format(file=path.name, changes=m["changes"], sender=m["node_id"]))
    return 0


def node_card(cli: Cli) -> int:
    from core.sync import service as svc

    store = _open(cli)
    try:
        card = svc.node_card(store, passphrase=_passphrase())
    finally:
        store.close()
    data = orjson.dumps(card, option=orjson.OPT_INDENT_2).decode()
    if cli.args.out:
        Path(cli.args.out).write_text(data + "\n", encoding="utf-8")
    cli.emit({"ok": True, **card}, data)
    return 0


def enrol(cli: Cli) -> int:
    from core.sync import service as svc

    path = Path(cli.args.card)
    try:
        card = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as err:
        raise UserError(N_("The enrolment file {file} cannot be read."), file=path.name) from err
    store = _open(cli)
    try:
        peer = svc.enrol_peer(store, card, actor="xaso-admin")
    finally:
        store.close()
    cli.emit({"ok": True, "node_id": str(peer.node_id), "role": peer.role},
             cli.tr("Computer {node} enrolled: its bundles are accepted here.").format(
                 node=str(peer.node_id)))
    return 0


def use_key_file(cli: Cli) -> int:
    """No keyring on this computer: keep the keys in a file protected by a passphrase."""
    from core.sync import service as svc

    passphrase = _passphrase()
    if not passphrase:
        raise UserError(N_("Set the passphrase in the environment variable {name} first."),
                        name=PASSPHRASE_ENV)
    store = _open(cli)
    try:
        path = svc.use_key_file(store, passphrase)
    finally:
        store.close()
    cli.emit({"ok": True, "key_file": str(path)},
             cli.tr("The signing key is kept in {path}, protected by your passphrase.").format(
                 path=str(path)))
    return 0


def add_parsers(sub, common) -> None:
    exp = sub.add_parser("export-bundle", parents=[common], help=tr("write a sync bundle (.xaso)"))
    exp.add_argument("folder", help=tr("the folder to write it to (a USB stick)"))
    exp.add_argument("--peer", default=None, help=tr("receiving node id (default: the hub)"))
    imp = sub.add_parser("import-bundle", parents=[common], help=tr("verify and apply a bundle"))
    imp.add_argument("file", help=tr("the bundle file (.xaso)"))
    imp.add_argument("--dry-run", action="store_true", help=tr("show what would change, write nothing"))
    ver = sub.add_parser("verify-bundle", parents=[common], help=tr("check a bundle, write nothing"))
    ver.add_argument("file", help=tr("the bundle file (.xaso)"))
    card = sub.add_parser("node-card", parents=[common], help=tr("this computer's enrolment card"))
    card.add_argument("--out", default=None, help=tr("write the card to this file"))
    enr = sub.add_parser("enrol", parents=[common], help=tr("accept bundles of another computer"))
    enr.add_argument("card", help=tr("the other computer's enrolment card"))
    sub.add_parser("use-key-file", parents=[common],
                   help=tr("keep the signing key in a passphrase-protected file (${env})").format(
                       env=PASSPHRASE_ENV))


HANDLERS = {"export-bundle": export_bundle, "import-bundle": import_bundle,
            "verify-bundle": verify_bundle, "node-card": node_card, "enrol": enrol,
            "use-key-file": use_key_file}
