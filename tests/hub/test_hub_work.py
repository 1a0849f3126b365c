"""The hub's work folder: a push being received when the hub is killed stays on disk only until
the hub starts again; the files are the hub account's own (0600)."""

from __future__ import annotations

import os
import stat
import threading
import time

import httpx
import pytest

from core.sync import service as sync_svc
from core.sync.http_auth import sign_headers, signing_text
from core.sync.keys import b64
from tests.hub.conftest import serve_process
from tests.hub.test_hub_limits import PIECE, digest_of, enrolled_pc, pieces

TOTAL = 8 << 20


@pytest.mark.skipif(os.name == "nt", reason="kills the hub with SIGKILL")
def test_a_killed_hubs_half_received_push_is_removed_at_the_next_start(tmp_path, db_url):
    data = tmp_path / "hub"
    proc, url = serve_process(data, db_url)
    pc = None
    try:
        pc = enrolled_pc(tmp_path, data, db_url, url)
        ident = sync_svc.identity(pc)
        digest = digest_of(TOTAL)
        path = "/api/v1/sync/push"
        headers = sign_headers(ident.keys, str(ident.node_id), "POST", path, b"")
        text = signing_text("POST", path, headers["X-Xaso-Time"], b"", digest)
        headers = {**headers, "X-Xaso-Content-SHA256": digest,
                   "X-Xaso-Signature": b64(ident.keys.sign.sign(text))}
        sent = threading.Event()
        release = threading.Event()

        def slow_body():
            for i, piece in enumerate(pieces(TOTAL)):
                yield piece
                if i == 16:  # 1 MiB is on its way: let the test kill the hub now
                    sent.set()
                    release.wait(30)

        def push():
            try:
                httpx.post(f"{url}{path}", content=slow_body(), headers=headers, timeout=60)
            except httpx.HTTPError:
                pass  # the hub died under it

        sender = threading.Thread(target=push, daemon=True)
        sender.start()
        assert sent.wait(30)
        work = data / "work"
        for _ in range(100):
            partial = [p for p in work.glob("in-*.xaso") if p.stat().st_size >= PIECE]
            if partial:
                break
            time.sleep(0.1)
        assert partial, "the push never reached the work folder"
        assert partial[0].name.startswith(f"in-{proc.pid}-")
        assert stat.S_IMODE(partial[0].stat().st_mode) == 0o600
        proc.kill()
        proc.wait(timeout=30)
        release.set()
        sender.join(timeout=30)
        assert partial[0].exists()  # killed: nothing removed it
        proc, url = serve_process(data, db_url)
        assert not partial[0].exists()
        assert list(work.glob("in-*")) == []
    finally:
        if pc is not None:
            pc.close()
        proc.kill()
        proc.wait(timeout=30)
