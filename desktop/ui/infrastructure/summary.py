"""Hạ tầng figures for Tổng quan: devices, gaps against the checklist, teams and help this month."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.infrastructure import report as infra_report
from core.ops import Kind
from core.text import format_number
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.figures import FigureBox

KINDS = {Kind.INFRASTRUCTURE, Kind.OFFICERS, Kind.CERTIFICATES}
WARNING_STYLE = "color: #8a5300; font-weight: bold;"


class InfrastructureSummary(FigureBox):
    """Real numbers from the database, refreshed whenever an infrastructure table changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(tr("IT infrastructure and digital technology teams"))
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.devices = QLabel()
        self.gaps = QLabel()
        self.teams = QLabel()
        for label in (self.devices, self.gaps, self.teams):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.devices)
        layout.addWidget(self.gaps)
        layout.addWidget(self.teams)
        ctx.ops.subscribe(self, KINDS, self.refresh)
        self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        if today is None:
            super().refresh()
        else:  # a given day (tests): read and show at once
            self.show_figures(self.load(self.ctx.store, today))

    @staticmethod
    def load(store, today: dt.date | None = None):  # worker thread
        today = today or dt.date.today()
        with store.session() as s:
            return infra_report.monthly_figures(s, today.replace(day=1), today)

    def show_figures(self, f) -> None:
        self.figures = f
        self.devices.setText(tr("Devices in use: {in_use} · faulty or awaiting repair: {faulty} · "
                                "operating system out of support: {old}").format(
            in_use=format_number(f.equipment_in_use), faulty=format_number(f.equipment_faulty),
            old=format_number(f.out_of_support)))
        self.gaps.setText(tr("Missing against the one-stop centre requirements: {items} item(s) in "
                             "{lines} line(s) · estimate {amount} đồng").format(
            items=format_number(f.gap_items), lines=format_number(f.gap_lines),
            amount=format_number(f.estimate_total)))
        self.gaps.setStyleSheet(WARNING_STYLE if f.gap_items else "")
        self.teams.setText(tr("Teams: {community} community, {rapid} rapid-response, {members} "
                              "members · this month: {sessions} help session(s), {people} people "
                              "helped").format(
            community=f.community_teams, rapid=f.rapid_response_teams,
            members=format_number(f.team_members), sessions=format_number(f.help_sessions),
            people=format_number(f.people_helped)))
