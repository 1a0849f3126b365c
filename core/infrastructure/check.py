"""Đối chiếu yêu cầu: the one-stop centre checklist against the equipment register.

A requirement counts the register's devices that are in use and, for computers and kiosks,
still receive updates. What is short becomes a line of the estimate (quantity × the unit price
the clerk typed). The checklist starts from sensible defaults; it is stored (and so becomes
editable) the first time the clerk changes a line.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.infrastructure.equipment import COMPUTERS, os_supported
from db.errors import N_, ValidationError
from db.ids import natural_id
from db.models import Certificate, Equipment, InfraRequirement, Officer

BASES: dict[str, str] = {"fixed": N_("Fixed number"), "signers": N_("One per signer")}


@dataclass(frozen=True)
class Default:
    code: str
    title: str
    kind: str
    subtype: str = ""
    basis: str = "fixed"
    quantity: int = 1
    location: str = ""


# titles are Vietnamese data (they are edited by the clerk and printed in the estimate)
DEFAULTS: tuple[Default, ...] = (
    Default("pc_per_desk", "Máy tính cho mỗi quầy tiếp nhận", "computer", quantity=4,
            location="one_stop"),
    Default("adf_scanner", "Máy quét tài liệu có khay nạp tự động (ADF)", "scanner", "adf", quantity=1),
    Default("printer", "Máy in tại Bộ phận một cửa", "printer", quantity=1, location="one_stop"),
    Default("main_line", "Đường truyền Internet chính", "network", "main_line", quantity=1),
    Default("backup_line", "Đường truyền Internet dự phòng", "network", "backup_line", quantity=1),
    Default("ups", "Bộ lưu điện (UPS) cho máy chủ, máy tính", "ups", quantity=2),
    Default("token_reader", "Đầu đọc/thiết bị ký số (token) cho mỗi người ký", "token",
            basis="signers", quantity=0),
    Default("kiosk", "Máy lấy số thứ tự / kiosk tra cứu", "kiosk", quantity=1,
            location="one_stop"),
)


@dataclass(frozen=True)
class Requirement:
    id: uuid.UUID
    code: str
    title: str
    kind: str
    subtype: str
    basis: str
    quantity: int
    unit_price: int
    stored: bool
    location: str = ""
    active: bool = True


@dataclass(frozen=True)
class Gap:
    requirement: Requirement
    needed: int
    usable: int
    out_of_support: int  # in use but the operating system no longer receives updates
    faulty: int  # faulty or awaiting repair

    @property
    def missing(self) -> int:
        return max(0, self.needed - self.usable)

    @property
    def total(self) -> int:
        return self.missing * self.requirement.unit_price

    @property
    def met(self) -> bool:
        return self.missing == 0


@dataclass(frozen=True)
class Check:
    gaps: list[Gap]
    signers: int
    # lines the clerk switched off: shown, never counted
    inactive: list[Requirement] = field(default_factory=list)

    @property
    def missing_lines(self) -> list[Gap]:
        return [g for g in self.gaps if g.missing]

    @property
    def missing_items(self) -> int:
        return sum(g.missing for g in self.gaps)

    @property
    def estimate_total(self) -> int:
        return sum(g.total for g in self.gaps)

    @property
    def unpriced(self) -> int:
        return sum(1 for g in self.missing_lines if not g.requirement.unit_price)


def _requirement_id(commune_code: str, code: str) -> uuid.UUID:
    return natural_id("infra_requirement", f"{commune_code}:{code}")


def _commune(session: Session) -> str:
    ctx = session.info.get("change_context")
    return ctx.commune_code if ctx is not None else ""


def checklist(session: Session, active_only: bool = True) -> list[Requirement]:
    """The checklist lines in order (the defaults while nothing is stored)."""
    rows = session.execute(select(InfraRequirement).where(
        InfraRequirement.deleted.is_(False)).order_by(InfraRequirement.position)).scalars().all()
    if rows:
        return [Requirement(r.id, r.code, r.title, r.kind, r.subtype, r.basis, r.quantity,
                            r.unit_price, True, r.location, r.active)
                for r in rows if r.active or not active_only]
    commune = _commune(session)
    return [Requirement(_requirement_id(commune, d.code), d.code, d.title, d.kind, d.subtype,
                        d.basis, d.quantity, 0, False, d.location) for d in DEFAULTS]


def ensure_checklist(session: Session) -> int:
    """Store the default lines if the commune has none yet; returns how many were added."""
    stored = session.execute(select(func.count()).select_from(InfraRequirement)).scalar_one()
    if stored:
        return 0
    commune = _commune(session)
    for position, d in enumerate(DEFAULTS):
        session.add(InfraRequirement(id=_requirement_id(commune, d.code), code=d.code,
                                     title=d.title, kind=d.kind, subtype=d.subtype,
                                     basis=d.basis, quantity=d.quantity, location=d.location,
                                     position=position))
    session.flush()
    return len(DEFAULTS)


def set_line(session: Session, requirement_id: uuid.UUID, *, quantity: int | None = None,
             unit_price: int | None = None, active: bool | None = None) -> InfraRequirement:
    """Change a checklist line's quantity, unit price (đồng) or whether it counts."""
    ensure_checklist(session)
    row = session.get(InfraRequirement, requirement_id)
    if row is None or row.deleted:
        raise ValidationError(N_("This checklist line no longer exists."))
    if quantity is not None:
        if not 0 <= quantity <= 1000:
            raise ValidationError(N_("The quantity must be between 0 and 1000."), field="quantity")
        row.quantity = quantity
    if unit_price is not None:
        if not 0 <= unit_price <= 2_000_000_000:
            raise ValidationError(N_("The unit price must be between 0 and 2.000.000.000 đồng."),
                                  field="unit_price")
        row.unit_price = unit_price
    if active is not None:
        row.active = active
    session.flush()
    return row


def _signer_counts(session: Session, today: dt.date) -> tuple[int, int]:
    """(officers working who sign, of them those holding a valid certificate on a token)."""
    signer = (Officer.deleted.is_(False), Officer.active.is_(True), Officer.is_signer.is_(True))
    signers = session.execute(select(func.count()).select_from(Officer).where(*signer)).scalar_one()
    now = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    with_token = session.execute(
        select(func.count(func.distinct(Officer.id))).select_from(Officer)
        .join(Certificate, Certificate.officer_id == Officer.id)
        .where(*signer, Certificate.deleted.is_(False), Certificate.carrier == "token",
               Certificate.status == "active", Certificate.not_after > now)).scalar_one()
    return signers, with_token


def _matches(req: Requirement, item: Equipment) -> bool:
    kinds = COMPUTERS if req.kind == "computer" else (req.kind,)
    return (item.kind in kinds and (not req.subtype or item.subtype == req.subtype)
            and (not req.location or item.location == req.location))


def check(session: Session, today: dt.date | None = None) -> Check:
    """Every checklist line with what the register has; nothing is written."""
    today = today or dt.date.today()
    items = session.execute(select(Equipment).where(
        Equipment.deleted.is_(False), Equipment.state != "retired")).scalars().all()
    signers, with_token = _signer_counts(session, today)
    gaps = []
    lines = checklist(session, active_only=False)
    for req in (line for line in lines if line.active):
        if req.basis == "signers":
            gaps.append(Gap(req, signers, with_token, 0, 0))
            continue
        mine = [i for i in items if _matches(req, i)]
        in_use = [i for i in mine if i.state == "in_use"]
        old = [i for i in in_use if i.os and not os_supported(i.os, today)]
        faulty = sum(1 for i in mine if i.state in ("faulty", "awaiting_repair"))
        gaps.append(Gap(req, req.quantity, len(in_use) - len(old), len(old), faulty))
    return Check(gaps, signers, [line for line in lines if not line.active])
