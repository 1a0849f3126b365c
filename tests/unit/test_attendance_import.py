"""Attendance/results import: marks, excused, unknown people, NFD names, bad files, re-import."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import func, select

from core.training import courses as training
from core.training import import_attendance as imp
from db.errors import UserError
from db.models import Attendance, ChangeLog, CourseResult, TrainingSession
from tests.unit.training_fixtures import add_course, add_people, write_attendance


@pytest.fixture
def setup(ready_store):
    people = add_people(ready_store)
    course_id = add_course(ready_store, pass_mark=50)
    with ready_store.write("t") as s:
        for day in (5, 12):
            training.add_session(s, course_id, training.SessionInput(dt.date(2025, 10, day)))
    return ready_store, people, course_id


def _preview(store, path, course_id):
    table = imp.read_table(path)
    with store.session() as s:
        return imp.preview(s, table, course_id)


def _apply(store, path, course_id, **kw):
    table = imp.read_table(path)
    with store.write("t") as s:
        return imp.apply(s, imp.preview(s, table, course_id), **kw)


def _log_count(store):
    with store.session() as s:
        return s.execute(select(func.count()).select_from(ChangeLog)).scalar_one()


def test_marks_excused_completion_and_reimport_changes_nothing(setup, tmp_path):
    store, people, course_id = setup
    path = write_attendance(tmp_path / "diem-danh.xlsx", [
        ["Nguyễn Văn An", "020190001234", "x", "x", "Có"],
        ["Lê Thị Hoa", None, "P", "x", "Không"],
        ["Hoàng Đức Minh", 20190005555, None, "X", None],  # CCCD typed as a number
    ])
    preview = _preview(store, path, course_id)
    assert not preview.has_errors and not preview.unknown
    assert [s.held_on for s in preview.sessions] == [dt.date(2025, 10, 5), dt.date(2025, 10, 12)]
    assert (preview.marks("present"), preview.marks("excused"), preview.marks("absent")) == (4, 1, 1)
    summary = _apply(store, path, course_id)
    assert (summary.attendance_changed, summary.results_changed, summary.sessions_created) == (6, 2, 0)
    with store.session() as s:
        lines = {r.full_name: r for r in training.results_sheet(s, course_id)}
    assert (lines["Lê Thị Hoa"].present, lines["Lê Thị Hoa"].excused) == (1, 1)
    assert lines["Hoàng Đức Minh"].present == 1 and not lines["Hoàng Đức Minh"].completed
    an = lines["Nguyễn Văn An"]
    assert an.completed and an.completed_on == dt.date(2025, 10, 12)  # last session attended
    before = _log_count(store)
    again = _apply(store, path, course_id)
    assert (again.attendance_changed, again.results_changed) == (0, 0)
    assert _log_count(store) == before


def test_names_differing_only_in_unicode_normalisation_are_matched(setup, tmp_path):
    store, people, course_id = setup
    nfd = unicodedata.normalize("NFD", "Trần Thị Bích Ngọc")
    assert nfd != "Trần Thị Bích Ngọc"
    path = write_attendance(tmp_path / "nfd.xlsx", [[nfd, None, "x", "x", "Có"]])
    preview = _preview(store, path, course_id)
    assert preview.rows[0].officer_id == people["Trần Thị Bích Ngọc"]
    assert preview.rows[0].status == "ok"


def test_unknown_people_are_listed_never_created(setup, tmp_path):
    store, people, course_id = setup
    path = write_attendance(tmp_path / "la.xlsx", [
        ["Nguyễn Văn An", None, "x", "x", "Có"],
        ["Đinh Thị Lạ", None, "x", "x", "Có"],
        ["Người Có CCCD", "020199123456", "x", None, None],
        ["Le Thi Hoa", None, "x", "x", None],  # typed without accents: a hint, never a match
    ])
    preview = _preview(store, path, course_id)
    assert [r.full_name for r in preview.unknown] == ["Đinh Thị Lạ", "Người Có CCCD", "Le Thi Hoa"]
    assert [r.row_no for r in preview.unknown] == [5, 6, 7]
    assert [r.suggestion for r in preview.unknown] == ["", "", "Lê Thị Hoa"]
    before = _log_count(store)
    with pytest.raises(UserError) as info:
        _apply(store, path, course_id)
    assert "Đinh Thị Lạ" in info.value.message() and _log_count(store) == before
    summary = _apply(store, path, course_id, skip_unknown=True)  # the clerk chose to skip them
    assert summary.skipped_unknown == 3 and summary.results_changed == 1
    with store.session() as s:
        from db.models import Officer

        assert s.execute(select(func.count()).select_from(Officer)).scalar_one() == 5


def test_bad_file_is_refused_with_row_numbers_and_nothing_written(setup, tmp_path):
    store, people, course_id = setup
    path = write_attendance(tmp_path / "loi.xlsx", [
        ["Nguyễn Văn An", None, "x", "có mặt", "Có"],
        ["Lê Thị Hoa", None, "??", "x", "Không"],
        ["Hoàng Đức Minh", None, "x", "x", "Chắc vậy"],
        ["Nguyễn Văn An", None, "x", "x", "Có"],
        ["Trần Thị Bích Ngọc", "020190001234", "x", "x", None],
    ])
    preview = _preview(store, path, course_id)
    messages = {p.params["row"]: p.message() for r in preview.rows for p in r.problems}
    assert set(messages) == {5, 6, 7, 8}
    assert "??" in messages[5] and "D (Buổi 1)" in messages[5]
    assert "Chắc vậy" in messages[6] and "F (Hoàn thành)" in messages[6]
    assert "row 4" in messages[7]  # duplicate of the first row
    assert "Nguyễn Văn An" in messages[8]  # the CCCD belongs to someone else
    before = _log_count(store)
    with pytest.raises(UserError):
        _apply(store, path, course_id)
    assert _log_count(store) == before
    with store.session() as s:
        assert s.execute(select(func.count()).select_from(Attendance)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(CourseResult)).scalar_one() == 0


def test_score_below_pass_mark_is_a_row_problem(setup, tmp_path):
    store, people, course_id = setup
    path = write_attendance(tmp_path / "diem.xlsx", [["Nguyễn Văn An", None, "x", "x", "Có", 30]],
                            header=["STT", "Họ và tên", "CCCD", "Buổi 1", "Buổi 2", "Hoàn thành", "Điểm"])
    preview = _preview(store, path, course_id)
    assert preview.has_errors
    assert "Row 4" in preview.rows[0].problems[0].message() and "30" in preview.rows[0].problems[0].message()


def test_dated_session_columns_create_sessions_once_and_missing_numbers_are_refused(setup, tmp_path):
    store, people, course_id = setup
    path = write_attendance(tmp_path / "ngay.xlsx", [["Nguyễn Văn An", None, "x", "x", "x"]],
                            header=["STT", "Họ và tên", "CCCD", "05/10/2025", "Buổi 3 - 19/10/2025",
                                    "Buổi 3"])
    preview = _preview(store, path, course_id)
    assert preview.problems and "Buổi 3" in preview.problems[0].message()
    path = write_attendance(tmp_path / "ngay2.xlsx", [["Nguyễn Văn An", None, "x", "x"]],
                            header=["STT", "Họ và tên", "CCCD", "05/10/2025", "Buổi 3 - 19/10/2025"])
    preview = _preview(store, path, course_id)
    assert [s.held_on for s in preview.new_sessions] == [dt.date(2025, 10, 19)]
    assert _apply(store, path, course_id).sessions_created == 1
    assert _apply(store, path, course_id).sessions_created == 0
    with store.session() as s:
        assert s.execute(select(func.count()).select_from(TrainingSession)).scalar_one() == 3


def test_not_an_attendance_list_is_refused_by_name(setup, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Mã hồ sơ", "Ngày tiếp nhận"])
    wb.save(tmp_path / "khac.xlsx")
    with pytest.raises(UserError) as info:
        imp.read_table(tmp_path / "khac.xlsx")
    assert "khac.xlsx" in info.value.message()
