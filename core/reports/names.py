"""The names a report gives the data: its column headings and coded values come from the one
catalogue (core/labels.py: tables and fields) and from the lists each feature keeps (record
stages, certificate kinds, device types…), as the screens name them — no copy of its own.

A report is a Vietnamese document whatever the interface language, so the English sources are
always translated with the Vietnamese catalogue (core.i18n), never with the interface's."""

from __future__ import annotations

from collections.abc import Mapping

from core import labels
from core.i18n import tr as vietnamese


def field(table: str, name: str) -> str:
    """The heading of a column that shows a field of ``table``."""
    return labels.field_label(table, name, vietnamese)


def value(names: Mapping[str, str], code: str) -> str:
    """A coded value by its feature's list of names (the code itself if the list lacks it)."""
    return vietnamese(names[code]) if code in names else code


def stage(status: str) -> str:
    """A backlog record stage ("Đã số hóa", "Đã kiểm tra"…), as Số hóa › Tiến độ heads it."""
    from core.backlog.lots import STATUSES

    return value(STATUSES, status)
