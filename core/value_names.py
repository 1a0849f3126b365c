"""Coded values as a clerk reads them (record stages, certificate kinds, roles…), for the change
log and the sync conflicts. The names come from the lists each feature keeps, so this module
imports the features; no feature imports it (core/labels.py holds the names of tables and fields,
which the features use)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from core.labels import CHANNELS, SECRET, Translate
from db.errors import N_


@cache
def _values() -> dict[tuple[str, str], dict[Any, str]]:
    """(table, field) -> {stored value: label}; the lists their features keep (imported here, on
    first use)."""
    from core.accounts.permissions import ROLE_LABELS
    from core.backlog import lots
    from core.certificates import parse, registry, requests
    from core.evidence import verdicts
    from core.infrastructure import check, equipment, teams
    from core.reports import catalog
    from core.training import courses

    subtypes = {code: label for group in equipment.SUBTYPES.values() for code, label in group.items()}
    systems = {code: label for code, (label, _end) in equipment.OS_SUPPORT.items()}
    return {
        ("backlog_record", "status"): lots.STATUSES, ("backlog_record", "prev_status"): lots.STATUSES,
        ("backlog_batch", "action"): lots.STATUSES, ("backlog_lot", "field"): lots.FIELDS,
        ("backlog_lot", "priority"): lots.PRIORITIES,
        ("certificate", "kind"): parse.KIND_TEXTS, ("certificate", "status"): registry.STATUS_TEXTS,
        ("certificate", "carrier"): registry.CARRIER_TEXTS,
        ("certificate", "subscriber"): registry.SUBSCRIBER_TEXTS,
        ("cert_request", "carrier"): registry.CARRIER_TEXTS,
        ("cert_request", "request_type"): requests.REQUEST_TYPE_TEXTS,
        ("cert_request", "status"): requests.REQUEST_STATUS_TEXTS,
        ("support_ticket", "kind"): requests.TICKET_KIND_TEXTS,
        ("course", "provider"): courses.PROVIDERS, ("course", "topic"): courses.TOPICS,
        ("course", "mode"): courses.MODES, ("course", "origin"): courses.ORIGINS,
        ("attendance", "status"): courses.ATTENDANCE,
        ("equipment", "kind"): equipment.KINDS, ("equipment", "subtype"): subtypes,
        ("equipment", "location"): equipment.LOCATIONS, ("equipment", "state"): equipment.STATES,
        ("equipment", "os"): systems, ("infra_requirement", "kind"): equipment.KINDS,
        ("infra_requirement", "subtype"): subtypes, ("infra_requirement", "location"): equipment.LOCATIONS,
        ("infra_requirement", "basis"): check.BASES,
        ("digital_team", "kind"): teams.TEAM_KINDS, ("team_member", "role"): teams.ROLES,
        ("account", "role"): ROLE_LABELS, ("dossier", "channel"): CHANNELS,
        ("report_register", "kind"): {key: kind.label for key, kind in catalog.KINDS.items()},
        ("report_note", "kind"): {key: kind.label for key, kind in catalog.KINDS.items()},
        ("record_file", "verdict"): verdicts.VERDICT_TEXTS,
        ("record_file", "file_state"): verdicts.STATE_TEXTS,
        ("record_file", "kind"): verdicts.KIND_TEXTS,
        ("change_log", "event"): {"audit_chain_repaired": N_("Change log repaired")},
    }


def value_label(table: str, field: str, value: Any, tr: Translate) -> Any:
    """A stored value as a clerk reads it: the name of a code, Yes/No, dd/mm/yyyy; anything
    else unchanged."""
    if field == "password_hash" and value:
        return tr(SECRET)
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    names = _values().get((table, field))
    if names is not None and value in names:
        return tr(names[value])
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            if len(value) == 10:
                return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
            return dt.datetime.fromisoformat(value).astimezone().strftime("%d/%m/%Y %H:%M")
        except ValueError:
            return value
    return value


def coded_fields() -> list[tuple[str, str]]:
    """The (table, field) pairs whose values are codes with names (for the tests)."""
    return list(_values())
