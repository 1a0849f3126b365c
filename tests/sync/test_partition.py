"""A manifest commune of "*" (every commune) is accepted only from the hub, and even then every
line is checked against this computer's commune."""

from __future__ import annotations

import hashlib

import orjson
import pytest
import zstandard

from core.sync import service as sync_svc
from core.sync.bundle import BundleRejected, chunk_name
from db.models import SyncPeer
from tests.sync.conftest import add_officer, peer_id
from tests.sync.helpers import whole_db
from tests.sync.test_rejections import _a_keys, _entries, _rewrite

OTHER = "06388"


@pytest.fixture
def bundle(pair, tmp_path):
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    return sync_svc.export_for(a, peer_id(b), tmp_path).path


def _forged(path, keys, commune: str, line_commune: str | None):
    """The bundle with manifest commune ``commune``, its officer lines moved to
    ``line_commune`` (None: left as they are), signed again."""
    entries = _entries(path)
    manifest = orjson.loads(entries["manifest.json"])
    raw = zstandard.ZstdDecompressor().decompress(entries[chunk_name(1)])
    lines = [orjson.loads(line) for line in raw.splitlines() if line]
    for line in lines:
        if line["t"] == "officer" and line_commune is not None:
            line["c"] = line["p"]["commune_code"] = line_commune
    raw = b"".join(orjson.dumps(line) + b"\n" for line in lines)
    data = zstandard.ZstdCompressor().compress(raw)
    entries[chunk_name(1)] = data
    manifest["chunks"][0].update(sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                                 raw_size=len(raw))
    manifest["commune"] = commune
    entries["manifest.json"] = orjson.dumps(manifest)
    return _rewrite(path, entries, sign_with=keys)


def _refused(b, path, *words):
    before = whole_db(b)
    with pytest.raises(BundleRejected) as info:
        sync_svc.import_file(b, path)
    for word in words:
        assert word in info.value.message()
    assert whole_db(b) == before
    return info.value


@pytest.mark.parametrize("line_commune", [OTHER, None])
def test_a_star_manifest_from_a_commune_peer_is_refused(pair, bundle, line_commune):
    a, b = pair
    before = whole_db(b)
    err = _refused(b, _forged(bundle, _a_keys(a), "*", line_commune), "commune *")
    assert isinstance(err, BundleRejected) and "commune *" in err.message()
    assert whole_db(b) == before  # nothing of the forged bundle was written


def test_a_star_manifest_from_the_hub_still_checks_every_line(pair, bundle):
    a, b = pair
    with b.session() as s, s.begin():
        s.get(SyncPeer, a.context.node_id).role = "hub"
    _refused(b, _forged(bundle, _a_keys(a), "*", OTHER), f"commune {OTHER}", "may not change")
    # the hub's own commune lines under "*" are what a hub may send
    result = sync_svc.import_file(b, _forged(bundle, _a_keys(a), "*", None))
    assert result.tally.per_table["officer"]["applied"] == 1
