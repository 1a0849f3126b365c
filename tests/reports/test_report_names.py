"""Reports name the data as the screens do: column headings and coded values come from the one
catalogue (core/labels.py) and the features' own lists, in Vietnamese whatever the interface
language — no copy of their own in core/reports (issue 24)."""

from __future__ import annotations

import ast
from pathlib import Path

from core import labels
from core.certificates.parse import KIND_TEXTS
from core.i18n import tr
from core.infrastructure.equipment import KINDS
from core.reports import digitization_report, lists
from core.reports.names import field, stage, value
from core.reports.sections import digitization, infrastructure
from core.value_names import _values

ROOT = Path(__file__).resolve().parents[2]
# words a report uses as its own headings that happen to be a catalogue name too: generic
# column words ("Nội dung", "Số lượng", "Năm") and the document type "Báo cáo"
GENERIC = {"Báo cáo", "Nội dung", "Số lượng", "Năm"}


def catalogue_names() -> set[str]:
    names = {tr(v) for v in [*labels.FIELDS.values(), *labels.TABLE_FIELDS.values(),
                             *labels.TABLES.values()]}
    for names_of_values in _values().values():
        names |= {tr(v) for v in names_of_values.values() if isinstance(v, str)}
    return names


def test_no_report_module_keeps_its_own_copy_of_a_catalogue_name():
    names = catalogue_names() - GENERIC
    copies = []
    for path in sorted((ROOT / "core" / "reports").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names:
                copies.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}")
    assert not copies, "names to take from core/labels or the feature's list:\n" + "\n".join(copies)


def test_headings_and_values_read_as_on_screen():
    assert field("officer", "full_name") == "Họ và tên" == tr(labels.FIELDS["full_name"])
    assert field("certificate", "not_after") == "Hiệu lực đến"
    assert field("backlog_lot", "field") == "Lĩnh vực"  # not "Trường"
    assert [stage(s) for s in ("scanned", "stored", "rejected")] == ["Đã số hóa", "Đã lưu kho",
                                                                      "Bị từ chối"]
    assert digitization.HEADERS[1:4] == ["Lĩnh vực", "Tổng số hồ sơ", "Đã số hóa"]
    assert digitization_report.LOT_HEADERS[-8:] == digitization.HEADERS[2:]  # one set of stage names
    assert "Nơi lưu trữ" in digitization_report.LOT_HEADERS
    assert infrastructure.EQUIPMENT_HEADERS[1] == field("equipment", "kind") == "Loại thiết bị"
    assert value(KINDS, "other") == "Thiết bị khác" and value(KIND_TEXTS, "public_ca") == "CA công cộng"
    assert value(KINDS, "no-such-code") == "no-such-code"


def test_list_tables_head_their_columns_from_the_catalogue():
    officers = lists.officer_table([])
    assert officers.headers == ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Bộ phận", "Điện thoại",
                                "Người ký số"]
    expiry = lists.expiry_table([])
    assert expiry.headers[3:6] == ["Tên trên chứng thư", "Loại chứng thư", "Hiệu lực đến"]
