"""Whole or nothing per bundle: every value is checked against the schema while the bundle is
verified, so one bad value in the last chunk refuses the whole bundle before any write."""

from __future__ import annotations

import hashlib

import orjson
import pytest
import zstandard

from core.sync import service as sync_svc
from core.sync.apply import verify_only
from core.sync.bundle import BundleRejected, chunk_name
from core.sync.export import export_bundle
from core.sync.state import exported_tables
from core.sync.values import row_check
from tests.sync.conftest import add_officer, peer_id
from tests.sync.helpers import whole_db
from tests.sync.test_rejections import _a_keys, _entries, _rewrite


def forge_last_officer(path, keys, change):
    """``change(payload)`` on the last officer line of the last chunk; chunks, manifest and
    signature made again, so only the value check can refuse the bundle."""
    entries = _entries(path)
    manifest = orjson.loads(entries["manifest.json"])
    last = len(manifest["chunks"])
    raw = zstandard.ZstdDecompressor().decompress(entries[chunk_name(last)])
    lines = [orjson.loads(line) for line in raw.splitlines() if line]
    target = [line for line in lines if line["t"] == "officer"][-1]
    change(target["p"])
    raw = b"".join(orjson.dumps(line) + b"\n" for line in lines)
    data = zstandard.ZstdCompressor().compress(raw)
    entries[chunk_name(last)] = data
    manifest["chunks"][last - 1].update(sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                                        raw_size=len(raw))
    entries["manifest.json"] = orjson.dumps(manifest)
    return _rewrite(path, entries, sign_with=keys), target["r"]


def _put(key, value):
    def change(payload):
        payload[key] = value
    return change


def _drop(key):
    def change(payload):
        del payload[key]
    return change


BAD = [
    pytest.param(_put("birth_date", "1990-02-31"), "birth_date", "date", id="bad-date"),
    pytest.param(_put("birth_date", 19900101), "birth_date", "date", id="number-date"),
    pytest.param(_drop("full_name"), "full_name", "missing", id="missing-required"),
    pytest.param(_put("full_name", None), "full_name", "missing", id="null-required"),
    pytest.param(_put("active", "yes"), "active", "true or false", id="text-in-boolean"),
    pytest.param(_put("version", "2"), "version", "whole number", id="text-in-integer"),
    pytest.param(_put("cccd", "0" * (5 << 20)), "cccd", "at most 12", id="5MB-cccd"),
    pytest.param(_put("updated_at", "hôm qua"), "updated_at", "date and time", id="bad-time"),
]


@pytest.fixture
def bundle(pair, tmp_path):
    a, b = pair
    for i in range(12):
        add_officer(a, "Cán bộ " + "ABCDEFGHIJKL"[i], f"0201900012{i:02d}")
    out = export_bundle(a.engine, sync_svc.identity(a), peer_id(b), tmp_path, chunk_changes=5)
    assert len(orjson.loads(_entries(out.path)["manifest.json"])["chunks"]) >= 3
    return out.path


@pytest.mark.parametrize(("change", "column", "words"), BAD)
def test_a_bad_value_in_the_last_chunk_refuses_the_bundle_whole(pair, bundle, change, column,
                                                                  words):
    a, b = pair
    path, row = forge_last_officer(bundle, _a_keys(a), change)
    before = whole_db(b)
    for dry_run in (True, False):
        with pytest.raises(BundleRejected) as info:
            sync_svc.import_file(b, path, dry_run=dry_run)
        message = info.value.message()
        for word in (path.name, row, column, "officer", words if words != "missing" else "required"):
            assert word in message
        assert whole_db(b) == before
    with pytest.raises(BundleRejected):  # what xaso-admin verify-bundle runs
        verify_only(b.engine, sync_svc.identity(b), path)
    # the message is Vietnamese for the clerk
    from core.i18n import user_message

    assert "Không có thay đổi nào" in user_message(info.value)


def test_the_honest_bundle_still_applies_whole(pair, bundle):
    a, b = pair
    result = sync_svc.import_file(b, bundle)
    assert result.tally.per_table["officer"]["applied"] == 12


def test_every_exported_column_has_a_value_check():
    for name in exported_tables():
        assert row_check(name).columns  # raises TypeError for a column type without a check
