"""What the clerk can do with a change the province server refused (Đồng bộ, tab *Chờ hoặc bị
từ chối*): each action does what the refusal's message says.

- ``resend``: after fixing (the record corrected here, or the province IT officer has cleared
  the other commune's record), the record's current state is written again as a new change and
  goes with the next sync; if the server refuses it again it comes back here with the reason.
- ``discard``: the record is another commune's (copied data, or entered here by mistake): it is
  removed from this computer only. The server refused every change of it, so no other computer
  ever received it and no deletion has to travel; refused while other records refer to it.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from core.i18n import tr
from core.labels import table_label
from db.base import Base
from db.changes import _BULK_OPTION
from db.errors import N_, ValidationError
from db.models import SyncQuarantine, synced_models

DISCARDABLE = {"other_commune"}  # the server holds another commune's record under this id


def _entry(session: Session, entry_id: int) -> SyncQuarantine:
    entry = session.get(SyncQuarantine, entry_id)
    if entry is None or not entry.reason:
        raise ValidationError(N_("This refused change is no longer listed (it was handled on "
                                 "this computer meanwhile). The list is refreshed."))
    return entry


def _model(table: str):
    model = synced_models().get(table)
    if model is None:
        raise ValidationError(N_("Records of “{table}” cannot be changed from here. Tell the "
                                 "province IT officer the record id."), table=table)
    return model


def _forget(session: Session, entry: SyncQuarantine) -> int:
    """Every refused change of the same record leaves the list."""
    return session.execute(delete(SyncQuarantine).where(
        SyncQuarantine.table_name == entry.table_name, SyncQuarantine.row_id == entry.row_id,
        SyncQuarantine.reason != "")).rowcount or 0


def resend(session: Session, entry_id: int) -> None:
    """Write the record's current state again as a change for the next sync (the caller's
    transaction); its refused changes leave the list."""
    entry = _entry(session, entry_id)
    row = session.get(_model(entry.table_name), entry.row_id)
    if row is None:
        raise ValidationError(N_("The record of this refused change is no longer on this "
                                 "computer; choose Discard here."))
    flag_modified(row, "updated_by")  # logged as a new version with every column
    session.flush()
    _forget(session, entry)


def referring(session: Session, table: str, row_id: uuid.UUID) -> dict[str, int]:
    """Live records of this computer that refer to the record: table -> count."""
    target = Base.metadata.tables[table]
    out: dict[str, int] = {}
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is not target:
                continue
            where = [fk.parent == row_id]
            if "deleted" in other.c:
                where.append(other.c.deleted.is_(False))
            n = session.execute(select(func.count()).select_from(other).where(*where)).scalar()
            if n:
                out[other.name] = out.get(other.name, 0) + int(n)
    return out


def discard(session: Session, entry_id: int) -> None:
    """Remove the record from this computer only (see the module's note); refused while other
    records refer to it. Nothing changes on refusal."""
    entry = _entry(session, entry_id)
    if entry.reason not in DISCARDABLE:
        raise ValidationError(N_("This refused change cannot be discarded here: tell the "
                                 "province IT officer the record id {id}."), id=str(entry.row_id))
    model = _model(entry.table_name)
    refs = referring(session, entry.table_name, entry.row_id)
    if refs:
        raise ValidationError(N_("This record cannot be removed: {refs} refer to it. Change "
                                 "those first (or send it again once the province has cleared "
                                 "the other record)."),
                              refs=", ".join(f"{n} × {table_label(t, tr)}"
                                             for t, n in sorted(refs.items())))
    session.execute(delete(model).where(model.id == entry.row_id)
                    .execution_options(**{_BULK_OPTION: True}))
    _forget(session, entry)
