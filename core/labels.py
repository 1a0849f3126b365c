"""The Vietnamese names of the data: one catalogue for every place that names a table, a field or
a coded value to a clerk — the change log (Quản trị → Nhật ký thay đổi), the sync conflicts, the
import previews and the reports.

English sources marked with ``N_`` (translated where shown, ``tr`` passed in); the coded values
reuse the lists their feature already keeps (certificate kinds, record stages…), so a new value
has one home (core/value_names.py names them). ``table_label``/``field_label`` fall back to the
raw name only for something the catalogue does not know; a test walks the models and fails on any
such column. This module imports no feature, so every feature may use it."""

from __future__ import annotations

from collections.abc import Callable

from db.base import SYNC_COLUMNS
from db.errors import N_

Translate = Callable[[str], str]

TABLES: dict[str, str] = {
    "officer": N_("Officer"), "account": N_("Account"), "commune": N_("Commune"),
    "certificate": N_("Certificate"), "cert_request": N_("Certificate request"),
    "cert_authority": N_("Certificate authority"), "support_ticket": N_("Support request"),
    "course": N_("Course"), "training_session": N_("Training session"),
    "attendance": N_("Attendance"), "course_result": N_("Course result"),
    "backlog_lot": N_("Backlog lot"), "backlog_record": N_("Backlog record"),
    "backlog_batch": N_("Steps marked together"), "digitization_target": N_("Digitization target"),
    "dossier": N_("Procedure dossier"), "equipment": N_("Equipment"),
    "infra_requirement": N_("Equipment requirement"), "digital_team": N_("Digital technology team"),
    "team_member": N_("Team member"), "team_activity": N_("Team activity"),
    "report_note": N_("Report note"), "report_register": N_("Issued report"),
    "sync_resolution": N_("Conflict resolution"), "record_file": N_("Record file"),
    "change_log": N_("Change log"),
}

# columns the change log never shows: sync bookkeeping, search helpers, certificate bytes
HIDDEN = frozenset(SYNC_COLUMNS) | {"search_key", "sort_key", "failed_logins", "der"}

FIELDS: dict[str, str] = {
    "full_name": N_("Full name"), "cccd": N_("CCCD number"), "birth_date": N_("Date of birth"),
    "gender": N_("Gender"), "position": N_("Position"), "department": N_("Department"),
    "phone": N_("Phone"), "email": N_("Email"), "active": N_("Working"),
    "is_signer": N_("Digital signer"), "note": N_("Note"), "role": N_("Role"),
    "username": N_("User name"), "disabled": N_("Locked"),
    "must_change_password": N_("Temporary password"), "title": N_("Title"), "status": N_("Status"),
    "officer_id": N_("Officer"), "password_hash": N_("Password"), "kind": N_("Kind"),
    "text": N_("Description"), "resolved_at": N_("Solved"), "resolution": N_("How it was solved"),
    "request_type": N_("Request"), "requested_on": N_("Requested"),
    "submitted_on": N_("Submitted on"), "issued_on": N_("Issued on"), "reference": N_("Reference"),
    "opened_at": N_("Reported"), "held_on": N_("Date"), "place": N_("Place"),
    "completed": N_("Completed"), "score": N_("Score"), "hours": N_("Hours"),
    "locked_until": N_("Locked until"), "last_login_at": N_("Last sign-in"),
    "session_id": N_("Training session"), "course_id": N_("Course"), "trainer": N_("Trainer"),
    "action": N_("Step"), "done_on": N_("Done on"), "record_count": N_("Number of records"),
    "description": N_("Description"), "undo_of": N_("Undoes"), "undone_by": N_("Undone by"),
    "field": N_("Administrative field"), "record_kind": N_("Kind of record"),
    "year_from": N_("From year"), "year_to": N_("To year"), "total_records": N_("Total records"),
    "digitized_before": N_("Digitized before"), "storage": N_("Storage place"),
    "priority": N_("Priority"), "lot_id": N_("Backlog lot"), "record_no": N_("Record number"),
    "step_at": N_("Last step at"), "scanned_by": N_("Digitized by"), "scanned_at": N_("Digitized at"),
    "verified_by": N_("Checked by"), "verified_at": N_("Checked at"), "signed_by": N_("Signed by"),
    "signed_at": N_("Signed at"), "certificate_id": N_("Certificate"), "stored_by": N_("Stored by"),
    "stored_at": N_("Stored at"), "rejected_reason": N_("Reason for rejection"),
    "batch_id": N_("Steps marked together"), "prev_status": N_("Previous status"),
    "fingerprint": N_("Fingerprint"), "subject_cn": N_("Name on the certificate"),
    "subject_o": N_("Organisation"), "not_after": N_("Valid until"),
    "official": N_("Official-duty CA"), "result_certificate_id": N_("Certificate issued"),
    "agency": N_("Agency"), "carrier": N_("Key carrier"), "serial": N_("Serial number"),
    "subject_l": N_("Locality"), "subject_uid": N_("UID on the certificate"),
    "subject_serial": N_("Serial number of the holder"), "issuer_cn": N_("Issued by"),
    "issuer_o": N_("Issuer organisation"), "not_before": N_("Valid from"),
    "key_usage": N_("Key usage"), "kind_reason": N_("Why this kind"),
    "signature_verified": N_("Signature checked"), "subscriber": N_("Subscriber"),
    "match_problem": N_("Matching problem"), "replaced_by_id": N_("Replaced by"),
    "file_name": N_("File name"), "code": N_("Code"), "name": N_("Name"),
    "province_code": N_("Province code"), "province_name": N_("Province"),
    "provider": N_("Provider"), "topic": N_("Topic"), "mode": N_("Mode"), "required": N_("Required"),
    "start_date": N_("Start date"), "end_date": N_("End date"), "materials": N_("Teaching materials"),
    "pass_mark": N_("Pass mark"), "origin": N_("Origin"), "completed_on": N_("Completed on"),
    "certificate_no": N_("Certificate number"), "area": N_("Area"),
    "established_on": N_("Established on"), "percent": N_("Percent"), "due_on": N_("Due date"),
    "procedure_code": N_("Procedure code"), "field_name": N_("Administrative field"),
    "received_on": N_("Received on"), "finished_on": N_("Finished on"), "channel": N_("Channel"),
    "digitized": N_("Digitized"), "reused_data": N_("Reused digitized data"),
    "result_code": N_("Result code"), "result_stored": N_("Result stored in the data warehouse"),
    "asset_code": N_("Asset code"), "subtype": N_("Subtype"), "make_model": N_("Make, model"),
    "purchase_year": N_("Year bought"), "location": N_("Location"),
    "location_detail": N_("Location details"), "state": N_("Condition"),
    "os": N_("Operating system"), "pages_per_minute": N_("Pages per minute"),
    "warranty_end": N_("Warranty ends"), "basis": N_("Basis"), "quantity": N_("Quantity"),
    "unit_price": N_("Unit price"), "period": N_("Period"), "year": N_("Year"),
    "doc_type": N_("Document type"), "number": N_("Number"), "symbol": N_("Symbol"),
    "signer_name": N_("Signer"), "signer_title": N_("Signer's title"),
    "file_sha256": N_("File fingerprint (SHA-256)"), "snapshot": N_("Figures kept"),
    "team_id": N_("Team"), "people_helped": N_("People helped"), "deleted": N_("Deleted"),
    "record_id": N_("Backlog record"), "path": N_("File"), "sha256": N_("File fingerprint (SHA-256)"),
    "size": N_("Size (bytes)"), "pages": N_("Pages"), "file_state": N_("File check"),
    "checked_at": N_("Checked at"), "verdict": N_("Signature check"),
    "signer_fingerprint": N_("Signer's certificate fingerprint"),
    "signature_count": N_("Number of signatures"), "signatures": N_("Signatures"),
    "signed_sha256": N_("Signed file fingerprint (SHA-256)"),
}
# where a column means something else in one table
TABLE_FIELDS: dict[tuple[str, str], str] = {
    ("dossier", "code"): N_("Dossier code"), ("commune", "code"): N_("Commune code"),
    ("infra_requirement", "code"): N_("Requirement code"),
    ("infra_requirement", "active"): N_("Applies"), ("infra_requirement", "position"): N_("Order"),
    ("team_member", "role"): N_("Role in the team"), ("report_register", "kind"): N_("Report"),
    ("report_note", "kind"): N_("Report"), ("report_note", "text"): N_("Text"),
    ("equipment", "kind"): N_("Device type"), ("certificate", "kind"): N_("Certificate type"),
    ("digital_team", "kind"): N_("Team type"), ("support_ticket", "kind"): N_("Problem"),
    ("attendance", "status"): N_("Attendance"), ("infra_requirement", "kind"): N_("Device type"),
    ("digital_team", "name"): N_("Team"), ("commune", "name"): N_("Commune"),
    ("backlog_batch", "action"): N_("Records moved to"),
    ("sync_resolution", "table_name"): N_("Data"), ("sync_resolution", "row_id"): N_("Record id"),
    ("sync_resolution", "row_version"): N_("Version kept"),
    ("sync_resolution", "resolution"): N_("Resolution"), ("record_file", "kind"): N_("File type"),
    ("report_register", "signed_by"): N_("Signed digitally by"),
    # the administrator's repair of an altered chain (core/audit/repair.py)
    ("change_log", "event"): N_("Event"), ("change_log", "broken_at"): N_("Altered from change"),
    ("change_log", "rows"): N_("Changes chained again"),
    ("change_log", "kept_copy"): N_("Copy of the altered data"),
}
CHANNELS = {1: N_("In person"), 2: N_("Online"), 3: N_("By public postal service")}
SECRET = N_("(changed, not shown)")


def table_label(table: str, tr: Translate) -> str:
    return tr(TABLES[table]) if table in TABLES else table


def field_label(table: str, field: str, tr: Translate) -> str:
    label = TABLE_FIELDS.get((table, field)) or FIELDS.get(field)
    return tr(label) if label else field
