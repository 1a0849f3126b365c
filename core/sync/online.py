"""One sync with the province server as the app runs it (button or timer), with this
installation's connection settings. No Qt."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from core.backup.temp import temp_dir
from core.store import Store
from core.sync import service as sync_svc
from core.sync import settings as sync_settings
from db.errors import N_, UserError

# what a finished sync says, in the app and in xaso-admin sync alike
FINISHED = N_("Sync finished: {sent} changes sent; {applied} received, {skipped} already here, "
              "{conflicts} conflicts.")
REFUSED = N_("{refused} of this computer's changes are refused by the province server: see Sync → "
             "Waiting or refused for what to do.")


def finished_text(result: dict, translate: Callable[[str], str]) -> str:
    got = result["received"]
    text = translate(FINISHED).format(sent=result["sent"], applied=got["applied"],
                                      skipped=got["skipped"], conflicts=got["conflicts"])
    if result.get("refused"):
        text += " " + translate(REFUSED).format(refused=result["refused"])
    return text


def not_enrolled() -> UserError:
    return UserError(N_("This computer is not connected to the province server over the Internet "
                        "yet. Use Connect to the province server… with the code the province "
                        "gave, or sync by USB."))


def make_client(store: Store, url: str, passphrase: str | None = None, retries: int = 2,
                cancelled: Callable[[], bool] | None = None, **extra):
    from core.sync.http_client import HubClient

    options = sync_settings.client_options(store)
    options.update(extra)
    return HubClient(url, sync_svc.identity(store, passphrase), retries=retries,
                     cancelled=cancelled, **options)


def run_sync(store: Store, passphrase: str | None = None,
             cancelled: Callable[[], bool] | None = None, **client_extra) -> dict:
    """Check the hub is reachable (offline ends at once), push in parts, pull; the clock skew
    the hub's answers showed is kept for the warning on screen."""
    from core.sync.split import PartLimits

    hub = sync_svc.hub_peer(store)
    if hub is None or not hub.url:
        raise not_enrolled()
    limits = PartLimits.from_mb(sync_settings.load(store).bundle_mb)
    client = make_client(store, hub.url, passphrase, cancelled=cancelled, **client_extra)
    try:
        try:
            client.check_online()
            # the parts pushed and the bundle pulled stay in the data folder (removed after;
            # a killed sync's are removed at the next start)
            with tempfile.TemporaryDirectory(prefix=f"xaso-sync-{os.getpid()}-",
                                             dir=temp_dir(store.paths.home)) as folder:
                result = sync_svc.sync_over_http(store, client, Path(folder), passphrase, limits)
        finally:
            sync_settings.record_clock_skew(store, client.skew_minutes)
    finally:
        client.close()
    result["skew_minutes"] = client.skew_minutes
    result["refused"] = sync_svc.status(store).refused
    return result
