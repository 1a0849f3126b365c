"""The node's signing keys as the OS keyring keeps them (service ``xaso``, user ``node-<id>``),
read and written as one opaque secret: what an encrypted backup carries and a restore puts
back (core/backup/restore.py). Key handling itself is in core/sync/keys.py."""

from __future__ import annotations

import orjson

SERVICE = "xaso"


def user(node_id: str) -> str:
    return f"node-{node_id}"


def keyring_secret(node_id: str) -> str | None:
    """The node's keys as kept in the keyring (None: not there, or no keyring works here)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, user(node_id)) or None
    except KeyringError:
        return None


def keyring_lacks(node_id: str) -> bool:
    """True when this computer's keyring works and holds no keys for ``node_id``; False when it
    holds them, or when no keyring works here (then nothing can be known: the first sync asks
    for a key file, core/sync/keys.py)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return not keyring.get_password(SERVICE, user(node_id))
    except KeyringError:
        return False


def put_keyring_secret(node_id: str, secret: str) -> bool:
    """Put keys carried by an encrypted backup into this computer's keyring; False: the secret
    is not a pair of keys, or no keyring works here."""
    import keyring
    from keyring.errors import KeyringError

    try:
        data = orjson.loads(secret)
        if not (isinstance(data, dict) and data.get("ed25519") and data.get("x25519")):
            return False
        keyring.set_password(SERVICE, user(node_id), secret)
    except (KeyringError, ValueError):
        return False
    return True
