"""Table models of the Đồng bộ screen (paged from SQL, newest first)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.sync import lists
from core.text import format_number
from db.errors import N_
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.paged_model import Column, PagedTableModel

DIRECTIONS = {"export": N_("Export"), "import": N_("Import"), "dry_run": N_("Check (dry run)")}
CHANNELS = {"file": N_("File"), "usb": N_("USB"), "http": N_("Internet")}
STATUSES = {"ok": N_("Done"), "rejected": N_("Rejected"), "failed": N_("Failed"),
            "running": N_("Running")}
WINNERS = {"local": N_("This computer's"), "incoming": N_("The other computer's")}
RIGHT = Qt.AlignmentFlag.AlignRight


def when(value) -> str:
    return value.astimezone().strftime("%d/%m/%Y %H:%M") if value else ""


def table_label(name: str) -> str:
    return tr(lists.TABLE_NAMES.get(name, name))


def log_model(ctx: AppContext) -> PagedTableModel:
    columns = [
        Column("started_at", tr("Time"), when),
        Column("direction", tr("Action"), lambda v: tr(DIRECTIONS.get(v, v))),
        Column("channel", tr("By"), lambda v: tr(CHANNELS.get(v, v))),
        Column("file_name", tr("File")),
        Column("status", tr("Result"), lambda v: tr(STATUSES.get(v, v))),
        # counts written as everywhere else ("9.124", not "9124")
        Column("changes", tr("Changes"), format_number, RIGHT),
        Column("applied", tr("Applied"), format_number, RIGHT),
        Column("skipped", tr("Already here"), format_number, RIGHT),
        Column("conflicts", tr("Conflicts"), format_number, RIGHT),
        Column("error", tr("Message"), lambda e: e.message(tr) if e else ""),
    ]
    return _paged(ctx, lists.count_log, lists.page_log, columns)


def conflict_model(ctx: AppContext) -> PagedTableModel:
    columns = [
        Column("detected_at", tr("Detected"), when),
        Column("table_name", tr("Data"), table_label),
        Column("label", tr("Record")),
        Column("local_version", tr("Version here"), str, RIGHT),
        Column("incoming_version", tr("Version received"), str, RIGHT),
        Column("winner", tr("Kept for now"), lambda v: tr(WINNERS.get(v, v))),
    ]
    return _paged(ctx, lists.count_conflicts, lists.page_conflicts, columns)


def quarantine_model(ctx: AppContext) -> PagedTableModel:
    columns = [
        Column("received_at", tr("Received"), when),
        Column("table_name", tr("Data"), table_label),
        Column("missing_table", tr("Waiting for"), lambda v: table_label(v) if v else ""),
        Column("missing_id", tr("Record id")),
        Column("message", tr("What to do"),
               lambda e: e.message(tr) if e else tr("Nothing: it is applied when its parent "
                                                     "record arrives.")),
    ]
    return _paged(ctx, lists.count_quarantine, lists.page_quarantine, columns)


def _paged(ctx: AppContext, count_fn, page_fn, columns: list[Column]) -> PagedTableModel:
    """A model whose every page and count is read in a fresh session of the store."""

    def fetch(query, request):
        with ctx.store.session() as s:
            return page_fn(s, query, request)

    def count(query):
        with ctx.store.session() as s:
            return count_fn(s, query)

    return PagedTableModel(columns, count, fetch, lists.ListQuery())
