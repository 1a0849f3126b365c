"""An audit edit cannot be hidden: clearing a row's hash so the next write re-chains it stops
every write (and every backup) until an administrator repairs the chain, which keeps the
altered data and records the repair in the change log."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import select

from cli.main import main
from core.audit.repair import repair_chain
from core.backup import files as bk
from core.i18n import user_message
from db.chain import ChainBroken, verify_chain
from db.models import ChangeLog
from tests.sync.conftest import add_officer


def _raw(store, sql: str) -> None:
    conn = sqlite3.connect(store.paths.db_file)
    with conn:
        conn.execute(sql)
    conn.close()


def _verify(store):
    with store.session() as s:
        return verify_chain(s.connection())


@pytest.fixture
def logged(ready_store):
    for i, name in enumerate(("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")):
        add_officer(ready_store, name, f"02019000{i:04d}")
    with ready_store.session() as s:
        ids = list(s.scalars(select(ChangeLog.id).order_by(ChangeLog.id)))
    assert _verify(ready_store).ok and len(ids) >= 4
    return ready_store, ids


@pytest.mark.parametrize("where", ["id = {row}", "id >= {row}"], ids=["one-row", "to-the-end"])
def test_the_next_write_does_not_hide_an_edit(logged, tmp_path, where):
    store, ids = logged
    row = ids[2]
    _raw(store, "UPDATE change_log SET actor = 'kẻ gian', chain_hash = NULL WHERE "
         + where.format(row=row))
    assert _verify(store).broken_at == row
    with pytest.raises(ChainBroken) as info:
        add_officer(store, "Phạm Thị Dung", "020190009999")
    assert "audit --repair" in user_message(info.value) and str(row) in user_message(info.value)
    assert "Nhật ký thay đổi" in user_message(info.value)  # said in Vietnamese
    assert _verify(store).broken_at == row  # the edit is still reported
    for password in (None, "usb-bi-mat-1"):
        with pytest.raises(bk.BackupError) as refused:
            bk.create_backup(store.paths.db_file, tmp_path / "usb", password=password)
        assert str(row) in refused.value.message()
    assert bk.list_backups(tmp_path / "usb") == []


def test_repair_keeps_the_altered_copy_and_is_logged(logged, tmp_path, capsys):
    store, ids = logged
    row = ids[1]
    _raw(store, f"UPDATE change_log SET actor = 'kẻ gian', chain_hash = NULL WHERE id = {row}")
    capsys.readouterr()
    assert main(["--home", str(store.paths.home), "audit", "--repair", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["repaired"] and out["broken_at"] == row
    kept = store.paths.backups / out["kept"]
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT actor FROM change_log WHERE id = ?", (row,)).fetchone()[0] == "kẻ gian"
    conn.close()
    assert _verify(store).ok
    with store.session() as s:
        event = s.scalars(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
    assert event.table_name == "change_log" and event.actor == "xaso-admin"
    assert json.loads(event.payload)["broken_at"] == row
    add_officer(store, "Phạm Thị Dung", "020190009999")  # writes work again
    assert bk.create_backup(store.paths.db_file, tmp_path / "usb").path.exists()
    assert repair_chain(store, "admin", role="admin") is None  # nothing left to repair


def test_a_repair_needs_an_administrator(logged):
    from core.accounts.permissions import PermissionDenied

    store, _ids = logged
    with pytest.raises(PermissionDenied):
        repair_chain(store, "canbo", role="staff")


def test_a_rolled_back_write_leaves_the_chain_writable(logged):
    import datetime as dt

    from core.officers import registry as officer_svc

    store, _ids = logged
    data = officer_svc.OfficerInput(full_name="Người Bỏ Dở", cccd="020190008888",
                                    birth_date=dt.date(1990, 1, 1), position="Công chức")
    with pytest.raises(RuntimeError), store.write("admin") as s:
        officer_svc.create(s, data)
        s.flush()  # logged and chained, the header moved on: then the whole write rolls back
        raise RuntimeError("stop")
    add_officer(store, "Phạm Thị Dung", "020190009999")
    assert _verify(store).ok
