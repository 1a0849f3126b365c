"""The hub's change log stays one unbroken hash chain after ordinary syncs, also on PostgreSQL,
where pushes of several computers are applied at the same time (db/chain.py: chained at
commit, one transaction at a time)."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from db.chain import verify_chain
from db.models import ChangeLog
from tests.hub.conftest import open_pc
from tests.hub.test_hub_sync import sync
from tests.sync.conftest import add_officer

NAMES = ["An", "Bình", "Chi", "Dũng", "Hà", "Lan", "Minh", "Nam", "Oanh", "Phúc"]


def _chain_ok(engine) -> int:
    with engine.connect() as conn:
        report = verify_chain(conn)
        unchained = conn.execute(select(func.count()).select_from(ChangeLog)
                                 .where(ChangeLog.chain_hash.is_(None))).scalar()
    assert report.ok, f"the chain breaks at change_log row {report.broken_at}"
    assert unchained == 0
    return report.rows


def test_the_chain_verifies_after_an_ordinary_sync(hub, pcs, tmp_path):
    pc1, pc2, pc3 = pcs
    add_officer(pc1, "Nguyễn Văn An", "020190001234")
    add_officer(pc3, "Trần Văn Bình", "020190001235")
    for pc in (pc1, pc2, pc3, pc1):
        sync(pc, hub, tmp_path)
    assert _chain_ok(hub.engine) >= 2


def test_the_chain_verifies_after_pushes_applied_at_the_same_time(hub, tmp_path):
    from tests.hub.conftest import OTHER_COMMUNE, enrol

    stores = [open_pc(tmp_path / f"pc{i}", OTHER_COMMUNE if i % 2 else "06385")
              for i in range(4)]
    try:
        for i, store in enumerate(stores):
            enrol(hub, store)
            (tmp_path / store.paths.home.name).mkdir(exist_ok=True)
            for k in range(30):
                add_officer(store, f"Cán bộ {NAMES[i]} {NAMES[k % 10]}{'a' * (k // 10)}",
                            f"0201900{i:02d}{k:03d}")
        errors: list[BaseException] = []

        def run(store):
            try:
                sync(store, hub, tmp_path / store.paths.home.name)  # a folder of its own
            except BaseException as err:  # noqa: BLE001 — reported by the assertion below
                errors.append(err)

        threads = [threading.Thread(target=run, args=(s,)) for s in stores]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not errors
        assert _chain_ok(hub.engine) >= 4 * 30
        for store in stores:  # and each computer's own chain too
            _chain_ok(store.engine)
    finally:
        for store in stores:
            store.close()
