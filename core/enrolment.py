"""Enrol this commune computer with the province server (xaso-hub) using a one-time code. No Qt."""

from __future__ import annotations

from typing import Any

from core.province.client import set_province_mode
from core.store import Store
from core.sync import service as sync_svc
from db.errors import N_, UserError
from db.models import SyncPeer


def enrol_with_hub(store: Store, url: str, code: str, verify=True,
                   passphrase: str | None = None, timeout: float = 30.0, proxy: str | None = None,
                   trust_env: bool = True) -> SyncPeer:
    """Send this computer's card with the code; enrol the hub card that comes back."""
    import httpx  # only when enrolling: keeps the app's start-up light

    url = url.strip().rstrip("/")
    if not url.startswith(("https://", "http://")):
        raise UserError(N_("The server address {url} is not valid; it starts with https://."),
                        url=url)
    card = sync_svc.node_card(store, passphrase)
    try:
        response = httpx.post(f"{url}/api/v1/enrol", json={"code": code.strip(), "card": card},
                              verify=verify, timeout=timeout, proxy=proxy, trust_env=trust_env)
    except httpx.HTTPError as err:
        from core.sync.http_client import HubOffline, offline_reason

        raise HubOffline(N_("The province server cannot be reached ({reason}). Check the address "
                            "and the network, then try again."), reason=offline_reason(err)) from err
    if (response.status_code, _answer(response).get("error")) in ((403, "bad_code"),
                                                                   (429, "throttled")):
        # the hub's reason: wrong or spent code, another commune's, too many wrong codes lately
        answer = _answer(response)
        if isinstance(answer.get("message"), str) and isinstance(answer.get("params"), dict):
            raise UserError(answer["message"], **{k: str(v) for k, v in answer["params"].items()})
    if response.status_code != 200:
        raise UserError(N_("The province server refused the enrolment code (error {status}). "
                           "Check the code, or ask the province for a new one."),
                        status=str(response.status_code))
    hub_card: dict[str, Any] = response.json()
    if hub_card.get("role") != "hub":
        raise UserError(N_("The answer from {url} is not from a Xã Số province server."), url=url)
    hub_card["url"] = url
    peer = sync_svc.enrol_peer(store, hub_card)
    if hub_card.get("viewer") == "province":  # the app opens in province mode from now on
        set_province_mode(store, True)
    return peer


def _answer(response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
