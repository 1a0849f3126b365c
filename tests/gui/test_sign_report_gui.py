"""Báo cáo → Ban hành with the signing dialog: a .p12 file and its password, the signed PDF in the
preview, the register's "Chữ ký số" column, and a signed file checked again from the register."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy import select

from core.certificates import registry
from core.evidence import signing
from core.reports import register as service
from db.models import Officer
from demo.signed_pdfs import SigningChain, edit_after_signing
from desktop.ui.reports.page import ReportsPage
from tests.unit.training_fixtures import add_people

SHOTS = os.environ.get("XASO_SHOTS")


def _shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _signer_with_certificate(ctx, tmp_path):
    """The report's signer (the first officer, Chủ tịch) with a registered certificate of a test
    chain whose roots are imported; returns (leaf, name)."""
    add_people(ctx.store)
    chain = SigningChain()
    with ctx.write() as s:  # the report's signer: the first officer, as Chủ tịch
        officer = s.execute(select(Officer).order_by(Officer.sort_key)).scalars().first()
        settings = service.load_settings(s)
        settings.signer_id, settings.signer_title = str(officer.id), "CHỦ TỊCH"
        service.save_settings(s, settings)
        leaf = chain.leaf(officer.full_name, officer.cccd, agency="UBND xã Hữu Lũng")
        name = officer.full_name
    (tmp_path / "ca.pem").write_bytes(chain.roots_pem())
    (tmp_path / "ky.cer").write_bytes(leaf.der())
    (tmp_path / "ky.p12").write_bytes(leaf.p12("mk-123"))
    with ctx.write() as s:
        registry.import_ca(s, tmp_path / "ca.pem")
        registry.apply(s, registry.preview(s, registry.read_files([tmp_path / "ky.cer"])))
    return leaf, name


def _made_report(qtbot, ctx):
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    make = page.make
    make.today = dt.date(2026, 12, 3)
    make.kind.setCurrentIndex(make.kind.findData("monthly"))
    make.picker.set_kind("month")
    make.picker.year.setValue(2026)
    make.picker.number.setValue(11)
    make.generate()
    qtbot.waitUntil(lambda: make.data is not None)
    return page, make


def test_issue_with_a_p12_file_and_check_it_again(qtbot, ctx, prompts, tmp_path):
    leaf, name = _signer_with_certificate(ctx, tmp_path)
    page, make = _made_report(qtbot, ctx)

    def fill(dialog) -> bool:
        assert not dialog.token.isEnabled()  # no token driver set on this computer
        dialog.p12.setChecked(True)
        dialog.accept()  # no file chosen yet: refused with the reason
        assert dialog.result() == 0 and dialog.error.text() == "Hãy chọn tệp chứng thư."
        prompts.files.append(tmp_path / "ky.p12")
        dialog.p12_button.click()
        dialog.password.setText("mk-123")
        dialog.show()
        _shot(dialog, "sign-dialog")
        dialog.accept()
        return dialog.result() == 1

    prompts.confirm_answers.append(True)
    prompts.dialog_answers.append(fill)
    make.issue()
    qtbot.waitUntil(lambda: make.issued is not None)
    assert make.issued.signed_by == name
    assert make.sign_dialog.password.text() == ""  # the password is not kept
    assert f"Đã ký số bởi {name}" in make.status.text(), make.status.text()
    signed = make.data
    with ctx.store.session() as s:
        assert signing.check_report(s, signed).result.verdict == "valid"
    register = page.register
    assert register.table.item(0, 6).text() == name
    # a signed file checked again: intact, and which report it is
    (tmp_path / "da-ky.pdf").write_bytes(signed)
    prompts.files.append(tmp_path / "da-ky.pdf")
    register.check_button.click()
    kind, _title, text = prompts.shown[-1]
    assert kind == "info" and "là báo cáo 01/BC-UBND" in text and "hợp lệ" in text, text
    (tmp_path / "sua.pdf").write_bytes(edit_after_signing(signed))
    prompts.files.append(tmp_path / "sua.pdf")
    register.check_button.click()
    kind, _title, text = prompts.shown[-1]
    assert kind == "warning" and "Bị sửa đổi sau khi ký" in text, text


def test_issue_with_the_token(qtbot, ctx, prompts, tmp_path, monkeypatch):
    from tests.reports.test_signed_report import softhsm_token

    leaf, name = _signer_with_certificate(ctx, tmp_path)
    lib = softhsm_token(tmp_path, leaf, monkeypatch, pin="246810")
    with ctx.write() as s:  # Quản trị: the token driver, once per computer
        signing.set_pkcs11_library(s, Path(lib))
    _page, make = _made_report(qtbot, ctx)

    def fill(dialog) -> bool:
        assert dialog.token.isEnabled() and dialog.token.isChecked()  # the driver is set
        assert dialog.driver_label.text() == lib
        dialog.accept()
        assert dialog.result() == 0 and dialog.error.text() == "Hãy nhập mã PIN của token."
        dialog.pin.setText("246810")
        dialog.accept()
        return dialog.result() == 1

    prompts.confirm_answers.append(True)
    prompts.dialog_answers.append(fill)
    make.issue()
    qtbot.waitUntil(lambda: make.issued is not None or any(k == "error" for k, *_ in prompts.shown))
    assert make.issued is not None, prompts.shown
    assert make.issued.signed_by == name and make.sign_dialog.pin.text() == ""
    with ctx.store.session() as s:
        check = signing.check_report(s, make.data)
    assert check.result.verdict == "valid" and check.exact
