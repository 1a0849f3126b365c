"""Forms of the Tổ công nghệ số tab: a team, a member, a day of help given."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from core.infrastructure import equipment as infrastructure
from core.infrastructure import teams as svc
from core.text import format_date
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.infrastructure.dialogs import read_int, set_current
from desktop.ui.widgets.forms import FormDialog, combo, date_edit, read_date


class TeamDialog(FormDialog):
    def __init__(self, ctx: AppContext, team_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Edit team") if team_id else tr("Add team"), parent, 520)
        self.team_id = team_id
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Tổ công nghệ số cộng đồng thôn Đồng Tâm"))
        self.kind = combo(svc.TEAM_KINDS)
        self.area = QLineEdit()
        self.area.setPlaceholderText(tr("Village or residential group, e.g. Thôn Đồng Tâm"))
        self.established_on = date_edit()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(48)
        for label, widget in ((tr("Name *"), self.name), (tr("Kind"), self.kind),
                              (tr("Area"), self.area), (tr("Set up on"), self.established_on),
                              (tr("Note"), self.note)):
            self.form.addRow(label, widget)
        self.fields = {"name": self.name, "kind": self.kind, "area": self.area,
                       "established_on": self.established_on}
        if team_id:
            with ctx.store.session() as s:
                team = svc.get_team(s, team_id)
                self.name.setText(team.name)
                self.kind.setCurrentIndex(max(0, self.kind.findData(team.kind)))
                self.area.setText(team.area)
                self.established_on.setText(format_date(team.established_on))
                self.note.setPlainText(team.note)

    def prepare(self):
        data = svc.TeamInput(self.name.text(), self.kind.currentData(), self.area.text(),
                             read_date(self.established_on, "established_on"),
                             self.note.toPlainText())
        team_id = self.team_id
        return lambda s: svc.save_team(s, data, team_id)


class MemberDialog(FormDialog):
    def __init__(self, ctx: AppContext, team_id: uuid.UUID, member=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Edit member") if member else tr("Add member"), parent, 520)
        self.team_id, self.member_id = team_id, member.id if member else None
        self.officer = QComboBox()
        self.officer.addItem(tr("(citizen volunteer)"), None)
        with ctx.store.session() as s:
            for officer_id, name in infrastructure.officer_choices(s):
                self.officer.addItem(name, officer_id)
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(tr("Filled in from the officer list when an officer is chosen"))
        self.phone = QLineEdit()
        self.phone.setMaximumWidth(160)
        self.role = combo(svc.ROLES)
        self.role.setCurrentIndex(self.role.findData("member"))
        for label, widget in ((tr("Officer"), self.officer), (tr("Full name"), self.full_name),
                              (tr("Phone"), self.phone), (tr("Role"), self.role)):
            self.form.addRow(label, widget)
        self.fields = {"full_name": self.full_name, "phone": self.phone, "role": self.role}
        if member is not None:
            set_current(self.officer, member.officer_id)
            self.full_name.setText(member.full_name)
            self.phone.setText(member.phone)
            self.role.setCurrentIndex(max(0, self.role.findData(member.role)))

    def prepare(self):
        data = svc.MemberInput(self.full_name.text(), self.officer.currentData(),
                               self.phone.text(), self.role.currentData())
        team_id, member_id = self.team_id, self.member_id
        return lambda s: svc.save_member(s, team_id, data, member_id)


class ActivityDialog(FormDialog):
    def __init__(self, ctx: AppContext, team_id: uuid.UUID, activity=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Edit help given") if activity else tr("Record help given"), parent, 520)
        self.team_id, self.activity_id = team_id, activity.id if activity else None
        self.held_on = date_edit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(72)
        self.description.setPlaceholderText(tr("e.g. Hướng dẫn người dân kích hoạt VNeID mức độ 2"))
        self.people_helped = QLineEdit()
        self.people_helped.setMaximumWidth(80)
        for label, widget in ((tr("Date *"), self.held_on), (tr("Help given *"), self.description),
                              (tr("People helped"), self.people_helped)):
            self.form.addRow(label, widget)
        self.fields = {"held_on": self.held_on, "description": self.description,
                       "people_helped": self.people_helped}
        if activity is not None:
            self.held_on.setText(format_date(activity.held_on))
            self.description.setPlainText(activity.description)
            self.people_helped.setText(str(activity.people_helped))

    def prepare(self):
        data = svc.ActivityInput(read_date(self.held_on, "held_on", required=True),
                                 self.description.toPlainText(),
                                 read_int(self.people_helped, "people_helped") or 0)
        team_id, activity_id = self.team_id, self.activity_id
        return lambda s: svc.save_activity(s, team_id, data, activity_id)
