"""The "Tổ công nghệ số" tab: teams, the members of the selected team and the help they gave."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.infrastructure import teams as svc
from core.ops import Kind
from core.text import format_date, format_number
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.infrastructure.team_dialogs import ActivityDialog, MemberDialog, TeamDialog
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.tables import fit_columns

KINDS = {Kind.INFRASTRUCTURE, Kind.OFFICERS}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(headers: Sequence[str], widths: Sequence[int], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fit_columns(table, [0 if col == stretch else width for col, width in enumerate(widths)] +
                [100] * (len(headers) - len(widths)), stretch_column=stretch)
    return table


def _fill(table: QTableWidget, rows: list[Sequence[str]], right_from: int = 99) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)  # long descriptions are cut on one line
            if c >= right_from:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)


def _buttons(*pairs: tuple[str, Callable[[], None]]) -> tuple[QHBoxLayout, list[QPushButton]]:
    row, made = QHBoxLayout(), []
    for text, slot in pairs:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        made.append(button)
    row.addStretch(1)
    return row, made


def _selected(table: QTableWidget, items: list):
    rows = table.selectionModel().selectedRows()
    return items[rows[0].row()] if rows and rows[0].row() < len(items) else None


class TeamsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team_rows: list[svc.TeamRow] = []
        self.members: list = []
        self.activities: list = []
        self.teams = _table([tr("Team"), tr("Kind"), tr("Area"), tr("Members"), tr("Help sessions"),
                             tr("People helped")], (330, 230, 160, 95, 100, 170), 0)
        self.member_table = _table([tr("Full name"), tr("Role"), tr("Phone"), tr("Kind")],
                                   (200, 100, 110, 140), 0)
        self.activity_table = _table([tr("Date"), tr("Help given"), tr("People helped")],
                                     (90, 300, 170), 1)
        team_bar, self.team_buttons = _buttons(
            (tr("Add team"), self.add_team), (tr("Edit team"), self.edit_team),
            (tr("Delete team"), self.delete_team))
        member_bar, self.member_buttons = _buttons(  # names unlike the others: each its own Alt+letter
            (tr("Add member"), self.add_member), (tr("Edit member"), self.edit_member),
            (tr("Remove"), self.delete_member))
        activity_bar, self.activity_buttons = _buttons(
            (tr("Record help given"), self.add_activity), (tr("Edit"), self.edit_activity),
            (tr("Delete"), self.delete_activity))
        self.teams.activated.connect(lambda _i: self.edit_team())
        self.member_table.activated.connect(lambda _i: self.edit_member())
        self.activity_table.activated.connect(lambda _i: self.edit_activity())
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-weight: bold;")
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(team_bar)
        top_layout.addWidget(self.teams, 1)
        members = QWidget()
        members_layout = QVBoxLayout(members)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.addWidget(QLabel(tr("Members")))
        members_layout.addWidget(self.member_table, 1)
        members_layout.addLayout(member_bar)
        activity = QWidget()
        activity_layout = QVBoxLayout(activity)
        activity_layout.setContentsMargins(0, 0, 0, 0)
        activity_layout.addWidget(QLabel(tr("Help given (activity log)")))
        activity_layout.addWidget(self.activity_table, 1)
        activity_layout.addLayout(activity_bar)
        details = QSplitter(Qt.Orientation.Horizontal)
        details.addWidget(members)
        details.addWidget(activity)
        details.setSizes([560, 560])
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail_title)
        bottom_layout.addWidget(details, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([220, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)
        self.teams.itemSelectionChanged.connect(self.show_team)
        self.member_table.itemSelectionChanged.connect(self.update_buttons)
        self.activity_table.itemSelectionChanged.connect(self.update_buttons)
        ctx.ops.subscribe(self, KINDS, self.refresh)
        self.refresh()

    # lists --------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.selected_team()
        with self.ctx.store.session() as s:
            self.team_rows = svc.teams(s)
        _fill(self.teams, [(t.name, tr(svc.TEAM_KINDS[t.kind]), t.area, format_number(t.members),
                            format_number(t.sessions), format_number(t.people_helped))
                           for t in self.team_rows], right_from=3)
        ids = [t.id for t in self.team_rows]
        if current is not None and current.id in ids:
            self.teams.selectRow(ids.index(current.id))
        elif ids:
            self.teams.selectRow(0)
        self.show_team()

    def selected_team(self) -> svc.TeamRow | None:
        return _selected(self.teams, self.team_rows)

    def show_team(self) -> None:
        team = self.selected_team()
        self.members, self.activities = [], []
        if team is not None:
            with self.ctx.store.session() as s:
                self.members = svc.members_of(s, team.id)
                self.activities = svc.activities_of(s, team.id)
                s.expunge_all()
            self.detail_title.setText(team.name)
        else:
            self.detail_title.setText(tr("Select a team to see its members and the help it gave"))
        _fill(self.member_table, [(m.full_name, tr(svc.ROLES.get(m.role, m.role)), m.phone,
                                   tr("Officer") if m.officer_id else tr("Citizen volunteer"))
                                  for m in self.members])
        _fill(self.activity_table, [(format_date(a.held_on), a.description,
                                     format_number(a.people_helped)) for a in self.activities],
              right_from=2)
        self.update_buttons()

    def update_buttons(self) -> None:
        has_team = self.selected_team() is not None
        for button in self.team_buttons[1:] + self.member_buttons[:1] + self.activity_buttons[:1]:
            button.setEnabled(has_team)
        has_member = _selected(self.member_table, self.members) is not None
        has_activity = _selected(self.activity_table, self.activities) is not None
        for button in self.member_buttons[1:]:
            button.setEnabled(has_member)
        for button in self.activity_buttons[1:]:
            button.setEnabled(has_activity)

    # actions ------------------------------------------------------------------------------
    def _confirm_delete(self, title: str, text: str, action) -> None:
        if self.ctx.prompts.confirm(self, title, text, tr("Delete")):
            self.ctx.ops.write(action, parent=self, title=title)

    def add_team(self) -> None:
        self.last_dialog = open_dialog(TeamDialog(self.ctx, parent=self))

    def edit_team(self) -> None:
        team = self.selected_team()
        if team is not None:
            self.last_dialog = open_dialog(TeamDialog(self.ctx, team.id, parent=self))

    def delete_team(self) -> None:
        team = self.selected_team()
        if team is not None:
            self._confirm_delete(tr("Delete team"), tr("Delete the team “{name}” with its members "
                                                        "and activity log?").format(name=team.name),
                                 lambda s: svc.delete_team(s, team.id))

    def add_member(self) -> None:
        team = self.selected_team()
        if team is not None:
            self.last_dialog = open_dialog(MemberDialog(self.ctx, team.id, parent=self))

    def edit_member(self) -> None:
        team, member = self.selected_team(), _selected(self.member_table, self.members)
        if team is not None and member is not None:
            self.last_dialog = open_dialog(MemberDialog(self.ctx, team.id, member, parent=self))

    def delete_member(self) -> None:
        member = _selected(self.member_table, self.members)
        if member is not None:
            self._confirm_delete(tr("Remove member"), tr("Remove {name} from the team?").format(
                name=member.full_name), lambda s: svc.delete_member(s, member.id))

    def add_activity(self) -> None:
        team = self.selected_team()
        if team is not None:
            self.last_dialog = open_dialog(ActivityDialog(self.ctx, team.id, parent=self))

    def edit_activity(self) -> None:
        team, activity = self.selected_team(), _selected(self.activity_table, self.activities)
        if team is not None and activity is not None:
            self.last_dialog = open_dialog(ActivityDialog(self.ctx, team.id, activity, parent=self))

    def delete_activity(self) -> None:
        activity = _selected(self.activity_table, self.activities)
        if activity is not None:
            self._confirm_delete(tr("Delete entry"), tr("Delete the entry of {date}?").format(
                date=format_date(activity.held_on)), lambda s: svc.delete_activity(s, activity.id))
