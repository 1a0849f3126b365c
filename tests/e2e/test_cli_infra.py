"""xaso-admin import-equipment as a real process on a demo data folder."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.e2e.test_cli import admin
from tests.unit.infra_fixtures import write_list

ROWS = [
    [1, "MOI-01", "Máy tính xách tay", "Lenovo ThinkPad E14", 2025, "Văn phòng", "",
     "Đang sử dụng", "Windows 11", ""],
    [2, "MOI-02", "Bộ lưu điện", "Santak Blazer 1200 Pro", 2024, "Phòng máy chủ", "",
     "Đang sử dụng", "", ""],
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    home = tmp_path_factory.mktemp("cli-infra") / "home"
    admin(home, "demo", "--json", check=True)
    return home


def _devices(home) -> int:
    con = sqlite3.connect(home / "xaso.sqlite")
    try:
        return con.execute("SELECT count(*) FROM equipment WHERE NOT deleted").fetchone()[0]
    finally:
        con.close()


def test_import_equipment_dry_run_then_real_then_again(demo, tmp_path):
    path = write_list(tmp_path / "thiet-bi.xlsx", ROWS)
    before = _devices(demo)
    dry = admin(demo, "import-equipment", str(path), "--dry-run", check=True)
    assert "2 thiết bị mới" in dry.stdout and "chạy thử" in dry.stdout
    assert _devices(demo) == before
    real = json.loads(admin(demo, "import-equipment", str(path), "--json", check=True).stdout)
    assert real["counts"] == {"new": 2, "update": 0, "unchanged": 0, "errors": 0}
    assert _devices(demo) == before + 2
    again = json.loads(admin(demo, "import-equipment", str(path), "--json", check=True).stdout)
    assert again["counts"]["unchanged"] == 2 and again["counts"]["new"] == 0


def test_bad_row_refuses_the_file_with_the_row_named(demo, tmp_path):
    rows = [list(r) for r in ROWS]
    rows[0][0], rows[0][1] = 1, "MOI-09"
    rows[1][1], rows[1][2] = "MOI-10", "Tủ lạnh"
    path = write_list(tmp_path / "loi.xlsx", rows)
    before = _devices(demo)
    result = admin(demo, "import-equipment", str(path))
    assert result.returncode == 1
    assert "Dòng 5" in result.stderr and "Tủ lạnh" in result.stderr
    assert "Chưa nhập gì" in result.stderr
    assert _devices(demo) == before


def test_missing_file_is_named(demo, tmp_path):
    result = admin(demo, "import-equipment", str(tmp_path / "khong-co.xlsx"), "--json")
    assert result.returncode == 1
    assert "khong-co.xlsx" in result.stderr
