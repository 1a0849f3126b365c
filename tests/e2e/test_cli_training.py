"""xaso-admin import-attendance / training-status as real processes on a demo data folder."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.e2e.test_cli import admin

COURSE = "Vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    home = tmp_path_factory.mktemp("cli-training") / "home"
    admin(home, "demo", "--json", check=True)
    return home


def _sheet(home, path, unknown=False, bad=False):
    from core.config import Paths
    from core.store import Store
    from core.training import courses as training
    from tools.make_sample_attendance_xlsx import write_sample

    store = Store.open(Paths(home))
    try:
        with store.session() as s:
            course_id = training.find_course(s, COURSE).id
        write_sample(store, path, course_id)
    finally:
        store.close()
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    if not unknown:
        ws.delete_rows(ws.max_row - 2)  # the person who is not in the registry
    if bad:
        ws["C5"] = "có lẽ"
    wb.save(path)
    return path


def _log_count(home):
    con = sqlite3.connect(home / "xaso.sqlite")
    try:
        return con.execute("SELECT count(*) FROM change_log").fetchone()[0]
    finally:
        con.close()


def test_training_status_reports_demo_coverage(demo):
    result = admin(demo, "training-status", "--json", check=True)
    summary = json.loads(result.stdout)
    commune = summary["commune"]
    assert summary["target_percent"] == 100.0 and summary["required_courses"] == 2
    assert 0 < commune["digital"] < commune["officers"]  # partial completion in the demo
    assert commune["digital_percent"] == round(100 * commune["digital"] / commune["officers"], 1)
    assert len(summary["to_train"]) == commune["officers"] - commune["both"]
    text = admin(demo, "training-status", check=True).stdout
    assert "kỹ năng số" in text and "chỉ tiêu 100 %" in text


def test_import_attendance_dry_run_apply_and_reimport(demo, tmp_path):
    path = _sheet(demo, tmp_path / "dd.xlsx")
    before = _log_count(demo)
    dry = admin(demo, "import-attendance", str(path), "--course", COURSE, "--dry-run", "--json",
                check=True)
    assert json.loads(dry.stdout)["dry_run"] and _log_count(demo) == before
    done = json.loads(admin(demo, "import-attendance", str(path), "--course", COURSE, "--json",
                            check=True).stdout)
    assert done["counts"]["rows"] == 8 and done["counts"]["excused"] > 0
    again = json.loads(admin(demo, "import-attendance", str(path), "--course", COURSE, "--json",
                             check=True).stdout)
    assert again["written"] == {"sessions_created": 0, "attendance_changed": 0, "results_changed": 0}
    text = admin(demo, "import-attendance", str(path), "--course", COURSE, check=True).stdout
    assert "lượt có mặt" in text


def test_unknown_people_and_bad_cells_are_refused_with_rows(demo, tmp_path):
    before = _log_count(demo)
    unknown = admin(demo, "import-attendance", str(_sheet(demo, tmp_path / "u.xlsx", unknown=True)),
                    "--course", COURSE)
    assert unknown.returncode == 1 and "Đinh Thị Khách" in unknown.stderr
    assert "không có trong danh sách cán bộ" in unknown.stderr
    bad = admin(demo, "import-attendance", str(_sheet(demo, tmp_path / "b.xlsx", bad=True)),
                "--course", COURSE)
    assert bad.returncode == 1 and "Dòng 5" in bad.stderr and "có lẽ" in bad.stderr
    no_course = admin(demo, "import-attendance", str(tmp_path / "b.xlsx"), "--course", "Không có")
    assert no_course.returncode == 1 and "Không có" in no_course.stderr
    unnamed = admin(demo, "import-attendance", str(tmp_path / "b.xlsx"))
    assert unnamed.returncode == 1 and "--course" in unnamed.stderr and COURSE in unnamed.stderr
    assert _log_count(demo) == before
