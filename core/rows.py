"""Reading one row that a person chose: it may have been deleted meanwhile, here or on another
computer (a tombstone arrived by sync)."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from db.errors import ValidationError

Row = TypeVar("Row")


def live_row(session: Session, model: type[Row], row_id: uuid.UUID, gone: str) -> Row:
    """The row, or a ValidationError with the ``gone`` message (an N_ text) when it is missing or
    deleted."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise ValidationError(gone)
    return row
