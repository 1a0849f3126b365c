"""Sync use cases on a commune PC: identity, enrolment, export, import, new epoch, status."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import select

from core import settings as keys
from core.accounts.permissions import SYSTEM
from core.settings import get_setting, set_setting
from core.store import Store
from db.base import utcnow
from db.errors import N_, UserError, ValidationError
from db.models import SyncLog, SyncPeer

if TYPE_CHECKING:
    from core.sync import keys as node_keys
    from core.sync.apply import ImportResult
    from core.sync.export import ExportResult
    from core.sync.state import SyncIdentity
    from core.sync.verify import Verified

# The keys (cryptography), bundles (zstandard) and the import are imported where they are used:
# the overview's sync figures (status) and the window's timers need none of them.

HUB = "hub"  # settings key prefix
HUB_NODE = "sync.hub_node"
KEY_FILE = keys.SYNC_KEY_FILE  # set when the user chose the passphrase-protected key file
KEY_FILE_COPY = keys.SYNC_KEY_FILE_COPY
KEYS_SECRET = keys.SYNC_KEYS_SECRET


def key_file_path(store: Store) -> Path | None:
    """Where the key file is: ``sync.key_file`` is a name in the data folder. An absolute path
    (installations from before) is changed to the name when the file is in the data folder, or
    when the data folder was moved (a backup restored elsewhere) and holds a file of that name."""
    with store.session() as s:
        value = get_setting(s, KEY_FILE)
    if not value:
        return None
    path, home = Path(value), store.paths.home
    if not path.is_absolute():
        return home / path
    if path.parent == home or (home / path.name).exists() or not path.exists():
        with store.write("system", role=SYSTEM) as s:
            set_setting(s, KEY_FILE, path.name)
        return home / path.name
    return path  # a file the user keeps elsewhere, still there


def load_keys(store: Store, passphrase: str | None = None) -> node_keys.NodeKeys:
    """The node keys: from the keyring, or from the key file the user chose (passphrase)."""
    from core.sync import keys as node_keys

    path = key_file_path(store)
    if path is None:
        return node_keys.load_or_create(str(store.context.node_id))
    if passphrase is None:
        raise UserError(N_("Type the passphrase of the signing key file {path}."), path=str(path))
    with store.session() as s:
        copy = get_setting(s, KEY_FILE_COPY)
    if not path.exists() and copy:  # restored into another folder: the backup carried it
        node_keys.write_key_file(path, copy.encode())
    keys = node_keys.load_key_file(path, passphrase)
    if not copy:  # an installation from before: keep the copy from now on
        with store.write("system", role=SYSTEM) as s:
            set_setting(s, KEY_FILE_COPY, path.read_text(encoding="utf-8"))
    return keys


def use_key_file(store: Store, passphrase: str) -> Path:
    """The documented fallback when no keyring works: new keys in a passphrase-protected file."""
    from core.sync import keys as node_keys

    path = store.paths.home / node_keys.KEY_FILE_NAME
    data = node_keys.key_file_text(node_keys.NodeKeys.generate(), passphrase)
    node_keys.write_key_file(path, data)
    with store.write("system") as s:
        set_setting(s, KEY_FILE, path.name)
        set_setting(s, KEY_FILE_COPY, data.decode())
    return path


def identity(store: Store, passphrase: str | None = None) -> SyncIdentity:
    from core.sync.state import SyncIdentity, app_version, schema_revision

    ctx = store.context
    with store.session() as s:
        schema = schema_revision(s)
    return SyncIdentity(ctx.node_id, ctx.epoch, ctx.commune_code,
                        load_keys(store, passphrase), schema, app_version())


def node_card(store: Store, passphrase: str | None = None) -> dict[str, Any]:
    """What another computer needs to enrol this one (no secret in it)."""
    ident = identity(store, passphrase)
    place = store.place()
    return {"node_id": str(ident.node_id), "role": "node", "commune": ident.commune_code,
            "name": (place.commune_name or place.province_name) if place else "",
            "sign_key": ident.keys.sign_public, "box_key": ident.keys.box_public, "url": ""}


def enrol_peer(store: Store, card: dict[str, Any], actor: str = "admin") -> SyncPeer:
    """Accept bundles from the computer described by ``card`` (its node id and public keys)."""
    from core.sync import keys as node_keys

    try:
        node = uuid.UUID(str(card["node_id"]))
        sign_key = str(card["sign_key"])
        node_keys.unb64(sign_key)
    except (KeyError, ValueError) as err:
        raise ValidationError(N_("The enrolment data is not valid.")) from err
    if node == store.context.node_id:
        raise ValidationError(N_("This is the card of this computer itself."))
    with store.write(actor) as s:
        peer = s.get(SyncPeer, node) or SyncPeer(node_id=node, enrolled_at=utcnow())
        peer.role = "hub" if card.get("role") == "hub" else "node"
        peer.name = str(card.get("name") or "")[:128]
        peer.commune_code = str(card.get("commune") or "")[:8]
        peer.sign_key = sign_key
        peer.box_key = card.get("box_key") or None
        peer.url = str(card.get("url") or "")[:256]
        peer.active = True
        s.add(peer)
        if peer.role == "hub":
            set_setting(s, HUB_NODE, str(node))
    return peer


def hub_peer(store: Store) -> SyncPeer | None:
    with store.session() as s:
        hub = get_setting(s, HUB_NODE)
        return s.get(SyncPeer, uuid.UUID(hub)) if hub else None


def default_peer(store: Store) -> SyncPeer:
    """Where an export goes: the province server, else the only enrolled computer."""
    hub = hub_peer(store)
    if hub is not None:
        return hub
    with store.session() as s:
        peers = list(s.scalars(select(SyncPeer).where(SyncPeer.active.is_(True))))
    if len(peers) == 1:
        return peers[0]
    raise UserError(N_("This computer is not enrolled with the province server yet, so there is "
                       "nobody to send the data to. Ask the province for the enrolment file."))


def uses_key_file(store: Store) -> bool:
    with store.session() as s:
        return bool(get_setting(s, KEY_FILE))


def _target(store: Store, peer: str) -> SyncPeer:
    with store.session() as s:
        target = s.get(SyncPeer, uuid.UUID(peer)) if _is_uuid(peer) else None
    if target is None:
        raise ValidationError(N_("No enrolled computer has the id {peer}."), peer=peer)
    return target


def export_for(store: Store, peer: str, folder: Path, channel: str = "file",
               passphrase: str | None = None, encrypt: bool = True, progress=None,
               limits=None) -> ExportResult:
    """One bundle of everything pending; with ``limits`` the first of several parts (use
    ``export_parts_for`` to get them all)."""
    return export_parts_for(store, peer, folder, channel, passphrase, encrypt, progress,
                            limits)[0]


def export_parts_for(store: Store, peer: str, folder: Path, channel: str = "file",
                     passphrase: str | None = None, encrypt: bool = True, progress=None,
                     limits=None) -> list[ExportResult]:
    """Everything pending for ``peer``: one bundle, or parts of at most ``limits`` (PartLimits;
    None: one bundle, whatever its size)."""
    from core.sync.split import export_parts

    target = _target(store, peer)
    box = target.box_key if encrypt and target.role == "hub" else None
    try:
        return list(export_parts(store.engine, identity(store, passphrase), peer, folder, limits,
                                 recipient_box=box, channel=channel, progress=progress))
    except OSError as err:
        raise UserError(N_("Cannot write the bundle to {folder}: {reason}."), folder=str(folder),
                        reason=err.strerror or str(err)) from err


def export_to_usb(store: Store, peer: str, folder: Path, passphrase: str | None = None,
                  progress=None) -> ExportResult:
    """One bundle of everything pending, read back from the stick."""
    return export_parts_to_usb(store, peer, folder, passphrase, progress)[0]


def export_parts_to_usb(store: Store, peer: str, folder: Path, passphrase: str | None = None,
                        progress=None, limits=None) -> list[ExportResult]:
    """Export (in parts of at most ``limits``), then read each file back from the stick."""
    from core.sync import usb

    usb.check_folder(folder)
    results = export_parts_for(store, peer, folder, channel="usb", passphrase=passphrase,
                               progress=progress, limits=limits)
    sign_key = load_keys(store, passphrase).sign_public
    for result in results:
        usb.verify_written(result.path, sign_key)
    return results


def import_file(store: Store, path: Path, dry_run: bool = False, channel: str = "file",
                passphrase: str | None = None, progress=None, cancelled=None) -> ImportResult:
    from core.sync.apply import import_bundle

    result = import_bundle(store.engine, identity(store, passphrase), path, dry_run=dry_run,
                           channel=channel, progress=progress, cancelled=cancelled)
    if not dry_run:
        with store.write("system") as s:
            set_setting(s, keys.LAST_SYNC_AT, utcnow().isoformat())
    return result


def import_files(store: Store, paths: list[Path], channel: str = "file",
                 passphrase: str | None = None, progress=None, cancelled=None) -> list[ImportResult]:
    """Several files (the parts of a split export) in the order of their sequence numbers, so
    they apply whatever order they were chosen in."""
    from core.sync.split import order_bundles

    return [import_file(store, path, channel=channel, passphrase=passphrase, progress=progress,
                        cancelled=cancelled) for path in order_bundles(paths)]


def verify_file(store: Store, path: Path, passphrase: str | None = None) -> Verified:
    from core.sync.apply import verify_only

    return verify_only(store.engine, identity(store, passphrase), path)


def start_new_epoch(store: Store) -> int:
    """After a backup is restored: new sequence numbers that were never used before.

    The epoch is the larger of (current + 1) and the minutes since 2020, so restoring the
    same old backup twice still gives two different epochs.
    """
    with store.session() as s:
        current = int(get_setting(s, keys.NODE_EPOCH, 1))
    epoch = keys.fresh_epoch(current)
    with store.write("system", role=SYSTEM) as s:
        set_setting(s, keys.NODE_EPOCH, epoch)
    store.reload_identity()
    return epoch


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    open_conflicts: int
    quarantined: int  # received changes waiting for their parent
    last_success: str | None
    last_error: SyncLog | None
    refused: int = 0  # this computer's changes the province server refused (in quarantine)


def status(store: Store) -> SyncStatus:
    """Index seeks only, whatever the size of the change log (core/sync/pending.py), in plain
    SQL on one pooled connection: ~1 ms at 1 M changes, so the overview may ask on every change."""
    from core.sync.pending import pending_count
    from core.sync.state import exported_tables

    ctx = store.context
    with store.engine.connect() as conn:
        def scalar(sql: str, *params):
            return conn.exec_driver_sql(sql, params).scalar()

        found = dict(conn.exec_driver_sql("SELECT key, value FROM setting WHERE key IN (?, ?)",
                                          (HUB_NODE, keys.LAST_SYNC_AT)).all())
        hub = orjson.loads(found[HUB_NODE]) if found.get(HUB_NODE) else None
        if hub and scalar("SELECT 1 FROM sync_peer WHERE node_id = ?", uuid.UUID(hub).hex) is None:
            hub = None  # as hub_peer(): a setting left without its peer
        pending = pending_count(conn, ctx.node_id, ctx.epoch, str(uuid.UUID(hub)) if hub else "",
                                ctx.commune_code, list(exported_tables()))
        conflicts = scalar("SELECT count(*) FROM sync_conflict WHERE resolved = 0")
        quarantined = scalar("SELECT count(*) FROM sync_quarantine WHERE reason = ''")
        refused = scalar("SELECT count(*) FROM sync_quarantine WHERE reason > ''")
        last_ok = orjson.loads(found[keys.LAST_SYNC_AT]) if found.get(keys.LAST_SYNC_AT) else None
        last = conn.exec_driver_sql("SELECT id, status FROM sync_log ORDER BY id DESC LIMIT 1"
                                    ).first()
    error = None
    if last is not None and last[1] in ("rejected", "failed"):
        with store.session() as s:  # the whole row, only when there is a problem to show
            error = s.get(SyncLog, last[0])
    return SyncStatus(pending, conflicts or 0, quarantined or 0, last_ok, error, refused or 0)


def log_message(log: SyncLog, translate=None) -> str:
    if not log.message:
        return ""
    params = orjson.loads(log.message_params or "{}")
    return UserError(log.message, **params).message(translate)


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def sync_over_http(store: Store, client, folder: Path, passphrase: str | None = None,
                   limits=None) -> dict:
    """Đồng bộ ngay: push what the hub has not confirmed (in parts of at most ``limits``, each
    ACK applied before the next part, so a stopped sync resumes at the part it was sending),
    pull and import."""
    from core.sync.apply import import_bundle
    from core.sync.split import PartLimits, export_parts

    hub = hub_peer(store)
    if hub is None:
        raise UserError(N_("This computer is not enrolled with the province server yet, so there "
                           "is nobody to send the data to. Ask the province for the enrolment file."))
    ident = identity(store, passphrase)
    sent = parts = 0
    for _round in range(PUSH_ROUNDS):
        for out in export_parts(store.engine, ident, str(hub.node_id), folder,
                                limits or PartLimits(), recipient_box=hub.box_key,
                                channel="http"):
            whole = _push_part(store, client, ident, out)
            sent, parts = sent + out.changes, parts + 1
            if not whole:
                break
        if not _rewound(store, ident, str(hub.node_id)):
            break
    pulled = client.pull(folder)
    try:
        result = import_bundle(store.engine, ident, pulled, channel="http")
    finally:
        pulled.unlink(missing_ok=True)
    with store.write("system") as s:
        set_setting(s, keys.LAST_SYNC_AT, utcnow().isoformat())
    from core.sync.people import refresh as refresh_people

    refresh_people(store, client)  # records that followed this commune's people from elsewhere
    # every table the pull applied, like a USB import reports (the screens showing them refresh)
    return {"sent": sent, "bundles": parts, "received": result.tally.as_dict(),
            "tables": sorted(result.counts)}


PUSH_ROUNDS = 3  # pushes in one sync: the hub's ACK may ask again for what it lost


def _rewound(store: Store, ident: SyncIdentity, hub: str) -> bool:
    """Something is pending again after every part was acknowledged: the hub lacks changes it
    had acknowledged before (it was restored from an earlier copy), so they go now, in the
    same sync, rather than after the next change made here."""
    from core.sync.export import pending_ranges

    with store.session() as s:
        return bool(pending_ranges(s, ident, hub))


def _push_part(store: Store, client, ident: SyncIdentity, out: ExportResult) -> bool:
    """Push one bundle and apply its ACK; False when the hub answered with a gap."""
    from core.sync.ack import apply_ack
    from core.sync.http_client import HubRefused

    whole = True
    try:
        ack = client.push(out.path)
    except HubRefused as err:
        if err.code != "gap" or not err.ack:
            raise
        ack, whole = err.ack, False  # the hub lost changes (restored): rewind, resend next time
    finally:
        out.path.unlink(missing_ok=True)
    with store.write("system") as s:
        apply_ack(s, ident, ack)
    return whole
