"""Every field of the forms and list filters says what to type (tooltip), in Vietnamese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from core.accounts.auth import CurrentUser
from core.config import Paths
from core.store import Store
from db.models import Certificate, Course
from demo.commune import fill_demo

FIELD_TYPES = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QPlainTextEdit, QTextEdit, QRadioButton)


def fields_without_tooltip(widget: QWidget) -> list[str]:
    missing = []
    for field in widget.findChildren(QWidget):
        if not isinstance(field, FIELD_TYPES):
            continue
        if isinstance(field, QLineEdit) and isinstance(field.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo box or spin box
        if isinstance(field, QTextEdit) and field.isReadOnly():
            continue
        if not field.toolTip():
            missing.append(f"{type(field).__name__} {getattr(field, 'placeholderText', lambda: '')()!r}")
    return missing


@pytest.fixture
def demo_ctx(tmp_path, prompts):
    from desktop.ui.context import AppContext
    from desktop.ui.tasks import TaskRunner

    store = Store.open(Paths(tmp_path / "demo"))
    fill_demo(store)
    yield AppContext(store=store, user=CurrentUser("admin", "Quản trị viên", "admin"), prompts=prompts,
                     runner=TaskRunner(synchronous=True),
                     ui_settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                     background=False)
    store.close()


def test_every_field_has_a_tooltip(qtbot, tmp_path, demo_ctx):
    from core.province.client import Snapshot
    from db.base import utcnow
    from desktop.ui.admin.login import LoginDialog
    from desktop.ui.certificates.dialogs import CertEditDialog, RequestDialog, TicketDialog
    from desktop.ui.first_run import FirstRunWizard
    from desktop.ui.main_window import MainWindow
    from desktop.ui.officers.dialog import OfficerDialog
    from desktop.ui.province.report import ProvinceReportDialog
    from desktop.ui.training.dialogs import CourseDialog, SessionDialog
    from desktop.ui.training.export import ExportDialog

    ctx = demo_ctx
    with ctx.store.session() as s:
        course_id = s.execute(select(Course.id)).scalars().first()
        cert_id = s.execute(select(Certificate.id)).scalars().first()
    fresh = Store.open(Paths(tmp_path / "fresh"))
    window = MainWindow(ctx)
    widgets = {
        "first run": FirstRunWizard(fresh),
        "sign in": LoginDialog(ctx.store, "admin"),
        "officer": OfficerDialog(ctx),
        "course": CourseDialog(ctx),
        "session": SessionDialog(ctx, course_id),
        "request": RequestDialog(ctx),
        "ticket": TicketDialog(ctx),
        "certificate": CertEditDialog(ctx, cert_id),
        "export": ExportDialog(ctx, None),
        "province report": ProvinceReportDialog(ctx, Snapshot([], utcnow())),
        **{f"page {key}": window.pages[key] for key in ("officers", "certificates", "training", "admin")},
    }
    for widget in widgets.values():
        qtbot.addWidget(widget)
    missing = {name: fields_without_tooltip(w) for name, w in widgets.items() if fields_without_tooltip(w)}
    assert missing == {}
    assert widgets["officer"].phone.toolTip().startswith("Điện thoại")  # translated
    fresh.close()
