"""An update that would take a natural key (a CCCD) another local row keeps: the bundle is
refused whole during verification, the row named, nothing written — at a commune PC and at the
hub — and the same refusal comes again on a retry (never half applied, never "already here")."""

from __future__ import annotations

from sqlalchemy import func, select

from core.i18n import user_message
from core.sync import service as sync_svc
from core.sync.apply import import_bundle
from core.sync.export import export_bundle
from db.errors import UserError
from db.models import ChangeLog, Officer, SyncState
from tests.sync.conftest import add_officer, peer_id

LETTERS = "ABCDEFGHIKLMNOPQRSTUVXY"


def _ship(src, dst, folder, chunk_changes=5000):
    folder.mkdir(parents=True, exist_ok=True)
    out = export_bundle(src.engine, sync_svc.identity(src), peer_id(dst), folder,
                        chunk_changes=chunk_changes)
    return out.path


def _state(store):
    with store.session() as s:
        return (s.scalar(select(func.count()).select_from(Officer)),
                s.scalar(select(func.count()).select_from(ChangeLog)),
                sorted(s.execute(select(SyncState.received_seq)).scalars().all()))


def test_a_clashing_update_in_the_last_part_is_refused_whole(pair, tmp_path):
    a, b = pair
    y = add_officer(a, "Trần Văn Y", "020190000001")
    import_bundle(b.engine, sync_svc.identity(b), _ship(a, b, tmp_path / "1"))
    add_officer(b, "Lê Văn X", "020190000002")  # only on B
    for i, letter in enumerate(LETTERS):  # parts 1, 2 … of the next bundle: new officers
        add_officer(a, f"Cán bộ {letter}", f"0202{i:08d}")
    with a.write("admin") as s:  # the last change: Y takes X's CCCD, free on A
        s.get(Officer, y).cccd = "020190000002"
    bundle = _ship(a, b, tmp_path / "2", chunk_changes=5)
    before = _state(b)
    for _attempt in (1, 2):
        try:
            import_bundle(b.engine, sync_svc.identity(b), bundle)
        except UserError as err:
            text = user_message(err)
        else:
            raise AssertionError("the clashing update was applied")
        assert "Trần Văn Y" in text and "Lê Văn X" in text and "020190000002" in text
        assert "Không có gì" in text or "không ghi" in text.lower()
        assert _state(b) == before  # nothing of parts 1, 2 … either
    with b.session() as s:
        assert s.scalar(select(Officer.cccd).where(Officer.id == y)) == "020190000001"


def test_a_value_the_same_bundle_frees_is_not_a_clash(pair, tmp_path):
    a, b = pair
    x = add_officer(a, "Lê Văn X", "020190000002")
    y = add_officer(a, "Trần Văn Y", "020190000001")
    import_bundle(b.engine, sync_svc.identity(b), _ship(a, b, tmp_path / "1"))
    with a.write("admin") as s:  # X takes a new CCCD, then Y takes X's old one
        s.get(Officer, x).cccd = "020190000009"
    with a.write("admin") as s:
        s.get(Officer, y).cccd = "020190000002"
    result = import_bundle(b.engine, sync_svc.identity(b), _ship(a, b, tmp_path / "2"))
    assert result.tally.conflicts == 0
    with b.session() as s:
        assert dict(s.execute(select(Officer.full_name, Officer.cccd)).all()) == {
            "Lê Văn X": "020190000009", "Trần Văn Y": "020190000002"}
