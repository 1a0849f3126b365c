"""PDF with a 10 k-row annex: the project's renderer vs one plain reportlab Table, same run.

    .venv/bin/python benchmarks/bench_reports.py [--rows 10000] [--repeat 3]

Prints (see /work/shared/BENCHMARKS.md):
metric=report_pdf_annex value=<s> unit=s baseline=<s> ratio=<x/y> target=2 ok=<yes|no>
metric=report_pdf_annex_cpu value=<s> unit=s baseline=<s> ratio=<x/y> target=2 ok=<yes|no>

The second line is the process's CPU time: on a shared machine whose load is above its core
count the wall-clock figure is stretched by waiting for a core, the CPU time much less so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.reports import fonts, pdf, wording  # noqa: E402
from core.reports.model import Annex, Document, Header, Paragraph, Signer, Table

HEADERS = ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Bộ phận", "Khóa bồi dưỡng",
           "Ngày hoàn thành", "Điểm"]
WIDTHS = [6, 20, 12, 18, 18, 30, 12, 7]


def make_rows(n: int, seed: int = 2026) -> list[list[str]]:
    rng = random.Random(seed)
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Hà", "Nông"]
    given = ["Văn An", "Thị Hạnh", "Minh Chiến", "Thu Hà", "Hữu Cường", "Bích Hằng", "Quang Minh"]
    rows = []
    for i in range(1, n + 1):
        born = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(12000))
        done = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(330))
        rows.append([wording.num(i), f"{rng.choice(family)} {rng.choice(given)}",
                     wording.date(born), rng.choice(["Chuyên viên", "Công chức Tư pháp"]),
                     rng.choice(["Văn phòng HĐND và UBND", "Phòng Kinh tế"]),
                     rng.choice(["Kỹ năng số cơ bản", "Vận hành hệ thống TTHC"]),
                     wording.date(done), str(rng.randrange(50, 100))])
    return rows


def project(rows: list[list[str]]) -> bytes:
    doc = Document(Header("UBND TỈNH LẠNG SƠN", "ỦY BAN NHÂN DÂN XÃ HỮU LŨNG", "Số: 05/BC-UBND",
                          wording.place_date("Hữu Lũng", dt.date(2026, 12, 5))),
                   "BÁO CÁO", "Kết quả chuyển đổi số tháng 11 năm 2026",
                   [Paragraph("Báo cáo kiểm tra hiệu năng.")], ["Lưu: VT, VP."],
                   Signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Văn An"),
                   [Annex("Phụ lục I", "DANH SÁCH", [Table(HEADERS, rows, WIDTHS, [0, 7])])])
    return pdf.render(doc)


def baseline(rows: list[list[str]]) -> bytes:
    """reportlab's own way: one Table of every row (repeatRows=1) in a SimpleDocTemplate."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, TableStyle
    from reportlab.platypus import Table as RLTable

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    width = landscape(A4)[0] - doc.leftMargin - doc.rightMargin
    table = RLTable([HEADERS] + rows, colWidths=[width * w / sum(WIDTHS) for w in WIDTHS],
                    repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY),
                               ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([table])
    return buf.getvalue()


def timed(fn, rows, repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``repeat`` runs."""
    times, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn(rows)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        print(f"# {fn.__name__}: {times[-1]:.2f} s (cpu {cpu[-1]:.2f} s)", file=sys.stderr)
    return statistics.median(times), statistics.median(cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    fonts.register()
    rows = make_rows(args.rows)
    project(rows[:10])  # warm-up: font loading
    ours, ours_cpu = timed(project, rows, args.repeat)
    base, base_cpu = timed(baseline, rows, args.repeat)
    for name, value, ref in (("report_pdf_annex", ours, base),
                             ("report_pdf_annex_cpu", ours_cpu, base_cpu)):
        print(f"metric={name} value={value:.2f} unit=s baseline={ref:.2f} "
              f"ratio={value / ref:.2f} target=2 ok={'yes' if value <= 2 else 'no'}")


if __name__ == "__main__":
    main()
