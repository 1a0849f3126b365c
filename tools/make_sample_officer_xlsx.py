"""Write resources/demo/danh-sach-can-bo-mau.xlsx: an officer list as a commune office keeps it.

Title rows, a merged two-row header, a numbering row, 12 officers and a signature footer, so
users can try "Nhập từ Excel" and see what a file should look like. Run from the project root:

    python tools/make_sample_officer_xlsx.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = Path(__file__).resolve().parents[1] / "resources" / "demo" / "danh-sach-can-bo-mau.xlsx"

# CCCD: 020 = Lạng Sơn, then century/gender digit (0 man, 1 woman, 1900s), two-digit birth year
OFFICERS = [
    ("Hoàng Văn Thắng", "020075001482", dt.date(1975, 4, 18), "Nam",
     "Chủ tịch UBND xã", "Lãnh đạo UBND", "0912604218",
     "thanghv.huulung@langson.gov.vn", "x", ""),
    ("Lương Thị Hồng Nhung", "020180002317", dt.date(1980, 11, 2), "Nữ",
     "Phó Chủ tịch UBND xã", "Lãnh đạo UBND", "0984215377",
     "nhunglth.huulung@langson.gov.vn", "x", "Phụ trách văn hóa - xã hội"),
    ("Nông Đức Mạnh", "020082003905", dt.date(1982, 7, 25), "Nam",
     "Phó Chủ tịch UBND xã", "Lãnh đạo UBND", "0356781402",
     "manhnd.huulung@langson.gov.vn", "x", "Phụ trách kinh tế"),
    ("Vi Thị Thu Hà", "020186000764", "09/03/1986", "Nữ",
     "Chánh Văn phòng HĐND và UBND", "Văn phòng HĐND và UBND", "0915338620",
     "havtt.huulung@langson.gov.vn", "x", ""),  # date typed as text
    ("Nguyễn Quốc Huy", "020088005126", dt.date(1988, 1, 14), "Nam",
     "Trưởng phòng Kinh tế", "Phòng Kinh tế", "0962470193",
     "huynq.huulung@langson.gov.vn", "", ""),
    ("Chu Thị Lan Anh", "020190004411", dt.date(1990, 6, 30), "Nữ",
     "Trưởng phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội", "0978112645",
     "", "", ""),
    ("Đinh Công Tuấn", 20091006218, dt.date(1991, 9, 5), "Nam",  # CCCD as a number: 0 lost
     "Công chức Địa chính - Xây dựng", "Phòng Kinh tế", "0343906251",
     "", "", ""),
    ("Lăng Thị Mai", "020 192 007 350", dt.date(1992, 12, 21), "Nữ",
     "Công chức Tư pháp - Hộ tịch", "Văn phòng HĐND và UBND", "0886203417",
     "mailt.huulung@langson.gov.vn", "", ""),
    ("Hà Văn Dũng", "020084008093", dt.date(1984, 2, 11), "Nam",
     "Công chức Tài chính - Kế toán", "Văn phòng HĐND và UBND", "0396517802",
     "", "", ""),
    ("Triệu Thị Ngọc Ánh", "020195009267", dt.date(1995, 8, 8), "Nữ",
     "Công chức Văn phòng - Thống kê", "Văn phòng HĐND và UBND", "0834729016",
     "anhttn.huulung@langson.gov.vn", "", "Phụ trách số hóa hồ sơ"),
    ("Dương Văn Khánh", "020087001954", dt.date(1987, 5, 19), "Nam",
     "Chỉ huy trưởng Ban CHQS xã", "Ban Chỉ huy quân sự", "0971650438",
     "", "", ""),
    ("Mông Thị Thảo", "020197003580", dt.date(1997, 10, 27), "Nữ",
     "Viên chức Trung tâm Phục vụ hành chính công", "Trung tâm Phục vụ hành chính công",
     "0327804159",
     "", "", ""),
]

TOP = ["STT", "Họ và tên", "Số CCCD", "Ngày, tháng, năm sinh", "Giới tính", "Chức vụ",
       "Bộ phận", "Thông tin liên hệ", None, "Ký số", "Ghi chú"]
SUB = {8: "Điện thoại", 9: "Email"}
WIDTHS = [6, 26, 17, 14, 9, 34, 30, 13, 32, 7, 28]


def build(path: Path = OUT) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách cán bộ"
    bold = Font(bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for row, text in ((1, "ỦY BAN NHÂN DÂN XÃ HỮU LŨNG"), (2, "DANH SÁCH CÁN BỘ, CÔNG CHỨC"),
                      (3, "(Kèm theo Kế hoạch số hóa hồ sơ năm 2026)")):
        font = Font(bold=row < 3, italic=row == 3, size=13 if row == 2 else 12)
        ws.cell(row, 1, text).font = font
        ws.cell(row, 1).alignment = center
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
    for col, text in enumerate(TOP, start=1):
        if text:
            ws.cell(5, col, text)
        if col in SUB:
            ws.cell(6, col, SUB[col])
        elif col != 9:
            ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    ws.merge_cells("H5:I5")
    for col in range(1, 12):
        ws.cell(7, col, f"({col})")
        for row in (5, 6, 7):
            cell = ws.cell(row, col)
            cell.font = Font(bold=row < 7, italic=row == 7)
            cell.alignment, cell.border = center, box
        ws.column_dimensions[chr(64 + col)].width = WIDTHS[col - 1]
    for i, values in enumerate(OFFICERS, start=1):
        row = 7 + i
        for col, value in enumerate((i, *values), start=1):
            cell = ws.cell(row, col, value if value != "" else None)
            cell.border = box
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
    end = 7 + len(OFFICERS)
    ws.cell(end + 1, 1, f"Tổng cộng: {len(OFFICERS)} người").font = bold
    ws.merge_cells(start_row=end + 1, start_column=1, end_row=end + 1, end_column=3)
    ws.cell(end + 3, 6, "Hữu Lũng, ngày 20 tháng 11 năm 2026").font = Font(italic=True)
    ws.cell(end + 4, 2, "NGƯỜI LẬP BIỂU").font = bold
    ws.cell(end + 4, 6, "TM. ỦY BAN NHÂN DÂN").font = bold
    ws.cell(end + 5, 6, "CHỦ TỊCH").font = bold
    ws.cell(end + 5, 2, "(Ký, ghi rõ họ tên)").font = Font(italic=True)
    ws.cell(end + 9, 2, "Triệu Thị Ngọc Ánh").font = bold
    ws.cell(end + 9, 6, "Hoàng Văn Thắng").font = bold
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
