"""HTTP client for the hub's push/pull API (docs/sync-format.md §6). No Qt.

Retries network errors and 5xx answers with exponential backoff; a push is idempotent (the hub
skips what it already has), so retrying after a lost answer is safe — that is what makes a sync
resumable. ``cancelled()`` is checked between attempts. TLS is verified (``verify`` may name a
CA bundle file or be an SSL context trusting the province's CA); ``proxy`` and ``trust_env``
(system proxy settings) are passed to httpx. A certificate the client does not trust is not
retried: it ends at once with a message naming the problem. Every answer's ``Date`` header
gives ``skew_minutes`` (server clock minus this PC's); the hub's 401 ``clock`` is turned into a
message saying by how much the clock is off.
"""

from __future__ import annotations

import datetime as dt
import random
import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from core.sync.http_auth import sign_headers
from core.sync.state import SyncIdentity
from db.errors import N_, UserError

OFFLINE_MESSAGE = N_("The province server cannot be reached ({reason}). The changes stay here "
                     "and are sent at the next sync; if the network stays down, use Export to USB.")
CLOCK_MESSAGE = N_("This computer's clock is {minutes} minutes off the province server's — set "
                   "the Windows time right, then sync again.")


class _ReasonInWords(UserError):
    """The ``reason`` parameter is one of the N_() phrases below, translated with the message
    (never the network library's English text)."""

    def message(self, translate=None) -> str:
        if translate is None or "reason" not in self.params:
            return super().message(translate)
        params = {**self.params, "reason": translate(self.params["reason"])}
        return translate(self.template).format(**params)


class HubOffline(_ReasonInWords):
    """The hub cannot be reached (no network, server down): try later or sync by USB."""


class HubRefused(_ReasonInWords):
    """The hub answered with a 4xx error: retrying will not help."""

    def __init__(self, template: str, code: str = "", ack: Any = None, **params: Any) -> None:
        super().__init__(template, **params)
        self.code = code
        self.ack = ack


def offline_reason(err: BaseException | None) -> str:
    """Why the hub could not be reached, as a phrase a clerk understands."""
    if isinstance(err, httpx.TimeoutException):
        return N_("no answer in time")
    if isinstance(err, httpx.ProxyError):
        return N_("the proxy server refused or cannot be reached")
    if isinstance(err, httpx.ConnectError):
        text = str(err).lower()
        if "name" in text or "resolve" in text or "getaddrinfo" in text:
            return N_("the server name cannot be found")
        return N_("the connection was refused or the network is down")
    if isinstance(err, httpx.HTTPError):
        return N_("the connection broke off")
    if isinstance(err, _ServerError):
        return N_("the server answered with an error; it may be restarting")
    return N_("unknown network error")


class _ServerError(Exception):
    """The hub answered 5xx (kept as the last failure while retrying)."""


def tls_reason(verify_message: str) -> str:
    """OpenSSL's verify message as a phrase a clerk understands."""
    text = verify_message.lower()
    if "expired" in text:
        return N_("the certificate has expired")
    if "not yet valid" in text:
        return N_("the certificate is not valid yet (check the Windows date)")
    if "self-signed" in text or "self signed" in text or "local issuer" in text:
        return N_("it was not issued by a certificate authority this computer trusts")
    if "hostname" in text or "ip address mismatch" in text:
        return N_("it was issued for another server name")
    return N_("it cannot be verified")


_MESSAGES = {
    "unknown_node": N_("The province server does not know this computer. Ask the province to "
                       "enrol it again."),
    "bad_signature": N_("The province server did not accept this computer's signature. Ask the "
                        "province to enrol it again."),
    "clock": N_("The clock of this computer is wrong by more than 15 minutes. Set the date and "
                "time, then sync again."),
    "too_large": N_("The data is too large to send at once; use Export to USB."),
    "replay": N_("The province server refused a repeated request. Sync again."),
    "busy": N_("The province server is busy. Sync again in a few minutes."),
}


class HubClient:
    def __init__(self, base_url: str, identity: SyncIdentity,
                 verify: bool | str | ssl.SSLContext = True, proxy: str | None = None,
                 timeout: float = 60.0, retries: int = 5, backoff: float = 1.0,
                 cancelled: Callable[[], bool] | None = None,
                 sleep: Callable[[float], None] = time.sleep, trust_env: bool = True,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.identity = identity
        self.retries = retries
        self.backoff = backoff
        self.cancelled = cancelled or (lambda: False)
        self.sleep = sleep
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.skew_minutes: int | None = None
        self.http = httpx.Client(base_url=base_url.rstrip("/"), verify=verify, proxy=proxy,
                                 timeout=timeout, trust_env=trust_env)

    def close(self) -> None:
        self.http.close()

    def is_online(self) -> bool:
        try:
            return self.http.get("/api/v1/health", timeout=5).status_code == 200
        except httpx.HTTPError:
            return False

    def check_online(self) -> None:
        """One quick look at the hub before a sync: offline ends at once, without retries."""
        try:
            response = self.http.get("/api/v1/health", timeout=min(10.0, self.http.timeout.connect
                                                                   or 10.0))
        except httpx.HTTPError as err:
            _raise_tls(err)
            raise HubOffline(OFFLINE_MESSAGE, reason=offline_reason(err)) from err
        self._note_clock(response)

    def _request(self, method: str, path: str, body: bytes = b"", **kwargs) -> httpx.Response:
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            if self.cancelled():
                raise UserError(N_("Sync cancelled. Nothing is lost: the next sync sends it again."))
            headers = sign_headers(self.identity.keys, str(self.identity.node_id), method, path, body,
                                   now=self.clock())
            try:
                response = self.http.request(method, path, content=body or None, headers=headers,
                                             **kwargs)
            except httpx.HTTPError as err:
                _raise_tls(err)
                last = err
            else:
                self._note_clock(response)
                if response.status_code < 500:
                    return self._checked(response)
                last = _ServerError(f"HTTP {response.status_code}")
            if attempt < self.retries:
                delay = min(300.0, self.backoff * 2 ** attempt) * (0.5 + random.random() / 2)
                self.sleep(delay)
        raise HubOffline(OFFLINE_MESSAGE, reason=offline_reason(last)) from last

    def _note_clock(self, response: httpx.Response) -> None:
        from email.utils import parsedate_to_datetime

        try:
            server = parsedate_to_datetime(response.headers["date"])
        except (KeyError, TypeError, ValueError):
            return
        self.skew_minutes = round((server - self.clock()).total_seconds() / 60)

    def _checked(self, response: httpx.Response) -> httpx.Response:
        if response.status_code < 400:
            return response
        try:
            data = response.json()
        except ValueError:
            data = {}
        code = data.get("error", "")
        if code == "clock" and self.skew_minutes is not None:
            raise HubRefused(CLOCK_MESSAGE, code=code, minutes=abs(self.skew_minutes))
        message = _MESSAGES.get(code) or data.get("message") or ""
        params = {} if code in _MESSAGES else (data.get("params") or {})
        try:
            message.format(**params)
        except (KeyError, IndexError, ValueError):
            message = ""
        if not message:
            message = N_("The province server refused the request (error {status}).")
            params = {"status": str(response.status_code)}
        raise HubRefused(message, code=code, ack=data.get("ack"), **params)

    def push(self, bundle: Path) -> dict[str, str]:
        """Send a bundle; returns the hub's signed ACK."""
        return self._request("POST", "/api/v1/sync/push", bundle.read_bytes(),
                             ).json()

    def get_json(self, path: str) -> Any:
        """A signed GET answered with JSON (the province view endpoints)."""
        return self._request("GET", path).json()

    def send_bytes(self, path: str, data: bytes) -> httpx.Response:
        """A signed POST of a file's bytes (a commune's USB bundle at the province)."""
        return self._request("POST", path, data)

    def send_json(self, method: str, path: str, data: Any = None) -> Any:
        """A signed POST/DELETE with a JSON body, answered with JSON (province catalogue)."""
        import orjson

        body = orjson.dumps(data) if data is not None else b""
        return self._request(method, path, body).json()

    def pull(self, folder: Path) -> Path:
        """Fetch this node's bundle from the hub into ``folder`` (temporary name, then rename)."""
        response = self._request("GET", "/api/v1/sync/pull")
        name = response.headers.get("Content-Disposition", "").split("filename=")[-1].strip('"')
        target = folder / (Path(name).name or "xaso-hub.xaso")
        part = target.with_name(target.name + ".part")
        part.write_bytes(response.content)
        part.replace(target)
        return target


def _raise_tls(err: Exception) -> None:
    """A certificate problem: retrying cannot help, say what is wrong with the certificate."""
    cause: BaseException | None = err
    while cause is not None and not isinstance(cause, ssl.SSLCertVerificationError):
        cause = cause.__cause__ or cause.__context__
    if cause is None:
        return
    reason = getattr(cause, "verify_message", None) or str(cause)
    raise HubRefused(N_("The security certificate (TLS) of the province server is not trusted: "
                        "{reason}. If the province uses its own certificate authority, choose "
                        "its CA certificate file in Connection settings."),
                     code="tls", reason=tls_reason(reason)) from err
