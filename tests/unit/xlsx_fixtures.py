"""Builders of commune-style officer lists as real XLSX files (title rows, merged headers, footer)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HEADER_TOP = ["STT", "Họ và tên", "Số CCCD", "Ngày sinh", "Giới tính", "Chức vụ", "Bộ phận",
              "Thông tin liên hệ", None, "Ký số", "Ghi chú"]
HEADER_SUB = [None, None, None, None, None, None, None, "Điện thoại", "Email", None, None]

OFFICERS: list[list[Any]] = [
    ["Nguyễn Văn An", "020190001234", dt.datetime(1978, 5, 12), "Nam", "Chủ tịch UBND",
     "Lãnh đạo UBND", "0912345678", "an.nv@huulung.gov.vn", "x", ""],
    ["Trần Thị Bích Ngọc", "020185004321", "03/09/1985", "Nữ", "Công chức Văn phòng - Thống kê",
     "Văn phòng HĐND và UBND", "0987654321", "", "", ""],
    ["Hoàng Đức Minh", "020190005555", dt.date(1990, 1, 30), "Nam", "Công chức Tư pháp - Hộ tịch",
     "Tư pháp - Hộ tịch", "", "", "có", "Phụ trách một cửa"],
]


def write_commune_list(path: Path, officers: list[list[Any]] | None = None, *,
                       titles: bool = True, numbering: bool = True, footer: bool = True,
                       sheet_title: str = "Danh sách") -> Path:
    """Rows 1-2 titles, 4-5 merged header, 6 column numbers, data from 7, then the footer."""
    officers = OFFICERS if officers is None else officers
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    top = 4 if titles else 1
    if titles:
        ws["A1"] = "ỦY BAN NHÂN DÂN XÃ HỮU LŨNG"
        ws.merge_cells("A1:K1")
        ws["A2"] = "DANH SÁCH CÁN BỘ, CÔNG CHỨC"
        ws.merge_cells("A2:K2")
    for col, (a, b) in enumerate(zip(HEADER_TOP, HEADER_SUB), start=1):
        if a is not None:
            ws.cell(top, col, a)
        if b is not None:
            ws.cell(top + 1, col, b)
        elif a is not None and col != 8:
            ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    ws.merge_cells(start_row=top, start_column=8, end_row=top, end_column=9)
    row = top + 2
    if numbering:
        for col in range(1, 12):
            ws.cell(row, col, f"({col})")
        row += 1
    for number, values in enumerate(officers, start=1):
        ws.cell(row, 1, number)
        for col, value in enumerate(values, start=2):
            ws.cell(row, col, value)
        row += 1
    if footer:
        ws.cell(row, 1, f"Tổng cộng: {len(officers)} người")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        ws.cell(row + 2, 2, "Người lập biểu")
        ws.cell(row + 1, 8, "Hữu Lũng, ngày 20 tháng 11 năm 2026")
        ws.cell(row + 2, 8, "CHỦ TỊCH")
        ws.cell(row + 6, 2, "Lê Thị Hoa")
        ws.cell(row + 6, 8, "Nguyễn Văn An")
    wb.save(path)
    return path
