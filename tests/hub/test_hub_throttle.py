"""Per-address throttling at the hub: wrong enrolment codes and failed signatures earn a 429 with
a Vietnamese reason and ``Retry-After``; a signed time without a zone is a 401, not a 500."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core import enrolment as hub_svc
from core.hub import enrolment
from core.hub.guard import FailureThrottle
from core.i18n import tr, user_message
from core.sync import service as sync_svc
from core.sync.http_auth import sign_headers
from core.sync.keys import NodeKeys
from db.errors import UserError
from db.models import SyncPeer
from hub.app import ENROL_FAILURES, SIGN_FAILURES, THROTTLE_WINDOW
from tests.hub.conftest import enrol, open_pc

PULL = "/api/v1/sync/pull"


def _peers(running) -> int:
    with Session(running.engine) as s:
        return s.scalar(select(func.count()).select_from(SyncPeer))


def _vietnamese(answer: httpx.Response) -> str:
    data = answer.json()
    return tr(data["message"]).format(**data["params"])


def test_failure_throttle_counts_a_window_per_address():
    now = [1000.0]
    throttle = FailureThrottle(3, 60, clock=lambda: now[0])
    for _ in range(3):
        assert throttle.retry_after("10.0.0.1") == 0
        throttle.failed("10.0.0.1")
        now[0] += 10
    assert throttle.retry_after("10.0.0.1") == 30  # the first failure leaves the window at 1060
    assert throttle.retry_after("10.0.0.2") == 0  # another address is not concerned
    now[0] = 1060.5
    assert throttle.retry_after("10.0.0.1") == 0
    small = FailureThrottle(1, 60, max_addresses=2, clock=lambda: now[0])
    for address in ("a", "b", "c"):
        small.failed(address)
    assert small.retry_after("a") == 0 and small.retry_after("c") > 0  # the oldest forgotten


def test_wrong_enrolment_codes_are_throttled_per_address(hub, tmp_path):
    pc = open_pc(tmp_path / "pc")
    try:
        card = sync_svc.node_card(pc, None)
        for i in range(ENROL_FAILURES):
            answer = httpx.post(f"{hub.url}/api/v1/enrol",
                                json={"code": f"SAI-{i:04d}-XXXX", "card": card})
            assert answer.status_code == 403, answer.text
        good = enrolment.create_code(hub.engine, pc.context.commune_code)
        blocked = httpx.post(f"{hub.url}/api/v1/enrol", json={"code": good, "card": card})
        assert blocked.status_code == 429
        wait = int(blocked.headers["Retry-After"])
        assert THROTTLE_WINDOW - 60 < wait <= THROTTLE_WINDOW
        assert "Quá nhiều" in _vietnamese(blocked) and "15 phút" in _vietnamese(blocked)
        # the client shows the same reason, and the good code is not spent by the refusal
        with pytest.raises(UserError) as caught:
            hub_svc.enrol_with_hub(pc, hub.url, good)
        assert "Quá nhiều" in user_message(caught.value)
        assert _peers(hub) == 0
    finally:
        pc.close()


def test_failed_signatures_are_throttled_per_address(hub, tmp_path):
    pc = open_pc(tmp_path / "pc")
    try:
        enrol(hub, pc)
        ident = sync_svc.identity(pc)
        forged = NodeKeys.generate()
        for i in range(SIGN_FAILURES):
            if i % 2:  # a forged signature of an enrolled computer
                headers = sign_headers(forged, str(ident.node_id), "GET", PULL, b"")
            else:  # a computer the hub does not know
                headers = sign_headers(forged, "0190aaaa-0000-7000-8000-000000000000", "GET",
                                       PULL, b"")
            answer = httpx.get(f"{hub.url}{PULL}", headers=headers)
            assert answer.status_code == 401, answer.text
        genuine = sign_headers(ident.keys, str(ident.node_id), "GET", PULL, b"")
        blocked = httpx.get(f"{hub.url}{PULL}", headers=genuine)
        assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 0
        assert blocked.json()["error"] == "throttled"
        assert "Quá nhiều" in _vietnamese(blocked)
        # the health check (no signature) still answers: only the signed routes wait
        assert httpx.get(f"{hub.url}/api/v1/health").status_code == 200
    finally:
        pc.close()


def test_a_signed_time_without_zone_is_refused_not_a_server_error(hub, tmp_path):
    pc = open_pc(tmp_path / "pc")
    try:
        enrol(hub, pc)
        ident = sync_svc.identity(pc)
        naive = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        headers = sign_headers(ident.keys, str(ident.node_id), "GET", PULL, b"", now=naive)
        assert "+" not in headers["X-Xaso-Time"]
        answer = httpx.get(f"{hub.url}{PULL}", headers=headers)
        assert answer.status_code == 401 and answer.json()["error"] == "bad_signature"
        ok = httpx.get(f"{hub.url}{PULL}",
                       headers=sign_headers(ident.keys, str(ident.node_id), "GET", PULL, b""))
        assert ok.status_code == 200
    finally:
        pc.close()
