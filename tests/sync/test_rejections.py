"""Bad bundles are rejected whole, with a reason naming the file, and the DB stays unchanged."""

from __future__ import annotations

import zipfile

import orjson
import pytest
import zstandard

from core.sync import service as sync_svc
from core.sync.bundle import BundleRejected, chunk_name
from core.sync.keys import NodeKeys
from tests.sync.conftest import add_officer, open_node, peer_id
from tests.sync.helpers import whole_db


@pytest.fixture
def bundle(pair, tmp_path):
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    add_officer(a, "Trần Thị Bình", "020190001235")
    return sync_svc.export_for(a, peer_id(b), tmp_path).path


def _entries(path):
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _rewrite(path, entries, sign_with=None, compression=zipfile.ZIP_STORED):
    if sign_with is not None:
        entries["manifest.sig"] = sign_with.sign.sign(entries["manifest.json"])
    out = path.with_name("bad-" + path.name)
    with zipfile.ZipFile(out, "w", compression=compression) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return out


def _a_keys(a):
    return sync_svc.load_keys(a)


def _assert_rejected(b, path, *words):
    before = whole_db(b)
    with pytest.raises(BundleRejected) as info:
        sync_svc.import_file(b, path)
    message = info.value.message()
    assert path.name in message
    for word in words:
        assert word in message
    assert whole_db(b) == before
    return message


def test_tampered_byte_in_a_chunk(pair, bundle):
    entries = _entries(bundle)
    data = bytearray(entries[chunk_name(1)])
    data[len(data) // 2] ^= 0x01
    entries[chunk_name(1)] = bytes(data)
    _assert_rejected(pair[1], _rewrite(bundle, entries), "checksum")


def test_bad_signature(pair, bundle):
    entries = _entries(bundle)
    manifest = orjson.loads(entries["manifest.json"])
    manifest["counts"]["officer"] += 0  # same content, re-serialised and signed by a stranger
    entries["manifest.json"] = orjson.dumps(manifest)
    _assert_rejected(pair[1], _rewrite(bundle, entries, sign_with=NodeKeys.generate()),
                     "signature")


def test_truncated_zip(pair, bundle):
    cut = bundle.with_name("cut-" + bundle.name)
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    _assert_rejected(pair[1], cut, "incomplete")


def test_foreign_node(pair, tmp_path):
    a, b = pair
    stranger = open_node(tmp_path / "stranger")
    try:
        sync_svc.enrol_peer(stranger, sync_svc.node_card(b))
        add_officer(stranger, "Phạm Văn Dũng", "020190009999")
        (tmp_path / "s").mkdir()
        out = sync_svc.export_for(stranger, peer_id(b), tmp_path / "s").path
    finally:
        stranger.close()
    _assert_rejected(b, out, "not enrolled")


def test_wrong_schema(pair, bundle):
    a, b = pair
    for schema, word in (("9999", "newer"), ("0001", "old")):
        entries = _entries(bundle)
        manifest = orjson.loads(entries["manifest.json"])
        manifest["schema"] = schema
        entries["manifest.json"] = orjson.dumps(manifest)
        _assert_rejected(b, _rewrite(bundle, entries, sign_with=_a_keys(a)), word)


def test_path_traversal_name(pair, bundle):
    a, b = pair
    entries = _entries(bundle)
    entries["../../evil.txt"] = b"x"
    message = _assert_rejected(b, _rewrite(bundle, entries, sign_with=_a_keys(a)), "unexpected")
    assert "evil" in message


def test_zip_bomb(pair, bundle):
    a, b = pair
    entries = _entries(bundle)
    manifest = orjson.loads(entries["manifest.json"])
    bomb = zstandard.ZstdCompressor(level=19).compress(b"\0" * (300 << 20))
    entries[chunk_name(1)] = bomb
    import hashlib

    chunk = manifest["chunks"][0]
    chunk.update(sha256=hashlib.sha256(bomb).hexdigest(), size=len(bomb))
    entries["manifest.json"] = orjson.dumps(manifest)
    _assert_rejected(b, _rewrite(bundle, entries, sign_with=_a_keys(a)), "incomplete")
    # the same as a deflate bomb at zip level, declared as a small raw size
    chunk["raw_size"] = 300 << 20
    entries["manifest.json"] = orjson.dumps(manifest)
    _assert_rejected(b, _rewrite(bundle, entries, sign_with=_a_keys(a)))


def test_rejection_is_in_the_sync_log(pair, bundle):
    from sqlalchemy import select

    from db.models import SyncLog

    a, b = pair
    cut = bundle.with_name("cut-" + bundle.name)
    cut.write_bytes(bundle.read_bytes()[:100])
    with pytest.raises(BundleRejected):
        sync_svc.import_file(b, cut)
    with b.session() as s:
        log = s.scalars(select(SyncLog).order_by(SyncLog.id.desc())).first()
    assert log.status == "rejected" and log.file_name == cut.name
    assert "incomplete" in sync_svc.log_message(log)


def test_encrypted_chunks_only_readable_by_the_recipient(pair, tmp_path):
    a, b = pair
    card = sync_svc.node_card(b)
    card["role"] = "hub"
    sync_svc.enrol_peer(a, card)
    add_officer(a, "Nguyễn Văn An", "020190001234")
    out = sync_svc.export_for(a, peer_id(b), tmp_path)
    entries = _entries(out.path)
    assert orjson.loads(entries["manifest.json"])["encryption"]["recipient"] == card["box_key"]
    assert b"Nguy" not in entries[chunk_name(1)]
    assert sync_svc.import_file(b, out.path).tally.applied >= 1


def _with_officer_line(path, keys, change):
    """The bundle with ``change(line)`` applied to its first officer line, signed again."""
    import hashlib

    entries = _entries(path)
    manifest = orjson.loads(entries["manifest.json"])
    raw = zstandard.ZstdDecompressor().decompress(entries[chunk_name(1)])
    lines = [orjson.loads(line) for line in raw.splitlines() if line]
    change(next(line for line in lines if line["t"] == "officer"))
    raw = b"".join(orjson.dumps(line) + b"\n" for line in lines)
    data = zstandard.ZstdCompressor().compress(raw)
    entries[chunk_name(1)] = data
    manifest["chunks"][0].update(sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                                 raw_size=len(raw))
    entries["manifest.json"] = orjson.dumps(manifest)
    return _rewrite(path, entries, sign_with=keys)


def _set(key, value, inside_payload=False):
    def change(line):
        (line["p"] if inside_payload else line)[key] = value
    return change


@pytest.mark.parametrize(("change", "words"), [
    (_set("s", 999), ("Part 1", "cannot accept")),
    (_set("s", "2"), ("Part 1", "cannot accept")),
    (_set("t", "no_such_table"), ("Part 1", "cannot accept")),
    (_set("r", "not-a-uuid"), ("Part 1", "cannot accept")),
    (_set("id", "0190a000-0000-7000-8000-000000000000", inside_payload=True), ("cannot accept",)),
    (_set("o", "drop"), ("cannot accept",)),
    (_set("v", "2"), ("cannot accept",)),
    (_set("p", [1, 2]), ("cannot accept",)),
    (_set("c", "99999"), ("commune 99999", "may not change")),
    (_set("commune_code", "99999", inside_payload=True), ("commune 06385", "may not change")),
])
def test_a_bad_line_rejects_the_bundle_whole(pair, bundle, change, words):
    a, b = pair
    _assert_rejected(b, _with_officer_line(bundle, _a_keys(a), change), *words)


def test_a_bundle_rewritten_line_for_line_is_accepted(pair, bundle):
    a, b = pair
    result = sync_svc.import_file(b, _with_officer_line(bundle, _a_keys(a), lambda line: None))
    assert result.tally.per_table["officer"]["applied"] == 2 and result.tally.conflicts == 0
