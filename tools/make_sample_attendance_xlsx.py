"""Write an attendance sheet as a commune keeps it, for a course of a (demo) data folder.

    python tools/make_sample_attendance_xlsx.py HOME COURSE_TITLE OUT.xlsx

The sheet has a title, one column per session (x / P / empty), a "Hoàn thành" column (Có/Không),
one name in NFD form (as some Excel exports hold it) and one person who is not in the registry.
"""

from __future__ import annotations

import sys
import unicodedata
import uuid
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from core.text import format_date
from core.training import courses as training


def write_sample(store, path: Path, course_id: uuid.UUID) -> Path:
    with store.session() as s:
        course = training.get_course(s, course_id)
        sessions = training.sessions_of(s, course_id)
        people = training.results_sheet(s, course_id)[:8]
        title = course.title
    wb = Workbook()
    ws = wb.active
    ws.title = "Điểm danh"
    ws.append([f"DANH SÁCH ĐIỂM DANH LỚP: {title.upper()}"])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["STT", "Họ và tên", *[f"Buổi {i + 1} - {format_date(x.held_on)}"
                                      for i, x in enumerate(sessions)], "Hoàn thành"])
    marks = ("x", "x", "P", "x", "", "x", "x", "x")
    for number, person in enumerate(people, start=1):
        name = unicodedata.normalize("NFD", person.full_name) if number == 2 else person.full_name
        ws.append([number, name, *[marks[(number + i) % len(marks)] for i in range(len(sessions))],
                   "Có" if number % 3 else "Không"])
    ws.append([len(people) + 1, "Đinh Thị Khách", *["x"] * len(sessions), "Có"])
    ws.append([])
    ws.append([None, "Người lập biểu"])
    wb.save(path)
    return path


def main(argv: list[str]) -> None:
    from core.config import Paths
    from core.store import Store

    store = Store.open(Paths(Path(argv[0])))
    try:
        with store.session() as s:
            course = training.find_course(s, argv[1])
        print(write_sample(store, Path(argv[2]), course.id))
    finally:
        store.close()


if __name__ == "__main__":
    main(sys.argv[1:])
