"""A date typed in any form: a day that does not exist (31/02/2025) is told apart from a wrong
form ("2025-02-31", "hôm qua"), so the clerk knows what to fix (issue 24, item 9)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from db.errors import ValidationError
from desktop.i18n import user_message
from desktop.ui.widgets.forms import read_date


def refusal(qtbot, text: str) -> str:
    edit = QLineEdit(text)
    qtbot.addWidget(edit)
    with pytest.raises(ValidationError) as caught:
        read_date(edit, "held_on", required=True)
    assert caught.value.field == "held_on"
    return user_message(caught.value)


def test_a_day_that_does_not_exist_is_named(qtbot):
    assert refusal(qtbot, " 31/02/2025 ") == "Ngày 31/02/2025 không có thật: hãy xem lại ngày và tháng."
    assert "không có thật" in refusal(qtbot, "29/02/2025")  # 2025 is no leap year


@pytest.mark.parametrize("text", ["2025-02-03", "hôm qua", ""])
def test_a_wrong_form_gets_the_form_to_use(qtbot, text):
    assert "dd/mm/yyyy" in refusal(qtbot, text)


def test_a_real_date_is_read(qtbot):
    edit = QLineEdit("29/02/2024")
    qtbot.addWidget(edit)
    assert read_date(edit, "held_on").isoformat() == "2024-02-29"
