"""Test set-up: offscreen Qt, in-memory keyring, a fresh XASO_HOME per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from core.config import Paths  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """Keeps secrets in a dict so tests never touch the real OS keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self._data: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self._data.get((service, username))

    def set_password(self, service, username, password):
        self._data[(service, username)] = password

    def delete_password(self, service, username):
        self._data.pop((service, username), None)


keyring.set_keyring(MemoryKeyring())

TEST_COMMUNE = "06385"  # Xã Hữu Lũng, Tỉnh Lạng Sơn (official 2025 list)
ADMIN_PASSWORD = "quantri-2026"


@pytest.fixture(autouse=True)
def xaso_home(tmp_path, monkeypatch):
    home = tmp_path / "xaso-home"
    monkeypatch.setenv("XASO_HOME", str(home))
    return home


@pytest.fixture
def paths(xaso_home) -> Paths:
    return Paths(xaso_home)


@pytest.fixture
def store(paths):
    """An opened (migrated) but not yet set-up data folder."""
    from core.store import Store

    s = Store.open(paths)
    yield s
    s.close()


@pytest.fixture
def ready_store(store):
    """A data folder set up for Xã Hữu Lũng with the admin account."""
    from core.setup import SetupRequest, initialize

    initialize(store, SetupRequest(TEST_COMMUNE, "admin", ADMIN_PASSWORD, "Quản trị viên"))
    return store
