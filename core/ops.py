"""Operations: a write and what it changed (the ``Changes`` value), in the manner of Anki's
``OpChanges``.

Any function that writes can be run through :func:`perform`: it returns the function's result
and a :class:`Changes` naming the tables whose rows the committed transactions changed, the
lots of the backlog records written, and whether a backup file was made. What changed is seen
on the statements themselves (``db/touched.py``), so a service cannot forget to say it: an
HTTP sync, a USB import, a form save and an undo of a batch all report exactly what they
wrote. Screens look at the :class:`Kind` of a change, never at table names.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from db import touched as _touched
from db.base import Base

T = TypeVar("T")
BACKUP_MADE = "backup"  # not a table: a backup file was made


class Kind(enum.Enum):
    """What a screen shows; every table belongs to one kind."""

    OFFICERS = "officers"
    CERTIFICATES = "certificates"
    BACKLOG_LOTS = "backlog_lots"
    BACKLOG_RECORDS = "backlog_records"
    DOSSIERS = "dossiers"
    RECORD_FILES = "record_files"  # the scanned files of records and their signatures
    TARGETS = "targets"
    TRAINING = "training"
    INFRASTRUCTURE = "infrastructure"
    ACCOUNTS = "accounts"
    SETTINGS = "settings"
    SYNC = "sync"
    REPORTS = "reports"
    AUDIT = "audit"  # the change log itself: every logged write
    HUB = "hub"  # the hub's own bookkeeping
    BACKUP = "backup"  # a backup file (no table row records it)


TABLE_KINDS: dict[str, Kind] = {
    "officer": Kind.OFFICERS,
    "commune": Kind.SETTINGS,
    "certificate": Kind.CERTIFICATES,
    "cert_authority": Kind.CERTIFICATES,
    "cert_request": Kind.CERTIFICATES,
    "support_ticket": Kind.CERTIFICATES,
    "backlog_lot": Kind.BACKLOG_LOTS,
    "backlog_batch": Kind.BACKLOG_RECORDS,
    "backlog_record": Kind.BACKLOG_RECORDS,
    "backlog_counter": Kind.BACKLOG_RECORDS,
    "backlog_daily": Kind.BACKLOG_RECORDS,
    "dossier": Kind.DOSSIERS,
    "record_file": Kind.RECORD_FILES,
    "digitization_target": Kind.TARGETS,
    "course": Kind.TRAINING,
    "training_session": Kind.TRAINING,
    "attendance": Kind.TRAINING,
    "course_result": Kind.TRAINING,
    "equipment": Kind.INFRASTRUCTURE,
    "infra_requirement": Kind.INFRASTRUCTURE,
    "digital_team": Kind.INFRASTRUCTURE,
    "team_member": Kind.INFRASTRUCTURE,
    "team_activity": Kind.INFRASTRUCTURE,
    "account": Kind.ACCOUNTS,
    "setting": Kind.SETTINGS,
    "sync_log": Kind.SYNC,
    "sync_peer": Kind.SYNC,
    "sync_state": Kind.SYNC,
    "sync_conflict": Kind.SYNC,
    "sync_quarantine": Kind.SYNC,
    "sync_resolution": Kind.SYNC,
    "report_register": Kind.REPORTS,
    "report_note": Kind.REPORTS,
    "change_log": Kind.AUDIT,
    "hub_enrolment": Kind.HUB,
    "hub_node_contact": Kind.HUB,
    "hub_seen_request": Kind.HUB,
}


@dataclass(frozen=True)
class Changes:
    """What one operation changed.

    ``lots``: the backlog lots whose records were written; None when records were written by a
    path that does not name their lots (a sync), i.e. any lot may have changed.
    """

    tables: frozenset[str] = frozenset()
    lots: frozenset[uuid.UUID] | None = frozenset()
    backup: bool = False

    @property
    def kinds(self) -> frozenset[Kind]:
        found = {TABLE_KINDS[t] for t in self.tables if t in TABLE_KINDS}
        if self.backup:
            found.add(Kind.BACKUP)
        return frozenset(found)

    def touches(self, kinds: Iterable[Kind]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def lot_changed(self, lot_id: uuid.UUID | None) -> bool:
        """Records of this lot (or, for None, of any lot) may have changed."""
        if "backlog_lot" in self.tables:
            return True
        if "backlog_record" not in self.tables:
            return False
        return self.lots is None or lot_id is None or lot_id in self.lots

    def __bool__(self) -> bool:
        return bool(self.tables) or self.backup

    def __or__(self, other: Changes) -> Changes:
        lots = None if self.lots is None or other.lots is None else self.lots | other.lots
        return Changes(self.tables | other.tables, lots, self.backup or other.backup)

    @classmethod
    def of(cls, *kinds_or_tables: str | Kind, backup: bool = False) -> Changes:
        """Changes naming tables (or every table of a kind): for what no statement shows."""
        tables: set[str] = set()
        for item in kinds_or_tables:
            if isinstance(item, Kind):
                tables.update(t for t, k in TABLE_KINDS.items() if k is item)
                backup = backup or item is Kind.BACKUP
            else:
                tables.add(item)
        return cls(frozenset(tables), None if "backlog_record" in tables else frozenset(), backup)


def changes_of(record: _touched.Touched) -> Changes:
    known = Base.metadata.tables
    tables = frozenset(t for t in record.tables if t in known)
    lots: frozenset[uuid.UUID] | None = frozenset(record.lots) if record.lots_known else None
    return Changes(tables, lots, BACKUP_MADE in record.events)


def perform(fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, Changes]:
    """Run ``fn`` and say what its committed writes changed (also when it fails part-way:
    see :func:`recording`)."""
    with _touched.recording() as record:
        result = fn(*args, **kwargs)
    return result, changes_of(record)


# ``with recording() as r: …`` then ``changes_of(r)``: what was committed, also when the work
# failed part-way (a sync that applied its pushes and then lost the network)
recording = _touched.recording


def note_backup() -> None:
    """A backup file was made (no table row records it): the overview's "last backup"."""
    _touched.note_event(BACKUP_MADE)
