"""1366×768 at 125 % and 150 % Windows scaling (1093×614 and 910×512 logical pixels): the real
app, started as `xaso --demo`, opens no larger than the screen's available area and every
section shows its key columns without sideways scrolling (issue 24, items 1 and 6).

The virtual screen is the offscreen platform's JSON configuration (a screen of 1366×768);
QT_SCALE_FACTOR scales it as Windows display scaling does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui.widgets.tables import FLOOR, KEEP, fitted_widths

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}

# section → the columns a clerk must see (Vietnamese headers, as on screen)
KEY_COLUMNS = {
    "officers": ["Họ và tên", "Bộ phận", "Trạng thái"],
    "certificates": ["Cán bộ", "Hiệu lực đến", "Trạng thái"],
    "training": ["Khóa học", "Hoàn thành", "Bộ phận"],
    "backlog": ["Loại hồ sơ", "Đã số hóa (%)"],
    "sync": ["Thời điểm", "Kết quả"],
    "infrastructure": ["Loại thiết bị", "Tình trạng"],
    "admin": ["Họ và tên", "Nội dung thay đổi (cũ → mới)"],
}


def run_app(tmp_path: Path, scale: str) -> dict:
    config = tmp_path / "laptop.json"
    config.write_text(json.dumps(LAPTOP), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale,
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    env.pop("QT_FONT_DPI", None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "gui" / "screen_probe.py"),
         "--home", str(tmp_path / "demo"), "--demo", "--quit-after", "600000"],
        capture_output=True, text=True, env=env, timeout=240, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("PROBE "))
    return json.loads(line[len("PROBE "):])


@pytest.mark.parametrize(("scale", "room"), [("1.5", (911, 512)), ("1.25", (1093, 614))])
def test_the_demo_window_fits_a_1366x768_laptop_and_shows_the_key_columns(tmp_path, scale, room):
    seen = run_app(tmp_path, scale)
    x, y, width, height = seen["room"]
    assert (width, height) == room  # the virtual screen really is the scaled laptop
    fx, fy, fwidth, fheight = seen["frame"]
    assert fwidth <= width and fheight <= height, seen["frame"]
    assert fx >= x and fy >= y and fx + fwidth <= x + width and fy + fheight <= y + height
    assert seen["nav_mode"] in ("names", "wide")  # names, not bare icons, at 150 %
    assert "Chứng thư số" in seen["nav_texts"] and "Cán bộ" in seen["nav_texts"]
    note = seen["note"]  # the certificate alert of the demo data
    assert note is not None and note["full"].startswith("Chứng thư số")
    assert note["width"] >= 250 and len(note["text"]) >= 30, note
    for key, section in seen["sections"].items():
        assert section["sideways"] == 0, f"{key} scrolls sideways ({section.get('wide_at', '')})"
    for key, wanted in KEY_COLUMNS.items():
        columns = [c for t in seen["sections"][key]["tables"] for c in t["columns"]]
        for name in wanted:
            found = [c for c in columns if c["name"] == name]
            assert found, (key, name, [c["name"] for c in columns])
            assert all(c["shown"] for c in found), (key, name, found)
    courses = next(t for t in seen["sections"]["training"]["tables"]
                   if t["columns"][0]["name"] == "Khóa học")
    assert courses["columns"][0]["width"] >= 150  # course names are not cut to two words
    throughput = next(t for t in seen["sections"]["backlog"]["tables"]  # Số hóa › Tiến độ
                      if [c["name"] for c in t["columns"][:2]] == ["Cán bộ", "Từ ngày"])
    assert len(throughput["columns"]) == 6 and all(c["shown"] for c in throughput["columns"]), throughput
    stages = next(t for t in seen["sections"]["backlog"]["tables"]  # Tiến độ's figures per field
                  if [c["name"] for c in t["columns"][:2]] == ["Lĩnh vực", "Tổng số\nhồ sơ"])
    assert all(c["shown"] for c in stages["columns"]), stages
    departments = [c for t in seen["sections"]["training"]["tables"] for c in t["columns"]
                   if c["name"] == "Bộ phận"]
    assert min(c["width"] for c in departments) >= 70  # not squeezed to "B…"


def test_fitted_widths_shrink_the_wide_columns_first():
    assert fitted_widths([170, 90, 240], 600) == [170, 90, 240]  # room enough: as asked
    narrowed = fitted_widths([170, 90, 240], 400)
    assert sum(narrowed) <= 400 and narrowed[1] == 90  # the date column keeps its width
    assert narrowed[0] < 170 and narrowed[2] < 240 and min(narrowed[0], narrowed[2]) >= FLOOR
    squeezed = fitted_widths([170, 90, 240, KEEP], 300)  # even the floors do not fit: all shrink
    assert sum(squeezed) <= 300 and squeezed[1] < 90
