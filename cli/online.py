"""xaso-admin sync / sync-status: the province IT officer's "Đồng bộ ngay" and sync state, as
the app runs and shows them (core/sync/online.py, core/sync/service.py)."""

from __future__ import annotations

from cli.base import Cli, key_passphrase
from core.i18n import tr
from db.errors import N_


def sync(cli: Cli) -> int:
    from core.sync import online

    store = cli.ready_store()
    try:
        result = online.run_sync(store, key_passphrase())
    finally:
        store.close()
    cli.emit({"ok": True, **result}, online.finished_text(result, cli.tr))
    return 0


def sync_status(cli: Cli) -> int:
    from core.sync import service as svc

    store = cli.ready_store()
    try:
        hub = svc.hub_peer(store)
        st = svc.status(store)
    finally:
        store.close()
    error = svc.log_message(st.last_error, cli.tr) if st.last_error is not None else None
    summary = {"ok": True, "hub": hub.url if hub else None, "last_sync": st.last_success,
               "pending": st.pending, "quarantined": st.quarantined, "refused": st.refused,
               "open_conflicts": st.open_conflicts, "last_error": error}
    lines = [cli.tr("Province server: {url}").format(url=hub.url or hub.name) if hub else
             cli.tr("Province server: not enrolled yet"),
             cli.tr("Last successful sync: {when}").format(when=st.last_success or cli.tr("never")),
             cli.tr("Changes waiting to be sent: {count}").format(count=st.pending),
             cli.tr("Conflicts to resolve: {conflicts} · waiting for their parent: {waiting}")
             .format(conflicts=st.open_conflicts, waiting=st.quarantined)]
    if st.refused:
        lines.append(cli.tr(REFUSED_LINE).format(refused=st.refused))
    if error:
        lines.append(cli.tr("Last problem: {message}").format(message=error))
    cli.emit(summary, "\n".join(lines))
    return 0


REFUSED_LINE = N_("Refused by the province server: {refused} (see Sync → Waiting or refused)")


def add_parsers(sub, common) -> None:
    sub.add_parser("sync", parents=[common],
                   help=tr("sync with the province server now (over the Internet)"))
    sub.add_parser("sync-status", parents=[common],
                   help=tr("last sync, changes waiting, refused rows and open conflicts"))


HANDLERS = {"sync": sync, "sync-status": sync_status}
