"""Every table, field and coded value the change log can show has a Vietnamese name (issue 24,
item 3): the catalogue core/labels.py, walked against the SQLAlchemy models."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from core import i18n, labels, value_names
from core.audit import log as audit
from db.models import synced_models


@pytest.fixture(scope="module")
def tr():
    return i18n.tr


def shown_columns():
    for table, model in sorted(synced_models().items()):
        for column in model.__table__.columns:
            if column.name not in labels.HIDDEN:
                yield table, column.name


def test_every_synced_table_has_a_vietnamese_name(tr):
    missing = [t for t in synced_models() if labels.table_label(t, tr) in (t, labels.TABLES.get(t))]
    assert missing == []


def test_every_column_the_change_log_can_show_has_a_vietnamese_name(tr):
    columns = list(shown_columns())
    assert len(columns) > 150  # the walk did find the models' columns
    untranslated = [(t, c) for t, c in columns if labels.field_label(t, c, tr) in (
        c, labels.FIELDS.get(c), labels.TABLE_FIELDS.get((t, c)))]
    assert untranslated == []


def test_every_coded_value_has_a_vietnamese_name(tr):
    for table, field in value_names.coded_fields():
        for value, source in value_names._values()[(table, field)].items():
            # an English source has a translation; Vietnamese data (lĩnh vực) and product names
            # ("Windows 10") are shown as they are
            translated = source in i18n.catalogue() or not source.isascii() or source.startswith(
                ("Windows", "Linux"))
            assert translated and value_names.value_label(table, field, value, tr) == tr(source), (
                table, field, value)


def test_the_log_reads_in_vietnamese(tr):
    row = audit.AuditRow(1, dt.datetime.now(dt.UTC), "admin", "backlog_record", uuid.uuid4(), "update",
                         changes=[("status", "pending", "scanned"), ("rejected_reason", "", "mờ")])
    assert audit.describe_changes(row, tr) == ("Trạng thái: Chưa số hóa → Đã số hóa; "
                                               "Lý do từ chối: – → mờ")
    cert = audit.AuditRow(2, dt.datetime.now(dt.UTC), "admin", "certificate", uuid.uuid4(), "update",
                          changes=[("status", "active", "replaced"), ("subject_cn", "A", "B")])
    text = audit.describe_changes(cert, tr)
    assert text.startswith("Trạng thái: Đang dùng → Đã thay thế; Tên trên chứng thư: A → B"), text
    assert labels.table_label("dossier", tr) == "Hồ sơ thủ tục hành chính"
    assert labels.table_label("equipment", tr) == "Thiết bị"
    assert labels.field_label("backlog_lot", "field", tr) == "Lĩnh vực"
    hidden = value_names.value_label("account", "password_hash", "$argon2id$x", tr)
    assert hidden == "(đã đổi, không hiển thị)"
