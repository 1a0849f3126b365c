"""Hostile bodies (issue 23, items 1, 8, 12): every body is counted while it streams in and cut
at its limit before it is parsed or held; an uploaded bundle's signature is checked before a
byte of it is stored; the API documentation is served only when asked for."""

from __future__ import annotations

import hashlib
import os

import httpx
import pytest

from core import enrolment as hub_svc
from core.hub import enrolment
from core.hub.store import open_hub
from core.sync import service as sync_svc
from core.sync.http_auth import sign_headers, signing_text
from core.sync.keys import b64
from tests.hub.conftest import open_pc, serve_process

BIG = 64 << 20  # 64 MiB sent to endpoints whose limit is 16 KiB (JSON) or 1 MiB (bundles)
PIECE = 64 << 10
SMALL_BODY_PATHS = ("/api/v1/enrol", "/api/v1/province/targets", "/api/v1/province/courses")
UPLOAD_PATHS = ("/api/v1/sync/push", "/api/v1/province/usb-bundle")


def pieces(total: int = BIG, seen=None):
    """``total`` bytes in 64 KiB pieces, streamed (chunked: no Content-Length to refuse early);
    ``seen()`` is called after each piece."""
    for _ in range(total // PIECE):
        yield b"x" * PIECE
        if seen:
            seen()


def digest_of(total: int = BIG) -> str:
    sha = hashlib.sha256()
    for piece in pieces(total):
        sha.update(piece)
    return sha.hexdigest()


def peak_rss_kib(pid: int) -> int:
    """The process's peak resident memory (VmHWM), from /proc."""
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))


def enrolled_pc(tmp_path, data, db_url, url: str, name: str = "pc1"):
    hub = open_hub(data, db_url)
    try:
        code = enrolment.create_code(hub.engine, "06385")
    finally:
        hub.close()
    store = open_pc(tmp_path / name)
    hub_svc.enrol_with_hub(store, url, code)
    return store


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
def test_large_bodies_are_cut_while_streaming_and_the_hub_stays_small(tmp_path, db_url):
    data = tmp_path / "hub"
    proc, url = serve_process(data, db_url, "--max-body-mb", "1")
    pc = None
    try:
        pc = enrolled_pc(tmp_path, data, db_url, url)
        ident = sync_svc.identity(pc)
        big_digest = digest_of()

        def signed(path: str) -> dict[str, str]:
            headers = sign_headers(ident.keys, str(ident.node_id), "POST", path, b"")
            # the signature covers the digest of the 64 MiB body it announces
            text = signing_text("POST", path, headers["X-Xaso-Time"], b"", big_digest)
            return {**headers, "X-Xaso-Content-SHA256": big_digest,
                    "X-Xaso-Signature": b64(ident.keys.sign.sign(text))}

        for path in SMALL_BODY_PATHS + UPLOAD_PATHS:  # warm up every route with a small body
            warm = httpx.post(f"{url}{path}", content=b"{}", timeout=60)
            assert warm.status_code in (400, 401, 403)
        before = peak_rss_kib(proc.pid)
        for path in SMALL_BODY_PATHS:
            answer = httpx.post(f"{url}{path}", content=pieces(), timeout=120)
            assert answer.status_code == 413, path
            assert answer.json()["error"] == "too_large"
        summary = "/api/v1/province/summary"  # a signed GET with a body it does not expect
        answer = httpx.request("GET", f"{url}{summary}", content=pieces(), timeout=120,
                               headers=sign_headers(ident.keys, str(ident.node_id), "GET",
                                                    summary, b""))
        assert answer.status_code == 413 and answer.json()["error"] == "too_large"
        for path in UPLOAD_PATHS:  # well signed, larger than --max-body-mb 1
            answer = httpx.post(f"{url}{path}", content=pieces(), headers=signed(path),
                                timeout=120)
            assert answer.status_code == 413, path
            assert answer.json()["error"] == "too_large"
        grown_mib = (peak_rss_kib(proc.pid) - before) / 1024
        assert grown_mib < 16, f"the hub grew by {grown_mib:.0f} MiB for 64 MiB bodies"
        assert list((data / "work").glob("in-*")) == []  # cut uploads are not left on disk
        assert proc.poll() is None
    finally:
        if pc is not None:
            pc.close()
        proc.terminate()
        proc.wait(timeout=30)


def test_an_upload_with_a_bad_signature_is_refused_before_a_byte_is_stored(hub, tmp_path):
    pc = open_pc(tmp_path / "pc1")
    try:
        hub_svc.enrol_with_hub(pc, hub.url, enrolment.create_code(hub.engine, "06385"))
        ident = sync_svc.identity(pc)
        work = tmp_path / "hub-work"
        stored: list[int] = []

        def look() -> None:
            stored.append(sum(p.stat().st_size for p in work.glob("in-*")) if work.exists()
                          else 0)

        path = "/api/v1/sync/push"
        total = 8 << 20
        good = sign_headers(ident.keys, str(ident.node_id), "POST", path, b"")
        forged = {**good, "X-Xaso-Content-SHA256": digest_of(total),
                  "X-Xaso-Signature": b64(os.urandom(64))}  # well formed, names a known node
        answer = httpx.post(f"{hub.url}{path}", content=pieces(total, look), headers=forged,
                            timeout=120)
        assert answer.status_code == 401 and answer.json()["error"] == "bad_signature"
        assert stored and max(stored) == 0
        unannounced = {k: v for k, v in good.items() if k != "X-Xaso-Content-SHA256"}
        answer = httpx.post(f"{hub.url}{path}", content=pieces(total, look),
                            headers=unannounced, timeout=120)
        assert answer.status_code == 400 and answer.json()["error"] == "upgrade"
        assert max(stored) == 0
        # signed for an empty body, another body sent: refused once its hash is known
        answer = httpx.post(f"{hub.url}{path}", content=b"not the signed body", headers=good,
                            timeout=60)
        assert answer.status_code == 401 and answer.json()["error"] == "bad_signature"
        assert list(work.glob("in-*")) == []
    finally:
        pc.close()


def test_api_docs_are_off_by_default_and_served_with_docs(hub, tmp_path):
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert httpx.get(f"{hub.url}{path}").status_code == 404
    proc, url = serve_process(tmp_path / "docs-hub", None, "--docs")
    try:
        for path in ("/docs", "/redoc"):
            assert httpx.get(f"{url}{path}").status_code == 200
        spec = httpx.get(f"{url}/openapi.json").json()
        assert "/api/v1/sync/push" in spec["paths"] and "/api/v1/enrol" in spec["paths"]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
