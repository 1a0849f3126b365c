"""Báo cáo page: generate → preview → save → issue → register → open again; settings form."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument

from core.accounts.auth import CurrentUser
from core.reports import register as service
from desktop.ui.reports.make_tab import MakeTab
from desktop.ui.reports.page import ReportsPage
from desktop.ui.reports.settings_dialog import ReportSettingsDialog
from tests.unit.training_fixtures import add_officer, add_people


def _page(qtbot, ctx) -> ReportsPage:
    page = ReportsPage(ctx)
    page.make.today = dt.date(2026, 12, 3)
    qtbot.addWidget(page)
    return page


def test_generate_preview_save_issue_and_open_again(qtbot, ctx, prompts, tmp_path):
    add_people(ctx.store)
    page = _page(qtbot, ctx)
    make = page.make
    assert not make.issue_button.isEnabled() and not make.save_button.isEnabled()
    make.kind.setCurrentIndex(make.kind.findData("monthly"))
    make.picker.set_kind("month")
    make.picker.year.setValue(2026)
    make.picker.number.setValue(11)
    make.note.setPlainText("Thiếu máy quét tài liệu khổ A3.")
    make.generate()
    qtbot.waitUntil(lambda: make.data is not None)
    assert make.pdf_document.status() == QPdfDocument.Status.Ready
    assert make.pdf_document.pageCount() >= 1
    assert "chưa có số" in make.status.text() or "khi ban hành" in make.status.text()
    assert make.issue_button.isEnabled()
    with ctx.store.session() as s:  # the note is remembered for November
        assert service.get_note(s, "monthly", "2026-11") == "Thiếu máy quét tài liệu khổ A3."

    qtbot.wait(20)
    prompts.files.append(tmp_path / "xem-truoc.pdf")
    make.save_pdf()
    text = PdfReader(tmp_path / "xem-truoc.pdf").pages[0].extract_text()
    assert "Kết quả chuyển đổi số tháng 11 năm 2026" in text and "Số: 01/" not in text

    prompts.confirm_answers.append(True)
    make.issue()
    qtbot.waitUntil(lambda: make.issued is not None)
    assert prompts.shown[-1][0] == "confirm" and "01/BC-UBND" in prompts.shown[-1][2]
    assert make.issued is not None and make.issued.symbol == "01/BC-UBND"
    assert "01/BC-UBND" in make.status.text()
    assert not make.issue_button.isEnabled()
    issued_bytes = make.data
    assert "Số: 01/BC-UBND" in make.pdf_document.getAllText(0).text()
    assert page.register.table.rowCount() == 1
    assert page.register.table.item(0, 0).text() == "01/BC-UBND"

    make.kind.setCurrentIndex(make.kind.findData("officers"))
    assert make.data is None  # a new choice clears the preview
    page.register.table.selectRow(0)
    page.register.open_button.click()
    assert page.tabs.currentWidget() is make and make.data == issued_bytes

    prompts.files.append(tmp_path / "bao-cao.xlsx")
    make.export_xlsx()
    qtbot.wait(20)
    assert (tmp_path / "bao-cao.xlsx").stat().st_size > 0
    make.print_report()  # the print dialog closed without printing: nothing printed
    assert prompts.shown[-1][0] == "print" and prompts.printers
    prompts.print_answer, prompts.print_to = True, tmp_path / "in.pdf"
    make.print_report()  # printed: every page of the report reaches the printer
    printed = PdfReader(tmp_path / "in.pdf")
    assert len(printed.pages) == len(PdfReader(io.BytesIO(make.data)).pages)


def test_declining_the_confirmation_takes_no_number(qtbot, ctx, prompts):
    page = _page(qtbot, ctx)
    page.make.generate()
    qtbot.waitUntil(lambda: page.make.data is not None)
    prompts.confirm_answers.append(False)
    page.make.issue()
    assert page.make.issued is None
    with ctx.store.session() as s:
        assert service.register(s) == []


def test_staff_cannot_issue(qtbot, ctx):
    ctx.user = CurrentUser("canbo", "Cán bộ", "staff")
    make = MakeTab(ctx, dt.date(2026, 12, 3))
    qtbot.addWidget(make)
    make.generate()
    qtbot.waitUntil(lambda: make.data is not None)
    assert make.save_button.isEnabled() and not make.issue_button.isEnabled()
    assert make.issue_button.toolTip()


def test_custom_period_that_ends_before_it_starts_is_refused(qtbot, ctx, prompts):
    from PySide6.QtCore import QDate

    make = MakeTab(ctx, dt.date(2026, 12, 3))
    qtbot.addWidget(make)
    make.picker.set_kind("custom")
    make.picker.start.setDate(QDate(2026, 5, 1))
    make.picker.end.setDate(QDate(2026, 4, 1))
    make.generate()
    assert prompts.shown[-1][0] == "error" and "kết thúc trước" in prompts.shown[-1][2]
    assert make.data is None


def test_settings_form_saves_the_signer_and_refuses_an_empty_place(qtbot, ctx):
    add_people(ctx.store)
    dialog = ReportSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.place.setText("")
    dialog.save()
    assert not dialog.error.isHidden() and dialog.result() == 0
    dialog.place.setText("Hữu Lũng")
    dialog.authority.setCurrentIndex(dialog.authority.findData("kt"))
    dialog.signer_title.setText("Phó Chủ tịch")
    dialog.save()
    assert dialog.result() == 1
    with ctx.store.session() as s:
        saved = service.load_settings(s)
        lines, _name = service.signer_lines(s, saved)
    assert saved.place == "Hữu Lũng" and lines == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_digitization_progress_report_from_the_page(qtbot, ctx, prompts, tmp_path):
    from core.backlog import lots as backlog
    from core.backlog import records as backlog_records

    officer = add_officer(ctx.store, "Nguyễn Văn An", "020190001234")
    today = dt.date.today()
    with ctx.store.write("t") as s:
        lot = backlog.create_lot(s, backlog.LotInput(field="ho_tich", record_kind="Sổ khai sinh",
                                                     total_records=40)).id
        backlog_records.generate_records(s, lot, 1, 40)
        backlog_records.change_status(s, backlog_records.Selection(lot_id=lot, first_no=1,
                                                                   last_no=12),
                                      "scanned", officer, today.replace(day=1))
    page = _page(qtbot, ctx)
    make = page.make
    make.kind.setCurrentIndex(make.kind.findData("digitization"))
    assert make.kind.currentText() == "Báo cáo tiến độ số hóa"
    make.picker.set_kind("month")
    make.picker.year.setValue(today.year)
    make.picker.number.setValue(today.month)
    make.generate()
    qtbot.waitUntil(lambda: make.data is not None)
    assert make.pdf_document.pageCount() >= 2  # the lot annex on its own landscape page
    first = make.pdf_document.getAllText(0).text()
    assert "Tiến độ số hóa hồ sơ" in first and "30,0 %" in first  # 12 of 40 digitized
    prompts.files.append(tmp_path / "tien-do.xlsx")
    make.export_xlsx()
    qtbot.waitUntil(lambda: (tmp_path / "tien-do.xlsx").exists())
    qtbot.wait(200)  # the task finishes and closes its progress dialog
    assert load_workbook(tmp_path / "tien-do.xlsx").sheetnames[1].startswith("2. Phụ lục")


def test_issuing_warns_when_the_signer_has_no_valid_official_certificate(qtbot, ctx, prompts):
    from core.officers import registry as officers

    with ctx.store.write("t") as s:
        officers.create(s, officers.OfficerInput(full_name="Phạm Văn Em", cccd="020170009999",
                                                 position="Chủ tịch UBND", is_signer=True))
    page = _page(qtbot, ctx)
    page.make.generate()
    qtbot.waitUntil(lambda: page.make.data is not None)
    prompts.confirm_answers.append(False)  # the warning: do not issue
    page.make.issue()
    kind, _title, text = prompts.shown[-1]
    assert kind == "confirm" and "Phạm Văn Em" in text and "chuyên dùng" in text
    assert page.make.issued is None
    with ctx.store.session() as s:
        assert service.register(s) == []
    prompts.confirm_answers += [True, True]  # issue anyway, then confirm the number
    page.make.issue()
    qtbot.waitUntil(lambda: page.make.issued is not None)
    assert [k for k, _t, _x in prompts.shown[-2:]] == ["confirm", "confirm"]
    assert "01/BC-UBND" in prompts.shown[-1][2]
