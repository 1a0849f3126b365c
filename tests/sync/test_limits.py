"""Budgets the reader enforces whatever a bundle declares: a zstd bomb, an unknown encryption."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import keyring
import orjson
import pytest
import zstandard

from core.sync import service as sync_svc
from core.sync.bundle import BundleRejected, chunk_name
from tests.sync.conftest import add_officer, peer_id
from tests.sync.helpers import whole_db
from tests.sync.test_rejections import _a_keys, _entries, _rewrite

ROOT = Path(__file__).resolve().parents[2]
BOMB_BYTES = 1 << 30  # what the frame header declares (and really holds)


def _bomb_frame(size: int) -> bytes:
    """One zstd frame whose header declares ``size`` bytes of content (a few tens of KB)."""
    out = io.BytesIO()
    block = bytes(1 << 20)
    with zstandard.ZstdCompressor(level=1).stream_writer(out, size=size, closefd=False) as w:
        for _ in range(size // len(block)):
            w.write(block)
    return out.getvalue()


@pytest.fixture
def bundle(pair, tmp_path):
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    return sync_svc.export_for(a, peer_id(b), tmp_path).path


def _with_chunk(bundle, keys, data: bytes, **manifest_changes):
    entries = _entries(bundle)
    manifest = orjson.loads(entries["manifest.json"])
    entries[chunk_name(1)] = data
    manifest["chunks"][0].update(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    manifest.update(manifest_changes)
    entries["manifest.json"] = orjson.dumps(manifest)
    return _rewrite(bundle, entries, sign_with=keys)


def test_a_zstd_bomb_is_refused_with_memory_bounded(pair, bundle, tmp_path):
    a, b = pair
    frame = _bomb_frame(BOMB_BYTES)
    assert len(frame) < 64 << 10
    assert zstandard.get_frame_parameters(frame).content_size == BOMB_BYTES
    bomb = _with_chunk(bundle, _a_keys(a), frame)  # the manifest keeps the honest raw_size
    secret = tmp_path / "secret"
    secret.write_text(keyring.get_password("xaso", f"node-{b.context.node_id}"))
    before = whole_db(b)
    b.engine.dispose()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-m", "tests.sync.bomb_worker", str(b.paths.home), str(bomb),
         str(b.context.node_id), str(secret)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, check=True).stdout
    report = dict(line.split(" ", 1) for line in out.splitlines())
    grown_mib = (int(report["peak"]) - int(report["before"])) / 1024
    assert grown_mib < 64, out  # decompress() would have allocated the declared 1 GiB
    assert "refused:" in report, out
    assert "bị hỏng" in report["refused:"] and bomb.name in report["refused:"], out
    assert whole_db(b) == before


def test_a_chunk_longer_than_its_raw_size_is_refused(pair, bundle):
    a, b = pair
    raw = zstandard.ZstdCompressor().compress(b"x" * 4096)
    path = _with_chunk(bundle, _a_keys(a), raw)
    with pytest.raises(BundleRejected) as info:
        sync_svc.import_file(b, path)
    assert "incomplete" in info.value.message()


def test_the_sum_of_raw_sizes_is_capped(pair, bundle):
    from core.sync.bundle import BundleReader, Limits

    with pytest.raises(BundleRejected) as info:
        BundleReader(bundle, Limits(max_bundle_raw_bytes=10))
    assert "too large" in info.value.message()


@pytest.mark.parametrize("value", ["yes", 1, ["x"], {"alg": "rot13"}])
def test_an_unknown_encryption_is_refused_with_a_message(pair, bundle, value):
    a, b = pair
    entries = _entries(bundle)
    manifest = orjson.loads(entries["manifest.json"])
    manifest["encryption"] = value
    entries["manifest.json"] = orjson.dumps(manifest)
    path = _rewrite(bundle, entries, sign_with=_a_keys(a))
    before = whole_db(b)
    with pytest.raises(BundleRejected) as info:
        sync_svc.import_file(b, path)
    assert "encryption" in info.value.message() and path.name in info.value.message()
    assert whole_db(b) == before
