"""Báo cáo tiến độ số hóa: section I's figures by field, the weekly trend, the forecast, and a
landscape annex with every lot."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.backlog import progress as prog
from core.backlog.lots import year_range
from core.reports import wording
from core.reports.common import Stamp, annex_title, cut_note, numbered, shell
from core.reports.model import Annex, Block, ColumnChart, Document, Paragraph, Table
from core.reports.names import field
from core.reports.period import Cutoff, Period, cutoff
from core.reports.sections import digitization as section
from core.text import collation_key, format_number
from db.models import BacklogLot

TREND_WEEKS = 12
LOT_HEADERS = ["STT", *(field("backlog_lot", name) for name in ("field", "record_kind")), "Năm",
               *(field("backlog_lot", name) for name in ("storage", "total_records")),
               *section.HEADERS[3:]]
LOT_WIDTHS = [6, 13, 19, 12, 15, 8, 8, 8, 8, 7, 8, 7, 8]


def lot_table(session: Session, fig: section.Figures, cut: Cutoff) -> Table:
    changed = section.scanned_in(session, cut, BacklogLot.id)
    lots = session.execute(select(BacklogLot).where(BacklogLot.deleted.is_(False))).scalars().all()
    lots.sort(key=lambda lot: (collation_key(section.field_name(lot.field)),
                               collation_key(lot.record_kind), lot.year_from or 0))
    rows = []
    for i, lot in enumerate(lots, start=1):
        rows.append(section.figure_row(
            [wording.num(i), section.field_name(lot.field), lot.record_kind,
             year_range(lot.year_from, lot.year_to), lot.storage],
            fig.progress.lots[lot.id], changed.get(lot.id, 0)))
    total = section.figure_row(["", wording.TOTAL, "", "", ""], fig.progress.overall,
                               fig.change_total)
    return Table(LOT_HEADERS, rows, LOT_WIDTHS, [0] + list(range(5, 13)), total)


def trend_blocks(session: Session, fig: section.Figures) -> list[Block]:
    weeks = prog.trend(session, TREND_WEEKS, fig.today)
    done = sum(c for _w, c in weeks)
    text = (f"Trong {TREND_WEEKS} tuần tính đến ngày {wording.date(fig.today)} đã số hóa "
            f"{wording.num(done)} hồ sơ, bình quân {format_number(done / TREND_WEEKS, 1)} hồ "
            f"sơ/tuần; tốc độ bình quân {prog.RATE_DAYS} ngày tính đến ngày "
            f"{wording.date(fig.today)}: {format_number(fig.progress.rate_per_day, 1)} hồ sơ/ngày.")
    chart = ColumnChart("Số hồ sơ được số hóa theo tuần (ngày đầu tuần)",
                        [w.strftime("%d/%m") for w, _c in weeks], [c for _w, c in weeks])
    return [Paragraph(text), chart]


def build(session: Session, period: Period, stamp: Stamp) -> Document:
    cut = cutoff(period, stamp.on)
    fig = section.figures(session, cut)
    summary = f"Tiến độ số hóa hồ sơ {period.wording}"
    if not fig.progress.lots:
        return shell(session, stamp, summary, cut_note(cut) + [Paragraph(section.NO_LOTS)])
    annex = Annex(annex_title(0), "TIẾN ĐỘ SỐ HÓA THEO LÔ HỒ SƠ " + period.wording.upper(),
                  [lot_table(session, fig, cut)])
    intro = Paragraph(f"(Chi tiết từng lô hồ sơ tại {annex.title} kèm theo.)")
    by_field = section.blocks_for(fig, period)
    by_field.insert(2, intro)  # under the table by field
    sections = [("KẾT QUẢ SỐ HÓA THEO LĨNH VỰC", by_field),
                ("TIẾN ĐỘ THEO TUẦN", trend_blocks(session, fig))]
    return shell(session, stamp, summary, cut_note(cut) + numbered(sections), [annex])
