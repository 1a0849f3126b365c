"""xaso-admin as an admin or a script runs it: real processes, real data folders, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from openpyxl import Workbook

from tests.unit.xlsx_fixtures import OFFICERS, write_commune_list


def admin(home, *args, check=False):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "cli.main", "--home", str(home), *args],
        capture_output=True, text=True, env=env, timeout=120,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("cli") / "home"
    first = admin(home, "demo", "--json", check=True)
    return home, json.loads(first.stdout)


def test_demo_fills_once_and_prints_passwords_once(demo_home):
    home, summary = demo_home
    assert summary["ok"] and summary["officers"] == 40 and not summary["already_filled"]
    assert summary["commune"] == "Xã Hữu Lũng"
    assert set(summary["accounts"]) == {"admin", "canbo"}
    again = admin(home, "demo", check=True)
    assert "đã có dữ liệu mẫu" in again.stdout
    assert "mật khẩu" not in again.stdout


def test_check_reports_vietnamese_summary(demo_home):
    home, _ = demo_home
    result = admin(home, "check", check=True)
    assert "Tệp dữ liệu nguyên vẹn" in result.stdout
    assert "Xã Hữu Lũng: 40 cán bộ." in result.stdout
    data = json.loads(admin(home, "check", "--json", check=True).stdout)
    assert data["ok"] and data["problems"] == [] and data["officers"] == 40


def test_import_officers_dry_run_then_apply_then_reimport(tmp_path, demo_home):
    home, _ = demo_home
    source = write_commune_list(tmp_path / "ds.xlsx")
    dry = json.loads(admin(home, "import-officers", str(source), "--dry-run", "--json", check=True).stdout)
    assert dry["dry_run"] and dry["counts"]["new"] == len(OFFICERS)
    applied = admin(home, "import-officers", str(source), check=True)
    assert f"{len(OFFICERS)} mới" in applied.stdout
    again = json.loads(admin(home, "import-officers", str(source), "--json", check=True).stdout)
    assert again["counts"] == {"new": 0, "update": 0, "unchanged": len(OFFICERS), "errors": 0}
    count = json.loads(admin(home, "check", "--json", check=True).stdout)["officers"]
    assert count == 40 + len(OFFICERS)


def test_bad_rows_exit_non_zero_with_rows_named_and_nothing_written(tmp_path, demo_home):
    home, _ = demo_home
    before = json.loads(admin(home, "check", "--json", check=True).stdout)["officers"]
    bad = [list(r) for r in OFFICERS]
    bad[1][1] = "12345"  # row 8 in the sheet: a CCCD too short
    source = write_commune_list(tmp_path / "bad.xlsx", bad)
    result = admin(home, "import-officers", str(source))
    assert result.returncode == 1
    assert "Dòng 8" in result.stderr
    assert "Chưa nhập gì" in result.stderr
    after = json.loads(admin(home, "check", "--json", check=True).stdout)["officers"]
    assert after == before


def test_not_an_excel_file_is_refused_in_vietnamese(tmp_path, demo_home):
    home, _ = demo_home
    fake = tmp_path / "ds.xlsx"
    fake.write_bytes(b"STT;Ho ten;CCCD\n1;A;0201\n")
    result = admin(home, "import-officers", str(fake), "--json")
    assert result.returncode == 1
    assert "không phải tệp Excel" in result.stderr
    assert json.loads(result.stdout)["ok"] is False
    empty = Workbook()
    empty.save(tmp_path / "empty.xlsx")
    result = admin(home, "import-officers", str(tmp_path / "empty.xlsx"))
    assert result.returncode == 1 and "Không tìm thấy" in result.stderr


def test_newer_database_is_refused_by_the_cli(tmp_path):
    import sqlite3

    home = tmp_path / "newer"
    admin(home, "demo", check=True)
    con = sqlite3.connect(home / "xaso.sqlite")
    con.execute("UPDATE alembic_version SET version_num='ffff99'")
    con.commit()
    con.close()
    result = admin(home, "check")
    assert result.returncode == 1
    assert "phiên bản Xã Số mới hơn" in result.stderr


def test_usage_error_exits_2(tmp_path):
    assert admin(tmp_path / "h", "no-such-command").returncode == 2


def test_demo_needs_an_explicit_folder_and_never_touches_real_data(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XASO_HOME=str(tmp_path / "real"))
    result = subprocess.run([sys.executable, "-m", "cli.main", "demo"], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 1 and "--home" in result.stderr
    assert not (tmp_path / "real").exists()


def test_demo_refuses_a_real_installation(ready_store):
    home = ready_store.paths.home
    ready_store.close()
    result = admin(home, "demo")
    assert result.returncode == 1
    assert "dữ liệu thật" in result.stderr
    assert json.loads(admin(home, "check", "--json", check=True).stdout)["officers"] == 0


def test_check_of_a_missing_folder_creates_nothing(tmp_path):
    result = admin(tmp_path / "nowhere", "check")
    assert result.returncode == 1 and "Không có dữ liệu" in result.stderr
    assert not (tmp_path / "nowhere").exists()


def test_demo_officer_count_must_be_sensible(tmp_path):
    assert admin(tmp_path / "d", "demo", "--officers", "-5").returncode == 2


def test_demo_of_any_commune_of_the_official_list(tmp_path):
    home = tmp_path / "hanoi"
    run = admin(home, "demo", "--commune", "00004", "--officers", "5", "--json", check=True)
    summary = json.loads(run.stdout)
    assert summary["commune_code"] == "00004" and summary["commune"] == "Phường Ba Đình"
    assert summary["province"] == "Thành phố Hà Nội" and summary["officers"] == 5
    check = json.loads(admin(home, "check", "--json", check=True).stdout)
    assert check["officers"] == 5
    again = admin(home, "demo", "--commune", "06385")  # the folder keeps its commune
    assert again.returncode == 1 and "00004" in again.stderr and "06385" in again.stderr
    bad = admin(tmp_path / "bad", "demo", "--commune", "12345x", "--json")
    assert bad.returncode == 1 and "12345x" in bad.stderr
    assert json.loads(bad.stdout)["ok"] is False
    assert not (tmp_path / "bad").exists()
