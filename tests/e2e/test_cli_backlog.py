"""xaso-admin import-lots / backlog-status as real processes on a demo data folder."""

from __future__ import annotations

import json

import pytest

from tests.e2e.test_cli import admin
from tests.unit.test_backlog_import import ROWS, write_xlsx


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    home = tmp_path_factory.mktemp("cli-backlog") / "home"
    admin(home, "demo", "--json", check=True)
    return home


def test_backlog_status_json_and_text(demo):
    out = json.loads(admin(demo, "backlog-status", "--json", check=True).stdout)
    overall = out["overall"]
    assert overall["total"] > 3000 and 0 < overall["digitized"] < overall["total"]
    assert overall["stored"] <= overall["signed"] <= overall["verified"] <= overall["digitized"]
    assert {"ho_tich", "chung_thuc", "dat_dai"} <= set(out["fields"])
    assert [t["percent"] for t in out["targets"]] == [30.0, 60.0]
    assert out["targets"][0]["reached"] and out["rate_per_day"] > 0
    text = admin(demo, "backlog-status", check=True).stdout
    assert "Hộ tịch" in text and "Chỉ tiêu 30 % đến 31/12/2025" in text


def test_import_lots_dry_run_then_real_then_again(demo, tmp_path):
    path = write_xlsx(tmp_path / "ton-dong.xlsx", ROWS)
    dry = json.loads(admin(demo, "import-lots", str(path), "--dry-run", "--json", check=True).stdout)
    assert dry["counts"]["new"] == 3 and dry["dry_run"]
    real = json.loads(admin(demo, "import-lots", str(path), "--json", check=True).stdout)
    assert real["counts"]["new"] == 3
    again = admin(demo, "import-lots", str(path), check=True).stdout
    assert "0 lô mới" in again and "3 không đổi" in again


def test_import_lots_bad_row_exits_1_with_row_number(demo, tmp_path):
    path = write_xlsx(tmp_path / "loi.xlsx", ROWS + [["Hộ tịch", "Sổ khai tử", 2000, 2001, "-5", 0, ""]])
    before = json.loads(admin(demo, "backlog-status", "--json", check=True).stdout)["overall"]["total"]
    result = admin(demo, "import-lots", str(path))
    assert result.returncode == 1
    assert "Dòng 9" in result.stderr and "không được âm" in result.stderr
    after = json.loads(admin(demo, "backlog-status", "--json", check=True).stdout)["overall"]["total"]
    assert after == before
