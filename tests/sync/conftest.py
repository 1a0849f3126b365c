"""Two real node databases (same commune) that have enrolled each other."""

from __future__ import annotations

import datetime as dt

import pytest

from core.config import Paths
from core.officers import registry as officer_svc
from core.setup import SetupRequest, initialize
from core.store import Store
from core.sync import service as sync_svc
from tests.conftest import ADMIN_PASSWORD, TEST_COMMUNE


def open_node(home) -> Store:
    store = Store.open(Paths(home))
    if not store.is_initialized:
        initialize(store, SetupRequest(TEST_COMMUNE, "admin", ADMIN_PASSWORD, "Quản trị viên"))
    return store


def enrol_both(a: Store, b: Store) -> None:
    sync_svc.enrol_peer(a, sync_svc.node_card(b))
    sync_svc.enrol_peer(b, sync_svc.node_card(a))


def add_officer(store: Store, name: str, cccd: str, position: str = "Công chức Văn phòng"):
    data = officer_svc.OfficerInput(full_name=name, cccd=cccd, birth_date=dt.date(1988, 5, 1),
                                    position=position, phone="0912345678")
    with store.write("admin") as s:
        return officer_svc.create(s, data).id


@pytest.fixture
def node_a(tmp_path):
    s = open_node(tmp_path / "node-a")
    yield s
    s.close()


@pytest.fixture
def node_b(tmp_path):
    s = open_node(tmp_path / "node-b")
    yield s
    s.close()


@pytest.fixture
def pair(node_a, node_b):
    enrol_both(node_a, node_b)
    return node_a, node_b


def peer_id(store: Store) -> str:
    return str(store.context.node_id)
