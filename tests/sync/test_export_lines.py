"""The fast SQLite export path writes the same bytes as the generic (PostgreSQL) one."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from core.sync import export
from core.sync.state import exported_tables, peer_cursors, set_acked
from db.models import ChangeLog
from tests.sync.conftest import add_officer, peer_id

ACTORS = ('chị "Lan"', "back\\slash", "tab\there\nnewline\x01", "Nguyễn Thị Ánh", "")


def _batches(store, peer: str, raw: bool, inline: bool = True):
    with Session(store.engine) as session:
        cursors = peer_cursors(session, peer) if inline else None
        query = export.pending_changes(peer, store.context.commune_code, list(exported_tables()),
                                cursors=cursors, raw=raw)
        return list(export._chunks(session, query, 3, raw))


def test_sqlite_lines_equal_the_generic_lines_for_awkward_text(pair):
    a, b = pair
    for n, actor in enumerate(ACTORS):
        with a.write(actor) as s:
            s.add(ChangeLog(node_id=a.context.node_id, epoch=a.context.epoch, seq=1000 + n,
                            table_name="officer", row_id=uuid.uuid4(), commune_code="06385",
                            op="update", payload='{"note":"\\u0001 \\"x\\" ả"}', version=n + 2,
                            actor=actor))
    add_officer(a, "Trần Văn Đức", "020190009999")
    raw = _batches(a, peer_id(b), raw=True)
    generic = _batches(a, peer_id(b), raw=False)
    assert raw == generic
    lines = b"".join(data for data, _n, _counts in raw).splitlines()
    assert any(b'"a":"tab\\there\\nnewline\\u0001"' in line for line in lines)
    assert any('"a":"chị \\"Lan\\""'.encode() in line for line in lines)
    assert sum(sum(counts.values()) for _data, _n, counts in raw) == len(lines) > len(ACTORS)
    assert all(data.count(b"\n") == n for data, n, _counts in raw)


def test_cursors_in_the_query_select_what_the_join_selects(pair):
    a, b = pair
    for n, name in enumerate(("An", "Bình", "Chi", "Dũng")):
        add_officer(a, f"Lê Văn {name}", f"02019000{n:04d}")
    peer = peer_id(b)
    with a.write("admin") as s:
        set_acked(s, peer, (a.context.node_id, a.context.epoch), 3)
        set_acked(s, peer, (uuid.uuid4(), 1), 7)  # an origin without changes here
    inline = _batches(a, peer, raw=True)
    joined = _batches(a, peer, raw=True, inline=False)
    assert inline == joined
    seqs = [line.split(b'"s":')[1].split(b",")[0]
            for data, _n, _c in inline for line in data.splitlines()]
    assert seqs and min(int(s) for s in seqs) == 4


def test_coverage_finds_the_last_seq_of_every_own_epoch(pair):
    from core.sync import service as sync_svc
    from core.sync.state import coverage

    a, _b = pair
    node, epoch = a.context.node_id, a.context.epoch
    with a.write("admin") as s:
        for later, seq in ((epoch + 5, 1), (epoch + 5, 2), (epoch + 9, 7)):
            s.add(ChangeLog(node_id=node, epoch=later, seq=seq, table_name="officer",
                            row_id=uuid.uuid4(), commune_code="06385", op="update",
                            payload="{}", version=2, actor="admin"))
    with Session(a.engine) as session:
        have = coverage(session, sync_svc.identity(a))
        top = session.query(ChangeLog.seq).filter(ChangeLog.node_id == node,
                                                  ChangeLog.epoch == epoch).count()
    assert have[(node, epoch + 5)] == 2 and have[(node, epoch + 9)] == 7
    assert have[(node, epoch)] >= top > 0
