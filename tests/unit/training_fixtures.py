"""Shared set-up for training tests: a few officers, courses, and attendance sheets as real XLSX."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from core.officers import registry as officers
from core.training import courses as training

PEOPLE = [
    # name, CCCD, department, active
    ("Nguyễn Văn An", "020190001234", "Văn phòng", True),
    ("Trần Thị Bích Ngọc", "020185004321", "Văn phòng", True),
    ("Hoàng Đức Minh", "020190005555", "Tư pháp - Hộ tịch", True),
    ("Lê Thị Hoa", "020188007777", "Tư pháp - Hộ tịch", True),
    ("Phạm Văn Đạt", "020170009999", "Tư pháp - Hộ tịch", False),  # left: never counted
]


def add_people(store) -> dict[str, Any]:
    with store.write("t") as s:
        return {name: officers.create(s, officers.OfficerInput(
            full_name=name, cccd=cccd, department=dept, active=active)).id
            for name, cccd, dept, active in PEOPLE}


def add_officer(store, name: str, cccd: str, department: str = ""):
    with store.write("t") as s:
        return officers.create(s, officers.OfficerInput(full_name=name, cccd=cccd,
                                                        department=department)).id


def add_course(store, title="Kỹ năng số cơ bản", topic="digital", required=True, **kw):
    with store.write("t") as s:
        return training.create_course(s, training.CourseInput(
            title=title, topic=topic, required=required, provider="bdhvs", **kw)).id


def complete(store, course_id, officer_id, when=dt.date(2025, 10, 20), **kw):
    with store.write("t") as s:
        training.save_result(s, course_id, officer_id, training.ResultInput(True, when, **kw))


def write_attendance(path: Path, rows: list[list[Any]], header: list[str] | None = None,
                     title: bool = True) -> Path:
    """A sheet as a commune keeps it: a title, a header row, data rows, a signature footer."""
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append(["DANH SÁCH ĐIỂM DANH LỚP KỸ NĂNG SỐ CƠ BẢN"])
        ws.append([])
    ws.append(header or ["STT", "Họ và tên", "Số CCCD", "Buổi 1", "Buổi 2", "Hoàn thành"])
    for number, values in enumerate(rows, start=1):
        ws.append([number, *values])
    ws.append([])
    ws.append([None, "Người lập biểu", None, None, "Hữu Lũng, ngày 25 tháng 10 năm 2025"])
    wb.save(path)
    return path
