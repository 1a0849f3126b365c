"""The node's key pair: Ed25519 (signs bundles and ACKs) and X25519 (receives encrypted chunks).

The private keys live in the OS keyring (service "xaso", user ``node-<node id>``). When no
keyring backend works, nothing is written silently: :class:`KeyringUnavailable` is raised and
the caller offers the documented fallback, a key file encrypted with a passphrase the user
types (:func:`save_key_file` / :func:`load_key_file`, PKCS#8 + scrypt, mode 0600).
"""

from __future__ import annotations

import base64
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import orjson
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from core.keyring_keys import SERVICE, keyring_secret, put_keyring_secret  # noqa: F401 (re-exported)
from db.errors import N_, UserError

KEY_FILE_NAME = "node-key.json"


class KeyringUnavailable(UserError):
    """No OS keyring: the key must go to a passphrase-protected file the user agrees to."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class NodeKeys:
    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    @classmethod
    def generate(cls) -> NodeKeys:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @property
    def sign_public(self) -> str:
        return b64(_raw_public(self.sign))

    @property
    def box_public(self) -> str:
        return b64(_raw_public(self.box))

    def to_secret(self) -> str:
        return orjson.dumps({"ed25519": b64(_raw_private(self.sign)),
                             "x25519": b64(_raw_private(self.box))}).decode()

    @classmethod
    def from_secret(cls, secret: str) -> NodeKeys:
        data = orjson.loads(secret)
        return cls(Ed25519PrivateKey.from_private_bytes(unb64(data["ed25519"])),
                   X25519PrivateKey.from_private_bytes(unb64(data["x25519"])))


def _raw_private(key) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def _raw_public(key) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)


def _user(node_id: str) -> str:
    return f"node-{node_id}"


def load_or_create(node_id: str) -> NodeKeys:
    """The node's keys from the keyring, created there on first use."""
    import keyring  # imported when needed: ~0.1 s of the start-up otherwise
    from keyring.errors import KeyringError

    try:
        secret = keyring.get_password(SERVICE, _user(node_id))
        if secret:
            return NodeKeys.from_secret(secret)
        keys = NodeKeys.generate()
        keyring.set_password(SERVICE, _user(node_id), keys.to_secret())
        return keys
    except KeyringError as err:
        # the keyring's own reason is English and technical: for the log, not for the clerk
        logging.getLogger("xaso").warning("no keyring for the signing key: %s", err)
        raise KeyringUnavailable(
            N_("This computer has no system password store (keyring) to keep its signing key. "
               "The key can be kept instead in a file locked with a passphrase you choose; write "
               "the passphrase down and keep it safe: every sync asks for it."),
        ) from err


def key_file_text(keys: NodeKeys, passphrase: str) -> bytes:
    """The key file's content: both keys as PKCS#8 PEM, encrypted with the passphrase."""
    if len(passphrase) < 8:
        raise UserError(N_("The passphrase must have at least 8 characters."))
    enc = serialization.BestAvailableEncryption(passphrase.encode())
    return orjson.dumps({
        "ed25519": keys.sign.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8, enc).decode(),
        "x25519": keys.box.private_bytes(serialization.Encoding.PEM,
                                         serialization.PrivateFormat.PKCS8, enc).decode(),
    })


def write_key_file(path: Path, data: bytes) -> None:
    """``data`` (already encrypted) into ``path``: temporary name, fsync, rename, mode 0600."""
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def save_key_file(path: Path, keys: NodeKeys, passphrase: str) -> None:
    """The documented fallback: both keys encrypted with the passphrase, file mode 0600."""
    write_key_file(path, key_file_text(keys, passphrase))


class KeyFileMissing(UserError):
    pass


def load_key_file(path: Path, passphrase: str) -> NodeKeys:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as err:
        raise KeyFileMissing(N_("The signing key file {path} is missing. Copy node-key.json from "
                                "the old data folder of this computer into {folder}, or restore "
                                "a backup of this computer made after the key file was chosen."),
                             path=str(path), folder=str(path.parent)) from err
    try:
        data = orjson.loads(raw)
        sign = serialization.load_pem_private_key(data["ed25519"].encode(), passphrase.encode())
        box = serialization.load_pem_private_key(data["x25519"].encode(), passphrase.encode())
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise UserError(N_("The key file {path} cannot be opened with this passphrase."),
                        path=str(path)) from err
    return NodeKeys(sign, box)


def verify_signature(public_b64: str, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(unb64(public_b64)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
