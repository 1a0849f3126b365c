"""Small forms of the certificate section: assign, edit, request, support ticket."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from core.certificates import parse
from core.certificates import registry as svc
from core.certificates import requests as req
from core.text import fold, format_date, parse_date
from db.errors import N_, ValidationError
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import FormDialog, combo


def officer_combo(ctx: AppContext, allow_none: bool = False) -> QComboBox:
    """Officers by name with CCCD and department; type to find (accents optional)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)  # type part of the name
    if allow_none:
        combo.addItem(tr("(no officer)"), None)
    with ctx.store.session() as s:
        for officer_id, label in svc.officer_choices(s):
            combo.addItem(label, str(officer_id))  # str: QVariant compares UUID objects by identity
    combo.setMinimumWidth(420)
    return combo


def chosen_officer(combo: QComboBox) -> uuid.UUID | None:
    value = combo.currentData()
    return uuid.UUID(value) if value else None


def select_officer(combo: QComboBox, officer_id: uuid.UUID | None) -> None:
    select_data(combo, str(officer_id) if officer_id else None)


def select_data(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


# tooltip of each field, by its name in CertForm.add
FIELD_TIPS = {
    "officer": N_("The officer who holds the certificate; type part of the name to find them"),
    "status": N_("Active, suspended, revoked, expired or replaced by a newer certificate"),
    "carrier": N_("Where the key is kept: USB token, SIM or remote signing"),
    "subscriber": N_("Issued to a person, to the agency or to a device"),
    "note": N_("Anything worth keeping, e.g. where the token is kept"),
    "request_type": N_("New certificate, renewal, change of information, revocation or device recovery"),
    "requested_on": N_("The day the request was made, e.g. 05/10/2025"),
    "kind": N_("What went wrong when signing"),
    "text": N_("What the officer saw, e.g. the error message"),
    "resolution": N_("What was done to solve it"),
}


class CertForm(FormDialog):
    """The certificate section's forms: the tooltips above."""

    field_tips = FIELD_TIPS


class AssignDialog(CertForm):
    def __init__(self, ctx: AppContext, row: svc.CertRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Assign the certificate to an officer"), parent)
        self.row = row
        self.form.addRow(tr("Name in certificate"), QLabel(row.subject_cn))
        self.form.addRow(tr("Agency in certificate"), QLabel(row.subject_o or "—"))
        self.officer = self.add("officer", tr("Officer"), officer_combo(ctx, allow_none=True))
        self.officer.setItemText(0, tr("(choose the officer)"))
        same = [i for i in range(self.officer.count())
                if fold(self.officer.itemText(i)).startswith(fold(row.subject_cn) + " ")]
        if same:
            self.officer.setCurrentIndex(same[0])
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("Assign"))

    def prepare(self):
        officer_id, cert_id = chosen_officer(self.officer), self.row.id
        if officer_id is None:
            raise ValidationError(N_("Choose the officer."), field="officer")
        return lambda session: svc.assign(session, cert_id, officer_id)


class CertEditDialog(CertForm):
    def __init__(self, ctx: AppContext, cert_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Certificate details"), parent)
        self.cert_id = cert_id
        with ctx.store.session() as s:
            cert = svc.get(s, cert_id)
            values = (cert.subject_cn, cert.serial, cert.status, cert.carrier, cert.subscriber, cert.note)
            why = parse.explain(cert.kind_reason, cert.issuer_cn, cert.issuer_o, tr)
            fingerprint = ":".join(cert.fingerprint[i:i + 2] for i in range(0, 64, 2)).upper()
        name, serial, status, carrier, subscriber, note = values
        self.form.addRow(tr("Name in certificate"), QLabel(name))
        self.form.addRow(tr("Serial number"), QLabel(serial))
        print_label = QLabel(fingerprint[:47] + "\n" + fingerprint[48:])
        print_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(tr("SHA-256 fingerprint"), print_label)
        explanation = QLabel(why)
        explanation.setWordWrap(True)
        self.form.addRow(tr("Kind"), explanation)
        self.status = self.add("status", tr("Status"), combo(svc.STATUS_TEXTS, status))
        self.carrier = self.add("carrier", tr("Carrier"), combo(svc.CARRIER_TEXTS, carrier))
        self.subscriber = self.add("subscriber", tr("Subscriber"),
                                   combo(svc.SUBSCRIBER_TEXTS, subscriber))
        self.note = self.add("note", tr("Note"), QPlainTextEdit(note))
        self.note.setFixedHeight(70)

    def prepare(self):
        cert_id = self.cert_id
        values = dict(status=self.status.currentData(), carrier=self.carrier.currentData(),
                      subscriber=self.subscriber.currentData(), note=self.note.toPlainText())
        return lambda session: svc.update_details(session, cert_id, **values)


class RequestDialog(CertForm):
    def __init__(self, ctx: AppContext, officer_id: uuid.UUID | None = None,
                 request_type: str = "new", parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("New certificate request"), parent)
        self.saved_id: uuid.UUID | None = None
        self.officer = self.add("officer", tr("Officer"), officer_combo(ctx))
        select_officer(self.officer, officer_id)
        self.request_type = self.add("request_type", tr("Request"),
                                     combo(req.REQUEST_TYPE_TEXTS, request_type))
        carriers = {k: v for k, v in svc.CARRIER_TEXTS.items() if k}
        self.carrier = self.add("carrier", tr("Carrier"), combo(carriers, "token"))
        self.requested_on = self.add("requested_on", tr("Date of request"), QLineEdit())
        self.requested_on.setText(format_date(dt.date.today()))
        self.requested_on.setPlaceholderText(tr("dd/mm/yyyy"))
        self.note = self.add("note", tr("Note"), QPlainTextEdit())
        self.note.setFixedHeight(60)
        hint = QLabel(tr("Name, CCCD, position and contact are taken from the officer's record."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addRow(hint)

    def prepare(self):
        try:
            on = parse_date(self.requested_on.text())
        except ValueError:
            on = None
        if on is None:
            raise ValidationError(N_("Write the date as dd/mm/yyyy."), field="requested_on")
        officer_id, request_type = chosen_officer(self.officer), self.request_type.currentData()
        carrier, note = self.carrier.currentData(), self.note.toPlainText()
        return lambda session: req.create_request(session, officer_id, request_type,
                                                  carrier=carrier, requested_on=on, note=note)


class TicketDialog(CertForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Log a support request"), parent)
        self.officer = self.add("officer", tr("Officer"), officer_combo(ctx, allow_none=True))
        self.kind = self.add("kind", tr("Problem"), combo(req.TICKET_KIND_TEXTS))
        self.text = self.add("text", tr("Description"), QPlainTextEdit())
        self.text.setFixedHeight(80)

    def prepare(self):
        officer_id, kind, text = (chosen_officer(self.officer), self.kind.currentData(),
                                  self.text.toPlainText())
        return lambda session: req.open_ticket(session, officer_id, kind, text)


class ResolveDialog(CertForm):
    def __init__(self, ctx: AppContext, ticket: req.TicketRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Support request solved"), parent)
        self.ticket = ticket
        self.form.addRow(tr("Problem"), QLabel(ticket.text))
        self.resolution = self.add("resolution", tr("How it was solved"), QPlainTextEdit())
        self.resolution.setFixedHeight(80)

    def prepare(self):
        ticket_id, resolution = self.ticket.id, self.resolution.toPlainText()
        return lambda session: req.resolve_ticket(session, ticket_id, resolution)


