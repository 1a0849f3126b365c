"""Hạ tầng: the equipment register (PCs, scanners, network lines, UPS…) and its list.

Every write goes through the ORM, so the change log records it (db/changes.py). Equipment is
never hard-deleted: a row entered by mistake is tombstoned, a device that left service is
"retired".
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, fields

from sqlalchemy import Select, String, and_, cast, func, select
from sqlalchemy.orm import Session

from core.paging import PageRequest, fetch_page, row_key
from core.rows import live_row
from core.text import collation_key, nfc
from db.errors import N_, ValidationError
from db.models import Equipment, Officer

KINDS: dict[str, str] = {
    "desktop": N_("Desktop PC"),
    "laptop": N_("Laptop"),
    "scanner": N_("Scanner"),
    "printer": N_("Printer"),
    "token_reader": N_("Signing token reader"),
    "network": N_("Network device / line"),
    "ups": N_("UPS"),
    "kiosk": N_("Kiosk / queue machine"),
    "camera": N_("Camera"),
    "other": N_("Other device"),
}
SUBTYPES: dict[str, dict[str, str]] = {
    "scanner": {"flatbed": N_("Flatbed"), "adf": N_("Automatic document feeder (ADF)")},
    "network": {"main_line": N_("Main internet line"), "backup_line": N_("Backup internet line"),
                "router": N_("Router / firewall"), "switch": N_("Switch"), "wifi": N_("Wi-Fi")},
}
LOCATIONS: dict[str, str] = {
    "one_stop": N_("One-stop centre"),
    "office": N_("Office"),
    "server": N_("Server room"),
    "other": N_("Elsewhere"),
}
STATES: dict[str, str] = {
    "in_use": N_("In use"),
    "faulty": N_("Faulty"),
    "awaiting_repair": N_("Awaiting repair"),
    "retired": N_("Retired"),
}
# operating system -> (label, end of support; None while still supported)
OS_SUPPORT: dict[str, tuple[str, dt.date | None]] = {
    "": (N_("(none)"), None),
    "win7": ("Windows 7", dt.date(2020, 1, 14)),
    "win81": ("Windows 8.1", dt.date(2023, 1, 10)),
    "win10": ("Windows 10", dt.date(2025, 10, 14)),
    "win11": ("Windows 11", None),
    "linux": ("Linux", None),
    "other": (N_("Other"), None),
}
COMPUTERS = ("desktop", "laptop")


def os_supported(os_code: str, today: dt.date | None = None) -> bool:
    """Whether the operating system still receives security updates on ``today``."""
    ends = OS_SUPPORT.get(os_code, ("", None))[1]
    return ends is None or (today or dt.date.today()) < ends


@dataclass
class EquipmentInput:
    kind: str
    make_model: str = ""
    asset_code: str = ""
    subtype: str = ""
    purchase_year: int | None = None
    location: str = "one_stop"
    location_detail: str = ""
    officer_id: uuid.UUID | None = None
    state: str = "in_use"
    os: str = ""
    pages_per_minute: int | None = None
    warranty_end: dt.date | None = None
    note: str = ""


def clean(data: EquipmentInput, today: dt.date | None = None) -> EquipmentInput:
    out = EquipmentInput(**{f.name: getattr(data, f.name) for f in fields(EquipmentInput)})
    out.make_model, out.asset_code = nfc(out.make_model), nfc(out.asset_code)
    out.location_detail, out.note = nfc(out.location_detail), (out.note or "").strip()
    for name, choices in (("kind", KINDS), ("location", LOCATIONS), ("state", STATES),
                          ("os", OS_SUPPORT)):
        if getattr(out, name) not in choices:
            raise ValidationError(N_("Choose a value from the list."), field=name)
    if out.subtype and out.subtype not in SUBTYPES.get(out.kind, {}):
        raise ValidationError(N_("Choose a value from the list."), field="subtype")
    if not out.make_model:
        raise ValidationError(N_("Enter the make and model (e.g. Dell OptiPlex 3080)."),
                              field="make_model")
    year = (today or dt.date.today()).year
    if out.purchase_year is not None and not 1990 <= out.purchase_year <= year:
        raise ValidationError(N_("The year of purchase must be between 1990 and {year}."),
                              field="purchase_year", year=year)
    if out.pages_per_minute is not None and not 1 <= out.pages_per_minute <= 500:
        raise ValidationError(N_("Pages per minute must be between 1 and 500."),
                              field="pages_per_minute")
    if out.kind != "scanner":
        out.pages_per_minute = None
    if out.kind not in COMPUTERS and out.kind != "kiosk":
        out.os = ""
    return out


def _apply(item: Equipment, data: EquipmentInput) -> None:
    for f in fields(EquipmentInput):
        setattr(item, f.name, getattr(data, f.name))
    item.sort_key = collation_key(f"{item.kind} {data.make_model} {data.asset_code}")


def to_input(item: Equipment) -> EquipmentInput:
    return EquipmentInput(**{f.name: getattr(item, f.name) for f in fields(EquipmentInput)})


def _check_code(session: Session, code: str, own_id: uuid.UUID | None) -> None:
    if not code:
        return
    other = session.execute(select(Equipment.id).where(
        Equipment.asset_code == code, Equipment.deleted.is_(False))).scalars().first()
    if other is not None and other != own_id:
        raise ValidationError(N_("Asset code {code} is already used by another device."),
                              field="asset_code", code=code)


def create(session: Session, data: EquipmentInput) -> Equipment:
    data = clean(data)
    _check_code(session, data.asset_code, None)
    item = Equipment()
    _apply(item, data)
    session.add(item)
    session.flush()
    return item


def get(session: Session, equipment_id: uuid.UUID) -> Equipment:
    return live_row(session, Equipment, equipment_id,
                    N_("This device no longer exists (deleted on this or another PC)."))


def update(session: Session, equipment_id: uuid.UUID, data: EquipmentInput) -> Equipment:
    item = get(session, equipment_id)
    data = clean(data)
    _check_code(session, data.asset_code, item.id)
    if to_input(item) != data:
        _apply(item, data)
        session.flush()
    return item


def delete(session: Session, equipment_id: uuid.UUID) -> None:
    get(session, equipment_id).deleted = True
    session.flush()


# the register list ---------------------------------------------------------------------------
@dataclass(frozen=True)
class EquipmentQuery:
    commune_code: str = ""
    kind: str = ""
    state: str = ""
    sort: str = "kind"
    descending: bool = False


@dataclass(frozen=True)
class EquipmentRow:
    id: uuid.UUID
    asset_code: str
    kind: str
    subtype: str
    make_model: str
    purchase_year: int | None
    location: str
    location_detail: str
    officer_name: str | None
    state: str
    os: str
    pages_per_minute: int | None
    warranty_end: dt.date | None
    note: str
    key: tuple = field(compare=False)

    def os_supported(self, today: dt.date | None = None) -> bool:
        return os_supported(self.os, today)


SORT_COLUMNS = {"kind": Equipment.sort_key, "state": Equipment.state,
                "location": Equipment.location,
                "year": func.coalesce(cast(Equipment.purchase_year, String), "")}


def _filtered(query: EquipmentQuery, stmt: Select) -> Select:
    if query.commune_code:
        stmt = stmt.where(Equipment.commune_code == query.commune_code)
    stmt = stmt.where(Equipment.deleted.is_(False))
    if query.kind == "computer":
        stmt = stmt.where(Equipment.kind.in_(COMPUTERS))
    elif query.kind:
        stmt = stmt.where(Equipment.kind == query.kind)
    if query.state:
        stmt = stmt.where(Equipment.state == query.state)
    return stmt


def count(session: Session, query: EquipmentQuery) -> int:
    return session.execute(_filtered(query, select(func.count()).select_from(Equipment))).scalar_one()


def page(session: Session, query: EquipmentQuery, request: PageRequest) -> list[EquipmentRow]:
    columns = (Equipment.id, Equipment.asset_code, Equipment.kind, Equipment.subtype,
               Equipment.make_model, Equipment.purchase_year, Equipment.location,
               Equipment.location_detail, Officer.full_name, Equipment.state, Equipment.os,
               Equipment.pages_per_minute, Equipment.warranty_end, Equipment.note)
    stmt = select(*columns).outerjoin(Officer, and_(Officer.id == Equipment.officer_id))
    sort = SORT_COLUMNS.get(query.sort, Equipment.sort_key)
    rows = fetch_page(session, _filtered(query, stmt), sort, Equipment.id, query.descending,
                      request)
    return [EquipmentRow(*row[: len(columns)], key=row_key(row)) for row in rows]


def all_rows(session: Session, query: EquipmentQuery | None = None) -> list[EquipmentRow]:
    return page(session, query or EquipmentQuery(), PageRequest(limit=1_000_000))


def officer_choices(session: Session) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of the officers working, in Vietnamese order, for the "assigned to" list."""
    return [(oid, name) for oid, name in session.execute(
        select(Officer.id, Officer.full_name)
        .where(Officer.deleted.is_(False), Officer.active.is_(True)).order_by(Officer.sort_key))]
