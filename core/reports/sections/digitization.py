"""Section "Kết quả số hóa hồ sơ" of the monthly report, from the backlog service's figures.

Every figure comes from :mod:`core.backlog.progress` (the counters and the daily
table the Số hóa screen shows), so the report and the screen always agree. The change in the
period is the records that reached "scanned" on a day of the period (``backlog_daily``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.backlog import progress as prog
from core.backlog.lots import FIELDS
from core.reports import wording
from core.reports.model import BarChart, Block, Paragraph, Table
from core.reports.names import field, stage
from core.reports.period import Cutoff, Period
from core.text import format_number
from db.base import Base
from db.models import BacklogDaily, BacklogLot

TITLE = "KẾT QUẢ SỐ HÓA HỒ SƠ"
NO_LOTS = "Chưa có lô hồ sơ giấy nào được đưa vào theo dõi số hóa."
HEADERS = ["STT", field("backlog_lot", "field"), field("backlog_lot", "total_records"), stage("scanned"),
           "Tỷ lệ", stage("verified"), stage("signed"), stage("stored"), stage("rejected"),
           "Số hóa trong kỳ"]
WIDTHS = [7, 19, 10, 10, 11, 10, 9, 9, 8, 10]
NUMERIC = [0, 2, 3, 4, 5, 6, 7, 8, 9]


@dataclass
class Figures:
    """Section I's figures: the backlog service's progress plus the records scanned in the period."""

    progress: prog.Progress
    change: dict[str, int]  # field code -> records that reached "scanned" in the period
    today: dt.date  # the cut-off day

    @property
    def fields(self) -> list[tuple[str, prog.Figures]]:
        """Fields with the most records first, as on the Số hóa screen."""
        return sorted(self.progress.fields.items(), key=lambda item: -item[1].total)

    @property
    def change_total(self) -> int:
        return sum(self.change.values())


def available() -> bool:
    return "backlog_lot" in Base.metadata.tables and "backlog_record" in Base.metadata.tables


def field_name(code: str) -> str:
    return FIELDS.get(code, code)


def scanned_in(session: Session, cut: Cutoff, by=BacklogLot.field) -> dict:
    """Records newly digitized per field (or per ``by``, e.g. the lot id) from the period's
    start to the cut-off — the rows prog.daily_done sums."""
    rows = session.execute(
        select(by, func.sum(BacklogDaily.count))
        .join(BacklogLot, BacklogLot.id == BacklogDaily.lot_id)
        .where(BacklogDaily.status == "scanned", BacklogDaily.day >= cut.period.start,
               BacklogDaily.day <= cut.day, BacklogLot.deleted.is_(False))
        .group_by(by))
    return {code: int(count or 0) for code, count in rows}


def figures(session: Session, cut: Cutoff) -> Figures:
    """Progress at the cut-off: the records' stages then, the rate over the 28 days ending
    then, and the forecast from then."""
    return Figures(prog.progress(session, cut.day, cut.instant), scanned_in(session, cut),
                   cut.day)


def forecast_sentence(f: prog.Forecast) -> str:
    target = (f"Chỉ tiêu {wording.pct(f.target.percent, 0)} đến ngày "
              f"{wording.date(f.target.due_on)}")
    rate = format_number(f.rate_per_day, 1)
    if f.reached:
        return f"{target}: đã đạt."
    if f.date is None:
        return (f"{target}: không đạt — trong {prog.RATE_DAYS} ngày tính đến ngày "
                f"{wording.date(f.today)} không có hồ sơ nào được số hóa.")
    speed = (f"với tốc độ bình quân {prog.RATE_DAYS} ngày tính đến ngày "
             f"{wording.date(f.today)} ({rate} hồ sơ/ngày)")
    if f.missed:
        return (f"{target}: chậm so với chỉ tiêu — {speed} đến ngày {wording.date(f.date)} "
                "mới đạt.")
    return (f"{target}: đúng tiến độ — {speed} dự kiến đạt vào ngày {wording.date(f.date)}.")


def figure_row(first: list[str], f: prog.Figures, change: int) -> list[str]:
    return first + [wording.num(f.total), wording.num(f.digitized),
                    wording.pct(f.digitized_percent), wording.num(f.reached("verified")),
                    wording.num(f.reached("signed")), wording.num(f.reached("stored")),
                    wording.num(f.by_status.get("rejected", 0)), wording.num(change)]


def field_table(fig: Figures) -> Table:
    rows = [figure_row([wording.num(i), field_name(code)], f, fig.change.get(code, 0))
            for i, (code, f) in enumerate(fig.fields, start=1)]
    return Table(HEADERS, rows, WIDTHS, NUMERIC,
                 figure_row(["", wording.TOTAL], fig.progress.overall, fig.change_total))


def summary_text(fig: Figures, period: Period) -> str:
    o = fig.progress.overall
    return (f"Tổng số hồ sơ giấy cần số hóa: {wording.num(o.total)} hồ sơ thuộc "
            f"{wording.num(len(fig.progress.fields))} lĩnh vực; đã số hóa "
            f"{wording.num(o.digitized)} hồ sơ, đạt {wording.pct(o.digitized_percent)} (trong "
            f"{period.wording} số hóa thêm {wording.num(fig.change_total)} hồ sơ). Trong số hồ sơ "
            f"đã số hóa: {stage('verified').lower()} {wording.num(o.reached('verified'))}, "
            f"{stage('signed').lower()} {wording.num(o.reached('signed'))}, "
            f"{stage('stored').lower()} {wording.num(o.reached('stored'))}; "
            f"{stage('rejected').lower()} (trả lại để làm lại): "
            f"{wording.num(o.by_status.get('rejected', 0))} hồ sơ."
            + evidence_text(o))


def evidence_text(o: prog.Figures) -> str:
    """Signed records backed by a verified signed file, and those marked by hand without one."""
    if not o.reached("signed"):
        return ""
    return (f" Trong {wording.num(o.reached('signed'))} hồ sơ đã ký số: "
            f"{wording.num(o.backed_reached('signed'))} hồ sơ có tệp đã ký số được kiểm tra hợp lệ "
            f"(chữ ký số chuyên dùng công vụ của cán bộ), {wording.num(o.unbacked('signed'))} hồ sơ "
            "đánh dấu thủ công, chưa có bằng chứng.")


def field_chart(fig: Figures) -> BarChart:
    nxt = prog.next_forecast(fig.progress, fig.today)
    return BarChart("Tỷ lệ hồ sơ đã số hóa theo lĩnh vực", [field_name(c) for c, _f in fig.fields],
                    [round(f.digitized_percent, 1) for _c, f in fig.fields],
                    target=nxt.target.percent if nxt else None)


def blocks_for(fig: Figures, period: Period) -> list[Block]:
    if not fig.progress.lots:
        return [Paragraph(NO_LOTS)]
    rate = (f"Tốc độ số hóa bình quân {prog.RATE_DAYS} ngày tính đến ngày "
            f"{wording.date(fig.today)}: {format_number(fig.progress.rate_per_day, 1)} hồ sơ/ngày.")
    forecasts = " ".join([rate] + [forecast_sentence(f) for f in fig.progress.forecasts])
    return [Paragraph(summary_text(fig, period)), field_table(fig), Paragraph(forecasts),
            field_chart(fig)]


def digitization_blocks(session: Session, cut: Cutoff) -> list[Block] | None:
    """Blocks of section I (by lĩnh vực: total, digitized, %, stages, change in the period,
    the targets and the forecast); None only when the backlog tables are not in the models."""
    if not available():
        return None
    return blocks_for(figures(session, cut), cut.period)
