"""The commune's departments (bộ phận): the list it keeps, near-duplicates and merging.

The list is the distinct ``officer.department`` values — no table of its own. That is the
lightest shape that syncs: a department exists while an officer works in it, every node derives
the same list from the officers it already receives, and a merge is nothing but officers'
departments renamed through the normal write path (``registry.update``), so the change log,
Nhật ký thay đổi and the sync carry it like any edit. A separate table would need its own ids,
sync rules and conflict handling for a name.

Near-duplicates are names that differ only in case, accents, spacing, punctuation or a trailing
"xã"/"phường"/"thị trấn" ("Ban Chỉ huy quân sự" and "Ban Chỉ huy Quân sự xã"): the officer
import maps them to the spelling the commune already uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.officers import registry
from core.text import collation_key, fold, nfc
from db.errors import N_, ValidationError
from db.models import Officer

_SUFFIXES = ("xa", "phuong", "thi tran")


def department_key(name: str) -> str:
    """What two spellings of one department share: accent-free, lower case, words only, without
    a trailing "xã", "phường" or "thị trấn"."""
    words = re.sub(r"[^\w]+", " ", fold(name or "")).split()
    text = " ".join(words)
    for suffix in _SUFFIXES:
        if text.endswith(" " + suffix):
            return text[: -len(suffix) - 1]
    return text


@dataclass(frozen=True)
class Department:
    name: str
    officers: int  # not deleted, working or not
    near: tuple[str, ...] = ()  # other spellings of the same department


def listing(session: Session) -> list[Department]:
    """The departments in use, Vietnamese order, each with its near-duplicates."""
    rows = session.execute(
        select(Officer.department, func.count()).where(Officer.deleted.is_(False),
                                                       Officer.department != "")
        .group_by(Officer.department)).all()
    groups: dict[str, list[str]] = {}
    for name, _count in rows:
        groups.setdefault(department_key(name), []).append(name)
    return sorted((Department(name, count, tuple(n for n in groups[department_key(name)] if n != name))
                   for name, count in rows), key=lambda d: collation_key(d.name))


class Mapper:
    """Maps a department typed in an import to the spelling already in use (in the database or
    earlier in the same file); remembers what it changed for the preview."""

    def __init__(self, known: list[str]) -> None:
        self.known: dict[str, str] = {}
        for name in known:
            self.known.setdefault(department_key(name), name)

    def map(self, name: str) -> str:
        name = nfc(name).strip()
        key = department_key(name)
        if not key:
            return name
        return self.known.setdefault(key, name)

    @classmethod
    def of(cls, session: Session) -> Mapper:
        # the most used spelling first, so it is the one kept
        rows = session.execute(
            select(Officer.department).where(Officer.deleted.is_(False), Officer.department != "")
            .group_by(Officer.department).order_by(func.count().desc(), Officer.department)).scalars()
        return cls(list(rows))


def merge(session: Session, names: list[str], into: str) -> int:
    """Every officer of ``names`` moves to department ``into`` (one of them or a new spelling),
    each through the normal write path; returns how many officers changed."""
    into = nfc(into).strip()
    if not into:
        raise ValidationError(N_("Enter the name the departments are merged into."))
    if not [n for n in names if n != into]:
        raise ValidationError(N_("Choose at least two departments to merge, or a new name."))
    moved = 0
    for officer in session.execute(select(Officer).where(
            Officer.deleted.is_(False), Officer.department.in_(names),
            Officer.department != into)).scalars().all():
        registry.update(session, officer.id, replace(registry.to_input(officer), department=into))
        moved += 1
    return moved
