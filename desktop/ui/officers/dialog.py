"""Add / edit one officer, with validation messages beside the form."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from core.officers import registry as svc
from core.text import format_date
from db.errors import ValidationError
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import FormDialog, mark_error

COMMON_POSITIONS = (
    "Chủ tịch UBND",
    "Phó Chủ tịch UBND",
    "Công chức Văn phòng - Thống kê",
    "Công chức Tư pháp - Hộ tịch",
    "Công chức Tài chính - Kế toán",
    "Công chức Địa chính - Xây dựng",
    "Công chức Văn hóa - Xã hội",
    "Chuyên viên",
)


class OfficerDialog(FormDialog):
    def __init__(self, ctx: AppContext, officer_id: uuid.UUID | None = None, parent: QWidget | None = None):
        super().__init__(ctx, tr("Edit officer") if officer_id else tr("Add officer"), parent, 520)
        self.officer_id = officer_id

        self.full_name = QLineEdit()
        self.full_name.setMaxLength(128)
        self.full_name.setToolTip(tr("Full name as on the citizen ID card"))
        self.cccd = QLineEdit()
        self.cccd.setMaxLength(15)
        self.cccd.setPlaceholderText("012345678901")
        self.cccd.setToolTip(tr("Citizen ID (CCCD): exactly 12 digits"))
        self.cccd.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]{0,15}")))
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(tr("dd/mm/yyyy"))
        self.birth_date.setToolTip(tr("Date of birth, e.g. 05/03/1985"))
        self.gender = QComboBox()
        self.gender.addItem(tr("(not given)"), "")
        self.gender.addItem(tr("Male"), "Nam")
        self.gender.addItem(tr("Female"), "Nữ")
        self.gender.setToolTip(tr("Gender as on the citizen ID card"))
        self.position = QComboBox()
        self.position.setEditable(True)
        self.position.addItems(["", *COMMON_POSITIONS])
        self.position.setToolTip(tr("Position (chức vụ); pick one or type it"))
        self.department = QComboBox()
        self.department.setEditable(True)
        with ctx.store.session() as s:
            self.department.addItems(["", *svc.departments(s)])
        self.department.setToolTip(tr("Department or unit; pick one or type it"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("0912345678")
        self.phone.setToolTip(tr("Mobile or desk phone: 10 digits starting with 0"))
        self.email = QLineEdit()
        self.email.setPlaceholderText("ten@langson.gov.vn")
        self.email.setToolTip(tr("Official e-mail address, if any"))
        self.is_signer = QCheckBox(tr("Signs documents digitally (needs an official-duty certificate)"))
        self.is_signer.setToolTip(tr("Tick for officers who sign documents; they are counted in the "
                                     "certificate coverage"))
        self.active = QCheckBox(tr("Currently working at the commune"))
        self.active.setToolTip(tr("Untick when the officer has left (transfer, retirement); the "
                                  "record is kept"))
        self.active.setChecked(True)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        self.note.setToolTip(tr("Anything worth keeping about this officer"))

        form = self.form
        form.addRow(tr("Full name *"), self.full_name)
        form.addRow(tr("CCCD number *"), self.cccd)
        form.addRow(tr("Date of birth"), self.birth_date)
        form.addRow(tr("Gender"), self.gender)
        form.addRow(tr("Position"), self.position)
        form.addRow(tr("Department"), self.department)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("E-mail"), self.email)
        form.addRow("", self.is_signer)
        form.addRow("", self.active)
        form.addRow(tr("Note"), self.note)
        self.fields = {
            "full_name": self.full_name, "cccd": self.cccd, "birth_date": self.birth_date,
            "gender": self.gender, "position": self.position, "department": self.department,
            "phone": self.phone, "email": self.email, "note": self.note,
        }
        if officer_id:
            self._load(officer_id)

    def _load(self, officer_id: uuid.UUID) -> None:
        with self.ctx.store.session() as s:
            data = svc.to_input(svc.get(s, officer_id))
        self.full_name.setText(data.full_name)
        self.cccd.setText(data.cccd)
        self.birth_date.setText(format_date(data.birth_date))
        self.gender.setCurrentIndex(max(0, self.gender.findData(data.gender)))
        self.position.setCurrentText(data.position)
        self.department.setCurrentText(data.department)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.is_signer.setChecked(data.is_signer)
        self.active.setChecked(data.active)
        self.note.setPlainText(data.note)
        self._show_carried(data.cccd)

    def _show_carried(self, cccd: str) -> None:
        """Certificates and completed courses of the person in communes where they worked
        before, as the province server sent them: read-only, counted in the coverage."""
        from PySide6.QtWidgets import QLabel

        from core import carried
        from core.communes import find_commune

        with self.ctx.store.session() as s:
            certs, courses = carried.certificates_of(s, cccd), carried.courses_of(s, cccd)
        if not certs and not courses:
            return

        def place(code: str) -> str:
            found = find_commune(code)
            return found[0].name if found else code

        lines = [tr("Certificate {name} issued by {issuer}, valid until {date} ({commune})").format(
            name=c.subject_cn, issuer=c.issuer_cn,
            date=format_date(c.not_after.date()) if c.not_after else "", commune=place(c.commune))
            for c in certs]
        lines += [tr("Completed “{title}” on {date} ({commune})").format(
            title=c.title, date=format_date(c.completed_on), commune=place(c.commune))
            for c in courses]
        self.carried = QLabel("\n".join("• " + line for line in lines))
        self.carried.setWordWrap(True)
        self.carried.setToolTip(tr("Sent by the province server from the communes where this "
                                   "person worked before; they count here and cannot be changed "
                                   "here"))
        self.form.addRow(tr("From other communes"), self.carried)

    def form_input(self) -> svc.OfficerInput:
        """What the form holds; ValidationError for the first problem (see :meth:`problems`)."""
        data, problems = self.checked_input()
        if problems:
            raise problems[0]
        return data

    def checked_input(self) -> tuple[svc.OfficerInput, list[ValidationError]]:
        """The input and every problem of the form, in its order (the CCCD before the date)."""
        birth_problem = None
        try:
            birth = svc.birth_date_from_text(self.birth_date.text())
        except ValidationError as err:
            birth, birth_problem = None, err
        data, problems = svc.check(self._raw_input(birth))
        if birth_problem is not None:
            at = sum(1 for p in problems if p.field in ("full_name", "cccd"))
            problems.insert(at, birth_problem)
        return data, problems

    def _raw_input(self, birth) -> svc.OfficerInput:
        return svc.OfficerInput(
            full_name=self.full_name.text(),
            cccd=self.cccd.text(),
            birth_date=birth,
            gender=self.gender.currentData() or "",
            position=self.position.currentText(),
            department=self.department.currentText(),
            phone=self.phone.text(),
            email=self.email.text(),
            is_signer=self.is_signer.isChecked(),
            active=self.active.isChecked(),
            note=self.note.toPlainText(),
        )

    def show_errors(self, problems: list[ValidationError]) -> None:
        """Every problem at once: each field framed in red, the reasons listed under the form,
        the first field focused."""
        if len(problems) == 1:
            self.show_error(problems[0])
            return
        for widget in self.fields.values():
            mark_error(widget, False)
        for problem in problems:
            mark_error(self.fields.get(problem.field or ""), True)
        first = self.fields.get(problems[0].field or "")
        if first is not None:
            first.setFocus()
        self.error.setText("\n".join("• " + user_message(p) for p in problems))
        self.error.show()

    def save(self) -> None:
        """Every problem of the form at once before anything is written; then the one write."""
        _data, problems = self.checked_input()
        if problems:
            self.show_errors(problems)
            return
        super().save()

    def prepare(self):
        data, officer_id = self.form_input(), self.officer_id
        return lambda s: svc.update(s, officer_id, data) if officer_id else svc.create(s, data)
