"""Request signatures for the hub API (docs/sync-format.md §6), shared by client and server."""

from __future__ import annotations

import datetime as dt
import hashlib

from core.sync.keys import NodeKeys, b64, unb64, verify_signature

MAX_SKEW = dt.timedelta(minutes=15)


def signing_text(method: str, path: str, when: str, body: bytes,
                 body_sha256: str | None = None) -> bytes:
    """What is signed; ``body_sha256`` (hex) stands for the body when the caller hashed it already."""
    digest = body_sha256 if body_sha256 is not None else hashlib.sha256(body).hexdigest()
    return "\n".join((method.upper(), path, when, digest)).encode()


def sign_headers(keys: NodeKeys, node_id: str, method: str, path: str, body: bytes,
                 now: dt.datetime | None = None) -> dict[str, str]:
    """The signed headers; ``X-Xaso-Content-SHA256`` names the digest the signature covers, so
    the hub checks the signature of an uploaded bundle before it stores a byte of it."""
    when = (now or dt.datetime.now(dt.UTC)).isoformat()
    digest = hashlib.sha256(body).hexdigest()
    signature = keys.sign.sign(signing_text(method, path, when, body, digest))
    return {"X-Xaso-Node": node_id, "X-Xaso-Time": when, "X-Xaso-Signature": b64(signature),
            "X-Xaso-Content-SHA256": digest}


def check_headers(sign_key: str, method: str, path: str, when: str, signature: str,
                  body: bytes, body_sha256: str | None = None) -> str | None:
    """None when valid, else the error code (bad_signature / clock). The hub streams a pushed
    body to disk and hashes it on the way, so it passes ``body_sha256`` instead of the bytes."""
    try:
        sent = dt.datetime.fromisoformat(when)
        raw = unb64(signature)
    except (ValueError, TypeError):
        return "bad_signature"
    if sent.tzinfo is None:  # the clients send UTC with its offset; a bare time compares to nothing
        return "bad_signature"
    if not verify_signature(sign_key, raw, signing_text(method, path, when, body, body_sha256)):
        return "bad_signature"
    if abs(dt.datetime.now(dt.UTC) - sent) > MAX_SKEW:
        return "clock"
    return None
