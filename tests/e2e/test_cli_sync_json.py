"""xaso-admin import-bundle --json (and --dry-run --json) after rows new to the receiver, which
the bulk path counts by table name: the JSON answer is written, nothing crashes after commit."""

from __future__ import annotations

import json

import orjson

from cli.main import main
from core.sync import service as sync_svc
from tests.sync.conftest import add_officer, node_a, node_b, pair, peer_id  # noqa: F401


def test_import_bundle_json_after_bulk_apply(pair, tmp_path, capsys):  # noqa: F811
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    add_officer(a, "Trần Thị Bình", "020190001235")
    path = sync_svc.export_for(a, peer_id(b), tmp_path).path
    home = str(b.paths.home)
    capsys.readouterr()
    assert main(["--home", home, "import-bundle", str(path), "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] is True and dry["per_table"]["officer"]["applied"] == 2
    assert main(["--home", home, "import-bundle", str(path), "--json"]) == 0
    real = json.loads(capsys.readouterr().out)
    assert real["ok"] and real["applied"] == 2 and real["per_table"]["officer"]["applied"] == 2


def test_tally_keys_are_plain_strings(pair, tmp_path):  # noqa: F811
    a, b = pair
    add_officer(a, "Nguyễn Văn An", "020190001234")
    result = sync_svc.import_file(b, sync_svc.export_for(a, peer_id(b), tmp_path).path)
    assert {type(k) for k in result.tally.per_table} == {str}
    assert orjson.loads(orjson.dumps(result.tally.per_table))["officer"]["applied"] == 1
