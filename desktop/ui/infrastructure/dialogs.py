"""The device form: type and subtype, model, year, place, user, condition, OS, warranty."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from core.infrastructure import equipment as svc
from core.text import format_date
from db.errors import N_, ValidationError
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import FormDialog, combo, date_edit, read_date, read_number


def read_int(edit: QLineEdit, field: str) -> int | None:
    value = read_number(edit, field)
    if value is not None and value != int(value):
        raise ValidationError(N_("{value} is not a whole number."), field=field, value=edit.text())
    return None if value is None else int(value)


def set_current(box: QComboBox, value) -> None:
    """Select the item holding ``value`` (findData does not compare Python objects such as ids)."""
    for index in range(box.count()):
        if box.itemData(index) == value:
            box.setCurrentIndex(index)
            return
    box.setCurrentIndex(0)


class EquipmentDialog(FormDialog):
    def __init__(self, ctx: AppContext, equipment_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Edit device") if equipment_id else tr("Add device"), parent, 560)
        self.equipment_id = equipment_id
        self.kind = combo(svc.KINDS)
        self.subtype = QComboBox()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.make_model = QLineEdit()
        self.make_model.setPlaceholderText(tr("e.g. Dell OptiPlex 3080"))
        self.asset_code = QLineEdit()
        self.asset_code.setMaximumWidth(160)
        self.asset_code.setToolTip(tr("The commune's asset code or the serial number; an Excel "
                                      "import finds the device by it"))
        self.purchase_year = QLineEdit()
        self.purchase_year.setMaximumWidth(80)
        self.location = combo(svc.LOCATIONS)
        self.location_detail = QLineEdit()
        self.location_detail.setPlaceholderText(tr("e.g. Quầy 2"))
        place = QHBoxLayout()
        place.addWidget(self.location)
        place.addWidget(self.location_detail, 1)
        self.officer = QComboBox()
        self.officer.addItem(tr("(nobody)"), None)
        with ctx.store.session() as s:
            for officer_id, name in svc.officer_choices(s):
                self.officer.addItem(name, officer_id)
        self.state = combo(svc.STATES)
        self.os = QComboBox()
        for code, (label, ends) in svc.OS_SUPPORT.items():
            text = tr(label) if ends is None else tr("{os} (support ends {date})").format(
                os=tr(label), date=format_date(ends))
            self.os.addItem(text, code)
        self.os_hint = QLabel()
        self.os_hint.setObjectName("hint")
        self.os.currentIndexChanged.connect(self._os_changed)
        self.pages_per_minute = QLineEdit()
        self.pages_per_minute.setMaximumWidth(80)
        self.warranty_end = date_edit()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(48)
        form = self.form
        form.addRow(tr("Device type *"), self.kind)
        form.addRow(tr("Subtype"), self.subtype)
        form.addRow(tr("Make, model *"), self.make_model)
        form.addRow(tr("Asset code"), self.asset_code)
        form.addRow(tr("Year of purchase"), self.purchase_year)
        form.addRow(tr("Location"), place)
        form.addRow(tr("User"), self.officer)
        form.addRow(tr("Condition"), self.state)
        form.addRow(tr("Operating system"), self.os)
        form.addRow("", self.os_hint)
        form.addRow(tr("Pages per minute"), self.pages_per_minute)
        form.addRow(tr("Warranty until"), self.warranty_end)
        form.addRow(tr("Note"), self.note)
        self.fields = {"kind": self.kind, "subtype": self.subtype, "make_model": self.make_model,
                       "asset_code": self.asset_code, "purchase_year": self.purchase_year,
                       "location": self.location, "state": self.state, "os": self.os,
                       "pages_per_minute": self.pages_per_minute,
                       "warranty_end": self.warranty_end}
        self._kind_changed()
        self._os_changed()
        if equipment_id:
            self._load(equipment_id)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        current = self.subtype.currentData()
        self.subtype.clear()
        self.subtype.addItem(tr("(none)"), "")
        for value, label in svc.SUBTYPES.get(kind, {}).items():
            self.subtype.addItem(tr(label), value)
        self.subtype.setCurrentIndex(max(0, self.subtype.findData(current)))
        self.subtype.setEnabled(kind in svc.SUBTYPES)
        has_os = kind in svc.COMPUTERS or kind == "kiosk"
        self.os.setEnabled(has_os)
        self.pages_per_minute.setEnabled(kind == "scanner")

    def _os_changed(self) -> None:
        code = self.os.currentData() or ""
        old = bool(code) and not svc.os_supported(code)
        self.os_hint.setText(tr("No more security updates: upgrade or replace this computer.")
                             if old else "")
        self.os_hint.setVisible(old)

    def _load(self, equipment_id: uuid.UUID) -> None:
        with self.ctx.store.session() as s:
            data = svc.to_input(svc.get(s, equipment_id))
        for box, value in ((self.kind, data.kind), (self.location, data.location),
                           (self.state, data.state), (self.os, data.os),
                           (self.officer, data.officer_id)):
            set_current(box, value)
        self._kind_changed()
        self.subtype.setCurrentIndex(max(0, self.subtype.findData(data.subtype)))
        self.make_model.setText(data.make_model)
        self.asset_code.setText(data.asset_code)
        self.purchase_year.setText(str(data.purchase_year or ""))
        self.location_detail.setText(data.location_detail)
        self.pages_per_minute.setText(str(data.pages_per_minute or ""))
        self.warranty_end.setText(format_date(data.warranty_end))
        self.note.setPlainText(data.note)

    def form_input(self) -> svc.EquipmentInput:
        return svc.EquipmentInput(
            kind=self.kind.currentData(), subtype=self.subtype.currentData() or "",
            make_model=self.make_model.text(), asset_code=self.asset_code.text(),
            purchase_year=read_int(self.purchase_year, "purchase_year"),
            location=self.location.currentData(), location_detail=self.location_detail.text(),
            officer_id=self.officer.currentData(), state=self.state.currentData(),
            os=self.os.currentData() or "",
            pages_per_minute=read_int(self.pages_per_minute, "pages_per_minute"),
            warranty_end=read_date(self.warranty_end, "warranty_end"),
            note=self.note.toPlainText())

    def prepare(self):
        data, equipment_id = self.form_input(), self.equipment_id
        return lambda s: svc.update(s, equipment_id, data) if equipment_id else svc.create(s, data)
