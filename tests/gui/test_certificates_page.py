"""The Chứng thư số section with real certificate files: import a folder, assign, request, alerts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Certificate, CertRequest
from demo.cert_factory import CertFactory, make_name, pem
from desktop.ui.certificates.dialogs import AssignDialog
from desktop.ui.certificates.import_dialog import CertImportDialog
from desktop.ui.certificates.page import CertificatesPage
from desktop.ui.pages.dashboard import DashboardPage
from tests.unit.cert_fixtures import P12_PASSWORD, add_officers, write_cert_folder


def _page(qtbot, ctx):
    with ctx.store.write("test") as s:
        ids = add_officers(s)
    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    return page, ids


def test_import_a_folder_then_assign_the_unmatched_one(qtbot, ctx, prompts, tmp_path):
    page, ids = _page(qtbot, ctx)
    files = write_cert_folder(tmp_path / "nop")
    prompts.files.append(files.folder)
    page.import_folder()
    dialog = page.last_dialog
    assert isinstance(dialog, CertImportDialog)
    assert not dialog.apply_button.isEnabled()  # the .p12 needs its password
    assert dialog.password_row.isVisibleTo(dialog)
    assert "giang.p12: tệp PKCS#12 này cần mật khẩu." in dialog.table.item(0, 5).text()
    dialog.password.setText(P12_PASSWORD)
    qtbot.mouseClick(dialog.reread_button, Qt.MouseButton.LeftButton)
    qtbot.wait(20)  # the event loop runs between the clerk's clicks (closes the progress dialog)
    assert dialog.apply_button.isEnabled()
    assert dialog.apply_button.text() == f"Nhập {len(files.expected)} chứng thư"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert dialog.imported == len(files.expected)
    assert "Xong" in dialog.status_label.text() and not dialog.apply_button.isVisibleTo(dialog)
    assert "Trong đó 2 chứng thư chờ gán cán bộ ở thẻ “Cần gán”." in dialog.status_label.text()
    assert page.certificates.model.rowCount() == len(files.expected)
    assert page.tabs.tabText(1) == "Cần gán (2)"

    review = page.review
    assert review.model.rowCount() == 2
    row = next(r for r in range(2) if review.model.row_object(r).subject_cn == "Ngô Văn Vắng")
    review.table.selectRow(row)
    assert "Chưa khớp cán bộ nào" in review.explain.text()
    review.assign_selected()
    assign = review.last_dialog
    assert isinstance(assign, AssignDialog)
    assign.officer.setCurrentIndex(assign.officer.findData(str(ids["020190009999"])))
    assign.save()
    assert review.model.rowCount() == 1 and page.tabs.tabText(1) == "Cần gán (1)"
    with ctx.store.session() as s:
        owner = s.execute(select(Certificate.officer_id)
                          .where(Certificate.subject_cn == "Ngô Văn Vắng")).scalar_one()
    assert owner == ids["020190009999"]


def test_broken_file_blocks_the_import(qtbot, ctx, prompts, tmp_path):
    page, _ = _page(qtbot, ctx)
    files = write_cert_folder(tmp_path / "nop")
    prompts.files.append([files.folder / "an.crt", *files.broken])
    page.import_files()
    dialog = page.last_dialog
    assert not dialog.apply_button.isEnabled()
    assert "Chưa nhập" in dialog.status_label.text()
    texts = [dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())]
    assert any(t.startswith("cat-ngang.crt: không phải chứng thư số") for t in texts)
    with ctx.store.session() as s:
        assert s.execute(select(Certificate.id)).first() is None


def test_a_broken_file_is_left_out_without_reading_the_others_again(qtbot, ctx, tmp_path):
    page, _ = _page(qtbot, ctx)
    files = write_cert_folder(tmp_path / "nop")
    prompts_files = [files.folder / "an.crt", files.folder / "binh.cer", *files.broken]
    page.import_paths(prompts_files)
    qtbot.wait(20)
    dialog = page.last_dialog
    errors = len(files.broken)
    assert not dialog.apply_button.isEnabled() and dialog.leave_out_button.isVisibleTo(dialog)
    assert not dialog.leave_out_button.isEnabled()  # nothing chosen yet
    dialog.table.selectRow(errors)  # a readable file: nothing to leave out
    assert not dialog.leave_out_button.isEnabled()
    dialog.table.selectRow(0)
    first = dialog.table.item(0, 0).text()
    qtbot.mouseClick(dialog.leave_out_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2 + errors - 1  # one row fewer, the others as they were
    assert first not in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert f"Đã bỏ ra: {first}." in dialog.status_label.text()
    for _ in range(errors - 1):  # the rest of the red rows, one by one
        dialog.table.selectRow(0)
        dialog.leave_out_selected()
    assert dialog.table.rowCount() == 2 and not dialog.leave_out_button.isVisibleTo(dialog)
    assert dialog.apply_button.isEnabled() and dialog.apply_button.text() == "Nhập 2 chứng thư"
    dialog.read()  # read again (a password typed): the files left out stay out
    qtbot.wait(20)
    assert dialog.table.rowCount() == 2 and dialog.apply_button.isEnabled()
    dialog.apply()
    qtbot.wait(20)
    assert dialog.imported == 2


def test_a_renewal_says_which_certificate_it_replaces(qtbot, ctx, tmp_path):
    page, _ = _page(qtbot, ctx)
    f = CertFactory(seed=5)
    name = make_name("Nguyễn Văn An", "UBND", uid="CCCD:020190001234")
    (tmp_path / "an-2025.crt").write_bytes(pem(f.leaf(name, start=f.now - dt.timedelta(days=300),
                                                      days_valid=400)))
    page.import_paths([tmp_path / "an-2025.crt"])
    qtbot.wait(20)
    page.last_dialog.apply()
    qtbot.wait(20)
    (tmp_path / "an-2026.crt").write_bytes(pem(f.leaf(name, start=f.now - dt.timedelta(days=2),
                                                      days_valid=730, serial=99)))
    (tmp_path / "an-old.crt").write_bytes(pem(f.leaf(name, start=f.now - dt.timedelta(days=900),
                                                     days_valid=365, serial=98)))
    page.import_paths([tmp_path / "an-2026.crt", tmp_path / "an-old.crt"])
    qtbot.wait(20)
    dialog = page.last_dialog
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    renewal, old = rows["an-2026.crt"], rows["an-old.crt"]
    assert dialog.table.item(renewal, 1).text() == "Thay thế"  # not "Mới"
    with ctx.store.session() as s:
        kept = s.execute(select(Certificate)).scalar_one()
    until = (kept.not_after + dt.timedelta(hours=7)).strftime("%d/%m/%Y")
    said = dialog.table.item(renewal, 5).text()
    assert f"thay thế “Nguyễn Văn An” hiệu lực đến {until} (tệp an-2025.crt), đang dùng" in said
    assert "thay thế chứng thư của tệp an-old.crt" in said
    assert dialog.table.item(old, 1).text() == "Cũ hơn"
    assert "cũ hơn “Nguyễn Văn An”" in dialog.table.item(old, 5).text()
    assert "1 chứng thư thay thế một chứng thư đang dùng" in dialog.status_label.text()
    dialog.apply()
    qtbot.wait(20)
    with ctx.store.session() as s:
        status = {c.file_name: c.status for c in s.execute(select(Certificate)).scalars()}
    assert status == {"an-2025.crt": "replaced", "an-2026.crt": "active", "an-old.crt": "replaced"}


def test_renewal_request_from_the_list(qtbot, ctx, tmp_path):
    page, ids = _page(qtbot, ctx)
    f = CertFactory(seed=4)
    cert = f.leaf(make_name("Nguyễn Văn An", "UBND", uid="CCCD:020190001234"),
                  start=f.now - dt.timedelta(days=1000), days_valid=1020)
    (tmp_path / "an.crt").write_bytes(pem(cert))
    page.import_paths([tmp_path / "an.crt"])
    qtbot.wait(20)  # the event loop runs between the clerk's clicks (closes the progress dialog)
    page.last_dialog.apply()
    qtbot.wait(20)
    lst = page.certificates
    lst.table.selectRow(0)
    assert lst.renew_button.isEnabled()
    lst.renew_selected()
    dialog = lst.last_dialog
    assert dialog.request_type.currentData() == "renew"
    assert dialog.officer.currentData() == str(ids["020190001234"])
    dialog.save()
    assert page.requests.model.rowCount() == 1
    with ctx.store.session() as s:
        request = s.execute(select(CertRequest)).scalar_one()
    assert (request.request_type, request.cccd, request.status) == ("renew", "020190001234", "draft")
    page.requests.table.selectRow(0)
    page.requests.set_status("submitted")
    with ctx.store.session() as s:
        assert s.execute(select(CertRequest.status)).scalar_one() == "submitted"


def test_dashboard_shows_alert_counts(qtbot, ctx, tmp_path):
    with ctx.store.write("test") as s:
        add_officers(s)
    dashboard = DashboardPage(ctx)
    qtbot.addWidget(dashboard)
    assert dashboard.certificates.figures.alerts.total == 0
    f = CertFactory(seed=5)
    for name, cccd, days in (("Nguyễn Văn An", "020190001234", 20), ("Trần Thị Bình", "020190005678", 3),
                             ("Lê Văn Cường", "020190002222", -10)):
        cert = f.leaf(make_name(name, "UBND", uid=f"CCCD:{cccd}"),
                      start=f.now - dt.timedelta(days=300), days_valid=300 + days)
        (tmp_path / f"{cccd}.crt").write_bytes(pem(cert))
    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    page.import_paths([tmp_path])
    qtbot.wait(20)  # the event loop runs between the clerk's clicks (closes the progress dialog)
    page.last_dialog.apply()
    qtbot.wait(20)
    summary = dashboard.certificates
    assert summary.warnings.text() == "Sắp hết hạn trong 30 ngày: 1"
    assert summary.errors.text() == "Đã hết hạn hoặc còn dưới 7 ngày: 2"
    assert "2/10" in summary.coverage.text()  # 3 days left is still valid
    assert "30 ngày: 1" in page.alert_label.text() and "7 ngày: 2" in page.alert_label.text()


def test_dropped_files_open_the_import_and_coverage_tab_counts(qtbot, ctx, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    page, _ = _page(qtbot, ctx)
    files = write_cert_folder(tmp_path / "nop")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files.folder / "an.crt")),
                  QUrl.fromLocalFile(str(files.folder / "binh.cer"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    dialog = page.last_dialog
    assert dialog.table.rowCount() == 2 and dialog.apply_button.isEnabled()
    qtbot.wait(20)
    dialog.apply()
    qtbot.wait(20)
    coverage = page.coverage.table
    last = coverage.rowCount() - 1
    assert coverage.item(last, 0).text() == "Tổng cộng"
    assert (coverage.item(last, 1).text(), coverage.item(last, 2).text()) == ("10", "2")
    assert coverage.item(last, 3).text() == "20,0 %"


def test_admin_imports_the_ca_certificate_and_signatures_get_checked(qtbot, ctx, prompts, tmp_path):
    page, _ = _page(qtbot, ctx)
    assert page.ca_button.isVisibleTo(page)  # the ctx user is an admin
    files = write_cert_folder(tmp_path / "nop")
    page.import_paths([files.folder / "an.crt"])
    qtbot.wait(20)
    page.last_dialog.apply()
    qtbot.wait(20)
    ca = tmp_path / "ca-g2.cer"
    ca.write_bytes(pem(files.factory.issuing))
    prompts.files.append(ca)
    page.import_ca()
    assert prompts.shown[-1][0] == "info" and "Đã thêm 1 chứng thư CA" in prompts.shown[-1][2]
    page.certificates.table.selectRow(0)
    assert "chữ ký đã được kiểm tra" in page.certificates.explain.text()
    prompts.files.append(files.broken[0])
    page.import_ca()
    assert prompts.shown[-1][0] == "error" and "cat-ngang.crt" in prompts.shown[-1][2]


def test_start_up_alert_in_the_status_bar(qtbot, ctx, tmp_path):
    from desktop.ui.main_window import MainWindow

    with ctx.store.write("test") as s:
        add_officers(s)
    f = CertFactory(seed=6)
    cert = f.leaf(make_name("Nguyễn Văn An", "UBND", uid="CCCD:020190001234"),
                  start=f.now - dt.timedelta(days=300), days_valid=303)
    (tmp_path / "an.crt").write_bytes(pem(cert))
    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    page.import_paths([tmp_path])
    qtbot.wait(20)
    page.last_dialog.apply()
    qtbot.wait(20)
    window = MainWindow(ctx)  # a new start: only the overview is built
    qtbot.addWidget(window)
    assert "certificates" not in window.pages
    from desktop.ui.widgets.status_note import ElidedLabel

    qtbot.waitUntil(lambda: window.statusBar().findChild(ElidedLabel) is not None, timeout=2000)
    note = window.statusBar().findChild(ElidedLabel)
    assert note.full_text() == note.toolTip() == (
        "Chứng thư số: 1 đã hết hạn hoặc còn dưới 7 ngày, 0 còn dưới 30 ngày")
