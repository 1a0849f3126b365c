"""Choose a report period: a month, a quarter, a year or custom days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from core.reports import period as periods
from core.reports.period import Period
from desktop.i18n import tr


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = today or dt.date.today()
        last_month = today.replace(day=1) - dt.timedelta(days=1)
        self.kind = QComboBox()
        for key, text in (("month", tr("Month")), ("quarter", tr("Quarter")),
                          ("year", tr("Year")), ("custom", tr("From … to …"))):
            self.kind.addItem(text, key)
        self.number = QSpinBox()
        self.number.setRange(1, 12)
        self.number.setValue(last_month.month)
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(last_month.year)
        self.number_label = QLabel(tr("Month"))
        self.year_label = QLabel(tr("Year"))
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit, day in ((self.start, last_month.replace(day=1)), (self.end, last_month)):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.dateChanged.connect(self.changed)
        self.to_label = QLabel(tr("to"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind, self.number_label, self.number, self.year_label, self.year,
                  self.start, self.to_label, self.end):
            layout.addWidget(w)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.number.valueChanged.connect(self.changed)
        self.year.valueChanged.connect(self.changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        custom = kind == "custom"
        self.number_label.setText(tr("Quarter") if kind == "quarter" else tr("Month"))
        self.number.setRange(1, 4 if kind == "quarter" else 12)
        for w in (self.number, self.number_label):
            w.setVisible(kind in ("month", "quarter"))
        for w in (self.year, self.year_label):
            w.setVisible(not custom)
        for w in (self.start, self.to_label, self.end):
            w.setVisible(custom)
        self.changed.emit()

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def period(self) -> Period:
        """The chosen period; ValidationError when custom days end before they start."""
        kind, year = self.kind.currentData(), self.year.value()
        if kind == "month":
            return periods.month(year, self.number.value())
        if kind == "quarter":
            return periods.quarter(year, self.number.value())
        if kind == "year":
            return periods.year(year)
        return periods.custom(self.start.date().toPython(), self.end.date().toPython())
