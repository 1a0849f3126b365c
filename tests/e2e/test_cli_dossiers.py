"""xaso-admin import-dossiers / indicators-766 as real processes on a demo data folder."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.e2e.test_cli import admin
from tests.unit.test_dossiers import ROWS, write_xlsx


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    home = tmp_path_factory.mktemp("cli-dossiers") / "home"
    admin(home, "demo", "--json", check=True)
    return home


def test_indicators_of_the_demo_month(demo):
    # last month: a whole month of demo dossiers whatever the day of the month today
    month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    out = json.loads(admin(demo, "indicators-766", "--month", month, "--json", check=True).stdout)
    assert [i["code"] for i in out["indicators"]] == ["4.1", "4.2", "4.3", "4.4"]
    assert out["pmax"] == 16.0 and 0 < out["points"] <= 16.0
    received = out["indicators"][1]
    assert received["denominator"] > 20 and 0 < received["numerator"] <= received["denominator"]
    text = admin(demo, "indicators-766", "--month", month, check=True).stdout
    assert "Tổng" in text and "4.2" in text
    bad = admin(demo, "indicators-766", "--month", "tháng 11")
    assert bad.returncode == 1 and "tháng" in bad.stderr


def test_import_dry_run_real_again_and_bad_row(demo, tmp_path):
    path = write_xlsx(tmp_path / "hoso.xlsx", ROWS)
    dry = json.loads(admin(demo, "import-dossiers", str(path), "--dry-run", "--json", check=True).stdout)
    assert dry["counts"]["new"] == 4 and dry["dry_run"]
    real = json.loads(admin(demo, "import-dossiers", str(path), "--json", check=True).stdout)
    assert real["counts"]["new"] == 4
    again = admin(demo, "import-dossiers", str(path), check=True).stdout
    assert "0 hồ sơ mới" in again and "4 không đổi" in again
    bad = write_xlsx(tmp_path / "loi.xlsx", ROWS + [["X-1", "2.000635", "Hộ tịch", "02/11/2026",
                                                      None, None, 1, 0, 0, ""]])
    result = admin(demo, "import-dossiers", str(bad))
    assert result.returncode == 1 and "Dòng 8" in result.stderr
