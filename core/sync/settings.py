"""Sync settings a staff member may change (keys under ``sync.``): automatic sync, proxy, the
province's CA certificate, timeout, bundle size, and the clock skew seen at the last sync. No Qt.

The proxy password is kept in the OS keyring (service "xaso", user ``proxy-<user>@<host>``),
never in the database or a file.
"""

from __future__ import annotations

import logging
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.settings import get_setting, set_setting
from core.store import Store
from db.errors import N_, UserError, ValidationError

AUTO_MINUTES = "sync.auto_minutes"
AUTO_CHOICES = (0, 5, 15, 30, 60)  # 0 = off
PROXY_MODE = "sync.proxy_mode"  # none / system / manual
PROXY_HOST = "sync.proxy_host"  # host:port
PROXY_USER = "sync.proxy_user"
CA_FILE = "sync.ca_file"
TIMEOUT = "sync.timeout_seconds"
BUNDLE_MB = "sync.bundle_max_mb"
CLOCK_SKEW = "sync.clock_skew_minutes"  # server time minus this PC's, at the last contact
SKEW_WARN_MINUTES = 5
KEYRING_SERVICE = "xaso"


@dataclass(frozen=True)
class Connection:
    proxy_mode: str = "system"
    proxy_host: str = ""
    proxy_user: str = ""
    ca_file: str = ""
    timeout: int = 60
    bundle_mb: int = 50


def load(store: Store) -> Connection:
    with store.session() as s:
        return Connection(
            proxy_mode=get_setting(s, PROXY_MODE, "system"),
            proxy_host=get_setting(s, PROXY_HOST, ""),
            proxy_user=get_setting(s, PROXY_USER, ""),
            ca_file=get_setting(s, CA_FILE, ""),
            timeout=int(get_setting(s, TIMEOUT, 60)),
            bundle_mb=int(get_setting(s, BUNDLE_MB, 50)),
        )


def _keyring_user(conn: Connection) -> str:
    return f"proxy-{conn.proxy_user}@{conn.proxy_host}"


def save(store: Store, conn: Connection, password: str | None, actor: str) -> None:
    """Check then store; ``password`` None keeps the one in the keyring."""
    check(conn)
    if conn.proxy_mode == "manual" and conn.proxy_user and password is not None:
        import keyring  # only here and in proxy_url: not at every start
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, _keyring_user(conn), password)
        except KeyringError as err:
            logging.getLogger("xaso").warning("no keyring for the proxy password: %s", err)
            raise UserError(N_("The proxy password cannot be kept: this computer has no system "
                               "password store. Ask the IT staff to set one up (on Windows, the "
                               "Credential Manager), then save again.")) from err
    with store.write(actor) as s:
        for key, value in ((PROXY_MODE, conn.proxy_mode), (PROXY_HOST, conn.proxy_host),
                           (PROXY_USER, conn.proxy_user), (CA_FILE, conn.ca_file),
                           (TIMEOUT, conn.timeout), (BUNDLE_MB, conn.bundle_mb)):
            set_setting(s, key, value)


def check(conn: Connection) -> None:
    if conn.proxy_mode not in ("none", "system", "manual"):
        raise ValidationError(N_("Unknown proxy choice {mode}."), mode=conn.proxy_mode)
    if conn.proxy_mode == "manual":
        host, _, port = conn.proxy_host.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536 or "/" in host:
            raise ValidationError(N_("The proxy {proxy} is not valid: write it as host:port, for "
                                     "example 10.0.0.1:3128."), proxy=conn.proxy_host)
    if conn.ca_file:
        check_ca_file(Path(conn.ca_file))
    if not 5 <= conn.timeout <= 600:
        raise ValidationError(N_("The timeout must be between 5 and 600 seconds."))
    if not 1 <= conn.bundle_mb <= 2000:
        raise ValidationError(N_("The size of a sync file must be between 1 and 2000 MB."))


def check_ca_file(path: Path) -> ssl.SSLContext:
    """An SSL context trusting the system CAs and the certificate(s) in ``path`` (PEM)."""
    try:
        data = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as err:
        raise ValidationError(N_("The certificate file {file} cannot be read: {reason}."),
                              file=str(path), reason=getattr(err, "strerror", None) or str(err)) from err
    if "-----BEGIN CERTIFICATE-----" not in data:
        raise ValidationError(N_("The file {file} is not a CA certificate in PEM format (text "
                                 "starting with -----BEGIN CERTIFICATE-----). Ask the province "
                                 "for the .pem or .crt file."), file=str(path))
    context = ssl.create_default_context()
    try:
        context.load_verify_locations(cadata=data)
    except ssl.SSLError as err:
        raise ValidationError(N_("The certificate file {file} is damaged: {reason}. Ask the "
                                 "province for the file again."),
                              file=str(path), reason=err.reason or str(err)) from err
    return context


def client_options(store: Store) -> dict[str, Any]:
    """Keyword arguments for HubClient / httpx: verify, proxy, trust_env, timeout."""
    conn = load(store)
    options: dict[str, Any] = {"timeout": float(conn.timeout), "proxy": None,
                               "trust_env": conn.proxy_mode == "system", "verify": True}
    if conn.ca_file:
        options["verify"] = check_ca_file(Path(conn.ca_file))
    if conn.proxy_mode == "manual":
        options["proxy"] = proxy_url(conn)
    return options


def proxy_url(conn: Connection) -> str:
    from urllib.parse import quote

    if not conn.proxy_user:
        return f"http://{conn.proxy_host}"
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(KEYRING_SERVICE, _keyring_user(conn)) or ""
    except KeyringError:
        password = ""
    return f"http://{quote(conn.proxy_user, safe='')}:{quote(password, safe='')}@{conn.proxy_host}"


def auto_minutes(store: Store) -> int:
    with store.session() as s:
        value = int(get_setting(s, AUTO_MINUTES, 0) or 0)
    return value if value in AUTO_CHOICES else 0


def set_auto_minutes(store: Store, minutes: int, actor: str) -> None:
    if minutes not in AUTO_CHOICES:
        raise ValidationError(N_("Automatic sync every {minutes} minutes is not offered."),
                              minutes=minutes)
    with store.write(actor) as s:
        set_setting(s, AUTO_MINUTES, minutes)


def clock_skew(store: Store) -> int | None:
    with store.session() as s:
        return get_setting(s, CLOCK_SKEW)


def record_clock_skew(store: Store, minutes: int | None) -> None:
    if minutes is None:
        return
    with store.write("system") as s:
        set_setting(s, CLOCK_SKEW, minutes)


def skew_warning(minutes: int | None) -> UserError | None:
    """The warning shown when this PC's clock is more than 5 minutes off the server's."""
    if minutes is None or abs(minutes) <= SKEW_WARN_MINUTES:
        return None
    return UserError(N_("This computer's clock is {minutes} minutes off the province server's "
                        "— set the Windows time right."), minutes=abs(minutes))
