"""Số hóa → Tệp số hóa: link a folder of real signed PDFs, "Kiểm tra tệp" with progress, the
files with their verdicts, and a record's evidence panel (with and without evidence)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from core.backlog import records as recs
from db.models import BacklogRecord
from desktop.ui.backlog.evidence_dialog import EvidenceDialog
from desktop.ui.backlog.page import BacklogPage
from tests.unit.test_evidence import chain, leaves, setup  # noqa: F401  (fixtures)

SHOTS = os.environ.get("XASO_SHOTS")  # a folder: the screens are saved there to look at


def _shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_files_tab_links_checks_and_shows_evidence(qtbot, ctx, prompts, setup):  # noqa: F811
    page = BacklogPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    tab = page.files
    page.tabs.setCurrentWidget(tab)
    assert "Thư mục lưu tệp: " in tab.root_label.text()
    assert not tab.link_button.isEnabled()  # a lot first
    tab.lot.setCurrentIndex(tab.lot.findData(str(setup["lot"])))
    prompts.files.append(setup["folder"])
    tab.link_button.click()
    qtbot.wait(1)  # the progress dialog's deferred deletion
    assert tab.model.rowCount() == 9 and tab.count_label.text() == "9 tệp"
    assert tab.result.text().startswith("9 tệp được liên kết")
    stray = setup["folder"] / "KS-0042.pdf"  # a number that is no record of the lot
    stray.write_bytes(b"%PDF-1.4")
    prompts.files.append(setup["folder"])
    tab.link_button.click()
    qtbot.wait(1)
    kind, _title, text = prompts.shown[-1]
    assert kind == "warning" and "KS-0042.pdf (số 42)" in text and "Chưa liên kết tệp nào" in text
    assert tab.model.rowCount() == 9
    stray.unlink()
    tab.check_button.click()
    qtbot.wait(1)  # the progress dialog's deferred deletion
    assert "Đã kiểm tra 9 tệp: 2 có chữ ký số hợp lệ" in tab.result.text(), tab.result.text()
    first = tab.model.row_object(0)
    assert (first.record_no, first.check, first.signer_name) == (
        1, "Chữ ký số chuyên dùng công vụ hợp lệ", "Nguyễn Văn An")
    page.show()
    _shot(page, "files-tab")
    tab.problems.setChecked(True)
    assert tab.model.rowCount() == 7
    # record 1: signed from its file; record 3: marked signed by hand, no evidence
    with ctx.write() as s:
        ids = dict(s.execute(select(BacklogRecord.record_no, BacklogRecord.id)).tuples().all())
        recs.change_status(s, recs.Selection(ids=(ids[3],)), "signed", setup["an"])
    good = EvidenceDialog(ctx, ids[1], parent=page)
    qtbot.addWidget(good)
    assert "Có bằng chứng" in good.verdict.text()
    assert "Đã ký số" in good.heading.text() and "Nguyễn Văn An" in good.heading.text()
    assert "Chữ ký 1: Nguyễn Văn An (CCCD 020190001234)" in good.signatures.text()
    good.show()
    _shot(good, "evidence-valid")
    bad = EvidenceDialog(ctx, ids[3], parent=page)
    qtbot.addWidget(bad)
    assert "Chưa có bằng chứng" in bad.verdict.text()
    assert "CA công cộng" in bad.files.item(0, 3).text()
    assert "Ký lại bằng chứng thư chuyên dùng công vụ" in bad.signatures.text()
    bad.show()
    _shot(bad, "evidence-none")
    # Quản trị → Chung shows the storage folder and the (unset) token driver
    from desktop.ui.admin.page import AdminPage

    admin = AdminPage(ctx)
    qtbot.addWidget(admin)
    admin.resize(900, 520)
    assert admin.general.evidence.root.text() == str(setup["root"])
    assert "chưa đặt" in admin.general.evidence.driver.text()
    assert admin.general.evidence.driver_button.isEnabled()  # the test user is an admin
    admin.show()
    _shot(admin, "admin-general")
    # the progress table counts record 3 apart
    page.progress.refresh()
    fields = page.progress.fields
    headers = [fields.horizontalHeaderItem(c).text().replace("\n", " ")  # figures head on two lines
               for c in range(fields.columnCount())]
    column = headers.index("trong đó chưa có bằng chứng")
    assert fields.item(0, column).text() == "1" and fields.item(0, headers.index("Đã ký số")).text() == "2"
    page.tabs.setCurrentWidget(page.progress)
    _shot(page, "progress-tab")
    page.indicators.reload()
    assert "Hồ sơ tồn đã ký số trong tháng: 2, trong đó 1" in page.indicators.evidence.text()
    page.tabs.setCurrentWidget(page.indicators)
    _shot(page, "indicators-tab")
