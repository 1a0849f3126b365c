"""Counts and sizes read the same everywhere: "9.124", "11,4 MB" (issue 24, item 9)."""

from __future__ import annotations

from desktop.ui.sync.models import log_model


def test_the_sync_history_writes_its_counts_with_thousands_separators(qtbot, ctx):
    model = log_model(ctx)
    shown = {column.header: column.display(9124) for column in model.columns
             if column.header in ("Thay đổi", "Đã áp dụng", "Đã có", "Xung đột")}
    assert shown == {"Thay đổi": "9.124", "Đã áp dụng": "9.124", "Đã có": "9.124", "Xung đột": "9.124"}
