"""Training service: courses, sessions, attendance, results, coverage, completion list export."""

from __future__ import annotations

import datetime as dt
from datetime import datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from core.paging import PageRequest
from core.training import courses as training
from core.training import coverage as cov
from db.errors import ValidationError
from db.models import ChangeLog, Course
from tests.unit.training_fixtures import add_course, add_officer, add_people, complete


@pytest.mark.parametrize("changes, field", [
    ({"title": "  "}, "title"),
    ({"hours": -1}, "hours"),
    ({"pass_mark": 120}, "pass_mark"),
    ({"topic": "cooking"}, "topic"),
    ({"start_date": dt.date(2025, 10, 5), "end_date": dt.date(2025, 10, 1)}, "end_date"),
])
def test_bad_course_is_refused_naming_the_field(changes, field):
    data = training.CourseInput(title="Kỹ năng số", **{k: v for k, v in changes.items() if k != "title"})
    if "title" in changes:
        data.title = changes["title"]
    with pytest.raises(ValidationError) as info:
        training.clean_course(data)
    assert info.value.field == field


def test_course_crud_goes_through_the_change_log(ready_store):
    course_id = add_course(ready_store, title="Vận hành hệ thống một cửa", topic="operation")
    with ready_store.write("t") as s:
        training.update_course(s, course_id, training.CourseInput(
            title="Vận hành hệ thống một cửa điện tử", topic="operation", required=True, hours=8))
        session_id = training.add_session(s, course_id, training.SessionInput(
            dt.date(2025, 10, 5), "Hội trường UBND xã", "Sở KH&CN")).id
        training.delete_course(s, course_id)
    with ready_store.session() as s:
        ops = s.execute(select(ChangeLog.table_name, ChangeLog.op).order_by(ChangeLog.id)).all()
        assert ("course", "insert") in ops and ("course", "update") in ops
        assert ("training_session", "insert") in ops
        assert s.get(Course, course_id).deleted  # tombstone, never a hard delete
        with pytest.raises(ValidationError):
            training.get_course(s, course_id)
        assert training.get_session(s, session_id).place == "Hội trường UBND xã"


def test_course_list_pages_in_vietnamese_order_with_counts(ready_store):
    people = add_people(ready_store)
    for title in ("Ứng dụng AI", "An toàn thông tin", "Ảnh số hóa", "Bình dân học vụ số"):
        add_course(ready_store, title=title)
    first = add_course(ready_store, title="Đăng ký hộ tịch trực tuyến", topic="professional")
    complete(ready_store, first, people["Lê Thị Hoa"])
    query = training.CourseQuery(commune_code=ready_store.context.commune_code)
    with ready_store.session() as s:
        assert training.count_courses(s, query) == 5
        rows = training.page_courses(s, query, PageRequest(3))
        more = training.page_courses(s, query, PageRequest(3, after=rows[-1].key))
    titles = [r.title for r in rows + more]
    assert titles == ["An toàn thông tin", "Ảnh số hóa", "Bình dân học vụ số",
                      "Đăng ký hộ tịch trực tuyến", "Ứng dụng AI"]
    assert next(r for r in rows + more if r.id == first).completed == 1


def test_attendance_sheet_saves_only_changes_and_counts_excused_apart(ready_store):
    people = add_people(ready_store)
    course_id = add_course(ready_store)
    with ready_store.write("t") as s:
        session_id = training.add_session(s, course_id, training.SessionInput(dt.date(2025, 10, 5))).id
    with ready_store.session() as s:
        sheet = training.attendance_sheet(s, session_id)
    assert [line.full_name for line in sheet] == [  # working officers only, by given name
        "Nguyễn Văn An", "Lê Thị Hoa", "Hoàng Đức Minh", "Trần Thị Bích Ngọc"]
    marks = {line.officer_id: "present" for line in sheet}
    marks[people["Lê Thị Hoa"]] = "excused"
    marks[people["Nguyễn Văn An"]] = "absent"
    with ready_store.write("t") as s:
        assert training.save_attendance(s, session_id, marks) == 4
    with ready_store.write("t") as s:
        assert training.save_attendance(s, session_id, marks) == 0
    with ready_store.session() as s:
        row = training.sessions_of(s, course_id)[0]
        results = {r.full_name: r for r in training.results_sheet(s, course_id)}
    assert (row.present, row.absent, row.excused) == (2, 1, 1)
    assert results["Lê Thị Hoa"].excused == 1 and results["Lê Thị Hoa"].present == 0


def test_result_below_pass_mark_or_without_date_is_refused(ready_store):
    people = add_people(ready_store)
    course_id = add_course(ready_store, pass_mark=50)
    officer = people["Nguyễn Văn An"]
    with ready_store.write("t") as s:
        with pytest.raises(ValidationError) as low:
            training.save_result(s, course_id, officer, training.ResultInput(True, dt.date(2025, 10, 1), 40))
        with pytest.raises(ValidationError) as undated:
            training.save_result(s, course_id, officer, training.ResultInput(True))
        assert training.save_result(s, course_id, officer,
                                    training.ResultInput(True, dt.date(2025, 10, 1), 85, "BDHVS-001"))
        assert not training.save_result(s, course_id, officer,
                                        training.ResultInput(True, dt.date(2025, 10, 1), 85, "BDHVS-001"))
    assert low.value.field == "score" and "50" in low.value.message()
    assert undated.value.field == "completed_on"


def test_coverage_arithmetic_per_topic_department_and_commune(ready_store):
    people = add_people(ready_store)
    digital = add_course(ready_store, title="Kỹ năng số cơ bản", topic="digital")
    operation = add_course(ready_store, title="Vận hành hệ thống", topic="operation")
    optional = add_course(ready_store, title="Tự chọn", topic="digital", required=False)
    complete(ready_store, digital, people["Nguyễn Văn An"])
    complete(ready_store, operation, people["Nguyễn Văn An"])
    complete(ready_store, digital, people["Hoàng Đức Minh"])
    complete(ready_store, optional, people["Lê Thị Hoa"])  # optional course: does not count
    complete(ready_store, digital, people["Phạm Văn Đạt"])  # left the commune: not counted
    with ready_store.write("t") as s:  # a result recorded as not completed does not count
        training.save_result(s, operation, people["Trần Thị Bích Ngọc"], training.ResultInput(False))
    with ready_store.session() as s:
        c = cov.coverage(s)
    assert (c.total.officers, c.total.digital, c.total.operation, c.total.both) == (4, 2, 1, 1)
    assert c.total.digital_percent == 50.0 and c.total.operation_percent == 25.0
    depts = {g.name: g for g in c.departments}
    assert depts["Văn phòng"].digital_percent == 50.0 and depts["Văn phòng"].operation_percent == 50.0
    assert depts["Tư pháp - Hộ tịch"].officers == 2 and depts["Tư pháp - Hộ tịch"].digital == 1
    assert {p.full_name for p in c.to_train} == {"Trần Thị Bích Ngọc", "Hoàng Đức Minh", "Lê Thị Hoa"}
    minh = next(p for p in c.to_train if p.full_name == "Hoàng Đức Minh")
    assert minh.missing_courses == ["Vận hành hệ thống"]
    assert not any(p.is_new for p in c.to_train)  # the first list entered: not "new"
    with ready_store.write("t") as s:  # the first list was entered 10 days ago ...
        s.execute(update(ChangeLog).where(ChangeLog.table_name == "officer")
                  .values(at=datetime.now(dt.UTC) - dt.timedelta(days=10)))
    newcomer = add_officer(ready_store, "Vi Văn Mới", "020199000001", "Văn phòng")  # ... one today
    with ready_store.session() as s:
        now = cov.coverage(s)
        later = cov.coverage(s, today=dt.date.today() + dt.timedelta(days=200))
        status = cov.officer_status(s, people["Hoàng Đức Minh"])
    assert [p.officer_id for p in now.to_train if p.is_new] == [newcomer]
    assert now.to_train[0].officer_id == newcomer and now.new_untrained == 1  # listed first
    assert now.total.officers == 5 and now.total.digital_percent == 40.0
    assert later.new_untrained == 0  # 90 days later no longer new
    complete(ready_store, digital, newcomer)
    complete(ready_store, operation, newcomer)
    with ready_store.session() as s:
        assert cov.coverage(s).new_untrained == 0  # trained: the flag goes
    assert [(x.title, x.completed) for x in status] == [("Kỹ năng số cơ bản", True),
                                                         ("Vận hành hệ thống", False)]


def test_coverage_of_an_empty_commune_is_zero_not_a_division_error(ready_store):
    with ready_store.session() as s:
        c = cov.coverage(s)
    assert c.total.officers == 0 and c.total.digital_percent == 0.0 and c.to_train == []


def test_completion_list_by_course_and_period_exports_to_xlsx(ready_store, tmp_path):
    people = add_people(ready_store)
    digital = add_course(ready_store, title="Kỹ năng số cơ bản")
    other = add_course(ready_store, title="Ký số văn bản", topic="signing")
    complete(ready_store, digital, people["Nguyễn Văn An"], dt.date(2025, 9, 30), score=90,
             certificate_no="BDHVS-0001")
    complete(ready_store, digital, people["Lê Thị Hoa"], dt.date(2025, 10, 15))
    complete(ready_store, other, people["Lê Thị Hoa"], dt.date(2025, 10, 16))
    with ready_store.session() as s:
        october = cov.completion_list(s, digital, dt.date(2025, 10, 1), dt.date(2025, 10, 31))
        everything = cov.completion_list(s)
    assert [r.full_name for r in october] == ["Lê Thị Hoa"]
    assert len(everything) == 3
    path = cov.export_completion_xlsx(everything, tmp_path / "hoan-thanh.xlsx",
                                      "DANH SÁCH HỌC VIÊN HOÀN THÀNH", "Xã Hữu Lũng")
    ws = load_workbook(path).active
    assert ws["A1"].value == "DANH SÁCH HỌC VIÊN HOÀN THÀNH" and ws["A1"].font.bold
    assert ws["B4"].value == "Full name" and ws["B4"].font.bold
    data = {(ws.cell(r, 2).value, ws.cell(r, 7).value): r for r in range(5, 8)}
    row = data[("Nguyễn Văn An", "Kỹ năng số cơ bản")]
    assert ws.cell(row, 8).value.date() == dt.date(2025, 9, 30)
    assert ws.cell(row, 8).number_format == "dd/mm/yyyy"
    assert ws.cell(row, 9).value == 90 and ws.cell(row, 10).value == "BDHVS-0001"
    assert ws.cell(row, 4).value == "020190001234"  # CCCD kept as text with its leading zero
