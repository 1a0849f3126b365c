"""Officer registry: validation, create/edit/deactivate/delete, search and paged listing."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import Select, String, cast, func, select
from sqlalchemy.orm import Session

from core.paging import PageRequest, fetch_page, row_key
from core.rows import live_row
from core.text import date_shaped, fold, name_sort_key, nfc, parse_date, search_terms
from db.changes import context_of
from db.errors import N_, ValidationError
from db.ids import commune_id, uuid7
from db.models import Officer

GENDERS = ("", "Nam", "Nữ")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class OfficerInput:
    full_name: str
    cccd: str
    birth_date: dt.date | None = None
    gender: str = ""
    position: str = ""
    department: str = ""
    phone: str = ""
    email: str = ""
    is_signer: bool = False
    active: bool = True
    note: str = ""


def officer_id_for(commune: str, cccd: str) -> uuid.UUID:
    """One officer row per commune stint: the same person (CCCD) in another commune is another
    row, linked by the CCCD at the province."""
    return commune_id("officer", commune, cccd)


def normalize_cccd(value: Any) -> str:
    """Digits of a CCCD as typed or as Excel stored it (number with the leading zero lost)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        # every CCCD starts with 0 (province 001–096): Excel drops one zero, or two for 001–009
        text = str(value)
        return text.zfill(12) if len(text) in (10, 11) else text
    text = re.sub(r"[\s.\-'’]", "", nfc(str(value)))
    if text.upper().startswith("CCCD:"):
        text = text[5:]
    return text


def normalize_phone(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = re.sub(r"[\s.\-()]", "", str(value))
    if text.startswith("+84"):
        text = "0" + text[3:]
    elif text.startswith("84") and len(text) == 11:
        text = "0" + text[2:]
    elif text.isdigit() and len(text) == 9 and not text.startswith("0"):
        text = "0" + text  # Excel dropped the leading zero
    return text


def clean(data: OfficerInput) -> OfficerInput:
    """Normalised copy of the input, or ValidationError naming the first bad field."""
    out, problems = check(data)
    if problems:
        raise problems[0]
    return out


def check(data: OfficerInput) -> tuple[OfficerInput, list[ValidationError]]:
    """Normalised copy of the input and every problem it has, in the order of the form (name,
    CCCD, date of birth, gender, phone, e-mail): the officer form shows them all at once."""
    out = OfficerInput(**{f.name: getattr(data, f.name) for f in fields(OfficerInput)})
    for name in ("full_name", "gender", "position", "department", "email", "note"):
        setattr(out, name, nfc(getattr(out, name)))
    out.email = out.email.lower()
    out.cccd = normalize_cccd(data.cccd)
    out.phone = normalize_phone(data.phone)
    problems: list[ValidationError] = []
    if not out.full_name:
        problems.append(ValidationError(N_("Enter the officer's full name."), field="full_name"))
    elif len(out.full_name) > 128:
        problems.append(ValidationError(N_("The full name is too long (at most 128 characters)."),
                                        field="full_name"))
    elif any(ch.isdigit() for ch in out.full_name):
        problems.append(ValidationError(N_("The full name must not contain digits."), field="full_name"))
    if not out.cccd:
        problems.append(ValidationError(N_("Enter the citizen ID (CCCD) number."), field="cccd"))
    elif not (out.cccd.isascii() and out.cccd.isdigit() and len(out.cccd) == 12):
        problems.append(ValidationError(
            N_("The CCCD number must have exactly 12 digits (entered: {value})."),
            field="cccd", value=out.cccd))
    if out.birth_date is not None:
        today = dt.date.today()
        age = (today - out.birth_date).days / 365.25
        if not 15 <= age <= 100:
            problems.append(ValidationError(
                N_("The date of birth {value} is not plausible for an officer."),
                field="birth_date", value=out.birth_date.strftime("%d/%m/%Y")))
    if out.gender not in GENDERS:
        problems.append(ValidationError(N_("Gender must be Nam or Nữ."), field="gender"))
    if out.phone and not (out.phone.isascii() and out.phone.isdigit() and out.phone.startswith("0")
                          and 10 <= len(out.phone) <= 11):
        problems.append(ValidationError(
            N_("The phone number {value} is not valid: use 10 digits starting with 0."),
            field="phone", value=out.phone))
    if out.email and not _EMAIL.match(out.email):
        problems.append(ValidationError(N_("The e-mail address {value} is not valid."), field="email",
                                        value=out.email))
    return out, problems


def birth_date_from_text(text: str) -> dt.date | None:
    """The date of birth typed in the form; ValidationError telling a wrong format ("1990-02-31")
    from a day that does not exist ("31/02/1990")."""
    try:
        return parse_date(text)
    except ValueError:
        pass
    if date_shaped(text):
        raise ValidationError(N_("The date of birth {value} does not exist: check the day and the "
                                 "month."), field="birth_date", value=text.strip())
    raise ValidationError(N_("The date of birth must be written as dd/mm/yyyy, e.g. 05/03/1985."),
                          field="birth_date")




def search_text(data: OfficerInput | Officer) -> str:
    """Accent-free words with a leading space, so a search term matches the start of a word."""
    parts = [data.full_name, data.cccd, data.position, data.department, data.phone, data.email]
    return " " + " ".join(fold(p) for p in parts if p)


def _apply(officer: Officer, data: OfficerInput) -> None:
    for f in fields(OfficerInput):
        setattr(officer, f.name, getattr(data, f.name))
    officer.search_key = search_text(data)
    officer.sort_key = name_sort_key(data.full_name)


def _holder_of(session: Session, cccd: str) -> Officer | None:
    return session.execute(select(Officer).where(Officer.cccd == cccd)).scalar_one_or_none()


def create(session: Session, data: OfficerInput) -> Officer:
    data = clean(data)
    holder = _holder_of(session, data.cccd)
    if holder is not None and not holder.deleted:
        raise ValidationError(
            N_("CCCD {cccd} already belongs to {name}."), field="cccd", cccd=data.cccd,
            name=holder.full_name,
        )
    if holder is not None:  # a deleted record comes back rather than a second row
        holder.deleted = False
        _apply(holder, data)
        session.flush()
        return holder
    # the id derives from the CCCD so two PCs registering one person agree; if that id is
    # taken (its holder's CCCD was corrected since), a fresh id keeps the rows apart
    new_id = officer_id_for(context_of(session).commune_code, data.cccd)
    if session.get(Officer, new_id) is not None:
        new_id = uuid7()
    officer = Officer(id=new_id)
    _apply(officer, data)
    session.add(officer)
    session.flush()
    return officer


def get(session: Session, officer_id: uuid.UUID) -> Officer:
    return live_row(session, Officer, officer_id,
                    N_("This officer no longer exists (deleted on this or another PC)."))


def to_input(officer: Officer) -> OfficerInput:
    return OfficerInput(**{f.name: getattr(officer, f.name) for f in fields(OfficerInput)})


def update(session: Session, officer_id: uuid.UUID, data: OfficerInput) -> Officer:
    officer = get(session, officer_id)
    data = clean(data)
    if data.cccd != officer.cccd:
        holder = _holder_of(session, data.cccd)
        if holder is not None:
            raise ValidationError(
                N_("CCCD {cccd} already belongs to {name}."), field="cccd", cccd=data.cccd,
                name=holder.full_name,
            )
    if to_input(officer) != data:
        _apply(officer, data)
        session.flush()
    return officer


def set_active(session: Session, officer_id: uuid.UUID, active: bool) -> Officer:
    officer = get(session, officer_id)
    if officer.active != active:
        officer.active = active
        session.flush()
    return officer


def delete(session: Session, officer_id: uuid.UUID) -> None:
    """Tombstone: the row stays (sync and audit need it) but disappears from every list."""
    officer = get(session, officer_id)
    officer.deleted = True
    session.flush()


# listing ------------------------------------------------------------------------------------
SORT_COLUMNS = {
    "name": Officer.sort_key,
    "cccd": Officer.cccd,
    # as text: empty dates sort first and the paging key stays comparable
    "birth_date": func.coalesce(cast(Officer.birth_date, String), ""),
    "position": Officer.position,
    "department": Officer.department,
    "phone": Officer.phone,
    "active": Officer.active,
}


@dataclass(frozen=True)
class OfficerQuery:
    commune_code: str = ""  # the list of one commune (served by ix_officer_list); "" = all
    search: str = ""
    status: str = "active"  # active / inactive / all
    department: str = ""
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class OfficerRow:
    id: uuid.UUID
    full_name: str
    cccd: str
    birth_date: dt.date | None
    gender: str
    position: str
    department: str
    phone: str
    email: str
    active: bool
    is_signer: bool
    key: tuple = field(compare=False)


def _filtered(query: OfficerQuery, stmt: Select, scan: bool = False) -> Select:
    if query.commune_code:
        # scan=True: `commune_code || ''` keeps SQLite off ix_officer_list. Counting reads every
        # matching row anyway; a sequential scan does that faster than an index walk with a
        # table lookup per entry (which the planner picks when it has no statistics).
        column = Officer.commune_code + "" if scan else Officer.commune_code
        stmt = stmt.where(column == query.commune_code)
    stmt = stmt.where(Officer.deleted.is_(False))
    if query.status == "active":
        stmt = stmt.where(Officer.active.is_(True))
    elif query.status == "inactive":
        stmt = stmt.where(Officer.active.is_(False))
    if query.department:
        stmt = stmt.where(Officer.department == query.department)
    for term in search_terms(query.search):
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(Officer.search_key.like(f"% {escaped}%", escape="\\"))
    return stmt


LIST_CAP = 10_000  # the list shows at most this many rows; search further to see others


def count(session: Session, query: OfficerQuery, cap: int | None = None) -> int:
    """Rows matching ``query``; with ``cap``, counting stops after cap + 1 (fast at any size)."""
    if cap is None:
        stmt = _filtered(query, select(func.count()).select_from(Officer), scan=True)
        return session.execute(stmt).scalar_one()
    limited = _filtered(query, select(Officer.id), scan=True).limit(cap + 1).subquery()
    return session.execute(select(func.count()).select_from(limited)).scalar_one()


_ROW_COLUMNS = (
    Officer.id, Officer.full_name, Officer.cccd, Officer.birth_date, Officer.gender,
    Officer.position, Officer.department, Officer.phone, Officer.email, Officer.active,
    Officer.is_signer,
)


def page(session: Session, query: OfficerQuery, request: PageRequest) -> list[OfficerRow]:
    sort = SORT_COLUMNS.get(query.sort, Officer.sort_key)
    stmt = _filtered(query, select(*_ROW_COLUMNS))
    rows = fetch_page(session, stmt, sort, Officer.id, query.descending, request)
    return [OfficerRow(*row[: len(_ROW_COLUMNS)], key=row_key(row)) for row in rows]


def departments(session: Session) -> list[str]:
    rows = session.execute(
        select(Officer.department).where(Officer.deleted.is_(False), Officer.department != "")
        .distinct()
    ).scalars()
    from core.text import collation_key

    return sorted(rows, key=collation_key)


@dataclass(frozen=True)
class OfficerStats:
    total: int
    active: int
    inactive: int
    signers: int
    by_department: list[tuple[str, int]]


def stats(session: Session) -> OfficerStats:
    base = select(func.count()).select_from(Officer).where(Officer.deleted.is_(False))
    total = session.execute(base).scalar_one()
    active = session.execute(base.where(Officer.active.is_(True))).scalar_one()
    signers = session.execute(
        base.where(Officer.active.is_(True), Officer.is_signer.is_(True))
    ).scalar_one()
    by_dept = session.execute(
        select(Officer.department, func.count())
        .where(Officer.deleted.is_(False), Officer.active.is_(True))
        .group_by(Officer.department)
        .order_by(func.count().desc())
    ).all()
    return OfficerStats(total, active, total - active, signers, [(d or "", n) for d, n in by_dept])
