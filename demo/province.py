"""Demo province mode: a hub database with several demo communes, and this data folder set up
as a province viewer enrolled with it, the summary already fetched (no server needed to look).

``xaso-admin --home D demo-province`` writes the hub into ``D/hub``; ``xaso-hub --data D/hub
serve`` then answers the page's Làm mới at http://127.0.0.1:8470. Deterministic for a seed.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from core.province import client as province
from core.settings import get_setting, set_setting
from core.store import Store
from core.sync import service as sync_svc
from db.base import utcnow
from db.errors import N_, ValidationError
from demo.commune import DEFAULT_COMMUNE, DEMO_CREATED

DEMO_URL = "http://127.0.0.1:8470"
DEMO_PASSPHRASE = "xaso-demo"  # the demo's key file when the computer has no keyring


@dataclass
class DemoProvince:
    hub_dir: Path
    communes: int
    password: str | None  # the viewer's admin password when this call set the folder up
    key_passphrase: str | None = None  # set when the signing key went to a key file


def _setup(store: Store) -> str | None:
    from core.setup import SetupRequest, initialize

    if store.is_initialized:
        with store.session() as s:
            if not get_setting(s, DEMO_CREATED):
                raise ValidationError(N_(
                    "This data folder holds a commune's real data; demo data only goes into a "
                    "new, empty folder. Choose another folder."))
        return None
    password = f"tinh-{secrets.randbelow(1_000_000):06d}"
    from core.communes import find_commune

    province_code = find_commune(DEFAULT_COMMUNE)[1].code  # a province computer of its province
    initialize(store, SetupRequest("", "admin", password, "Quản trị viên",
                                   province_code=province_code))
    with store.write("demo") as s:
        set_setting(s, DEMO_CREATED, True)
    return password


def _card(store: Store, passphrase: str | None) -> tuple[dict, str | None]:
    from core.sync.keys import KeyringUnavailable

    in_file = passphrase or DEMO_PASSPHRASE
    if not sync_svc.uses_key_file(store):
        try:
            return sync_svc.node_card(store), None
        except KeyringUnavailable:
            sync_svc.use_key_file(store, in_file)
    return sync_svc.node_card(store, in_file), in_file


def fill_demo_province(store: Store, seed: int = 2025, url: str = DEMO_URL,
                       passphrase: str | None = None) -> DemoProvince:
    from core.hub import enrolment
    from core.hub.exchange import hub_card_of
    from core.hub.province import summary
    from core.hub.province_detail import commune_detail
    from core.hub.store import open_hub
    from demo.hub import fill_demo_hub

    password = _setup(store)
    hub_dir = store.paths.home / "hub"
    hub = open_hub(hub_dir)
    try:
        fill_demo_hub(hub.engine, seed)
        key_passphrase = None
        if sync_svc.hub_peer(store) is None:
            card, key_passphrase = _card(store, passphrase)
            code = enrolment.create_code(hub.engine, enrolment.PROVINCE)
            enrolment.redeem(hub.engine, code, card)
            sync_svc.enrol_peer(store, hub_card_of(hub.identity, url))
            province.set_province_mode(store, True)
        now = utcnow()
        rows = summary(hub.engine, now)
        province.keep(store, province.CACHE, {
            "generated_at": now.isoformat(), "stale_days": province.STALE_DAYS,
            "communes": [r.to_json() for r in rows]}, now)
        for row in rows:
            province.keep(store, province.DETAIL_CACHE + row.code,
                          commune_detail(hub.engine, row.code, now), now)
    finally:
        hub.close()
    return DemoProvince(hub_dir, len(rows), password, key_passphrase)
