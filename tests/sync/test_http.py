"""The httpx client against a real FastAPI hub (hub/app.py) served by uvicorn on 127.0.0.1."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core.sync import service as sync_svc
from core.sync.http_client import HubClient, HubOffline, HubRefused
from db.models import Officer
from tests.sync.conftest import add_officer, open_node
from tests.sync.hub_server import free_port, running_hub


@pytest.fixture
def hub(tmp_path, node_a):
    with running_hub(tmp_path, node_a) as (store, url, _ca):
        yield store, url


def test_push_pull_round_trip_and_ack(hub, node_a, tmp_path):
    hub_store, url = hub
    add_officer(node_a, "Nguyễn Văn An", "020190001234")
    client = HubClient(url, sync_svc.identity(node_a))
    assert client.is_online()
    first = sync_svc.sync_over_http(node_a, client, tmp_path)
    assert first["sent"] >= 1
    with hub_store.session() as s:
        assert s.scalar(select(Officer.full_name)) == "Nguyễn Văn An"
    # the hub's ACK was applied: nothing left to send
    assert sync_svc.status(node_a).pending == 0
    again = sync_svc.sync_over_http(node_a, client, tmp_path)
    assert again["sent"] == 0
    client.close()


def test_unknown_node_is_refused_and_offline_is_detected(hub, tmp_path):
    _hub_store, url = hub
    stranger = open_node(tmp_path / "stranger")
    try:
        client = HubClient(url, sync_svc.identity(stranger), retries=0)
        with pytest.raises(HubRefused) as info:
            client.pull(tmp_path)
        assert info.value.code == "unknown_node"
        client.close()
        waits = []
        offline = HubClient(f"http://127.0.0.1:{free_port()}", sync_svc.identity(stranger),
                            retries=2, sleep=waits.append)
        assert not offline.is_online()
        with pytest.raises(HubOffline):
            offline.pull(tmp_path)
        assert len(waits) == 2 and waits[1] > waits[0] * 0.9  # backoff grows
        offline.close()
    finally:
        stranger.close()
