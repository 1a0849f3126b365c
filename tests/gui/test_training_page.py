"""Đào tạo page: create a course, add a session, attendance by keyboard, completion, coverage."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.training import courses as training
from desktop.ui.training.attendance import AttendanceDialog
from desktop.ui.training.dialogs import CourseDialog, SessionDialog
from desktop.ui.training.import_dialog import AttendanceImportDialog
from desktop.ui.training.page import TrainingPage
from desktop.ui.training.results import ResultsDialog
from tests.unit.training_fixtures import add_course, add_people, write_attendance


def test_course_session_attendance_completion_and_coverage(qtbot, ctx, prompts):
    people = add_people(ctx.store)
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    assert page.coverage.digital.value.text() == "0,0 %"

    dialog = CourseDialog(ctx, parent=page)
    dialog.title.setText("Kỹ năng số cơ bản")
    dialog.topic.setCurrentIndex(dialog.topic.findData("digital"))
    dialog.required.setChecked(True)
    QTest.keyClicks(dialog.hours, "8")
    QTest.keyClicks(dialog.pass_mark, "50")
    QTest.keyClicks(dialog.end_date, "31/10/2025")
    QTest.keyClicks(dialog.start_date, "35/10/2025")
    dialog.save()
    assert not dialog.error.isHidden() and dialog.result() == 0  # bad date: refused, kept open
    dialog.start_date.setText("01/10/2025")
    dialog.save()
    assert dialog.saved_id is not None
    page.courses.select_id(dialog.saved_id)
    assert page.courses.selected().title == "Kỹ năng số cơ bản"
    assert page.courses.count_label.text() == "1 khóa học"

    session_dialog = SessionDialog(ctx, dialog.saved_id, parent=page)
    QTest.keyClicks(session_dialog.held_on, "05/10/2025")
    session_dialog.place.setText("Hội trường UBND xã")
    session_dialog.save()
    assert page.courses.sessions.rowCount() == 1
    page.courses.sessions.selectRow(0)
    assert page.courses.attendance_button.isEnabled()

    sheet = AttendanceDialog(ctx, page.courses.selected_session().id, parent=page)
    names = [line.full_name for line in sheet.lines]
    assert names == ["Nguyễn Văn An", "Lê Thị Hoa", "Hoàng Đức Minh", "Trần Thị Bích Ngọc"]
    table = sheet.table
    QTest.keyClick(table, Qt.Key.Key_C)  # An present, moves down
    QTest.keyClick(table, Qt.Key.Key_P)  # Hoa excused
    QTest.keyClick(table, Qt.Key.Key_Space)  # Minh: present (space toggles), stays
    QTest.keyClick(table, Qt.Key.Key_Space)  # ... and back to absent
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 3
    assert sheet.statuses == ["present", "excused", "absent", ""]
    assert "chưa điểm danh 1" in sheet.counts.text()
    sheet.all_present.click()  # only the unmarked Ngọc becomes present
    assert sheet.statuses == ["present", "excused", "absent", "present"]
    QTest.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sheet.result() == 1
    row = page.courses.session_rows[0]
    assert (row.present, row.excused, row.absent) == (2, 1, 1)
    assert page.courses.sessions.item(0, 3).text() == "2"

    results = ResultsDialog(ctx, dialog.saved_id, parent=page)
    assert results.table.item(0, 3).text() == "1/1"
    assert results.table.item(1, 3).text() == "0/1 (1 có phép)"
    results.table.setCurrentCell(0, 4)
    QTest.keyClick(results.table, Qt.Key.Key_Space)  # An completed; today's date filled in
    assert results.table.item(0, 5).text() == dt.date.today().strftime("%d/%m/%Y")
    results.table.item(0, 6).setText("40")  # below the pass mark 50
    results.save()
    assert "50" in results.error.text() and "Nguyễn Văn An" in results.error.text()
    results.table.item(0, 6).setText("85")
    results.save()
    assert results.result() == 1
    assert page.coverage.digital.value.text() == "25,0 %"  # 1 of the 4 working officers
    assert page.coverage.to_train.rowCount() == 4  # no operation course yet: nobody complete
    an_row = [page.coverage.to_train.item(r, 0).text() for r in range(4)].index("Nguyễn Văn An")
    assert page.coverage.to_train.item(an_row, 3).text() == "Có"  # digital skills done
    assert page.coverage.to_train.item(an_row, 4).text() == "—"
    assert page.courses.model.row_object(0).completed == 1
    assert people  # the officers were set up


def test_import_preview_lists_unknown_people_and_applies_when_skipped(qtbot, ctx, prompts, tmp_path):
    add_people(ctx.store)
    course_id = add_course(ctx.store)
    with ctx.store.write("t") as s:
        training.add_session(s, course_id, training.SessionInput(dt.date(2025, 10, 5)))
        training.add_session(s, course_id, training.SessionInput(dt.date(2025, 10, 12)))
    path = write_attendance(tmp_path / "dd.xlsx", [["Nguyễn Văn An", None, "x", "P", "Có"],
                                                   ["Người Lạ", None, "x", "x", "Có"]])
    dialog = AttendanceImportDialog(ctx, path, course_id)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 3).text() == "Không có trong danh sách cán bộ"
    assert not dialog.ok_button().isEnabled()
    dialog.table.selectRow(0)
    assert not dialog.add_officer_button.isEnabled()  # a known officer: nothing to resolve
    dialog.table.selectRow(1)
    assert dialog.add_officer_button.isEnabled()
    dialog.skip_unknown.setChecked(True)
    assert dialog.ok_button().isEnabled()
    dialog.apply()
    assert not prompts.shown and "bỏ qua 1 người" in dialog.status_label.text()
    with ctx.store.session() as s:
        lines = {r.full_name: r for r in training.results_sheet(s, course_id)}
    assert lines["Nguyễn Văn An"].completed and lines["Nguyễn Văn An"].excused == 1


def test_bad_import_file_shows_the_reason_and_cannot_be_applied(qtbot, ctx, tmp_path):
    course_id = add_course(ctx.store)
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"not a workbook")
    dialog = AttendanceImportDialog(ctx, bad, course_id)
    qtbot.addWidget(dialog)
    assert "hong.xlsx" in dialog.error.text() and not dialog.ok_button().isEnabled()


def test_completion_list_export_by_course_and_period(qtbot, ctx, prompts, tmp_path):
    from desktop.ui.training.export import ExportDialog

    people = add_people(ctx.store)
    course_id = add_course(ctx.store)
    with ctx.store.write("t") as s:
        training.save_result(s, course_id, people["Lê Thị Hoa"],
                             training.ResultInput(True, dt.date(2025, 10, 20), 90, "BDHVS-7"))
        training.save_result(s, course_id, people["Nguyễn Văn An"],
                             training.ResultInput(True, dt.date(2025, 9, 2)))
    dialog = ExportDialog(ctx, course_id)
    qtbot.addWidget(dialog)
    assert dialog.selected_course() == course_id
    dialog.date_from.setText("31/10/2025")
    dialog.date_to.setText("01/10/2025")
    dialog.export()
    assert not dialog.error.isHidden() and not prompts.shown  # bad period: nothing asked or saved
    dialog.date_from.setText("01/10/2025")
    dialog.date_to.setText("31/10/2025")
    prompts.files.append(tmp_path / "ds")
    dialog.export()
    ws = load_workbook(tmp_path / "ds.xlsx").active
    assert ws["A1"].value == "DANH SÁCH HỌC VIÊN HOÀN THÀNH KHÓA HỌC"
    assert "01/10/2025" in ws["A2"].value and "31/10/2025" in ws["A2"].value
    assert ws["B4"].value == "Họ và tên" and ws["B5"].value == "Lê Thị Hoa"
    assert ws["B6"].value is None  # An completed in September: outside the period
    assert ws["H5"].value.date() == dt.date(2025, 10, 20) and ws["H5"].number_format == "dd/mm/yyyy"
    assert prompts.shown[-1][0] == "info" and dialog.result() == 1


def test_coverage_lists_every_officer_on_request(qtbot, ctx):
    from tests.unit.training_fixtures import complete

    people = add_people(ctx.store)
    digital = add_course(ctx.store, title="Kỹ năng số", topic="digital")
    operation = add_course(ctx.store, title="Vận hành hệ thống", topic="operation")
    complete(ctx.store, digital, people["Nguyễn Văn An"])
    complete(ctx.store, operation, people["Nguyễn Văn An"])
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    tab = page.coverage
    names = [tab.to_train.item(r, 0).text() for r in range(tab.to_train.rowCount())]
    assert "Nguyễn Văn An" not in names and len(names) == 3
    assert tab.operation.value.text() == "25,0 %"
    tab.show_all.setChecked(True)
    rows = {tab.to_train.item(r, 0).text(): r for r in range(tab.to_train.rowCount())}
    assert len(rows) == 4 and tab.to_train.item(rows["Nguyễn Văn An"], 5).text() == ""
    assert tab.to_train.item(rows["Lê Thị Hoa"], 5).text() == "Kỹ năng số, Vận hành hệ thống"


def test_dashboard_training_figures_follow_completions(qtbot, ctx):
    from desktop.ui.main_window import MainWindow
    from tests.unit.training_fixtures import complete

    people = add_people(ctx.store)
    course_id = add_course(ctx.store, topic="operation")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    summary = window.pages["overview"].training
    assert summary.operation.value.text() == "0,0 %" and summary.remaining.value.text() == "4"
    ctx.ops.run(lambda _p: complete(ctx.store, course_id, people["Lê Thị Hoa"]))
    assert summary.operation.value.text() == "25,0 %"
    series = summary.chart.series()[0]
    assert [s.label() for s in series.barSets()] == ["Kỹ năng số", "Vận hành hệ thống"]
    assert sorted(series.barSets()[1].at(i) for i in range(2)) == [0.0, 50.0]  # two departments


def test_unknown_person_is_resolved_by_registering_them(qtbot, ctx, tmp_path):
    from desktop.ui.officers.dialog import OfficerDialog

    add_people(ctx.store)
    course_id = add_course(ctx.store)
    with ctx.store.write("t") as s:
        training.add_session(s, course_id, training.SessionInput(dt.date(2025, 10, 5)))
    path = write_attendance(tmp_path / "moi.xlsx", [["Người Mới Đến", "020199000777", "x", "Có"]],
                            header=["STT", "Họ và tên", "Số CCCD", "Buổi 1", "Hoàn thành"])

    dialog = AttendanceImportDialog(ctx, path, course_id)
    qtbot.addWidget(dialog)
    assert dialog.preview.unknown and not dialog.ok_button().isEnabled()
    dialog.table.selectRow(0)
    dialog.add_officer_button.click()
    form = dialog.last_dialog  # the clerk checks the prefilled form and presses Lưu
    assert isinstance(form, OfficerDialog)
    assert form.full_name.text() == "Người Mới Đến" and form.cccd.text() == "020199000777"
    form.save()
    assert not dialog.preview.unknown and dialog.preview.rows[0].status == "ok"
    assert dialog.ok_button().isEnabled()
