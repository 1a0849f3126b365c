"""The sync status figures from index seeks equal the slow count(*) over the change log, on real
databases after saves, local-only writes, catalogue rows, syncs in both directions and a restore;
and the queries never scan change_log."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from sqlalchemy import event, select

from core.accounts.auth import login
from core.backup import restore as br
from core.sync import service as sync_svc
from core.sync.pending import pending_count, slow_pending_count
from core.sync.state import exported_tables
from db.base import Synced
from db.changes import log_event
from db.models import ChangeLog, SyncQuarantine
from db.models.core import CHANGE_LOG_STAYS, synced_models
from tests.conftest import ADMIN_PASSWORD
from tests.sync.conftest import add_officer, peer_id

NAMES = ("An", "Bình", "Cường", "Dung", "Em", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nam", "Oanh",
         "Phúc", "Quân", "Sơn", "Tâm", "Uyên", "Vân", "Xuân", "Yến")


def _name(i: int) -> str:
    return f"Nguyễn {NAMES[i // len(NAMES) % len(NAMES)]} {NAMES[i % len(NAMES)]}"


def _both(store, peer: str) -> tuple[int, int]:
    tables = list(exported_tables())
    ctx = store.context
    with store.session() as s:
        return (pending_count(s, ctx.node_id, ctx.epoch, peer, ctx.commune_code, tables),
                slow_pending_count(s, peer, ctx.commune_code, tables))


def _agree(store, *peers: str) -> list[int]:
    out = []
    for peer in peers:
        fast, slow = _both(store, peer)
        assert fast == slow, f"peer {peer!r}: fast {fast}, slow {slow}"
        out.append(fast)
    return out


def _local_and_catalogue_rows(store) -> None:
    """Rows that never leave: a sign-in (account, local), an audit repair event, a change of a
    province catalogue row (commune '*')."""
    login(store, "admin", ADMIN_PASSWORD)
    with store.write("admin") as s:
        log_event(s, "change_log", {"id": uuid.uuid4(), "version": 1, "note": "repair"})
        log_event(s, "course", {"id": uuid.uuid4(), "version": 2, "commune_code": "*"})


def test_pending_equals_the_slow_count_through_saves_syncs_and_a_restore(pair, tmp_path):
    a, b = pair
    pa, pb = peer_id(a), peer_id(b)
    _agree(a, pb, "")  # set-up rows only (the admin account, the commune)
    for i in range(5):
        add_officer(a, _name(i), f"0201900012{i:02d}")
    _local_and_catalogue_rows(a)
    add_officer(a, "Trần Thị Bình", "020190001299")
    to_b, everything = _agree(a, pb, "")
    assert to_b == everything >= 6  # nothing acknowledged yet; the local rows are not counted

    out = sync_svc.export_for(a, pb, tmp_path)
    assert out.changes == to_b  # the count is what an export sends
    sync_svc.import_file(b, out.path)
    # B now holds A's changes (another origin): pending to a third party counts them
    add_officer(b, "Lê Văn Cường", "020190002001")
    _local_and_catalogue_rows(b)
    _agree(b, pa, "", str(uuid.uuid4()))
    back = sync_svc.export_for(b, pa, tmp_path)  # carries B's ACK of A's changes
    sync_svc.import_file(a, back.path)
    assert _agree(a, pb) == [0]  # acknowledged; B's own changes are B's
    assert _agree(a, "")[0] > to_b  # with no cursor, B's changes received here count too
    add_officer(a, "Phạm Thị Dung", "020190001300")
    assert _agree(a, pb) == [1]

    made = br.backup_now(a, role="admin")
    for i in range(3):
        add_officer(a, _name(40 + i), f"0201900014{i:02d}")
    assert _agree(a, pb) == [4]
    br.restore(a, made.path, role="admin")  # a new epoch; the three are gone
    assert _agree(a, pb) == [1]
    add_officer(a, "Đỗ Thị Gấm", "020190001500")
    _local_and_catalogue_rows(a)
    assert _agree(a, pb, "")[0] == 2
    again = sync_svc.export_for(a, pb, tmp_path)
    assert again.changes == 2
    sync_svc.import_file(b, again.path)
    sync_svc.import_file(a, sync_svc.export_for(b, pa, tmp_path).path)
    assert _agree(a, pb) == [0]


def test_status_reports_the_same_figures_as_before(pair, tmp_path):
    """``status`` against the hub (here B, enrolled as the province server): pending, the
    quarantine split by reason, conflicts."""
    a, b = pair
    card = sync_svc.node_card(b)
    card["role"] = "hub"
    sync_svc.enrol_peer(a, card)
    for i in range(4):
        add_officer(a, _name(i), f"0201900012{i:02d}")
    _local_and_catalogue_rows(a)
    st = sync_svc.status(a)
    assert st.pending == _both(a, peer_id(b))[1] >= 4
    assert (st.quarantined, st.refused, st.open_conflicts) == (0, 0, 0)
    with a.write("system") as s:
        change = s.scalars(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
        for seq, reason in ((9001, ""), (9002, "other_commune"), (9003, "other_commune")):
            s.add(SyncQuarantine(node_id=change.node_id, epoch=change.epoch, seq=seq,
                                 table_name="officer", row_id=change.row_id, commune_code="06385",
                                 op="update", payload="{}", version=1, actor="x", at=change.at,
                                 missing_table="", missing_id="", received_at=change.at,
                                 reason=reason, reason_params="{}"))
    st = sync_svc.status(a)
    assert (st.quarantined, st.refused) == (1, 2)


def test_status_never_scans_the_change_log(pair):
    a, b = pair
    for i in range(30):
        add_officer(a, _name(i), f"0201900012{i:02d}")
    _local_and_catalogue_rows(a)
    statements: list[str] = []

    @event.listens_for(a.engine, "before_cursor_execute")
    def keep(conn, cursor, statement, params, context, many):
        if "change_log" in statement:
            statements.append((statement, params))

    try:
        sync_svc.status(a)
    finally:
        event.remove(a.engine, "before_cursor_execute", keep)
    assert statements
    raw = a.engine.raw_connection()
    try:
        for statement, params in statements:
            plan = " | ".join(row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + statement,
                                                            params))
            # a seek; or the first entry of an index in its order (LIMIT 1), never a sort
            first_entry = "LIMIT 1" in statement and "USING COVERING INDEX" in plan
            assert "TEMP B-TREE" not in plan, (statement, plan)
            assert first_entry or ("SEARCH" in plan and "SCAN change_log" not in plan), (
                statement, plan)
    finally:
        raw.close()


def test_the_partial_index_holds_every_row_that_stays():
    """Every table whose changes never leave is in CHANGE_LOG_STAYS (a new local table needs a
    migration of the index), and the migration carries the same text as the model."""
    local = {name for name, m in synced_models().items() if m.__sync_scope__ != "commune"}
    listed = set(re.findall(r"'([a-z_]+)'", CHANGE_LOG_STAYS.split(" OR ")[0]))
    assert local | {"change_log"} == listed
    assert not listed & set(exported_tables())
    assert all(issubclass(m, Synced) for m in synced_models().values())
    migration = Path(__file__).resolve().parents[2] / "db/migrations/versions"
    assert any(CHANGE_LOG_STAYS in p.read_text() for p in migration.glob("*.py"))
