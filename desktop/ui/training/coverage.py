"""The "Mức độ hoàn thành" tab: % trained vs the 100 % target, per department, officers still to train."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.ops import Kind
from core.text import format_number, format_percent
from core.training import coverage as cov
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.stat_card import StatCard
from desktop.ui.widgets.tables import fit_columns

KINDS = {Kind.TRAINING, Kind.OFFICERS}


def percent_card(card: StatCard, value: float) -> None:
    card.set_percent(value, value >= cov.TARGET_PERCENT)


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _read_only(table: QTableWidget) -> None:
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)


class CoverageTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.digital = StatCard(tr("trained in digital skills (target 100 %)"))
        self.operation = StatCard(tr("trained in operating the procedure system (target 100 %)"))
        self.remaining = StatCard(tr("officers still to train"))
        self.new = StatCard(tr("new officers not trained yet"))
        cards = QGridLayout()
        for i, card in enumerate((self.digital, self.operation, self.remaining, self.new)):
            cards.addWidget(card, 0, i)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)

        self.departments = QTableWidget(0, 4)
        self.departments.setHorizontalHeaderLabels([tr("Department"), tr("Officers"),
                                                    tr("Digital"), tr("Operation")])
        _read_only(self.departments)
        self.departments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.departments, (110, 58, 92, 92), stretch_column=0)
        self.to_train = QTableWidget(0, 6)
        self.to_train.setHorizontalHeaderLabels([tr("Full name"), tr("Department"), tr("New"),
                                                 tr("Digital"), tr("Operation"),
                                                 tr("Required courses not completed")])
        _read_only(self.to_train)
        self.to_train.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.to_train, (160, 140, 40, 72, 72, 120), stretch_column=5)
        self.show_all = QCheckBox(tr("Show every officer"))
        self.show_all.setToolTip(tr("Also list the officers who have completed every required topic"))
        self.show_all.toggled.connect(lambda _on: self.fill_officers())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("By department")))
        left_layout.addWidget(self.departments)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.to_train_label = QLabel()
        right_head = QHBoxLayout()
        right_head.addWidget(self.to_train_label, 1)
        right_head.addWidget(self.show_all)
        right_layout.addLayout(right_head)
        right_layout.addWidget(self.to_train)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([400, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(cards)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        ctx.ops.subscribe(self, KINDS, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            c = cov.coverage(s)
        self.coverage = c
        percent_card(self.digital, c.total.digital_percent)
        percent_card(self.operation, c.total.operation_percent)
        self.remaining.set_value(len(c.to_train))
        self.new.set_value(c.new_untrained)
        self.note.setText(tr("{count} officers working; {courses} required courses. An officer is "
                             "trained in a topic after completing a required course of that topic. "
                             "Officers added in the last {days} days (after the first list was "
                             "entered) are marked new until trained.")
                          .format(count=format_number(c.total.officers),
                                  courses=format_number(c.required_courses),
                                  days=cov.NEW_OFFICER_DAYS))
        self.departments.setRowCount(len(c.departments) + 1)
        for r, g in enumerate([*c.departments, c.total]):
            name = g.name or tr("(no department)")
            if g is c.total:
                name = tr("Whole commune")
            cells = (_item(name), _item(format_number(g.officers), True),
                     _item(f"{format_number(g.digital)} · {format_percent(g.digital_percent, 0)}", True),
                     _item(f"{format_number(g.operation)} · {format_percent(g.operation_percent, 0)}", True))
            for col, cell in enumerate(cells):
                if g is c.total:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.departments.setItem(r, col, cell)
        self.fill_officers()

    def fill_officers(self) -> None:
        c = self.coverage
        people = c.officers if self.show_all.isChecked() else c.to_train
        if self.show_all.isChecked():
            self.to_train_label.setText(tr("Officers working ({count}); still to train: {left}").format(
                count=format_number(len(people)), left=format_number(len(c.to_train))))
        else:
            self.to_train_label.setText(tr("Officers who still need training ({count})").format(
                count=format_number(len(c.to_train))))
        self.to_train.setRowCount(len(people))
        for r, person in enumerate(people):
            if person.fully_trained:
                missing = ""
            else:
                missing = ", ".join(person.missing_courses) or tr("(no required course of this topic yet)")
            done = [tr("Yes") if topic in person.topics_done else "—" for topic in cov.COVERED_TOPICS]
            cells = (_item(person.full_name), _item(person.department),
                     _item(tr("New") if person.is_new else ""), _item(done[0]), _item(done[1]),
                     _item(missing))
            cells[5].setToolTip(missing)
            for col, cell in enumerate(cells):
                if col in (2, 3, 4):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if person.is_new:
                    cell.setBackground(QBrush(QColor("#fff4d6")))
                self.to_train.setItem(r, col, cell)
