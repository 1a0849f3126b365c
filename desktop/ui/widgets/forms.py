"""Small helpers shared by the app's forms: Vietnamese button boxes, error highlighting."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from db.errors import UserError
from desktop.i18n import tr, user_message

ERROR_STYLE = "border: 2px solid #c62828; border-radius: 3px;"


def button_box(ok_text: str | None = None, cancel_text: str | None = None) -> QDialogButtonBox:
    """OK/Cancel with Vietnamese texts (Qt's own strings are not translated everywhere)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or tr("Save"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text or tr("Cancel"))
    return box


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828; font-weight: bold;")
    label.hide()
    return label


def mark_error(widget: QWidget | None, on: bool) -> None:
    if widget is not None:
        widget.setStyleSheet(ERROR_STYLE if on else "")


def show_field_error(fields: dict[str, QWidget], label: QLabel, err: UserError) -> None:
    """Frame the offending field in red (and focus it), the translated reason under the form."""
    for widget in fields.values():
        mark_error(widget, False)
    field = getattr(err, "field", None)
    widget = fields.get(field or "")
    mark_error(widget, True)
    if widget is not None:
        widget.setFocus()
    label.setText(user_message(err))
    label.show()
