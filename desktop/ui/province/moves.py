"""Two tabs of the Toàn tỉnh page: officers who moved between communes (each stint's dates and
where the province counts them) and the province server's open conflicts (a commune's change
that did not follow the server's version of a row; closed when the commune resolves it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from core.labels import field_label, table_label
from core.province.figures import transfer_lines
from desktop.i18n import N_, tr
from desktop.ui.widgets.tables import small_table

TRANSFER_HEADERS = (N_("Full name"), N_("CCCD"), N_("Counted in"), N_("Moves"))
CONFLICT_HEADERS = (N_("Detected"), N_("Commune / ward"), N_("Kind of data"), N_("Record"),
                    N_("Kept"), N_("Differences"))


def transfers_table() -> QTableWidget:
    return small_table(TRANSFER_HEADERS, stretch=3)


def conflicts_table() -> QTableWidget:
    return small_table(CONFLICT_HEADERS, stretch=5)


def _item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    return item


def fill_transfers(table: QTableWidget, moves: list[dict], names: dict[str, str]) -> None:
    """One row per person: the moves in one line ("vào Xã A ngày …, rời Xã A ngày …, …")."""
    table.setRowCount(0)
    lines = transfer_lines(moves, names, tr)
    for move, line in zip(moves, lines):
        steps = line.split(": ", 1)[-1].rsplit(" — ", 1)[0]
        counted = next((_name(names, st["commune"]) for st in move["stints"]
                        if st["counted"]), tr("not counted"))
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate((move["full_name"], move["cccd"], counted, steps)):
            table.setItem(row, column, _item(text, line if column == 3 else ""))


def _name(names: dict[str, str], code: str) -> str:
    if code in names:
        return names[code]
    from core.communes import find_commune

    found = find_commune(code)
    return found[0].name if found else code


def _detected(text: str) -> str:
    try:
        return dt.datetime.fromisoformat(text).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return text


def fill_conflicts(table: QTableWidget, conflicts: list[dict], names: dict[str, str]) -> None:
    kept = {"local": tr("Kept the hub's version"), "incoming": tr("Kept the commune's version")}
    table.setRowCount(0)
    for c in conflicts:
        diffs = "; ".join(f"{field_label(c['table'], d['column'], tr)}: {d['hub']} ≠ "
                          f"{d['incoming']}" for d in c.get("differences", []))
        commune = names.get(c["commune"], c["commune"])
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate((_detected(c["detected_at"]), commune,
                                       table_label(c["table"], tr), c.get("label") or c["row_id"],
                                       kept.get(c.get("kept"), ""), diffs)):
            table.setItem(row, column, _item(str(text), diffs if column == 5 else ""))
