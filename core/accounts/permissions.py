"""Who may do what: roles staff < supervisor < admin, enforced below the UI.

Two checks, both central so every section is covered without calling this module:

- **writes**: a session opened for a signed-in user carries the role (``store.write(actor,
  role=…)``, ``AppContext.write()``); every INSERT/UPDATE/DELETE its connection runs is checked
  against :data:`TABLE_ROLES` (ORM flushes, bulk writes and raw SQL alike). Settings are
  checked per key at flush time. A session without a role (``None``) is the system itself:
  first-run setup, the command line (which runs as administrator), demo data.
- **actions** that are not table writes (issue a report, back up, restore, export the
  diagnostics, resolve a conflict, read the audit trail): :func:`require`.
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from db.errors import N_, UserError
from db.models import Setting

STAFF, SUPERVISOR, ADMIN = "staff", "supervisor", "admin"
SYSTEM = "system"  # internal writes on behalf of nobody in particular (sign-in counters)
RANK = {STAFF: 1, SUPERVISOR: 2, ADMIN: 3, SYSTEM: 9}
ROLE_LABELS = {STAFF: N_("Staff"), SUPERVISOR: N_("Supervisor"), ADMIN: N_("Administrator")}

# tables whose writes need more than staff; every other table: staff
TABLE_ROLES = {
    "account": ADMIN,
    "report_register": SUPERVISOR,
}
# setting keys any signed-in user's work may write (sync cursors, node epoch after a sync, the
# province figures last fetched in province mode); switching to province mode stays with admins
STAFF_SETTING_PREFIXES = ("sync.", "ui.", "province.summary", "province.commune.")
# setting keys a supervisor may write (the report's signer, issuing body, recipients)
SUPERVISOR_SETTING_PREFIXES = ("reports.", "province.report")

ACTIONS = {
    "enter_data": STAFF,
    "export_diagnostics": STAFF,
    "change_own_password": STAFF,
    "backup": SUPERVISOR,
    "verify_backup": SUPERVISOR,
    "view_audit": SUPERVISOR,
    "issue_report": SUPERVISOR,
    "approve_batch": SUPERVISOR,
    "resolve_conflict": SUPERVISOR,
    "publish_catalogue": SUPERVISOR,
    "manage_accounts": ADMIN,
    "change_settings": ADMIN,
    "restore": ADMIN,
    "repair_audit": ADMIN,
}
ACTION_LABELS = {
    "enter_data": N_("enter and update data"),
    "export_diagnostics": N_("export the diagnostics"),
    "change_own_password": N_("change your password"),
    "backup": N_("back up the data"),
    "verify_backup": N_("verify a backup"),
    "view_audit": N_("read the change history"),
    "issue_report": N_("issue report numbers"),
    "approve_batch": N_("approve batches"),
    "resolve_conflict": N_("resolve sync conflicts"),
    "publish_catalogue": N_("publish targets and required courses to the communes"),
    "manage_accounts": N_("manage accounts"),
    "change_settings": N_("change the settings"),
    "restore": N_("restore a backup"),
    "repair_audit": N_("repair the change log"),
}

_ROLE_KEY = "xaso_role"
_WRITE = re.compile(r"^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+"
                    r"[\"`\[]?(\w+)", re.IGNORECASE)


class PermissionDenied(UserError):
    """The signed-in user's role does not allow this."""


def allows(role: str | None, needed: str) -> bool:
    return role is None or RANK.get(role, 0) >= RANK[needed]


def can(role: str | None, action: str) -> bool:
    return allows(role, ACTIONS[action])


def require(role: str | None, action: str) -> None:
    """Raise :class:`PermissionDenied` unless ``role`` may do ``action``."""
    if not can(role, action):
        raise PermissionDenied(
            N_("Your account ({role}) may not {action}. Ask the administrator."),
            role=ROLE_LABELS.get(role or "", role or "?"), action=ACTION_LABELS[action],
        )


def session_role(session: Session) -> str | None:
    return session.info.get("role")


def require_in(session: Session, action: str) -> None:
    require(session_role(session), action)


def table_role(table: str) -> str:
    return TABLE_ROLES.get(table, STAFF)


def _deny_table(role: str, table: str) -> PermissionDenied:
    return PermissionDenied(
        N_("Your account ({role}) may not change {table}. Ask the administrator."),
        role=ROLE_LABELS.get(role, role), table=table,
    )


def install(engine: Engine) -> None:
    """Check every write statement of a session that carries a role (once per engine)."""
    if event.contains(engine, "before_cursor_execute", _check):
        return
    event.listen(engine, "before_cursor_execute", _check)
    event.listen(engine, "checkin", _forget)


def _check(conn, _cursor, statement, _params, _context, _many):
    role = conn.info.get(_ROLE_KEY)
    if role is None:
        return
    match = _WRITE.match(statement)
    if match and not allows(role, table_role(match.group(1).lower())):
        raise _deny_table(role, match.group(1).lower())


def _forget(_dbapi_conn, record):
    record.info.pop(_ROLE_KEY, None)


@event.listens_for(Session, "after_begin")
def _carry_role(session: Session, _transaction, connection) -> None:
    connection.info[_ROLE_KEY] = session.info.get("role")


@event.listens_for(Session, "before_flush")
def _check_settings(session: Session, _ctx, _instances) -> None:
    role = session_role(session)
    if role is None or allows(role, ADMIN):
        return
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Setting) and not allows(role, _setting_role(obj.key)):
            raise _deny_table(role, "setting")


def _setting_role(key: str) -> str:
    if key.startswith(STAFF_SETTING_PREFIXES):
        return STAFF
    return SUPERVISOR if key.startswith(SUPERVISOR_SETTING_PREFIXES) else ADMIN
